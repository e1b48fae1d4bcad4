// `bisect`: which commits between good and bad made it slower. G against B is confirmed first; then
// each probed commit is measured in interleaved blocks against its range's two ends and classified
// like-good, like-bad or in between (both halves regress: culprits on both sides). Every range that
// regresses is narrowed until it is one commit, whose step against its parent is its own B/A; each
// culprit is then verified with fresh blocks against its parent (roles swapped, a new experiment).
// Commits that do not build are skipped and named; a budget (builds, minutes) that runs out leaves
// the narrowest ranges it can vouch for, never a guess.
import { mkdirSync } from 'node:fs';
import { writeFileAtomic } from '../sys/atomic-file.ts';
import { join } from 'node:path';
import type { Plan } from '../plan/types.ts';
import { BISECT_SCHEMA, renderBisectHtml, renderBisectMarkdown, type BisectCulprit, type BisectProbe, type BisectRange, type BisectResult, type BisectStep } from '../report/bisect.ts';
import { buildInTree, type TreeBuild } from '../build/tree.ts';
import { commitRange, type RangeCommit } from '../build/range.ts';
import { detectToolchain, type Toolchain } from '../build/toolchain.ts';
import { resolveRef } from '../build/git.ts';
import { UserError } from '../sys/errors.ts';
import { describe, measureStep, short, type StepContext } from './bisect-step.ts';
import type { PipelineHooks } from './run.ts';
import { onInterrupt } from './signals.ts';
import { interruptedBy } from '../sys/children.ts';

export interface BisectRequest {
  /** Variants, workloads, levers and decision rule of every step (the refs are replaced). */
  plan: Plan;
  good: string;
  bad: string;
  /** Distinct commits built at most (good and bad included); null: no bound. */
  maxBuilds: number | null;
  minutes: number | null;
}

export interface BisectOutput {
  result: BisectResult;
  jsonPath: string;
  reportPath: string;
  htmlPath: string;
  interrupted: boolean;
}

interface Search {
  ctx: StepContext;
  range: RangeCommit[];
  toolchain: Toolchain;
  req: BisectRequest;
  failed: Map<string, string>;
  exhausted: string | null;
  probes: BisectProbe[];
  culprits: BisectCulprit[];
  unresolved: BisectRange[];
}

