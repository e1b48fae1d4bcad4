import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);
import {
  applyComparison
} from "./chunk-GTIMMOSP.js";
import "./chunk-APCGAE3R.js";
import "./chunk-IMDJUDY4.js";
export {
  applyComparison
};
