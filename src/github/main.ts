// The action's entry. Order matters: (1) read inputs and the event, (2) decide whether this job may
// build the PR's code at all, (3) benchmark (or load results), (4) write results.json and the job
// summary and set the outputs — all before (5) any call that posts to GitHub. If posting fails, the
// results and the summary are already there; the step says what failed and fails.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import * as core from '@actions/core';
import { UserError } from '../errors.ts';
import type { Results } from '../store/results.ts';
import { buildReportModel, escapeMarkdown, renderCheckOutput, renderHtml, renderMarkdown, STICKY_MARKER, type ReportModel } from '../report/index.ts';
import { coreGetter, readOptions, readPlan, type ActionOptions } from './inputs.ts';
import { readEvent, pullFromPayload, type EventContext, type PullInfo } from './event.ts';
import { decideForkSafety, type ForkDecision } from './fork-safety.ts';
import { createClient, describeApiError, type Client } from './client.ts';
import { tokenLogin, upsertStickyComment } from './sticky-comment.ts';
import { createCheckRun, fitToLimit } from './check-run.ts';
import { acquireHostLock } from './lock.ts';
import { loadMachines, writeAggregate } from '../pipeline/fleet.ts';
import { readResultsFile } from '../store/read-results.ts';
import { ensureCommits } from './refs.ts';
// The pipeline (and, through the host probes, koffi) loads only when this job benchmarks.

/** The job summary file takes 1 MiB per step. */
const SUMMARY_LIMIT = 1_000_000;

/**
 * Secrets this process holds that the benchmark's child processes (CMake, compilers and binaries
 * built from PR code) must never inherit.
 */
const SECRET_ENV = ['INPUT_GITHUB-TOKEN', 'GITHUB_TOKEN', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_URL'];

function scrubSecrets(env: NodeJS.ProcessEnv): void {
  for (const k of SECRET_ENV) delete env[k];
}

interface Loaded {
  results: Results[];
  labels: string[] | undefined;
  resultsPath: string;
  /** The pipeline's model when this job benchmarked (built with this run's on-inconclusive). */
  model?: ReportModel;
}

interface Target {
  prNumber: number | null;
  headSha: string | null;
  /** Why the comment is not posted (unverifiable PR claim), or null. */
  refuseComment: string | null;
}

// Log lines may carry PR-controlled text (refs, names); a line starting with `::` would be read by
// the runner as a workflow command, so every `::` is broken with a zero-width space.
const log = (line: string) => core.info(line.replace(/::/g, ':\u200b:'));

async function getPull(octokit: Client, ctx: EventContext, number: number): Promise<PullInfo> {
  const { data } = await octokit.rest.pulls.get({ owner: ctx.owner, repo: ctx.repo, pull_number: number });
  return pullFromPayload(data as unknown as Record<string, unknown>);
}

async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    log('GITHUB_STEP_SUMMARY is not set: no job summary written');
    return;
  }
  await core.summary.addRaw(fitToLimit(markdown, SUMMARY_LIMIT, null), true).write();
}

/** Fork PR without a maintainer's go-ahead: say why and what to do, build nothing, exit 0. */
async function explainSkip(d: ForkDecision, ctx: EventContext, options: ActionOptions, api: () => Client): Promise<void> {
  const lines = [
    '## llama-perf-gate: benchmark not run',
    '',
    escapeMarkdown(d.reason) + '.',
    '',
    `**What to do:** ${escapeMarkdown(d.howTo ?? '')}`,
    '',
    'Code from a fork is never built on this self-hosted runner without a maintainer\'s go-ahead: anyone can open a pull request, and a persistent runner can be compromised for good.',
  ];
  core.warning(`llama-perf-gate did not run: ${d.reason}. ${d.howTo ?? ''}`);
  await writeSummary(lines.join('\n') + '\n');
  core.setOutput('verdict', 'skipped');
  if (d.removeLabel && ctx.pull && options.post) {
    try {
      await api().rest.issues.removeLabel({ owner: ctx.owner, repo: ctx.repo, issue_number: ctx.pull.number, name: d.removeLabel });
      log(`removed the label "${d.removeLabel}" from #${ctx.pull.number}: a maintainer must add it again for the new commits`);
    } catch (e) {
      // Only the label's own `labeled` event ever allows a run, so a label left behind allows nothing.
      core.warning(`could not remove the label "${d.removeLabel}" (${describeApiError(e)}); it does not allow a run by itself, but remove it by hand`);
    }
  }
}

