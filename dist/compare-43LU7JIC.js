import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);
import {
  applyComparison
} from "./chunk-6LOWXX6R.js";
import "./chunk-WCTLSWV2.js";
import "./chunk-LCLRZKD3.js";
import "./chunk-IMDJUDY4.js";
export {
  applyComparison
};