export async function bisect(req: BisectRequest, hooks: PipelineHooks): Promise<BisectOutput> {
  const t0 = Date.now();
  const log = hooks.log ?? (() => {});
  const { plan } = req;
  const good = await resolveRef(plan.repo, req.good);
  const bad = await resolveRef(plan.repo, req.bad);
  if (good === bad) throw new UserError(`--good and --bad are the same commit (${short(good)})`, 'example: --good v1.0 --bad main');
  const range = await commitRange(plan.repo, good, bad);
  const toolchain = await detectToolchain(plan.variants[0].cmakeArgs);
  mkdirSync(plan.out, { recursive: true });
  const ctx: StepContext = { plan, out: plan.out, hooks, builds: new Map(), steps: [], deadline: req.minutes === null ? null : t0 + req.minutes * 60_000, log };
  const s: Search = { ctx, range, toolchain, req, failed: new Map(), exhausted: null, probes: [], culprits: [], unresolved: [] };
  log(`bisect ${short(good)}..${short(bad)}: ${range.length - 1} commits`);
  let interrupted = false;
  let outcome: BisectResult['outcome'] = 'incomplete';
  let summary: string;
  const ends = [await build(s, good), await build(s, bad)];
  if (interruptedBy()) {
    interrupted = true;
    summary = `interrupted by ${interruptedBy()} while building the ends; run the same command again to resume`;
  } else if (ends.some((b) => !b.outcome.ok)) {
    summary = `the ${ends[0].outcome.ok ? 'bad' : 'good'} end does not build: ${(ends[0].outcome.ok ? ends[1] : ends[0]).outcome.error}; nothing was measured`;
  } else if (outOfBudget(s, false)) {
    s.exhausted = outOfBudget(s, false);
    summary = `${s.exhausted} while building the ends: nothing was measured (the builds are kept for the next run)`;
  } else {
    const confirm = await measureStep(ctx, 'confirm', good, bad);
    if (confirm === null) {
      interrupted = true;
      summary = 'interrupted while confirming good against bad';
    } else if (ctx.steps[confirm].cut && ctx.steps[confirm].verdict !== 'regression') {
      s.exhausted = `--minutes ${req.minutes} reached`;
      summary = `${s.exhausted} while confirming ${short(bad)} against ${short(good)} (${describe(ctx.steps[confirm])}): nothing is vouched for; its blocks are in the store and the same command resumes it`;
    } else if (ctx.steps[confirm].verdict !== 'regression') {
      const st = ctx.steps[confirm];
      outcome = st.verdict === 'inconclusive' || st.verdict === 'failed' ? 'incomplete' : 'not-a-regression';
      summary = `${short(bad)} is not a regression against ${short(good)} at the margin (${st.verdict}, B/A ${st.ratio?.toFixed(3) ?? '—'}): nothing to bisect`;
    } else {
      interrupted = !(await narrow(s, confirm));
      if (!interrupted) interrupted = !(await verify(s));
      const n = s.culprits.length;
      outcome = n > 0 && s.unresolved.length === 0 && !interrupted ? 'culprits' : 'incomplete';
      summary = [
        `${short(bad)} is a regression against ${short(good)} (B/A ${ctx.steps[confirm].ratio?.toFixed(3)}): ${n} culprit${n === 1 ? '' : 's'} found`,
        s.unresolved.length ? `${s.unresolved.length} range${s.unresolved.length === 1 ? '' : 's'} not narrowed to one commit` : '',
        interrupted ? 'interrupted: run the same command again to resume' : '',
      ].filter(Boolean).join('; ');
    }
  }
  const result: BisectResult = {
    schema: BISECT_SCHEMA, repo: plan.repo, good, bad, range, outcome, summary,
    culprits: s.culprits, unresolved: s.unresolved,
    skipped: [...s.failed].map(([commit, error]) => ({ commit, error })),
    probes: s.probes, steps: ctx.steps,
    builds: [...ctx.builds].map(([commit, b]) => ({ commit, ok: b.outcome.ok, reused: b.outcome.reused, seconds: b.outcome.seconds, compiled: b.compiled })),
    budget: { max_builds: req.maxBuilds, minutes: req.minutes, commits_built: ctx.builds.size, exhausted: s.exhausted },
    counted_blocks: ctx.steps.reduce((n, st) => n + st.counted_blocks, 0),
    wall_seconds: (Date.now() - t0) / 1000,
  };
  const [jsonPath, reportPath, htmlPath] = ['bisect.json', 'report.md', 'report.html'].map((f) => join(plan.out, f));
  writeFileAtomic(jsonPath, JSON.stringify(result, null, 2) + '\n');
  writeFileAtomic(reportPath, renderBisectMarkdown(result));
  writeFileAtomic(htmlPath, renderBisectHtml(result));
  return { result, jsonPath, reportPath, htmlPath, interrupted };
}

