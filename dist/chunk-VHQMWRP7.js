import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);
import {
  MAX_RESULTS_BYTES,
  readResultsFileSync,
  withTrustedAnalysis,
  wordAnalysis
} from "./chunk-F2AHQBZT.js";

// src/pipeline/read-results.ts
function readTrustedResultsSync(path, maxBytes = MAX_RESULTS_BYTES) {
  const r = withTrustedAnalysis(readResultsFileSync(path, maxBytes));
  return { ...r, analysis: wordAnalysis(r.analysis) };
}
async function readTrustedResults(path, maxBytes = MAX_RESULTS_BYTES) {
  return readTrustedResultsSync(path, maxBytes);
}

export {
  readTrustedResultsSync,
  readTrustedResults
};