async function benchmark(ctx: EventContext, options: ActionOptions, api: () => Client): Promise<Loaded | null> {
  const decision = decideForkSafety(ctx, options.allowForkLabel);
  if (!decision.allowed) {
    await explainSkip(decision, ctx, options, api);
    return null;
  }
  log(`fork safety: ${decision.reason}`);
  // A dispatch naming a PR benchmarks that PR's base and head commits.
  if (ctx.pull === null && ctx.prNumber !== null) {
    ctx.pull = await getPull(api(), ctx, ctx.prNumber);
    ctx.headSha = ctx.pull.headSha;
    log(`PR #${ctx.pull.number}: base ${ctx.pull.baseSha}, head ${ctx.pull.headSha} (${ctx.pull.headRepo})`);
  }
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const plan = readPlan(coreGetter, {
    baseRef: ctx.pull?.baseSha ?? ctx.baseRef,
    headRef: ctx.pull?.headSha ?? ctx.headRef,
    workspace,
    out: join(process.env.RUNNER_TEMP ?? tmpdir(), 'llama-perf-gate'),
  });
  for (const line of await ensureCommits(plan.repo, plan.variants.map((v) => v.ref), ctx.pull?.number ?? null)) log(line);
  const lock = await acquireHostLock({
    dir: options.lockDir,
    timeoutSec: options.lockTimeoutSec,
    label: [process.env.GITHUB_REPOSITORY, process.env.GITHUB_RUN_ID && `run ${process.env.GITHUB_RUN_ID}`, process.env.GITHUB_JOB].filter(Boolean).join(' ') || 'llama-perf-gate',
    log,
  });
  let results: Results;
  let resultsPath: string;
  let model: ReportModel;
  try {
    log(`benchmark lock held: ${lock.path}`);
    const { runBenchmark } = await import('../pipeline/action-run.ts');
    ({ results, resultsPath, model } = await runBenchmark(plan, { log, cacheDir: options.cacheDir, onInconclusive: options.onInconclusive }));
  } catch (e) {
    // The pipeline saves results.json after every block: point at what was measured before failing.
    const partial = join(plan.out, 'results.json');
    if (existsSync(partial)) core.setOutput('results-path', partial);
    await writeSummary(
      `## llama-perf-gate: the benchmark stopped\n\n${escapeMarkdown((e as Error).message)}\n\n` +
        (existsSync(partial) ? `What was measured until then is in ${escapeMarkdown(partial)}.\n` : ''),
    );
    throw e;
  } finally {
    await lock.release();
  }
  return { results: [results], labels: undefined, resultsPath, model };
}

async function loadResults(ctx: EventContext, options: ActionOptions, api: () => Client): Promise<Loaded | null> {
  const cwd = process.env.GITHUB_WORKSPACE ?? process.cwd();
  if (options.mode === 'aggregate') {
    const machines = await loadMachines(options.resultsFiles, cwd);
    const out = resolve(cwd, coreGetter('out').trim() || join(process.env.RUNNER_TEMP ?? tmpdir(), 'llama-perf-gate'));
    const resultsPath = join(out, 'aggregate.json');
    await writeAggregate(resultsPath, machines);
    log(`fleet: ${machines.length} results files merged into ${resultsPath}`);
    const labels = machines.every((m) => m.label) ? machines.map((m) => m.label as string) : undefined;
    return { results: machines.map((m) => m.results), labels, resultsPath };
  }
  if (options.resultsPath) {
    // Another job's file (maybe a fork's artifact): validated as untrusted data.
    const resultsPath = resolve(cwd, options.resultsPath);
    return { results: [await readResultsFile(resultsPath)], labels: undefined, resultsPath };
  }
  return benchmark(ctx, options, api);
}

/** Which PR and commit to post on. A PR number claimed by an artifact must match the run's head. */
async function resolveTarget(ctx: EventContext, options: ActionOptions, api: () => Client, results: Results[]): Promise<Target> {
  if (ctx.pull) return { prNumber: ctx.pull.number, headSha: ctx.pull.headSha, refuseComment: null };
  const claimed = options.prNumber ?? ctx.prNumber;
  if (ctx.workflowRun) {
    const headSha = ctx.workflowRun.headSha;
    if (claimed === null) return { prNumber: null, headSha, refuseComment: null };
    if (ctx.prNumber === claimed) return { prNumber: claimed, headSha, refuseComment: null };
    // Fork PRs arrive with an empty pull_requests list; the number comes from the artifact, which
    // the fork controls. Trust it only if that PR's head is the commit the benchmark ran on.
    const pull = await getPull(api(), ctx, claimed);
    if (pull.headSha !== headSha) {
      return { prNumber: null, headSha, refuseComment: `PR #${claimed} has head ${pull.headSha}, but the benchmark ran on ${headSha}: not commenting there` };
    }
    return { prNumber: claimed, headSha, refuseComment: null };
  }
  if (claimed !== null) {
    const pull = await getPull(api(), ctx, claimed);
    return { prNumber: claimed, headSha: pull.headSha, refuseComment: null };
  }
  // No PR: the check belongs on the commit benchmarked as B (a dispatch with base/head refs), which
  // is not necessarily the commit the workflow ran on.
  return { prNumber: null, headSha: headCommit(results) ?? ctx.headSha, refuseComment: null };
}

function headCommit(results: Results[]): string | null {
  const commits = new Set(results.map((r) => r.builds.find((b) => b.variant === 'B')?.commit ?? null));
  const [only] = [...commits];
  return commits.size === 1 && typeof only === 'string' && /^[0-9a-f]{40}$/.test(only) ? only : null;
}

