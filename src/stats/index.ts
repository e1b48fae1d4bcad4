// Public surface of the decision engine for the other stages (pipeline, report, CLI).
export { analyze, gate, geomean, DEFAULT_OPTIONS, validateOptions, minimumN } from './analyze.ts';
export { decide, effectiveLooks, DEFAULT_LOOKS, type DecideOptions, type Decision } from './sequential.ts';
export { workloadInputsFromResults, workloadInputsFromLaunches, launchValue } from './from-results.ts';
export { formatMarkdown } from './format-md.ts';
export type { Analysis, AnalyzeOptions, Observation, Verdict, WorkloadAnalysis, WorkloadInput } from './types.ts';
