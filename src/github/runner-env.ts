// The runner's environment, read once at the start (the rest of the action never reads process.env
// for these): where the workspace and temp directory are, the job summary file, which run this is.
import { tmpdir } from 'node:os';

export interface RunnerEnv {
  /** Relative input paths resolve here (GITHUB_WORKSPACE; the working directory outside Actions). */
  workspace: string;
  /** Per-runner temp directory (RUNNER_TEMP): default output directory. */
  runnerTemp: string;
  /** The job summary file (GITHUB_STEP_SUMMARY), or null when not set. */
  summaryPath: string | null;
  /** "owner/repo run N job" for lock owner lines. */
  runLabel: string;
  /** The REST API (GITHUB_API_URL: GitHub Enterprise Server, or a stand-in in tests). */
  apiUrl: string;
}

export function readRunnerEnv(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): RunnerEnv {
  const label = [env.GITHUB_REPOSITORY, env.GITHUB_RUN_ID && `run ${env.GITHUB_RUN_ID}`, env.GITHUB_JOB].filter(Boolean).join(' ');
  return {
    workspace: env.GITHUB_WORKSPACE || cwd,
    runnerTemp: env.RUNNER_TEMP || tmpdir(),
    summaryPath: env.GITHUB_STEP_SUMMARY || null,
    runLabel: label || 'llama-perf-gate',
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
  };
}
