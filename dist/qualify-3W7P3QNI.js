import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);
import {
  renderQualification,
  renderQualificationHistory
} from "./chunk-73PJRVJB.js";
import "./chunk-PRGGACZ2.js";
import "./chunk-WXFT555Z.js";
import "./chunk-IMDJUDY4.js";
export {
  renderQualification,
  renderQualificationHistory
};
