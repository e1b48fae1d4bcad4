import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);
import {
  DEMO_DEFAULTS,
  demoCommand,
  demoDefaults,
  demoSource
} from "./chunk-E2GHK2CO.js";
import "./chunk-LCZQLYUJ.js";
import "./chunk-GM7LAWHB.js";
import "./chunk-YGBMRVAO.js";
import "./chunk-JO3ARAR5.js";
import "./chunk-OEW3OGG3.js";
import "./chunk-GBRLYAUU.js";
import "./chunk-PEES4EFC.js";
import "./chunk-TCSBOEFX.js";
import "./chunk-LWMDKKTP.js";
import "./chunk-YTDCO4HC.js";
import "./chunk-OQZ3GPE4.js";
import "./chunk-2SJ5SS7F.js";
import "./chunk-AMDVXOUR.js";
import "./chunk-3RAE5B6M.js";
import "./chunk-HW3NAQKJ.js";
import "./chunk-VK5KJTMD.js";
import "./chunk-PRGGACZ2.js";
import "./chunk-B2D4RTC7.js";
import "./chunk-MEGEDHZZ.js";
import "./chunk-I26XQBS3.js";
import "./chunk-472GWJ2N.js";
import "./chunk-WXFT555Z.js";
import "./chunk-6KI224XV.js";
import "./chunk-XEU7AIDQ.js";
import "./chunk-MHIAKMTT.js";
import "./chunk-ANVRTINO.js";
import "./chunk-VCVIOZR2.js";
import "./chunk-WCTLSWV2.js";
import "./chunk-LCLRZKD3.js";
import "./chunk-IMDJUDY4.js";
export {
  DEMO_DEFAULTS,
  demoCommand,
  demoDefaults,
  demoSource
};
