// Every reader of a results file (analyze, aggregate, the Action's post modes) comes through here:
// the store reads and validates the file, the one decision step (stats/decide.ts) decides it again
// from its raw launches, and the report's vocabulary words its reasons. A file's own verdicts are
// never believed.
import type { Results } from '../store/results.ts';
import { MAX_RESULTS_BYTES, readResultsFileSync } from '../store/read-results.ts';
import { withTrustedAnalysis } from '../stats/decide.ts';
import { wordAnalysis } from '../report/reason-words.ts';

/** Decided again from its raw launches (a stored experiment, a file read), its reasons worded. */
export function decidedAgain(results: Results): Results {
  const r = withTrustedAnalysis(results);
  return { ...r, analysis: wordAnalysis(r.analysis) };
}

/** Read, validate and decide one results file. */
export function readTrustedResultsSync(path: string, maxBytes = MAX_RESULTS_BYTES): Results {
  return decidedAgain(readResultsFileSync(path, maxBytes));
}

/** The same, as a promise (the Action and the fleet merge). */
export async function readTrustedResults(path: string, maxBytes = MAX_RESULTS_BYTES): Promise<Results> {
  return readTrustedResultsSync(path, maxBytes);
}
