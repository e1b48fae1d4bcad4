import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);
import {
  experimentsCommand,
  openExisting,
  storeFromArgs,
  storePath
} from "./chunk-X7HTFSBR.js";
import "./chunk-ZQBLR5LW.js";
import "./chunk-JTF2YUPJ.js";
import "./chunk-2SJ5SS7F.js";
import "./chunk-B2D4RTC7.js";
import "./chunk-6KI224XV.js";
import "./chunk-BJGFYZ3G.js";
import "./chunk-MHIAKMTT.js";
import "./chunk-LCLRZKD3.js";
import "./chunk-IMDJUDY4.js";
export {
  experimentsCommand,
  openExisting,
  storeFromArgs,
  storePath
};