function titleFor(ctx: EventContext): string | undefined {
  const p = ctx.pull;
  if (!p) return undefined;
  return `#${p.number} ${p.title} (${p.headRepo}:${p.headRef} → ${p.baseRef})`;
}

export async function run(): Promise<void> {
  const options = readOptions(coreGetter);
  if (options.token) core.setSecret(options.token);
  scrubSecrets(process.env);
  const ctx = readEvent();
  if (options.prNumber !== null && ctx.eventName === 'workflow_dispatch') ctx.prNumber = options.prNumber;
  let client: Client | null = null;
  const api = (): Client => (client ??= createClient({ token: options.token, log }));

  const loaded = await loadResults(ctx, options, api);
  if (loaded === null) return;

  // Results and summary first: whatever happens to the API calls below, they stay.
  const title = titleFor(ctx);
  // report.html goes to the run's artifacts (the workflow uploads it with results.json); the comment links the run.
  const common = { fullReportUrl: options.reportUrl ?? undefined, htmlReportUrl: options.reportUrl ?? undefined, title };
  const templatePath = options.template ? resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), options.template) : undefined;
  // One model per run: the fleet is merged once, and the comment and the check format the same numbers.
  const model = loaded.model ?? buildReportModel(loaded.results, { labels: loaded.labels, onInconclusive: options.onInconclusive });
  const body = renderMarkdown(model, { ...common, templatePath });
  const check = renderCheckOutput(model, common);
  const verdict = model.overall;
  await writeSummary(body);
  core.setOutput('verdict', verdict);
  core.setOutput('results-path', loaded.resultsPath);
  // Beside the results this job wrote; an artifact given as results-path is input, so the out dir.
  const cwd = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const htmlDir = options.mode !== 'aggregate' && options.resultsPath ? resolve(cwd, coreGetter('out').trim() || join(process.env.RUNNER_TEMP ?? tmpdir(), 'llama-perf-gate')) : dirname(loaded.resultsPath);
  mkdirSync(htmlDir, { recursive: true });
  const htmlPath = join(htmlDir, 'report.html');
  writeFileSync(htmlPath, renderHtml(model, { title }));
  core.setOutput('report-html', htmlPath);
  log(`verdict: ${verdict}; check conclusion: ${check.conclusion}; results: ${loaded.resultsPath}`);
  if (!options.post) {
    log('post: false — no comment or check run');
    return;
  }

  const failures: string[] = [];
  let target: Target;
  try {
    target = await resolveTarget(ctx, options, api, loaded.results);
  } catch (e) {
    failures.push(`looking up PR #${options.prNumber ?? ctx.prNumber}: ${describeApiError(e)}`);
    target = { prNumber: null, headSha: ctx.workflowRun?.headSha ?? null, refuseComment: null };
  }
  if (target.refuseComment) failures.push(target.refuseComment);

  if (options.comment && target.prNumber !== null) {
    try {
      const author = options.commentAuthor ?? (await tokenLogin(api(), log));
      const c = await upsertStickyComment(api(), { owner: ctx.owner, repo: ctx.repo, issueNumber: target.prNumber, marker: STICKY_MARKER }, body, author);
      core.setOutput('comment-url', c.url);
      log(`comment ${c.action}: ${c.url}`);
    } catch (e) {
      failures.push(`sticky comment on #${target.prNumber}: ${describeApiError(e)}`);
    }
  } else if (options.comment) {
    log('no pull request for this event: no comment');
  }

  if (options.check && target.headSha) {
    try {
      const r = await createCheckRun(api(), {
        owner: ctx.owner,
        repo: ctx.repo,
        name: options.checkName,
        headSha: target.headSha,
        conclusion: check.conclusion,
        title: check.title,
        summary: check.summary,
        text: check.text,
        detailsUrl: options.reportUrl,
        annotations: [],
        fullReport: options.reportUrl,
      });
      core.setOutput('check-run-id', String(r.id));
      log(`check run "${options.checkName}" (${check.conclusion}) on ${target.headSha}: id ${r.id}`);
    } catch (e) {
      failures.push(`check run on ${target.headSha}: ${describeApiError(e)}`);
    }
  }

  if (failures.length > 0) {
    core.setFailed(
      `posting to GitHub failed — ${failures.join('; ')}. ` +
        `The results are in ${loaded.resultsPath} and the report is in the job summary. ` +
        'Check the workflow permissions (pull-requests: write, checks: write) and the github-token input.',
    );
  }
}

/** Top level: a UserError is one clear line (and a hint); anything else is a bug, with its stack. */
export async function main(): Promise<void> {
  try {
    await run();
  } catch (e) {
    if (e instanceof UserError) {
      core.setFailed(e.hint ? `${e.message}\n${e.hint}` : e.message);
    } else {
      core.setFailed(`llama-perf-gate internal error: ${(e as Error).stack ?? String(e)}`);
    }
  }
}
