import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);
import {
  defaultCacheDir
} from "./chunk-MHIAKMTT.js";
import "./chunk-IMDJUDY4.js";
export {
  defaultCacheDir
};
