import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);
import {
  runAndPrint,
  runCommand,
  runExitCode
} from "./chunk-ZMFT6XBE.js";
import "./chunk-GM7LAWHB.js";
import "./chunk-3NQTIWZI.js";
import "./chunk-5NDLJEJL.js";
import "./chunk-3CMO2DAW.js";
import "./chunk-CEC4ZQJJ.js";
import "./chunk-U7PRDRAC.js";
import "./chunk-IJKXYQTH.js";
import "./chunk-LWMDKKTP.js";
import "./chunk-YTDCO4HC.js";
import "./chunk-JKBYV2DK.js";
import "./chunk-2SJ5SS7F.js";
import "./chunk-5GSUVFSN.js";
import "./chunk-3RAE5B6M.js";
import "./chunk-GKLIFO3T.js";
import "./chunk-VK5KJTMD.js";
import "./chunk-PRGGACZ2.js";
import "./chunk-B2D4RTC7.js";
import "./chunk-J43FDT6Q.js";
import "./chunk-K2RBFFVC.js";
import "./chunk-472GWJ2N.js";
import "./chunk-WXFT555Z.js";
import "./chunk-6KI224XV.js";
import "./chunk-XFPE7NQW.js";
import "./chunk-MHIAKMTT.js";
import "./chunk-ANVRTINO.js";
import "./chunk-VCVIOZR2.js";
import "./chunk-WCTLSWV2.js";
import "./chunk-LCLRZKD3.js";
import "./chunk-IMDJUDY4.js";
export {
  runAndPrint,
  runCommand,
  runExitCode
};
