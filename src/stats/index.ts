// Public surface of the decision engine for the other stages (pipeline, report, CLI).
export { analyze, gate, geomean, DEFAULT_OPTIONS, validateOptions, minimumN } from './analyze.ts';
export { decide, designState, type DecideOptions, type Decision } from './sequential.ts';
export { analyzeLook, type LookDesign } from './look.ts';
export { alphaSpent, DEFAULT_SPENDING, MAX_HORIZON } from './spending.ts';
export { workloadInputsFromResults, workloadInputsFromLaunches, launchValue } from './from-results.ts';
export { formatMarkdown } from './format-md.ts';
export type { Analysis, AnalyzeOptions, DesignState, LookRecord, Observation, Spending, Verdict, WorkloadAnalysis, WorkloadInput } from './types.ts';