/** Builds a commit once (the shared tree; a finished build is reused from its snapshot). */
async function build(s: Search, commit: string): Promise<TreeBuild> {
  const have = s.ctx.builds.get(commit);
  if (have) return have;
  const hooks = s.ctx.hooks;
  // Ctrl-C during a build stops the compiler's process group (a step installs its own handler).
  const guard = onInterrupt(s.ctx.log);
  const b = await buildInTree({
    repo: s.ctx.plan.repo, commit, cmakeArgs: s.ctx.plan.variants[0].cmakeArgs, toolchain: s.toolchain, cacheDir: hooks.cacheDir,
    logPath: join(s.ctx.out, 'logs', `build-${short(commit)}.log`),
    onLine: (phase, line) => hooks.onBuildProgress?.({ variant: 'A', phase, line }), log: s.ctx.log,
  }).finally(() => guard.remove());
  if (interruptedBy()) return b; // not recorded: an interrupted build is neither a result nor a skip
  s.ctx.builds.set(commit, b);
  if (!b.outcome.ok) s.failed.set(commit, b.outcome.error ?? 'build failed');
  s.ctx.log(`build ${short(commit)}: ${b.outcome.ok ? (b.outcome.reused ? 'reused' : `${Math.round(b.outcome.seconds)} s, ${b.compiled ?? '?'} translation units compiled`) : `FAILED (${b.outcome.error}), skipped`}`);
  return b;
}

/** Why no more commits may be built or measured now, or null. */
function outOfBudget(s: Search, needsBuild: boolean): string | null {
  const { maxBuilds, minutes } = s.req;
  if (s.ctx.deadline !== null && Date.now() >= s.ctx.deadline) return `--minutes ${minutes} reached`;
  if (needsBuild && maxBuilds !== null && s.ctx.builds.size >= maxBuilds) return `--max-builds ${maxBuilds} reached`;
  return null;
}

/** A buildable commit strictly inside (lo, hi), nearest the middle; unbuildable ones are skipped. */
async function probeCommit(s: Search, lo: number, hi: number): Promise<number | 'none' | 'budget' | 'interrupted'> {
  const mid = (lo + hi) / 2;
  const inside = Array.from({ length: hi - lo - 1 }, (_, i) => lo + 1 + i).sort((x, y) => Math.abs(x - mid) - Math.abs(y - mid) || x - y);
  for (const i of inside) {
    const c = s.range[i].commit;
    if (s.failed.has(c)) continue;
    const why = outOfBudget(s, !s.ctx.builds.has(c));
    if (why) {
      s.exhausted ??= why;
      return 'budget';
    }
    const b = await build(s, c);
    if (interruptedBy()) return 'interrupted';
    if (b.outcome.ok) return i;
  }
  return 'none';
}

