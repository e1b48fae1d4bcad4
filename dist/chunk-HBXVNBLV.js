import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);
import {
  BISECT_SCHEMA,
  renderBisectHtml,
  renderBisectMarkdown
} from "./chunk-XOJGI6K3.js";
import {
  extendExperiment
} from "./chunk-MIHJIGRM.js";
import {
  BENCH_TARGET,
  buildKey,
  cmakeBuild,
  detectToolchain,
  envFlags,
  onInterrupt,
  runPipeline,
  writeLine
} from "./chunk-OU4RGNYM.js";
import {
  defaultStorePath
} from "./chunk-2SJ5SS7F.js";
import {
  withLock
} from "./chunk-7GUYAAN7.js";
import {
  writeFileAtomic
} from "./chunk-VK5KJTMD.js";
import {
  childEnv,
  countedBlocksOf
} from "./chunk-NDNGWDMH.js";
import {
  isExecutableFile,
  resolveRef,
  run,
  runOk
} from "./chunk-6LOWXX6R.js";
import {
  interruptedBy
} from "./chunk-WCTLSWV2.js";
import {
  UserError
} from "./chunk-LCLRZKD3.js";

// src/pipeline/bisect.ts
import { mkdirSync } from "node:fs";
import { join as join2 } from "node:path";

