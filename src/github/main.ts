// The action's entry. Order matters: (1) read inputs, the runner environment and the event once,
// (2) load the results (benchmark here, or read another job's files), (3) write the job summary and
// set the outputs — all before (4) any call that posts to GitHub. If posting fails, the results and
// the summary are already there; the step says what failed and fails.
import { mkdirSync } from 'node:fs';
import { writeFileAtomic } from '../sys/atomic-file.ts';
import { dirname, join, resolve } from 'node:path';
import * as core from '@actions/core';
import { asEnvironmentError, UserError } from '../sys/errors.ts';
import { buildReportModel, renderCheckOutput, renderHtml, renderMarkdown, withProblems, type ReportModel, type FleetProblem } from '../report/index.ts';
import { asGateOutcome, checkConclusion } from '../stats/policy.ts';
import { coreGetter, readOptions, type ActionOptions } from './inputs.ts';
import { pullTitle, readEvent, type EventContext } from './event.ts';
import { createClient, describeApiError, type Client } from './client.ts';
import { readRunnerEnv, type RunnerEnv } from './runner-env.ts';
import { stoppedSummary, writeJobSummary } from './job-summary.ts';
import { loadResults, type Loaded } from './load.ts';
import { resolveTarget, type Target } from './target.ts';
import { post, type Rendered } from './post.ts';
import { decideCommentCommand } from './comment-command.ts';
import { getPull } from './pulls.ts';
import { bisectMode } from './bisect.ts';
import { optionSpec } from '../plan/options.ts';

/**
 * Secrets this process holds. Child processes get an allowlisted environment anyway
 * (sys/child-env.ts); these are also dropped from this process's own.
 */
const SECRET_ENV = ['INPUT_GITHUB-TOKEN', 'GITHUB_TOKEN', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_URL'];

// Log lines may carry PR-controlled text (refs, names); a line starting with `::` would be read by
// the runner as a workflow command, so every `::` is broken with a zero-width space.
const log = (line: string) => core.info(line.replace(/::/g, ':\u200b:'));

function titleFor(ctx: EventContext, loaded: Loaded): string | undefined {
  const p = ctx.pull ?? loaded.pull;
  return p ? pullTitle(p) : undefined;
}

/**
 * Comment body and check output, formatted from the run's one model (stats/policy.ts decides the
 * conclusion inside it, with both policies).
 */
function render(model: ReportModel, options: ActionOptions, title: string | undefined, workspace: string): Rendered & { outcome: string } {
  // report.html goes to the run's artifacts (the workflow uploads it with results.json); the comment links the run.
  const common = { fullReportUrl: options.reportUrl ?? undefined, htmlReportUrl: options.reportUrl ?? undefined, title };
  const templatePath = options.template ? resolve(workspace, options.template) : undefined;
  const check = renderCheckOutput(model, common);
  return { body: renderMarkdown(model, { ...common, templatePath }), check, outcome: asGateOutcome(model.overall) };
}

/** report.html beside the results this job wrote; an artifact given as results-path is input, so the out dir. */
function writeHtml(model: ReportModel, loaded: Loaded, options: ActionOptions, title: string | undefined, runnerTemp: string, workspace: string): string {
  const out = coreGetter('out').trim();
  const dir = options.mode !== 'aggregate' && options.resultsPath ? (out ? resolve(workspace, out) : join(runnerTemp, 'llama-perf-gate')) : dirname(loaded.resultsPath);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'report.html');
  writeFileAtomic(path, renderHtml(model, { title }));
  return path;
}