/** Narrows every regressing range, breadth first; false when interrupted. */
async function narrow(s: Search, confirm: number): Promise<boolean> {
  const queue: { lo: number; hi: number; step: number }[] = [{ lo: 0, hi: s.range.length - 1, step: confirm }];
  const c = (i: number) => s.range[i].commit;
  while (queue.length > 0) {
    const { lo, hi, step } = queue.shift()!;
    if (hi - lo === 1) {
      const st = s.ctx.steps[step];
      s.culprits.push({ commit: c(hi), subject: s.range[hi].subject, parent: c(lo), workload: st.workload, ratio: st.ratio, ci: st.ci, regressed: regressedAt(st), verified: null, verify: null });
      continue;
    }
    const m = await probeCommit(s, lo, hi);
    if (m === 'interrupted') return false;
    if (m === 'budget' || m === 'none') {
      const skipped = s.range.slice(lo + 1, hi).filter((x) => s.failed.has(x.commit)).map((x) => short(x.commit));
      s.unresolved.push({ from: c(lo), to: c(hi), why: m === 'budget' ? `budget ran out (${s.exhausted})` : `the commits between do not build (${skipped.join(', ')}): the culprit is one of them or ${short(c(hi))}` });
      continue;
    }
    if (outOfBudget(s, false)) {
      s.exhausted ??= outOfBudget(s, false);
      s.unresolved.push({ from: c(lo), to: c(hi), why: `budget ran out (${s.exhausted})` });
      continue;
    }
    const left = await measureStep(s.ctx, 'probe', c(lo), c(m));
    if (left === null) return false;
    if (s.ctx.steps[left].cut) {
      // Out of time mid-probe: the range vouched for stays (lo, hi), or (lo, m) when it was called.
      s.exhausted ??= outOfBudget(s, false) ?? `--minutes ${s.req.minutes} reached`;
      const called = s.ctx.steps[left].verdict === 'regression';
      s.unresolved.push({ from: c(lo), to: c(called ? m : hi), why: `budget ran out (${s.exhausted}) while probing ${short(c(m))} after ${s.ctx.steps[left].counted_blocks} blocks; the same command resumes it` });
      continue;
    }
    const right = await measureStep(s.ctx, 'probe', c(m), c(hi));
    if (right === null) return false;
    const [l, r] = [s.ctx.steps[left].verdict, s.ctx.steps[right].verdict];
    const cls: BisectProbe['class'] = l === 'regression' && r === 'regression' ? 'in-between'
      : l === 'regression' && r === 'neutral' ? 'like-bad'
        : l === 'neutral' && r === 'regression' ? 'like-good' : 'undecided';
    s.probes.push({ commit: c(m), vs_low: left, vs_high: right, class: cls });
    s.ctx.log(`probe ${short(c(m))}: ${cls}`);
    if (l === 'regression') queue.push({ lo, hi: m, step: left });
    if (r === 'regression') queue.push({ lo: m, hi, step: right });
    // A half that is neither a regression nor neutral may hide a culprit: it is named, not guessed.
    const open = (v: string) => v !== 'regression' && v !== 'neutral' && v !== 'improvement';
    if (l !== 'regression' && r !== 'regression') {
      s.unresolved.push({ from: c(lo), to: c(hi), why: s.ctx.steps[right].cut
        ? `budget ran out (--minutes ${s.req.minutes} reached) while probing ${short(c(m))} against ${short(c(hi))} after ${s.ctx.steps[right].counted_blocks} blocks; the same command resumes it`
        : open(l) || open(r)
        ? `probe ${short(c(m))} undecided (${l} against ${short(c(lo))}, ${r} against ${short(c(hi))})`
        : `neither half is a regression at the margin (${short(c(m))}: ${l} against ${short(c(lo))}, ${r} against ${short(c(hi))}): the slowdown is spread over several commits` });
    } else {
      if (open(l)) s.unresolved.push({ from: c(lo), to: c(m), why: `may hold another culprit: ${l} after ${s.ctx.steps[left].counted_blocks} blocks` });
      if (open(r)) s.unresolved.push({ from: c(m), to: c(hi), why: `may hold another culprit: ${r} after ${s.ctx.steps[right].counted_blocks} blocks${s.ctx.steps[right].cut ? ` (budget ran out: --minutes ${s.req.minutes} reached)` : ''}` });
    }
  }
  return true;
}

/** Every workload that regressed at a step, most slowed-down first. */
function regressedAt(st: BisectStep): BisectCulprit['regressed'] {
  return st.workloads.filter((w) => w.verdict === 'regression').sort((x, y) => (x.ratio ?? 1) - (y.ratio ?? 1)).map(({ name, ratio, ci }) => ({ name, ratio, ci }));
}

/** Each culprit against its parent with fresh blocks: the parent as B, so a new experiment. */
async function verify(s: Search): Promise<boolean> {
  for (const k of s.culprits) {
    const why = outOfBudget(s, false);
    if (why) {
      s.exhausted ??= why;
      continue;
    }
    const i = await measureStep(s.ctx, 'verify', k.commit, k.parent);
    if (i === null) return false;
    const st: BisectStep = s.ctx.steps[i];
    // parent/culprit > 1 is the culprit slower: B/A of the culprit is its inverse.
    k.verify = { verdict: st.verdict, ratio: st.ratio === null ? null : 1 / st.ratio, ci: st.ci ? [1 / st.ci[1], 1 / st.ci[0]] : null };
    // Cut by --minutes before fresh blocks called it: not run to its end, so neither verified nor refuted.
    k.verified = st.verdict === 'improvement' ? true : st.cut ? null : false;
    if (st.cut) s.exhausted ??= `--minutes ${s.req.minutes} reached`;
  }
  return true;
}