// src/build/tree.ts
import { createWriteStream, existsSync } from "node:fs";
import { cp, mkdir, readdir, readFile, realpath, rename, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createHash } from "node:crypto";
var TREE_CMAKE_ARGS = ["-DCMAKE_BUILD_RPATH_USE_ORIGIN=ON"];
var STAMP = "llama-perf-gate-build.json";
var TAIL = 30;
async function treeId(repo, inputs) {
  const common = (await runOk("git", ["-C", repo, "rev-parse", "--path-format=absolute", "--git-common-dir"])).trim();
  const config = buildKey({ ...inputs, commit: "tree" });
  return createHash("sha256").update(JSON.stringify([await realpath(common).catch(() => common), config])).digest("hex").slice(0, 16);
}
function snapshotDir(cacheDir, key) {
  return path.join(cacheDir, "builds", key);
}
async function buildInTree(req) {
  const env = req.env ?? process.env;
  const t0 = performance.now();
  const inputs = { commit: req.commit, cmakeArgs: req.cmakeArgs, cc: req.toolchain.cc, cxx: req.toolchain.cxx, cmakeVersion: req.toolchain.cmakeVersion, envFlags: envFlags(env) };
  const key = buildKey(inputs);
  await mkdir(path.dirname(req.logPath), { recursive: true });
  const log = createWriteStream(req.logPath);
  const tail = [];
  let compiled = 0;
  const note = (phase, line) => {
    tail.push(line);
    if (tail.length > TAIL) tail.shift();
    if (/Building (C|CXX) object/.test(line)) compiled++;
    req.onLine?.(phase, line);
  };
  const outcome = (o) => ({
    variant: "A",
    ok: false,
    ref: req.commit,
    commit: req.commit,
    cmakeArgs: req.cmakeArgs,
    binDir: null,
    depthTool: null,
    reused: false,
    seconds: (performance.now() - t0) / 1e3,
    logPath: req.logPath,
    logTail: null,
    error: null,
    ...o
  });
  const reuse = async () => {
    const s = await readSnapshot(snapshotDir(req.cacheDir, key), key);
    if (!s) return null;
    writeLine(log, `reusing ${s.binDir} (build key ${key})`);
    return { outcome: outcome({ ok: true, binDir: s.binDir, depthTool: s.depthTool, reused: true }), compiled: 0, key };
  };
  try {
    const hit = await reuse();
    if (hit) return hit;
    const id = await treeId(req.repo, inputs);
    const lockPath = path.join(req.cacheDir, "locks", `tree-${id}.lock`);
    return await withLock(lockPath, async () => {
      const again = await reuse();
      if (again) return again;
      const tree = path.join(req.cacheDir, "trees", id);
      writeLine(log, `commit ${req.commit}, build key ${key}, tree ${tree}`);
      await switchTree(req.repo, tree, req.commit);
      const buildDir = path.join(tree, ".lpg-build");
      const marker = path.join(tree, ".lpg-building");
      if (existsSync(marker)) {
        writeLine(log, "the last build in this tree did not finish: starting from a clean build directory");
        await rm(buildDir, { recursive: true, force: true });
      }
      writeFileAtomic(marker, `${process.pid}
`);
      const childEnv2 = childEnv(env);
      const r = await cmakeBuild({
        srcDir: tree,
        buildDir,
        cmakeArgs: [...TREE_CMAKE_ARGS, ...req.cmakeArgs],
        toolchain: req.toolchain,
        jobs: req.jobs ?? os.availableParallelism(),
        env: childEnv2,
        log,
        onLine: note
      });
      if (!interruptedBy()) await rm(marker, { force: true });
      if (!r.ok) {
        writeLine(log, `FAILED: ${r.error}`);
        return { outcome: outcome({ error: r.error, logTail: tail.join("\n") }), compiled, key };
      }
      const binDir = await snapshot(buildDir, r.binDir, snapshotDir(req.cacheDir, key));
      writeFileAtomic(path.join(snapshotDir(req.cacheDir, key), STAMP), JSON.stringify({ key, inputs, binDir, depthTool: r.depthTool, compiled, seconds: (performance.now() - t0) / 1e3, finishedAt: (/* @__PURE__ */ new Date()).toISOString() }, null, 2) + "\n");
      writeLine(log, `compiled ${compiled} translation units; kept as ${binDir}`);
      return { outcome: outcome({ ok: true, binDir, depthTool: r.depthTool }), compiled, key };
    }, (line) => req.log?.(line), `the build tree ${id}`);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    writeLine(log, `FAILED: ${msg}`);
    return { outcome: outcome({ error: msg, logTail: [...tail, msg].slice(-TAIL).join("\n") }), compiled, key };
  } finally {
    await new Promise((resolve) => log.end(resolve));
  }
}
async function switchTree(repo, tree, commit) {
  const top = await run("git", ["-C", tree, "rev-parse", "--show-toplevel"]).catch(() => null);
  const ours = top?.code === 0 && await realpath(top.stdout.trim()).catch(() => "") === await realpath(tree).catch(() => tree);
  if (!ours) {
    await rm(tree, { recursive: true, force: true });
    await run("git", ["-C", repo, "worktree", "prune"]);
    await mkdir(path.dirname(tree), { recursive: true });
    await runOk("git", ["-C", repo, "worktree", "add", "--detach", "--force", tree, commit]);
    return;
  }
  await runOk("git", ["-C", tree, "checkout", "--quiet", "--force", "--detach", commit]);
}
async function snapshot(buildDir, binDir, dest) {
  const tmp = `${dest}.tmp-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  const relBin = path.relative(buildDir, binDir);
  await cp(binDir, path.join(tmp, relBin), { recursive: true, verbatimSymlinks: true });
  for (const lib of await sharedLibraries(buildDir)) {
    if (!lib.startsWith(relBin + path.sep)) await cp(path.join(buildDir, lib), path.join(tmp, lib), { verbatimSymlinks: true });
  }
  await rm(dest, { recursive: true, force: true });
  await rename(tmp, dest);
  return path.join(dest, relBin);
}
async function sharedLibraries(dir, rel = "", depth = 0) {
  if (depth > 6) return [];
  const out = [];
  for (const e of await readdir(path.join(dir, rel), { withFileTypes: true }).catch(() => [])) {
    const p = path.join(rel, e.name);
    if (e.isDirectory() && e.name !== "CMakeFiles") out.push(...await sharedLibraries(dir, p, depth + 1));
    else if (/\.so(\.\d+)*$/.test(e.name)) out.push(p);
  }
  return out;
}
async function readSnapshot(dir, key) {
  try {
    const s = JSON.parse(await readFile(path.join(dir, STAMP), "utf8"));
    if (s.key !== key || typeof s.binDir !== "string" || !await isExecutableFile(path.join(s.binDir, BENCH_TARGET))) return null;
    const depthTool = typeof s.depthTool === "string" && await isExecutableFile(path.join(s.binDir, s.depthTool)) ? s.depthTool : null;
    return { binDir: s.binDir, depthTool };
  } catch {
    return null;
  }
}

// src/build/range.ts
async function commitRange(repo, good, bad) {
  const anc = await run("git", ["-C", repo, "merge-base", "--is-ancestor", good, bad]);
  if (anc.code !== 0) {
    throw new UserError(`--good ${good.slice(0, 12)} is not an ancestor of --bad ${bad.slice(0, 12)}`, "give the older commit as --good and the newer as --bad, e.g. --good v1.0 --bad main");
  }
  const text = await runOk("git", ["-C", repo, "log", "--first-parent", "--format=%H%x00%s", `${good}..${bad}`, "--"]);
  const later = text.split("\n").filter((l) => l !== "").map((l) => {
    const [commit, subject2] = l.split("\0");
    return { commit, subject: subject2 ?? "" };
  }).reverse();
  const first = later[0] ? await runOk("git", ["-C", repo, "rev-parse", `${later[0].commit}^`]) : good;
  if (later.length > 0 && first.trim() !== good) {
    throw new UserError(`--good ${good.slice(0, 12)} is not on the first-parent history of --bad ${bad.slice(0, 12)}`, "give a --good that --bad reaches through first parents (e.g. a commit of the same branch)");
  }
  const subject = (await runOk("git", ["-C", repo, "log", "-1", "--format=%s", good])).trim();
  return [{ commit: good, subject }, ...later];
}

// src/pipeline/bisect-step.ts
import { existsSync as existsSync2, readFileSync } from "node:fs";
import { join } from "node:path";
import { createHash as createHash2 } from "node:crypto";
var short = (c) => c.slice(0, 9);
async function measureStep(ctx, role, a, b) {
  const out = join(ctx.out, "steps", planKey(ctx.plan), `${role}-${short(a)}-${short(b)}`);
  const done = join(out, "step.json");
  if (existsSync2(done)) {
    const step2 = { ...JSON.parse(readFileSync(done, "utf8")), reused: true };
    ctx.log(`${role} ${short(b)} vs ${short(a)}: ${describe(step2)} (finished earlier: reused)`);
    return ctx.steps.push(step2) - 1;
  }
  const variant = (v, id, commit) => ({ ...v, id, ref: commit, name: short(commit) });
  const plan = {
    ...ctx.plan,
    out,
    compare: "refs",
    // Exactly the two commits: a parent "behind" its child is the point here, not a moved base.
    comparison: { requested: "refs", mode: "refs", fallback: null, baseRef: a, headRef: b, base: a, head: b, branchPoint: null, baseMoved: null, merge: null, a, b },
    variants: [variant(ctx.plan.variants[0], "A", a), variant(ctx.plan.variants[0], "B", b)]
  };
  const hooks = { ...ctx.hooks, build: async (p) => p.variants.map((v) => builtOutcome(ctx, v)), ...ctx.deadline === null ? {} : { until: ctx.deadline } };
  ctx.log(`${role} ${short(b)} vs ${short(a)}: measuring (${out})`);
  let ran = await runPipeline(plan, hooks);
  let results = ran.results;
  if (interruptedBy()) return null;
  const horizon = results.design?.horizon ?? results.plan.horizon ?? results.plan.maxBlocks;
  const counted = countedBlocksOf(results);
  const undecided = results.analysis?.workloads.some((w) => w.verdict === "inconclusive") ?? false;
  if (!ran.timeUp && undecided && counted < horizon && results.experiment && (ctx.deadline === null || Date.now() < ctx.deadline)) {
    ctx.log(`${role} ${short(b)} vs ${short(a)}: undecided at ${counted} blocks; ${horizon - counted} more`);
    ran = await extendExperiment({ storePath: ctx.hooks.store ?? defaultStorePath(ctx.hooks.cacheDir), id: results.experiment.id, blocks: horizon - counted, out }, hooks);
    results = ran.results;
    if (interruptedBy()) return null;
  }
  const step = { ...stepOf(role, a, b, out, results), ...ran.timeUp ? { cut: true } : {} };
  if (!step.cut) writeFileAtomic(done, JSON.stringify(step, null, 2) + "\n");
  ctx.log(`${role} ${short(b)} vs ${short(a)}: ${describe(step)}`);
  return ctx.steps.push(step) - 1;
}
function planKey(p) {
  const v = p.variants[0];
  const what = [p.models.length === 1 ? p.models[0].path : p.models.map((m) => m.path), p.workloads, p.threads, p.levers, p.margin, p.alpha, p.method, p.spending, p.maxBlocks, p.horizon, p.looks, p.warmupBlocks, p.depthSweep, v.cmakeArgs, v.runArgs, v.env];
  return createHash2("sha256").update(JSON.stringify(what)).digest("hex").slice(0, 8);
}
function builtOutcome(ctx, v) {
  const b = ctx.builds.get(v.ref);
  if (!b) throw new Error(`bisect: ${v.ref} was not built before its step`);
  return { ...b.outcome, variant: v.id, ref: v.ref };
}
function describe(s) {
  const r = s.ratio === null ? "\u2014" : s.ratio.toFixed(3);
  const ci = s.ci ? ` [${s.ci[0].toFixed(3)}, ${s.ci[1].toFixed(3)}]` : "";
  return `${s.verdict}, B/A ${r}${ci}${s.workload ? ` ${s.workload}` : ""} after ${s.counted_blocks} blocks${s.cut ? " (time ran out: cut short, resumable)" : ""}`;
}
function stepOf(role, a, b, out, r) {
  const ws = r.analysis?.workloads ?? [];
  const verdict = r.analysis ? r.analysis.verdict : "failed";
  const pick = verdict === "regression" ? ws.filter((w) => w.verdict === "regression").sort((x, y) => (x.ratio ?? 1) - (y.ratio ?? 1))[0] : verdict === "improvement" ? ws.filter((w) => w.verdict === "improvement").sort((x, y) => (y.ratio ?? 1) - (x.ratio ?? 1))[0] : ws[0];
  return {
    role,
    a,
    b,
    out,
    verdict,
    experiment: r.experiment?.id ?? null,
    counted_blocks: countedBlocksOf(r),
    workload: pick?.name ?? null,
    ratio: pick?.ratio ?? null,
    ci: pick?.ci ?? null,
    workloads: ws.map((w) => ({ name: w.name, verdict: w.verdict, ratio: w.ratio, ci: w.ci, n: w.n })),
    reused: false
  };
}

// src/pipeline/bisect.ts
async function bisect(req, hooks) {
  const t0 = Date.now();
  const log = hooks.log ?? (() => {
  });
  const { plan } = req;
  const good = await resolveRef(plan.repo, req.good);
  const bad = await resolveRef(plan.repo, req.bad);
  if (good === bad) throw new UserError(`--good and --bad are the same commit (${short(good)})`, "example: --good v1.0 --bad main");
  const range = await commitRange(plan.repo, good, bad);
  const toolchain = await detectToolchain(plan.variants[0].cmakeArgs);
  mkdirSync(plan.out, { recursive: true });
  const ctx = { plan, out: plan.out, hooks, builds: /* @__PURE__ */ new Map(), steps: [], deadline: req.minutes === null ? null : t0 + req.minutes * 6e4, log };
  const s = { ctx, range, toolchain, req, failed: /* @__PURE__ */ new Map(), exhausted: null, probes: [], culprits: [], unresolved: [] };
  log(`bisect ${short(good)}..${short(bad)}: ${range.length - 1} commits`);
  let interrupted = false;
  let outcome = "incomplete";
  let summary;
  const ends = [await build(s, good), await build(s, bad)];
  if (interruptedBy()) {
    interrupted = true;
    summary = `interrupted by ${interruptedBy()} while building the ends; run the same command again to resume`;
  } else if (ends.some((b) => !b.outcome.ok)) {
    summary = `the ${ends[0].outcome.ok ? "bad" : "good"} end does not build: ${(ends[0].outcome.ok ? ends[1] : ends[0]).outcome.error}; nothing was measured`;
  } else if (outOfBudget(s, false)) {
    s.exhausted = outOfBudget(s, false);
    summary = `${s.exhausted} while building the ends: nothing was measured (the builds are kept for the next run)`;
  } else {
    const confirm = await measureStep(ctx, "confirm", good, bad);
    if (confirm === null) {
      interrupted = true;
      summary = "interrupted while confirming good against bad";
    } else if (ctx.steps[confirm].cut && ctx.steps[confirm].verdict !== "regression") {
      s.exhausted = `--minutes ${req.minutes} reached`;
      summary = `${s.exhausted} while confirming ${short(bad)} against ${short(good)} (${describe(ctx.steps[confirm])}): nothing is vouched for; its blocks are in the store and the same command resumes it`;
    } else if (ctx.steps[confirm].verdict !== "regression") {
      const st = ctx.steps[confirm];
      outcome = st.verdict === "inconclusive" || st.verdict === "failed" ? "incomplete" : "not-a-regression";
      summary = `${short(bad)} is not a regression against ${short(good)} at the margin (${st.verdict}, B/A ${st.ratio?.toFixed(3) ?? "\u2014"}): nothing to bisect`;
    } else {
      interrupted = !await narrow(s, confirm);
      if (!interrupted) interrupted = !await verify(s);
      const n = s.culprits.length;
      outcome = n > 0 && s.unresolved.length === 0 && !interrupted ? "culprits" : "incomplete";
      summary = [
        `${short(bad)} is a regression against ${short(good)} (B/A ${ctx.steps[confirm].ratio?.toFixed(3)}): ${n} culprit${n === 1 ? "" : "s"} found`,
        s.unresolved.length ? `${s.unresolved.length} range${s.unresolved.length === 1 ? "" : "s"} not narrowed to one commit` : "",
        interrupted ? "interrupted: run the same command again to resume" : ""
      ].filter(Boolean).join("; ");
    }
  }
  const result = {
    schema: BISECT_SCHEMA,
    repo: plan.repo,
    good,
    bad,
    range,
    outcome,
    summary,
    culprits: s.culprits,
    unresolved: s.unresolved,
    skipped: [...s.failed].map(([commit, error]) => ({ commit, error })),
    probes: s.probes,
    steps: ctx.steps,
    builds: [...ctx.builds].map(([commit, b]) => ({ commit, ok: b.outcome.ok, reused: b.outcome.reused, seconds: b.outcome.seconds, compiled: b.compiled })),
    budget: { max_builds: req.maxBuilds, minutes: req.minutes, commits_built: ctx.builds.size, exhausted: s.exhausted },
    counted_blocks: ctx.steps.reduce((n, st) => n + st.counted_blocks, 0),
    wall_seconds: (Date.now() - t0) / 1e3
  };
  const [jsonPath, reportPath, htmlPath] = ["bisect.json", "report.md", "report.html"].map((f) => join2(plan.out, f));
  writeFileAtomic(jsonPath, JSON.stringify(result, null, 2) + "\n");
  writeFileAtomic(reportPath, renderBisectMarkdown(result));
  writeFileAtomic(htmlPath, renderBisectHtml(result));
  return { result, jsonPath, reportPath, htmlPath, interrupted };
}
async function build(s, commit) {
  const have = s.ctx.builds.get(commit);
  if (have) return have;
  const hooks = s.ctx.hooks;
  const guard = onInterrupt(s.ctx.log);
  const b = await buildInTree({
    repo: s.ctx.plan.repo,
    commit,
    cmakeArgs: s.ctx.plan.variants[0].cmakeArgs,
    toolchain: s.toolchain,
    cacheDir: hooks.cacheDir,
    logPath: join2(s.ctx.out, "logs", `build-${short(commit)}.log`),
    onLine: (phase, line) => hooks.onBuildProgress?.({ variant: "A", phase, line }),
    log: s.ctx.log
  }).finally(() => guard.remove());
  if (interruptedBy()) return b;
  s.ctx.builds.set(commit, b);
  if (!b.outcome.ok) s.failed.set(commit, b.outcome.error ?? "build failed");
  s.ctx.log(`build ${short(commit)}: ${b.outcome.ok ? b.outcome.reused ? "reused" : `${Math.round(b.outcome.seconds)} s, ${b.compiled ?? "?"} translation units compiled` : `FAILED (${b.outcome.error}), skipped`}`);
  return b;
}
function outOfBudget(s, needsBuild) {
  const { maxBuilds, minutes } = s.req;
  if (s.ctx.deadline !== null && Date.now() >= s.ctx.deadline) return `--minutes ${minutes} reached`;
  if (needsBuild && maxBuilds !== null && s.ctx.builds.size >= maxBuilds) return `--max-builds ${maxBuilds} reached`;
  return null;
}
async function probeCommit(s, lo, hi) {
  const mid = (lo + hi) / 2;
  const inside = Array.from({ length: hi - lo - 1 }, (_, i) => lo + 1 + i).sort((x, y) => Math.abs(x - mid) - Math.abs(y - mid) || x - y);
  for (const i of inside) {
    const c = s.range[i].commit;
    if (s.failed.has(c)) continue;
    const why = outOfBudget(s, !s.ctx.builds.has(c));
    if (why) {
      s.exhausted ??= why;
      return "budget";
    }
    const b = await build(s, c);
    if (interruptedBy()) return "interrupted";
    if (b.outcome.ok) return i;
  }
  return "none";
}
async function narrow(s, confirm) {
  const queue = [{ lo: 0, hi: s.range.length - 1, step: confirm }];
  const c = (i) => s.range[i].commit;
  while (queue.length > 0) {
    const { lo, hi, step } = queue.shift();
    if (hi - lo === 1) {
      const st = s.ctx.steps[step];
      s.culprits.push({ commit: c(hi), subject: s.range[hi].subject, parent: c(lo), workload: st.workload, ratio: st.ratio, ci: st.ci, regressed: regressedAt(st), verified: null, verify: null });
      continue;
    }
    const m = await probeCommit(s, lo, hi);
    if (m === "interrupted") return false;
    if (m === "budget" || m === "none") {
      const skipped = s.range.slice(lo + 1, hi).filter((x) => s.failed.has(x.commit)).map((x) => short(x.commit));
      s.unresolved.push({ from: c(lo), to: c(hi), why: m === "budget" ? `budget ran out (${s.exhausted})` : `the commits between do not build (${skipped.join(", ")}): the culprit is one of them or ${short(c(hi))}` });
      continue;
    }
    if (outOfBudget(s, false)) {
      s.exhausted ??= outOfBudget(s, false);
      s.unresolved.push({ from: c(lo), to: c(hi), why: `budget ran out (${s.exhausted})` });
      continue;
    }
    const left = await measureStep(s.ctx, "probe", c(lo), c(m));
    if (left === null) return false;
    if (s.ctx.steps[left].cut) {
      s.exhausted ??= outOfBudget(s, false) ?? `--minutes ${s.req.minutes} reached`;
      const called = s.ctx.steps[left].verdict === "regression";
      s.unresolved.push({ from: c(lo), to: c(called ? m : hi), why: `budget ran out (${s.exhausted}) while probing ${short(c(m))} after ${s.ctx.steps[left].counted_blocks} blocks; the same command resumes it` });
      continue;
    }
    const right = await measureStep(s.ctx, "probe", c(m), c(hi));
    if (right === null) return false;
    const [l, r] = [s.ctx.steps[left].verdict, s.ctx.steps[right].verdict];
    const cls = l === "regression" && r === "regression" ? "in-between" : l === "regression" && r === "neutral" ? "like-bad" : l === "neutral" && r === "regression" ? "like-good" : "undecided";
    s.probes.push({ commit: c(m), vs_low: left, vs_high: right, class: cls });
    s.ctx.log(`probe ${short(c(m))}: ${cls}`);
    if (l === "regression") queue.push({ lo, hi: m, step: left });
    if (r === "regression") queue.push({ lo: m, hi, step: right });
    const open = (v) => v !== "regression" && v !== "neutral" && v !== "improvement";
    if (l !== "regression" && r !== "regression") {
      s.unresolved.push({ from: c(lo), to: c(hi), why: s.ctx.steps[right].cut ? `budget ran out (--minutes ${s.req.minutes} reached) while probing ${short(c(m))} against ${short(c(hi))} after ${s.ctx.steps[right].counted_blocks} blocks; the same command resumes it` : open(l) || open(r) ? `probe ${short(c(m))} undecided (${l} against ${short(c(lo))}, ${r} against ${short(c(hi))})` : `neither half is a regression at the margin (${short(c(m))}: ${l} against ${short(c(lo))}, ${r} against ${short(c(hi))}): the slowdown is spread over several commits` });
    } else {
      if (open(l)) s.unresolved.push({ from: c(lo), to: c(m), why: `may hold another culprit: ${l} after ${s.ctx.steps[left].counted_blocks} blocks` });
      if (open(r)) s.unresolved.push({ from: c(m), to: c(hi), why: `may hold another culprit: ${r} after ${s.ctx.steps[right].counted_blocks} blocks${s.ctx.steps[right].cut ? ` (budget ran out: --minutes ${s.req.minutes} reached)` : ""}` });
    }
  }
  return true;
}
function regressedAt(st) {
  return st.workloads.filter((w) => w.verdict === "regression").sort((x, y) => (x.ratio ?? 1) - (y.ratio ?? 1)).map(({ name, ratio, ci }) => ({ name, ratio, ci }));
}
async function verify(s) {
  for (const k of s.culprits) {
    const why = outOfBudget(s, false);
    if (why) {
      s.exhausted ??= why;
      continue;
    }
    const i = await measureStep(s.ctx, "verify", k.commit, k.parent);
    if (i === null) return false;
    const st = s.ctx.steps[i];
    k.verify = { verdict: st.verdict, ratio: st.ratio === null ? null : 1 / st.ratio, ci: st.ci ? [1 / st.ci[1], 1 / st.ci[0]] : null };
    k.verified = st.verdict === "improvement" ? true : st.cut ? null : false;
    if (st.cut) s.exhausted ??= `--minutes ${s.req.minutes} reached`;
  }
  return true;
}

export {
  bisect
};
