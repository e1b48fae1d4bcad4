import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);
import {
  UserError
} from "./chunk-PMFA6R3U.js";

// src/github/run-pipeline.ts
async function runBenchmark(_plan, _o) {
  throw new UserError("the benchmark pipeline is not part of this build yet", "post an existing results.json with the input results-path");
}
export {
  runBenchmark
};
