import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);
import {
  runAndPrint,
  runCommand,
  runExitCode
} from "./chunk-4D7NBKMB.js";
import "./chunk-GM7LAWHB.js";
import "./chunk-X7HTFSBR.js";
import "./chunk-CYVGNDAF.js";
import "./chunk-MJ5C2ZYS.js";
import "./chunk-ZQBLR5LW.js";
import "./chunk-JTF2YUPJ.js";
import "./chunk-OU4RGNYM.js";
import "./chunk-LWMDKKTP.js";
import "./chunk-YTDCO4HC.js";
import "./chunk-IY4J7ZQM.js";
import "./chunk-2SJ5SS7F.js";
import "./chunk-H4DLKN52.js";
import "./chunk-7GUYAAN7.js";
import "./chunk-3T2AJHST.js";
import "./chunk-VK5KJTMD.js";
import "./chunk-PRGGACZ2.js";
import "./chunk-B2D4RTC7.js";
import "./chunk-NDNGWDMH.js";
import "./chunk-GDMBPVIE.js";
import "./chunk-472GWJ2N.js";
import "./chunk-WXFT555Z.js";
import "./chunk-6KI224XV.js";
import "./chunk-BJGFYZ3G.js";
import "./chunk-MHIAKMTT.js";
import "./chunk-ANVRTINO.js";
import "./chunk-6LOWXX6R.js";
import "./chunk-WCTLSWV2.js";
import "./chunk-LCLRZKD3.js";
import "./chunk-IMDJUDY4.js";
export {
  runAndPrint,
  runCommand,
  runExitCode
};
