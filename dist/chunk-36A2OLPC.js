import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);
import {
  MAX_RESULTS_BYTES,
  readResultsFileSync,
  withTrustedAnalysis,
  wordAnalysis
} from "./chunk-NDNGWDMH.js";

// src/pipeline/read-results.ts
function decidedAgain(results) {
  const r = withTrustedAnalysis(results);
  return { ...r, analysis: wordAnalysis(r.analysis) };
}
function readTrustedResultsSync(path, maxBytes = MAX_RESULTS_BYTES) {
  return decidedAgain(readResultsFileSync(path, maxBytes));
}
async function readTrustedResults(path, maxBytes = MAX_RESULTS_BYTES) {
  return readTrustedResultsSync(path, maxBytes);
}

export {
  decidedAgain,
  readTrustedResultsSync,
  readTrustedResults
};
