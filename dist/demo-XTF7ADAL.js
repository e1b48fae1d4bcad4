import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);
import {
  DEMO_DEFAULTS,
  demoCommand,
  demoDefaults,
  demoSource
} from "./chunk-S65TZDJF.js";
import "./chunk-P5TD3PPK.js";
import "./chunk-GM7LAWHB.js";
import "./chunk-3NQTIWZI.js";
import "./chunk-OAQZXS4K.js";
import "./chunk-3CMO2DAW.js";
import "./chunk-CEC4ZQJJ.js";
import "./chunk-U7PRDRAC.js";
import "./chunk-LTJHVQCP.js";
import "./chunk-LWMDKKTP.js";
import "./chunk-YTDCO4HC.js";
import "./chunk-TAURWRNG.js";
import "./chunk-2SJ5SS7F.js";
import "./chunk-XAF4SWIW.js";
import "./chunk-3RAE5B6M.js";
import "./chunk-KS7RHH2F.js";
import "./chunk-VK5KJTMD.js";
import "./chunk-B2D4RTC7.js";
import "./chunk-F2AHQBZT.js";
import "./chunk-OS37PD3I.js";
import "./chunk-472GWJ2N.js";
import "./chunk-6KI224XV.js";
import "./chunk-XFPE7NQW.js";
import "./chunk-MHIAKMTT.js";
import "./chunk-ANVRTINO.js";
import "./chunk-VCVIOZR2.js";
import "./chunk-WCTLSWV2.js";
import "./chunk-LCLRZKD3.js";
import "./chunk-PRGGACZ2.js";
import "./chunk-WXFT555Z.js";
import "./chunk-IMDJUDY4.js";
export {
  DEMO_DEFAULTS,
  demoCommand,
  demoDefaults,
  demoSource
};
