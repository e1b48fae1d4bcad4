import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);
import {
  applyComparison
} from "./chunk-6APJQRVB.js";
import "./chunk-T2PNK4V7.js";
export {
  applyComparison
};