export async function run(): Promise<void> {
  const options = readOptions(coreGetter);
  if (options.token) core.setSecret(options.token);
  for (const k of SECRET_ENV) delete process.env[k];
  const runner = readRunnerEnv();
  const ctx = readEvent();
  if (options.mode === 'qualify') {
    // A scheduled qualification of this runner: stored in the cache dir, summarized in the job summary, never posted.
    const { qualifyMode } = await import('./qualify.ts');
    return qualifyMode(options, ctx, runner, coreGetter, log);
  }
  if (options.post && !options.token) {
    throw new UserError(
      'input github-token is empty: the comment and the check run cannot be posted',
      'pass github-token: ${{ github.token }} (the default) with permissions pull-requests: write and checks: write, or set post: false to write results and the job summary only',
    );
  }
  let client: Client | null = null;
  const api = (): Client => (client ??= createClient({ token: options.token, baseUrl: runner.apiUrl, log }));
  if (ctx.eventName === 'issue_comment') {
    // `/perf more [N]`: honoured for commenters with write access (asked from the API), else ignored.
    const d = await decideCommentCommand(ctx, api);
    if (!d.run) {
      log(`/perf command ignored: ${d.reason}`);
      core.setOutput('verdict', 'skipped');
      return;
    }
    // The PR from the API, before fork safety, so a fork's comment builds nothing.
    ctx.pull = await getPull(api(), ctx.owner, ctx.repo, ctx.prNumber!);
    ctx.headSha = ctx.pull.headSha;
    if (d.command === 'bisect') {
      log(`/perf bisect from @${ctx.comment!.author}: PR #${ctx.pull.number}'s own commits`);
      return bisectMode(ctx, options, runner, api, log, 'pull');
    }
    options.moreBlocks = d.blocks ?? options.moreBlocks ?? (optionSpec('more', 'blocks').default as number);
    log(`/perf more from @${ctx.comment!.author}: ${options.moreBlocks} more blocks for PR #${ctx.pull.number}`);
  } else if (options.bisectRange) {
    // Inputs good/bad (a dispatch's): a range, on main, is bisected instead of a PR benchmarked.
    if (options.mode !== 'run' || options.resultsPath) throw new UserError('inputs good and bad bisect in mode run, without results-path', 'example:  good: b4000  bad: master  (mode: run)');
    return bisectMode(ctx, options, runner, api, log, 'range');
  }

  const loaded = await loadResults(ctx, options, runner, api, log);
  if (loaded === null) return;

  // Results and summary first: whatever happens to the API calls below, they stay.
  const title = titleFor(ctx, loaded);
  // One model per run: the fleet is merged once; comment, check and report.html format the same numbers.
  const model = loaded.model ?? buildReportModel(loaded.results, { labels: loaded.labels, problems: loaded.problems, onInconclusive: options.onInconclusive, onIncomplete: options.onIncomplete });
  const first = render(model, options, title, runner.workspace);
  await writeJobSummary(runner, first.body, log);
  core.setOutput('verdict', first.outcome);
  core.setOutput('results-path', loaded.resultsPath);
  core.setOutput('report-html', writeHtml(model, loaded, options, title, runner.runnerTemp, runner.workspace));
  log(`verdict: ${first.outcome}; check conclusion: ${first.check.conclusion}; results: ${loaded.resultsPath}`);
  if (!options.post) {
    log('post: false — no comment or check run');
    return;
  }

  let target: Target;
  try {
    target = await resolveTarget(ctx, options, loaded, api);
  } catch (e) {
    if (e instanceof UserError) {
      await notPosted(runner, first.body, e.message, e.hint, 'failed');
      reported.add(e);
      throw e;
    }
    target = { prNumber: null, checkSha: ctx.workflowRun?.headSha ?? null, problems: [], refusals: [`looking up PR #${options.prNumber ?? ctx.prNumber}: ${describeApiError(e)}`] };
  }
  // What the target adds (a commit other than the one posted on) is stated, and may fail the check.
  const final = target.problems.length ? render(withProblems(model, [...loaded.problems, ...target.problems]), options, title, runner.workspace) : first;
  if (final !== first) {
    for (const p of target.problems) log(`target: ${p.text}`);
    core.setOutput('verdict', final.outcome);
    await writeJobSummary(runner, final.body, log);
  }
  const { failures, checked } = await post(api(), ctx, options, target, final, log);
  if (failures.length > 0) {
    const wanted = options.check && target.checkSha !== null;
    await notPosted(runner, final.body, `posting to GitHub failed — ${failures.join('; ')}`, POST_FIX, wanted && !checked ? 'failed' : final.outcome);
    core.setFailed(
      `posting to GitHub failed — ${failures.join('; ')}. ` +
        `The results are in ${loaded.resultsPath} and the report is in the job summary. ` +
        'Check the workflow permissions (pull-requests: write, checks: write) and the github-token input.',
    );
  }
}

const POST_FIX = 'check the workflow permissions (pull-requests: write, checks: write), the github-token input and the pr-number input';

/** Errors whose job summary is written already (main() only fails the step). */
const reported = new WeakSet<object>();

/**
 * The report was written but not (all) posted: the job summary leads with what happened, and the
 * verdict output says `failed` when no check run gates the commit — never the report's "check passes".
 */
async function notPosted(runner: RunnerEnv, body: string, what: string, fix: string | undefined, verdict: string): Promise<void> {
  core.setOutput('verdict', verdict);
  const gate = verdict === 'failed' ? ' No check run was created, so nothing gates this commit; the report below was not posted.' : ' The report below is what was measured.';
  await writeJobSummary(runner, `${stoppedSummary('not posted', `${what}.${gate}`, fix)}---\n\n${body}`, log);
}

/**
 * Top level: a UserError, an environment error or a refused API call is one clear line and a job
 * summary saying what to fix; anything else is a bug in this tool, with its stack.
 */
export async function main(): Promise<void> {
  try {
    await run();
  } catch (thrown) {
    // Disk full, permissions, a missing tool: one line naming the path and the fix, as in the CLI.
    const e = asEnvironmentError(thrown);
    const runner = readRunnerEnv();
    const status = (e as { status?: number }).status;
    if (e instanceof UserError) {
      core.setFailed(e.hint ? `${e.message}\n${e.hint}` : e.message);
      if (!reported.has(e)) await writeJobSummary(runner, stoppedSummary('stopped', e.message, e.hint), log, true).catch(() => {});
    } else if (typeof status === 'number') {
      const line = `a GitHub API call failed: ${describeApiError(e)}`;
      core.setFailed(line);
      await writeJobSummary(runner, stoppedSummary('stopped', line, 'check the github-token input, the workflow permissions and the pr-number input'), log, true).catch(() => {});
    } else {
      core.setFailed(`llama-perf-gate internal error: ${(e as Error).stack ?? String(e)}`);
    }
  }
}
