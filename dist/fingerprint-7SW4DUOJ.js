import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);
import {
  compareFingerprints,
  finishFingerprint,
  hostWarnings,
  parseBracketChoice,
  readFingerprint,
  readLoadAvg,
  readNumaNodes
} from "./chunk-ANVRTINO.js";
import "./chunk-IMDJUDY4.js";
export {
  compareFingerprints,
  finishFingerprint,
  hostWarnings,
  parseBracketChoice,
  readFingerprint,
  readLoadAvg,
  readNumaNodes
};
