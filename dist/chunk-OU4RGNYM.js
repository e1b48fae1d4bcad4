import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);
import {
  nativeArtifact
} from "./chunk-LWMDKKTP.js";
import {
  writeSyntheticModel
} from "./chunk-YTDCO4HC.js";
import {
  calibratedFor,
  calibrationKeys,
  experimentIdentity,
  identityChanges,
  identityHash,
  readCalibration,
  readQualifications,
  runnerShown,
  writeResults
} from "./chunk-IY4J7ZQM.js";
import {
  ExperimentStore,
  defaultStorePath,
  variantLabel
} from "./chunk-2SJ5SS7F.js";
import {
  parseBenchOutput
} from "./chunk-H4DLKN52.js";
import {
  describeOwner,
  tryLock,
  waitLine,
  withLock
} from "./chunk-7GUYAAN7.js";
import {
  buildReportModel,
  describeSlowdown,
  renderHtml,
  renderMarkdown
} from "./chunk-3T2AJHST.js";
import {
  writeFileAtomic
} from "./chunk-VK5KJTMD.js";
import {
  checkStorePath
} from "./chunk-B2D4RTC7.js";
import {
  BATCHED_BENCH,
  Guest,
  SWEEP_BENCH,
  SweepRowReader,
  checkPlacements,
  childEnv,
  countedBlocksOf,
  decideAll,
  decideLook,
  depthPlacement,
  depthPointIds,
  depthRunArgs,
  depthToolArgs,
  depthUnits,
  detectFlavourFromHelp,
  findExecutable,
  guestNodes,
  guestShape,
  guestTools,
  labelWorkloads,
  launch,
  launchValue,
  numaPlacement,
  probeDepthTool,
  readResultsFileSync,
  runDepthLaunch,
  scratchDir,
  sharedDepthTool,
  signalExitCode,
  stopsAt,
  supportedFlags,
  tail,
  withDepthMemory,
  wordAnalysis
} from "./chunk-NDNGWDMH.js";
import {
  modelOf,
  readGgufHeader
} from "./chunk-GDMBPVIE.js";
import {
  RESULTS_SCHEMA
} from "./chunk-6KI224XV.js";
import {
  PRESETS
} from "./chunk-BJGFYZ3G.js";
import {
  finishFingerprint,
  readFingerprint,
  reclaimWarning
} from "./chunk-ANVRTINO.js";
import {
  applyComparison,
  ensureWorktree,
  isExecutableFile,
  resolveRef,
  run,
  runLines,
  runOk,
  which,
  worktreePath
} from "./chunk-6LOWXX6R.js";
import {
  interruptedBy,
  liveGroups,
  stopAll
} from "./chunk-WCTLSWV2.js";
import {
  EnvironmentError,
  UserError,
  asEnvironmentError
} from "./chunk-LCLRZKD3.js";

// src/build/embedded.ts
import { createHash } from "node:crypto";
import { existsSync as existsSync2 } from "node:fs";
import { mkdir, mkdtemp, readFile, rename, rm, stat } from "node:fs/promises";
import path2 from "node:path";

// src/sys/package-root.ts
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
function packageRoot(from = path.dirname(fileURLToPath(import.meta.url))) {
  let dir = from;
  for (; ; ) {
    const pj = path.join(dir, "package.json");
    if (existsSync(pj)) {
      try {
        if (JSON.parse(readFileSync(pj, "utf8")).name === "llama-perf-gate") return dir;
      } catch {
      }
    }
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`cannot find the llama-perf-gate package root above ${from}`);
    dir = up;
  }
}

// src/build/embedded.ts
var EMBEDDED_PACKAGE = "node-llama-cpp";
var EMBEDDED_VERSION = "3.21.1";
var BUNDLE_PATH_IN_TARBALL = "package/llama/gitRelease.bundle";
var BASE_BRANCH = "lpg/base";
var HEAD_BRANCH = "lpg/mmap-kv";
var PATCH_COMMIT_ENV = {
  GIT_AUTHOR_NAME: "llama-perf-gate",
  GIT_AUTHOR_EMAIL: "llama-perf-gate@localhost",
  GIT_AUTHOR_DATE: "2026-01-01T00:00:00Z",
  GIT_COMMITTER_NAME: "llama-perf-gate",
  GIT_COMMITTER_EMAIL: "llama-perf-gate@localhost",
  GIT_COMMITTER_DATE: "2026-01-01T00:00:00Z"
};
var PATCH_TRAILER = "lpg-patch-sha256";
async function ensureEmbeddedSource(opts) {
  return withLock(path2.join(opts.cacheDir, "locks", "embedded.lock"), () => ensureLocked(opts), (line) => opts.log(line), "the embedded source");
}
async function ensureLocked(opts) {
  const repo = path2.join(opts.cacheDir, "llama.cpp");
  const patchPath = opts.patchPath ?? path2.join(packageRoot(), "patches", "mmap-kv.patch");
  const patch = await readFile(patchPath).catch(() => {
    throw new UserError(`the mmap-KV patch ${patchPath} is missing`, "restore it from the repository (git checkout -- patches/)");
  });
  const patchSha = createHash("sha256").update(patch).digest("hex");
  let base = await refCommit(repo, BASE_BRANCH);
  if (!base) {
    const bundle = await ensureBundle(opts);
    base = await importBundle(bundle, repo, opts.log);
  }
  const head = await patchedCommitIfCurrent(repo, base, patchSha) ?? await commitPatch(repo, base, patchPath, patchSha, opts.log);
  return { repo, baseRef: BASE_BRANCH, headRef: HEAD_BRANCH, commit: base, headCommit: head };
}
async function ensureBundle(opts) {
  const npmDir = path2.join(opts.cacheDir, "npm");
  await mkdir(npmDir, { recursive: true });
  const tgzName = opts.tarballName ?? `${EMBEDDED_PACKAGE}-${EMBEDDED_VERSION}.tgz`;
  const tgz = path2.join(npmDir, tgzName);
  if (!await nonEmptyFile(tgz)) {
    const spec = opts.packageSpec ?? `${EMBEDDED_PACKAGE}@${EMBEDDED_VERSION}`;
    opts.log(`fetching ${spec} with npm pack (about 35 MB, once) into ${npmDir}`);
    const tmp = await mkdtemp(path2.join(npmDir, ".pack-"));
    try {
      const r = await run("npm", ["pack", spec, "--pack-destination", tmp, "--json", "--ignore-scripts"], { cwd: tmp }).catch((e) => {
        throw new UserError(`cannot run npm: ${e.message}`, "install Node.js and npm, or point --repo at your own llama.cpp checkout");
      });
      if (r.code !== 0) {
        const why = r.stderr.trim().split("\n").slice(-4).join(" | ");
        throw new UserError(`npm pack ${spec} failed: ${why}`, "check that the npm registry is reachable (npm ping), or point --repo at your own llama.cpp checkout");
      }
      if (!await nonEmptyFile(path2.join(tmp, tgzName))) throw new Error(`npm pack ${spec} did not produce ${tgzName} (stdout: ${r.stdout.trim().slice(0, 300)})`);
      await rename(path2.join(tmp, tgzName), tgz);
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  }
  const bundleDir = path2.join(npmDir, "bundle");
  const bundle = path2.join(bundleDir, BUNDLE_PATH_IN_TARBALL);
  if (!await nonEmptyFile(bundle)) {
    opts.log(`extracting ${BUNDLE_PATH_IN_TARBALL} from ${tgzName}`);
    await mkdir(bundleDir, { recursive: true });
    const r = await run("tar", ["-xzf", tgz, "-C", bundleDir, BUNDLE_PATH_IN_TARBALL]);
    if (r.code !== 0) {
      await rm(tgz, { force: true });
      throw new Error(`cannot extract ${BUNDLE_PATH_IN_TARBALL} from ${tgz}: ${r.stderr.trim()}`);
    }
  }
  return bundle;
}
async function importBundle(bundle, repo, log) {
  log(`importing the llama.cpp git bundle into ${repo}`);
  const tmp = `${repo}.tmp-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  await runOk("git", ["init", "--quiet", "--bare", tmp]);
  await runOk("git", ["-C", tmp, "fetch", "--quiet", "--no-tags", bundle, `HEAD:refs/heads/${BASE_BRANCH}`]);
  await runOk("git", ["-C", tmp, "symbolic-ref", "HEAD", `refs/heads/${BASE_BRANCH}`]);
  await rm(repo, { recursive: true, force: true });
  await rename(tmp, repo);
  const base = await refCommit(repo, BASE_BRANCH);
  if (!base) throw new Error(`importing ${bundle} left no ${BASE_BRANCH} branch in ${repo}`);
  return base;
}
async function patchedCommitIfCurrent(repo, base, patchSha) {
  const head = await refCommit(repo, HEAD_BRANCH);
  if (!head) return null;
  const r = await run("git", ["-C", repo, "log", "-1", "--format=%P%n%B", head]);
  if (r.code !== 0) return null;
  const [parents, ...body] = r.stdout.split("\n");
  return parents.trim() === base && body.includes(`${PATCH_TRAILER}: ${patchSha}`) ? head : null;
}
async function commitPatch(repo, base, patchPath, patchSha, log) {
  log(`creating branch ${HEAD_BRANCH} = ${BASE_BRANCH} + ${path2.basename(patchPath)}`);
  const tmpDir = await mkdtemp(path2.join(path2.dirname(repo), ".lpg-index-"));
  const env = { ...process.env, GIT_INDEX_FILE: path2.join(tmpDir, "index"), ...PATCH_COMMIT_ENV };
  try {
    await runOk("git", ["-C", repo, "read-tree", base], { env });
    const applied = await run("git", ["-C", repo, "apply", "--cached", path2.resolve(patchPath)], { env });
    if (applied.code !== 0) {
      throw new UserError(
        `the patch ${patchPath} does not apply to ${BASE_BRANCH} (${base.slice(0, 12)}): ${applied.stderr.trim().split("\n").slice(0, 3).join(" | ")}`,
        `regenerate the patch against the bundled llama.cpp (git -C ${repo} worktree add /tmp/lpg-base ${BASE_BRANCH})`
      );
    }
    const tree = (await runOk("git", ["-C", repo, "write-tree"], { env })).trim();
    const message = `llama-perf-gate: apply ${path2.basename(patchPath)}

${PATCH_TRAILER}: ${patchSha}
`;
    const commit = (await runOk("git", ["-C", repo, "commit-tree", tree, "-p", base, "-m", message], { env })).trim();
    await runOk("git", ["-C", repo, "update-ref", `refs/heads/${HEAD_BRANCH}`, commit]);
    return commit;
  } finally {
    await rm(tmpDir, { recursive: true, force: true });
  }
}
async function refCommit(repo, branch) {
  if (!existsSync2(repo)) return null;
  const r = await run("git", [`--git-dir=${repo}`, "rev-parse", "--verify", "--quiet", `refs/heads/${branch}^{commit}`]).catch(() => null);
  return r && r.code === 0 ? r.stdout.trim() : null;
}
async function nonEmptyFile(p) {
  return stat(p).then((s) => s.isFile() && s.size > 0, () => false);
}

// src/pipeline/out-dir.ts
import { existsSync as existsSync3, mkdirSync, readFileSync as readFileSync2, renameSync } from "node:fs";
import { join } from "node:path";
var OUT_LOCK = ".llama-perf-gate.lock";
function experimentIdentity2(plan, commits) {
  return {
    repo: plan.repo,
    model: (plan.models ?? [{ path: plan.model ?? "" }]).map((m) => m.path).join(","),
    variants: plan.variants.map((v, i) => ({ id: v.id, ref: v.ref, commit: commits[i] ?? null, cmakeArgs: v.cmakeArgs, runArgs: v.runArgs, env: v.env, slowdown: v.slowdown })),
    workloads: plan.workloads.map((w) => w.id)
  };
}
function identityOfResults(r) {
  const plan = r.plan;
  if (!plan || !Array.isArray(plan.variants) || !Array.isArray(plan.workloads)) return null;
  const commits = plan.variants.map((v) => r.builds?.find((b) => b.variant === v.id)?.commit ?? null);
  try {
    return experimentIdentity2(plan, commits);
  } catch {
    return null;
  }
}
function identityDifference(had, now) {
  if (had.repo !== now.repo) return `repo ${had.repo}, not ${now.repo}`;
  if (had.model !== now.model) return `model ${had.model}, not ${now.model}`;
  for (const [i, v] of now.variants.entries()) {
    const h = had.variants[i];
    if (!h) return "fewer variants";
    if (h.commit && v.commit && h.commit !== v.commit) return `variant ${v.id} at ${h.ref} (${h.commit.slice(0, 12)}), not ${v.ref} (${v.commit.slice(0, 12)})`;
    if (!(h.commit && v.commit) && h.ref !== v.ref) return `variant ${v.id} at ${h.ref}, not ${v.ref}`;
    if (JSON.stringify([h.cmakeArgs, h.runArgs, h.env, h.slowdown]) !== JSON.stringify([v.cmakeArgs, v.runArgs, v.env, v.slowdown])) return `variant ${v.id} with other CMake args, run args, env or slowdown`;
  }
  if (JSON.stringify(had.workloads) !== JSON.stringify(now.workloads)) return `workloads ${had.workloads.join(",")}, not ${now.workloads.join(",")}`;
  return null;
}
async function claimOut(out, identity, opts = {}) {
  const got = await lockOut(out, opts.log);
  try {
    const previous = checkPrevious(out, identity, opts);
    return { lock: got, previous, held: previous === "same" ? heldExperiment(out) : null, release: () => got.release() };
  } catch (e) {
    await got.release();
    throw e;
  }
}
async function claimOutFor(out, id, opts = {}) {
  const got = await lockOut(out, opts.log);
  const path5 = join(out, "results.json");
  if (!opts.force && existsSync3(path5)) {
    const held = heldExperiment(out);
    if (held?.id !== id) {
      await got.release();
      throw new UserError(
        `--out ${out} holds ${held ? `the results of experiment ${held.id.slice(0, 4)}\u2026` : "a results.json of no experiment"}, not of experiment ${id.slice(0, 4)}\u2026; refusing to overwrite them`,
        "give that experiment's own --out, or another directory, e.g. --out perf-out-more"
      );
    }
  }
  return got;
}
async function lockOut(out, log) {
  mkdirSync(out, { recursive: true });
  const lockPath = join(out, OUT_LOCK);
  const got = await tryLock(lockPath, `writing ${out}`, (prev) => log?.(`took over the lock of ${out} left by pid ${prev?.pid ?? "?"} (that process is gone)`));
  if (!("release" in got)) {
    throw new UserError(`--out ${out} is in use: ${waitLine(got.heldBy, lockPath).replace(/^waiting for /, "")}`, "wait for that run to finish, or write elsewhere, e.g. --out perf-out-2");
  }
  return got;
}
function heldExperiment(out) {
  const path5 = join(out, "results.json");
  try {
    const r = JSON.parse(readFileSync2(path5, "utf8"));
    const id = r.experiment?.id;
    if (typeof id !== "string") return null;
    const measured2 = [...Array.isArray(r.launches) ? r.launches : [], ...Array.isArray(r.depthLaunches) ? r.depthLaunches : []].filter((l) => l?.status !== "skipped");
    return { path: path5, id, launches: measured2.length };
  } catch {
    return null;
  }
}
function checkPrevious(out, identity, opts) {
  const path5 = join(out, "results.json");
  let text;
  try {
    text = readFileSync2(path5, "utf8");
  } catch {
    return "none";
  }
  let had = null;
  try {
    had = identityOfResults(JSON.parse(text));
  } catch {
    had = null;
  }
  const why = had ? identityDifference(had, identity) : "a results.json this version cannot read";
  if (why === null) return "same";
  if (!opts.force) {
    throw new UserError(
      `--out ${out} holds the results of another experiment (${why}); refusing to overwrite them`,
      "give another directory, e.g. --out perf-out-2, or add --force to overwrite them"
    );
  }
  opts.log?.(`--force: overwriting the results of another experiment in ${out} (${why})`);
  return "forced";
}
function keepPreviousExport(out, id, log) {
  if (heldExperiment(out)?.id !== id) return null;
  const dir = join(out, `previous-${id.slice(0, 8)}`);
  mkdirSync(dir, { recursive: true });
  const moved = ["results.json", "report.md", "report.html"].filter((f) => existsSync3(join(out, f)));
  for (const f of moved) renameSync(join(out, f), join(dir, f));
  log(`kept experiment ${id.slice(0, 4)}\u2026's ${moved.join(", ")} in ${dir} (a new experiment's results replace them in ${out})`);
  return dir;
}

// src/build/toolchain.ts
import { realpath } from "node:fs/promises";
var INSTALL_HINT = "install the build tools: apt-get install cmake make g++";
function cmakeDefine(args, name) {
  let found;
  const re = new RegExp(`^-D${name}(?::[A-Za-z]+)?=(.*)$`);
  for (let i = 0; i < args.length; i++) {
    let a = args[i];
    if (a === "-D" && i + 1 < args.length) a = "-D" + args[++i];
    const m = re.exec(a);
    if (m) found = m[1];
  }
  return found;
}
async function firstOnPath(names, env) {
  for (const n of names) {
    if (!n) continue;
    const p = await which(n, env);
    if (p) return p;
  }
  return null;
}
async function compilerId(path5) {
  const r = await run(path5, ["--version"]).catch(() => null);
  if (!r || r.code !== 0) throw new UserError(`the compiler ${path5} does not run (\`${path5} --version\` failed)`, INSTALL_HINT);
  const real = await realpath(path5).catch(() => path5);
  return { path: real, version: r.stdout.split("\n")[0].trim() };
}
async function detectToolchain(cmakeArgs = [], env = process.env) {
  const cmake = await which("cmake", env);
  if (!cmake) throw new UserError("cmake was not found on PATH", INSTALL_HINT);
  const make = await which("make", env);
  const generator = cmakeArgs.some((a) => a === "-G" || a.startsWith("-G"));
  if (!make && !generator) throw new UserError("make was not found on PATH (CMake generates Makefiles)", INSTALL_HINT);
  const ccName = cmakeDefine(cmakeArgs, "CMAKE_C_COMPILER") ?? env.CC;
  const cxxName = cmakeDefine(cmakeArgs, "CMAKE_CXX_COMPILER") ?? env.CXX;
  const ccPath = ccName ? await which(ccName, env) : await firstOnPath(["cc", "gcc", "clang"], env);
  const cxxPath = cxxName ? await which(cxxName, env) : await firstOnPath(["c++", "g++", "clang++"], env);
  if (!ccPath) throw new UserError(`no C compiler found${ccName ? ` (looked for "${ccName}")` : " (cc, gcc, clang)"}`, INSTALL_HINT);
  if (!cxxPath) throw new UserError(`no C++ compiler found${cxxName ? ` (looked for "${cxxName}")` : " (c++, g++, clang++)"}`, INSTALL_HINT);
  const v = await run(cmake, ["--version"]);
  const cmakeVersion = v.stdout.split("\n")[0].replace(/^cmake version\s*/, "").trim();
  const useCcache = env.LLAMA_PERF_GATE_CCACHE !== "0";
  return {
    cmake,
    cmakeVersion,
    cc: await compilerId(ccPath),
    cxx: await compilerId(cxxPath),
    ccache: useCcache ? await which("ccache", env) : null
  };
}

// src/pipeline/preflight.ts
var FLAG = { A: "--base", B: "--head" };
function checkPlanPlacements(plan) {
  const guest = plan.levers.numaGuest;
  if (guest) guestTools();
  checkPlacements(plan.workloads.map((w) => w.numa), guest ? guestNodes(guestShape(guest, plan.threads)) : void 0);
}
async function preflight(plan) {
  checkPlanPlacements(plan);
  if (!await which("git")) throw new EnvironmentError("cannot run git: not found on PATH", "install it (apt-get install git) or put it on PATH");
  for (const v of plan.variants) {
    await detectToolchain(v.cmakeArgs).catch((e) => {
      throw e instanceof UserError ? new EnvironmentError(e.message, e.hint) : e;
    });
  }
  const commits = [];
  for (const v of plan.variants) {
    try {
      commits.push(await resolveRef(plan.repo, v.ref));
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      const flag = FLAG[v.id];
      throw new UserError(`${flag} ${v.ref}: ${e.message}`, `${e.hint ? `${e.hint}; ` : ""}example: ${flag} main`);
    }
  }
  return { commits, warnings: await dirtyHeadWarnings(plan, commits) };
}
async function dirtyHeadWarnings(plan, commits) {
  const head = await run("git", ["-C", plan.repo, "rev-parse", "--verify", "--quiet", "HEAD^{commit}"]);
  if (head.code !== 0) return [];
  const headCommit = head.stdout.trim();
  const onHead = plan.variants.filter((_, i) => commits[i] === headCommit);
  if (onHead.length === 0) return [];
  const st = await run("git", ["-C", plan.repo, "status", "--porcelain=v1", "--untracked-files=normal"]);
  const files = st.stdout.split("\n").filter((l) => l.trim()).map((l) => l.slice(3));
  if (st.code !== 0 || files.length === 0) return [];
  const shown = files.slice(0, 10).join(", ") + (files.length > 10 ? ` and ${files.length - 10} more` : "");
  return onHead.map(
    (v) => `${FLAG[v.id]} ${v.ref} is the HEAD of ${plan.repo} (${headCommit.slice(0, 12)}), which has uncommitted changes (${shown}): only committed code is built, so these changes are NOT measured; commit them (or stash them) to benchmark them`
  );
}

// src/report/calibration-words.ts
var pct = (x, digits = 1) => `${(100 * x).toFixed(digits)}%`;
function calibrationNote(cal, wanted) {
  const mine = calibratedFor(cal, wanted);
  if (mine.length === 0) return null;
  const parts = mine.map((w) => `${w.workload} ${pct(w.spread)} (a \xB12% call needs ~${w.blocksFor2pct} blocks; A/A B/A ${w.ratio?.toFixed(3) ?? "\u2013"}, implied false-call rate ${pct(w.falseCallRate, 0)} at ${w.blocks} blocks)`);
  return `This host's A/A spread (calibrated ${cal.createdAt.slice(0, 10)} on ${cal.ref.slice(0, 12)}, identical binaries): ${parts.join("; ")}. A change smaller than this spread is within what the host produces by itself.`;
}

// src/bench/elf.ts
import { closeSync, openSync, readSync, statSync } from "node:fs";
import { createHash as createHash2 } from "node:crypto";
var SHT_DYNAMIC = 6;
var SHT_DYNSYM = 11;
var SHT_PROGBITS = 1;
var SHF_EXECINSTR = 4;
var DT_NEEDED = 1;
var DT_RPATH = 15;
var DT_RUNPATH = 29;
var MAX_BYTES = 1 << 30;
function readElfDynamic(path5) {
  let buf;
  try {
    const size = statSync(path5).size;
    if (size < 64 || size > MAX_BYTES) return null;
    buf = Buffer.alloc(size);
    const fd = openSync(path5, "r");
    try {
      readSync(fd, buf, 0, size, 0);
    } finally {
      closeSync(fd);
    }
  } catch {
    return null;
  }
  if (buf.readUInt32BE(0) !== 2135247942) return null;
  const is64 = buf[4] === 2;
  const le = buf[5] === 1;
  const u16 = (o) => le ? buf.readUInt16LE(o) : buf.readUInt16BE(o);
  const u32 = (o) => le ? buf.readUInt32LE(o) : buf.readUInt32BE(o);
  const addr = (o) => is64 ? Number(le ? buf.readBigUInt64LE(o) : buf.readBigUInt64BE(o)) : u32(o);
  const word = is64 ? 8 : 4;
  try {
    const shoff = addr(is64 ? 40 : 32);
    const shentsize = u16(is64 ? 58 : 46);
    const shnum = u16(is64 ? 60 : 48);
    if (shoff === 0 || shnum === 0) return null;
    const sections = Array.from({ length: shnum }, (_, i) => {
      const o = shoff + i * shentsize;
      return { type: u32(o + 4), flags: addr(o + 8), offset: addr(o + (is64 ? 24 : 16)), size: addr(o + (is64 ? 32 : 20)), link: u32(o + (is64 ? 40 : 24)) };
    });
    const cstr = (table, at) => {
      const start = sections[table].offset + at;
      return buf.toString("latin1", start, buf.indexOf(0, start));
    };
    const out = { needed: [], runpath: [], imports: /* @__PURE__ */ new Set(), defines: /* @__PURE__ */ new Set(), code: "" };
    const code = createHash2("sha256");
    for (const s of sections) {
      if (s.type === SHT_PROGBITS && (s.flags & SHF_EXECINSTR) !== 0) code.update(buf.subarray(s.offset, s.offset + s.size));
      if (s.type === SHT_DYNAMIC) {
        for (let o = s.offset; o + 2 * word <= s.offset + s.size; o += 2 * word) {
          const tag = addr(o);
          if (tag === 0) break;
          if (tag === DT_NEEDED) out.needed.push(cstr(s.link, addr(o + word)));
          if (tag === DT_RUNPATH || tag === DT_RPATH) out.runpath.push(...cstr(s.link, addr(o + word)).split(":").filter(Boolean));
        }
      } else if (s.type === SHT_DYNSYM) {
        const entsize = is64 ? 24 : 16;
        for (let o = s.offset + entsize; o + entsize <= s.offset + s.size; o += entsize) {
          const name = cstr(s.link, u32(o));
          const shndx = u16(o + (is64 ? 6 : 14));
          if (name) (shndx === 0 ? out.imports : out.defines).add(name);
        }
      }
    }
    out.code = code.digest("hex");
    return out;
  } catch {
    return null;
  }
}

// src/pipeline/run.ts
import { rmSync as rmSync2 } from "node:fs";
import { join as join7 } from "node:path";

// src/report/stop-words.ts
function stopWords(s) {
  switch (s.kind) {
    case "started":
      return "started";
    case "interrupted-builds":
      return `interrupted by ${s.signal} during the builds; ${s.resumed ? "no block was added" : "nothing was benchmarked"}`;
    case "interrupted":
      return `interrupted by ${s.signal} in ${s.warmup ? "warm-up block" : "block"} ${s.block}`;
    case "build-failed":
      return `build failed: ${s.variants.map((b) => `variant ${b.variant} (${b.ref})`).join(", ")}; nothing was benchmarked`;
    case "error":
      return `stopped by an error: ${s.message}`;
    case "all-decided":
      return `all workloads decided after ${s.counted} counted blocks`;
    case "variant-failing":
      return `stopped after block ${s.block}: every launch of variant ${s.variant} failed in the last ${s.blocks} blocks`;
    case "no-model":
      return `stopped after block ${s.block}: no model runs on both variants (${s.dropped.join(", ")} failed)`;
    case "time-up":
      return `stopped after block ${s.block}: the time given ran out`;
    case "max-blocks":
      return `reached --max-blocks ${s.maxBlocks} (plus ${s.warmupBlocks} warm-up)`;
    case "regression-called": {
      const points = s.open.length === 1 ? "point" : "points";
      return `regression called at ${s.blocks} counted blocks (${s.names.join(", ")}): the gate fails whatever the ${s.open.length} open ${points} (${s.open.join(", ")}) would show; \`more\` measures them`;
    }
  }
}

// src/build/index.ts
import { createWriteStream } from "node:fs";
import { mkdir as mkdir2, readFile as readFile2 } from "node:fs/promises";
import os from "node:os";
import path4 from "node:path";

// src/build/cmake.ts
import { readdir } from "node:fs/promises";
import path3 from "node:path";
var BENCH_TARGET = "llama-bench";
var SWEEP_TARGET = SWEEP_BENCH;
var BATCHED_TARGET = BATCHED_BENCH;
function depthToolFor(available) {
  if (!available) return null;
  if (available.has(SWEEP_TARGET)) return SWEEP_TARGET;
  if (available.has(BATCHED_TARGET)) return BATCHED_TARGET;
  return null;
}
var FIXED_CMAKE_ARGS = [
  "-DCMAKE_BUILD_TYPE=Release",
  "-DLLAMA_CURL=OFF",
  "-DLLAMA_BUILD_TESTS=OFF",
  "-DLLAMA_BUILD_SERVER=OFF"
];
function configureArgs(req) {
  const tc = req.toolchain;
  const launcher = tc.ccache ? [`-DCMAKE_C_COMPILER_LAUNCHER=${tc.ccache}`, `-DCMAKE_CXX_COMPILER_LAUNCHER=${tc.ccache}`] : [];
  return [
    "--no-warn-unused-cli",
    // the fixed -DLLAMA_* and compiler args are not used by every project
    "-S",
    req.srcDir,
    "-B",
    req.buildDir,
    ...FIXED_CMAKE_ARGS,
    // Named explicitly so the compiler in the build key is the one CMake uses.
    `-DCMAKE_C_COMPILER=${tc.cc.path}`,
    `-DCMAKE_CXX_COMPILER=${tc.cxx.path}`,
    ...launcher,
    ...req.cmakeArgs
  ];
}
async function cmakeBuild(req) {
  const { cmake } = req.toolchain;
  const step = async (phase, args) => {
    writeLine(req.log, `$ ${cmake} ${args.join(" ")}`);
    const r = await runLines(cmake, args, {
      env: req.env,
      onSpawn: req.onGroup,
      onLine: (line) => {
        writeLine(req.log, line);
        req.onLine(phase, line);
      }
    });
    return r.code === 0 ? null : `exit ${r.code ?? r.signal}`;
  };
  const cfgErr = await step("configure", configureArgs(req));
  if (cfgErr) return { ok: false, phase: "configure", error: `CMake configure failed (${cfgErr})` };
  const available = await listTargets(cmake, req.buildDir, req.env);
  if (available && !available.has(BENCH_TARGET)) {
    return { ok: false, phase: "configure", error: `the source tree has no ${BENCH_TARGET} target (is this a llama.cpp checkout?)` };
  }
  const depthTool = depthToolFor(available);
  const targets = depthTool ? [BENCH_TARGET, depthTool] : [BENCH_TARGET];
  const buildErr = await step("build", ["--build", req.buildDir, "--target", ...targets, "-j", String(req.jobs)]);
  if (buildErr) return { ok: false, phase: "build", error: `build of ${targets.join(", ")} failed (${buildErr})` };
  const bin = await findExecutable2(req.buildDir, BENCH_TARGET);
  if (!bin) return { ok: false, phase: "build", error: `the build succeeded but no ${BENCH_TARGET} executable was found under ${req.buildDir}` };
  writeLine(req.log, `built ${bin}`);
  const binDir = path3.dirname(bin);
  const depthOk = depthTool !== null && await isExecutableFile(path3.join(binDir, depthTool));
  return { ok: true, binDir, targets, depthTool: depthOk ? depthTool : null };
}
async function addDepthTool(req) {
  const { cmake } = req.toolchain;
  const tool = depthToolFor(await listTargets(cmake, req.buildDir, req.env));
  if (!tool) return null;
  const args = ["--build", req.buildDir, "--target", tool, "-j", String(req.jobs)];
  writeLine(req.log, `$ ${cmake} ${args.join(" ")}`);
  const r = await runLines(cmake, args, {
    env: req.env,
    onSpawn: req.onGroup,
    onLine: (line) => {
      writeLine(req.log, line);
      req.onLine("build", line);
    }
  });
  if (r.code !== 0) {
    writeLine(req.log, `building ${tool} failed (exit ${r.code ?? r.signal}); memory at depth will be skipped`);
    return null;
  }
  return await isExecutableFile(path3.join(req.binDir, tool)) ? tool : null;
}
async function listTargets(cmake, buildDir, env) {
  const r = await run(cmake, ["--build", buildDir, "--target", "help"], { env }).catch(() => null);
  if (!r || r.code !== 0) return null;
  const names = /* @__PURE__ */ new Set();
  for (const line of r.stdout.split("\n")) {
    const m = /^\.\.\.\s+(\S+)/.exec(line.trim());
    if (m) names.add(m[1]);
    const n = /^([^\s:]+):\s/.exec(line.trim());
    if (n) names.add(n[1]);
  }
  return names.size > 0 ? names : null;
}
async function findExecutable2(buildDir, name) {
  for (const p of [path3.join(buildDir, "bin", name), path3.join(buildDir, name)]) {
    if (await isExecutableFile(p)) return p;
  }
  const walk = async (dir, depth) => {
    if (depth > 4) return null;
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      const p = path3.join(dir, e.name);
      if (e.isFile() && e.name === name && await isExecutableFile(p)) return p;
    }
    for (const e of entries) {
      if (e.isDirectory() && e.name !== "CMakeFiles") {
        const hit = await walk(path3.join(dir, e.name), depth + 1);
        if (hit) return hit;
      }
    }
    return null;
  };
  return walk(buildDir, 0);
}
function writeLine(log, line) {
  log.write(line + "\n");
}

// src/build/key.ts
import { createHash as createHash3 } from "node:crypto";
var BUILD_RECIPE_VERSION = 1;
var FLAG_ENV_VARS = ["CFLAGS", "CXXFLAGS", "CPPFLAGS", "LDFLAGS"];
function envFlags(env) {
  const out = {};
  for (const k of FLAG_ENV_VARS) if (env[k]) out[k] = env[k];
  return out;
}
function buildKey(inp) {
  const canonical = JSON.stringify([
    "llama-perf-gate/build",
    inp.recipe ?? BUILD_RECIPE_VERSION,
    inp.commit,
    inp.cmakeArgs,
    [inp.cc.path, inp.cc.version],
    [inp.cxx.path, inp.cxx.version],
    inp.cmakeVersion,
    Object.keys(inp.envFlags).sort().map((k) => [k, inp.envFlags[k]]),
    ...inp.replica ? [["replica", inp.replica]] : []
  ]);
  return createHash3("sha256").update(canonical).digest("hex").slice(0, 16);
}

// src/build/progress.ts
function parsePercent(line) {
  const mk = /^\[\s*(\d{1,3})%\]/.exec(line);
  if (mk) return Math.min(100, Number(mk[1]));
  const nj = /^\[(\d+)\/(\d+)\]/.exec(line);
  if (nj && Number(nj[2]) > 0) return Math.min(100, Math.floor(100 * Number(nj[1]) / Number(nj[2])));
  return void 0;
}
function forwardProgress() {
  let best = 0;
  return (line) => {
    const p = parsePercent(line);
    if (p === void 0) return void 0;
    best = Math.max(best, p);
    return best;
  };
}

// src/build/index.ts
var LOG_TAIL_LINES = 30;
var STAMP = "llama-perf-gate-build.json";
function buildDirFor(cacheDir, commit, key) {
  return path4.join(worktreePath(cacheDir, commit), ".lpg-build", key);
}
async function buildVariants(plan, opts) {
  const env = opts.env ?? process.env;
  const repo = path4.resolve(plan.repo);
  const commits = [];
  const toolchains = [];
  for (const v of plan.variants) {
    commits.push(await resolveRef(repo, v.ref));
    toolchains.push(await detectToolchain(v.cmakeArgs, env));
  }
  await mkdir2(opts.logDir, { recursive: true });
  const outcomes = [];
  for (let i = 0; i < plan.variants.length; i++) {
    outcomes.push(await buildVariant(plan.variants[i], repo, commits[i], toolchains[i], opts, env));
  }
  return outcomes;
}
async function buildVariant(v, repo, commit, toolchain, opts, env = process.env) {
  const t0 = performance.now();
  const logPath = path4.join(opts.logDir, `build-${v.id}.log`);
  await mkdir2(opts.logDir, { recursive: true });
  const log = createWriteStream(logPath);
  const tail2 = [];
  const progress = forwardProgress();
  const note = (phase, line) => {
    tail2.push(line);
    if (tail2.length > LOG_TAIL_LINES) tail2.shift();
    opts.onProgress?.({ variant: v.id, phase, percent: phase === "build" ? progress(line) : void 0, line });
  };
  const outcome = (o) => ({
    variant: v.id,
    ok: false,
    ref: v.ref,
    commit,
    cmakeArgs: v.cmakeArgs,
    binDir: null,
    depthTool: null,
    reused: false,
    seconds: (performance.now() - t0) / 1e3,
    logPath,
    logTail: null,
    error: null,
    ...o
  });
  const locked = async (lock) => {
    const onGroup = (pgid) => lock.addGroup(pgid);
    const inputs = {
      commit,
      cmakeArgs: v.cmakeArgs,
      cc: toolchain.cc,
      cxx: toolchain.cxx,
      cmakeVersion: toolchain.cmakeVersion,
      envFlags: envFlags(env),
      ...v.replica && { replica: v.replica }
    };
    const key = buildKey(inputs);
    writeLine(log, `variant ${v.id} (${v.name}) ref ${v.ref} = ${commit}, build key ${key}`);
    const wt = await ensureWorktree(repo, commit, opts.cacheDir);
    writeLine(log, `worktree ${wt.path} (${wt.reused ? "reused" : "created"})`);
    const buildDir = buildDirFor(opts.cacheDir, commit, key);
    const childEnv2 = childEnv(env);
    if (toolchain.ccache && !coversPath(env.CCACHE_BASEDIR, opts.cacheDir)) childEnv2.CCACHE_BASEDIR = path4.resolve(opts.cacheDir);
    const previous = await readStamp(buildDir, key);
    if (previous) {
      writeLine(log, `reusing finished build ${buildDir} (same key)`);
      note("build", `reusing ${previous.binDir}`);
      let depthTool = previous.depthTool;
      if (depthTool === void 0) {
        depthTool = await addDepthTool({ buildDir, binDir: previous.binDir, toolchain, jobs: opts.jobs ?? os.availableParallelism(), env: childEnv2, log, onLine: note, onGroup });
        await writeStamp(buildDir, { ...previous.stamp, targets: depthTool ? [BENCH_TARGET, depthTool] : [BENCH_TARGET], depthTool });
      }
      return outcome({ ok: true, binDir: previous.binDir, depthTool, reused: true });
    }
    if (v.replica) writeLine(log, `build replica ${v.replica}: a separate build of the same commit and flags${toolchain.ccache ? " (ccache off)" : ""}`);
    const r = await cmakeBuild({
      srcDir: wt.path,
      buildDir,
      cmakeArgs: v.cmakeArgs,
      toolchain: v.replica ? { ...toolchain, ccache: null } : toolchain,
      jobs: opts.jobs ?? os.availableParallelism(),
      env: childEnv2,
      log,
      onLine: note,
      onGroup
    });
    if (!r.ok) {
      writeLine(log, `FAILED: ${r.error}`);
      return outcome({ error: r.error, logTail: tail2.join("\n") });
    }
    await writeStamp(buildDir, { key, inputs, targets: r.targets, depthTool: r.depthTool, binDir: r.binDir, finishedAt: (/* @__PURE__ */ new Date()).toISOString() });
    return outcome({ ok: true, binDir: r.binDir, depthTool: r.depthTool });
  };
  try {
    const lockPath = path4.join(opts.cacheDir, "locks", `${commit.slice(0, 12)}.lock`);
    const said = (line) => {
      note("configure", line);
      opts.log?.(line);
    };
    const onStale = (prev, leftovers) => {
      if (leftovers > 0) said(`stopped ${leftovers} leftover build process${leftovers === 1 ? "" : "es"} of ${describeOwner(prev)}, which is gone`);
    };
    return await withLock(lockPath, locked, said, `the build of ${commit.slice(0, 12)}`, onStale);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    writeLine(log, `FAILED: ${msg}`);
    tail2.push(msg);
    return outcome({ error: msg, logTail: tail2.slice(-LOG_TAIL_LINES).join("\n") });
  } finally {
    await new Promise((resolve) => log.end(resolve));
  }
}
async function writeStamp(buildDir, stamp) {
  writeFileAtomic(path4.join(buildDir, STAMP), JSON.stringify(stamp, null, 2) + "\n");
}
async function readStamp(buildDir, key) {
  try {
    const s = JSON.parse(await readFile2(path4.join(buildDir, STAMP), "utf8"));
    if (s.key !== key || typeof s.binDir !== "string") return null;
    if (!await isExecutableFile(path4.join(s.binDir, BENCH_TARGET))) return null;
    let depthTool = typeof s.depthTool === "string" || s.depthTool === null ? s.depthTool : void 0;
    if (typeof depthTool === "string" && !await isExecutableFile(path4.join(s.binDir, depthTool))) depthTool = void 0;
    return { stamp: s, binDir: s.binDir, depthTool };
  } catch {
    return null;
  }
}
function coversPath(base, p) {
  if (!base) return false;
  const rel = path4.relative(path4.resolve(base), path4.resolve(p));
  return rel === "" || !rel.startsWith("..") && !path4.isAbsolute(rel);
}

// src/pipeline/guest.ts
import { hostname } from "node:os";
function planGuest(plan) {
  const n = plan.levers.numaGuest;
  return n ? new Guest({ nodes: n, threads: plan.threads, files: plan.models.map((m) => m.path) }) : null;
}
function emulationWarning(nodes) {
  return `emulated ${nodes}-node guest (qemu TCG): throughput is not this machine's and is never gated; where memory and threads went is the finding`;
}
function guestCostNote(timings) {
  const med = (xs) => xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] : NaN;
  const ran = timings.filter((t) => t.upS !== null && t.ranS !== null);
  const overhead = med(ran.map((t) => t.wallMs / 1e3 - (t.ranS - t.upS)));
  const kernel = med(ran.map((t) => t.upS));
  return `emulated guest: ${timings.length} boots; per launch a median ${overhead.toFixed(1)} s of qemu's wall time beyond the command (kernel to init ${kernel.toFixed(1)} s of guest uptime)`;
}
async function experimentHost(plan, log) {
  const guest = planGuest(plan);
  if (!guest) return readFingerprint("/", { modelMapped: !plan.levers.noMmap });
  try {
    const fp = await guest.fingerprint().catch((e) => {
      throw new EnvironmentError(e.message, "see that qemu-system-x86_64 runs here (it needs no KVM) and that memory is free for the guest");
    });
    const s = guest.shape;
    const t = guest.timings[0];
    log(`emulated guest: ${s.nodes} nodes \xD7 ${s.cpusPerNode} CPU${s.cpusPerNode > 1 ? "s" : ""}, ${s.memMiBPerNode} MiB each; one boot per launch (this one: ${(t.wallMs / 1e3).toFixed(1)} s, kernel to init ${t.upS ?? "?"} s)`);
    return { ...fp, hostname: `guest of ${hostname()}`, warnings: [emulationWarning(s.nodes), ...fp.warnings] };
  } finally {
    guest.close();
  }
}

// src/pipeline/signals.ts
function onInterrupt(log) {
  const signals = ["SIGINT", "SIGTERM", "SIGHUP"];
  let count = 0;
  const handler = (sig) => {
    count++;
    if (count === 1) {
      log(`${sig}: stopping ${liveGroups().length} running process group(s); what was measured is kept (again to quit at once)`);
      void stopAll(sig);
    } else {
      void stopAll(sig, 0).finally(() => process.exit(signalExitCode(sig)));
    }
  };
  for (const s of signals) process.on(s, handler);
  return { remove: () => signals.forEach((s) => process.off(s, handler)) };
}

// src/pipeline/models.ts
import { existsSync as existsSync4, mkdirSync as mkdirSync2, renameSync as renameSync2, rmSync } from "node:fs";
import { dirname } from "node:path";
function ensureModels(plan, log = () => {
}) {
  for (const m of plan.models) {
    if (!m.preset || existsSync4(m.path)) continue;
    mkdirSync2(dirname(m.path), { recursive: true });
    const tmp = `${m.path}.${process.pid}.tmp`;
    try {
      const { params, bytes } = writeSyntheticModel(tmp, { ...PRESETS[m.preset.preset], type: m.preset.type, seed: 1 });
      renameSync2(tmp, m.path);
      log(`wrote model ${m.name}: ${(params / 1e6).toFixed(1)}M parameters, ${(bytes / 2 ** 20).toFixed(1)} MiB (${m.path})`);
    } finally {
      rmSync(tmp, { force: true });
    }
  }
  for (const m of plan.models) readGgufHeader(m.path);
}

// src/pipeline/version.ts
var TOOL = { "name": "llama-perf-gate", "version": "0.1.0" };

// src/pipeline/experiment.ts
import { statSync as statSync2 } from "node:fs";

// src/store/rebuild.ts
function rebuildExperiment(store, r, value) {
  const id = r.experiment?.id;
  if (!id) throw new UserError("this results.json names no experiment: it cannot rebuild a store", "it was written by a llama-perf-gate without experiments; start a new experiment instead");
  const identity = experimentIdentity(r.plan, r.builds, r.host);
  const labels = r.plan.variants.map((v) => variantLabel(identity.variants.find((x) => x.id === v.id)?.commit ?? null, v));
  const [first, ...rest] = r.experiment.segments;
  const run2 = first ?? { kind: "run", at: r.startedAt, fromBlocks: 0, toBlocks: r.plan.maxBlocks };
  store.batch(() => {
    store.createExperiment(identity, identityHash(identity), { ...r, finishedAt: null }, run2, id);
    for (const s of rest) store.addSegment(id, s);
    for (const b of r.schedule.blocks) store.saveBlockOrder(id, b.block, b.order);
    for (const l of r.launches.filter((x) => x.status !== "skipped")) {
      store.appendLaunch(id, l, value(l), r.flavour, labels[l.variant === "A" ? 0 : 1] ?? null);
    }
    for (const l of (r.depthLaunches ?? []).filter((x) => x.status !== "skipped")) store.appendDepthLaunch(id, l);
    const look = r.design?.looks.at(-1);
    if (r.design && look && r.analysis) store.recordLook(id, look.blocks, r.analysis, r.design);
  }, `rebuilding experiment ${id} from results.json`);
  return id;
}

// src/pipeline/experiment.ts
function withStoreLock(storePath, log, fn) {
  return withLock(`${storePath}.lock`, fn, (line) => log(line), `the experiment store ${storePath} (writing)`);
}
var REBUILD_HINT = "add --store-from-results to rebuild it from that file (the run then resumes it), pass --store PATH to the store that has it, or add --force to start a new experiment over these results";
function checkStore(storePath, held, fromResults, log) {
  if (!held) {
    if (fromResults) throw new UserError("--store-from-results: --out holds no results.json of this experiment to rebuild the store from", "drop --store-from-results, or give the --out of the run whose store was lost");
    ExperimentStore.open(storePath).close();
    return;
  }
  const what = `${held.path} holds experiment ${held.id.slice(0, 4)}\u2026 (${held.launches} launches)`;
  checkStorePath(storePath);
  const st = statSync2(storePath, { throwIfNoEntry: false });
  const missing = !st ? "does not exist" : st.isFile() && st.size === 0 ? "is empty" : null;
  if (missing && !fromResults) throw new UserError(`${what}, but the experiment store ${storePath} ${missing}`, REBUILD_HINT);
  const store = ExperimentStore.open(storePath);
  try {
    const has = store.has(held.id) ? measured(store.loadResults(held.id)) : null;
    if (has !== null && has >= held.launches) {
      if (fromResults) log(`the experiment store ${storePath} already holds experiment ${held.id.slice(0, 4)}\u2026: --store-from-results has nothing to do`);
      return;
    }
    const lacks = has === null ? "does not have it" : `has only ${has} of its launches (an older copy?)`;
    if (!fromResults) throw new UserError(`${what}, but the experiment store ${storePath} ${lacks}`, REBUILD_HINT);
    if (has !== null) throw new UserError(`${what}, but the experiment store ${storePath} ${lacks}; --store-from-results does not merge`, `move that store away (mv ${storePath} ${storePath}.old) and run the same command again`);
    rebuildExperiment(store, readResultsFileSync(held.path), storedValue);
    log(`rebuilt experiment ${held.id.slice(0, 4)}\u2026 in the experiment store ${storePath} from ${held.path} (${held.launches} launches)`);
  } finally {
    store.close();
  }
}
function measured(r) {
  return [...r.launches, ...r.depthLaunches ?? []].filter((l) => l.status !== "skipped").length;
}
function completeCountedBlocks(r) {
  const byBlock = /* @__PURE__ */ new Map();
  for (const l of [...r.launches, ...r.depthLaunches ?? []]) byBlock.set(l.block, (byBlock.get(l.block) ?? 0) + 1);
  let complete = 0;
  for (const b of r.schedule.blocks) {
    if (b.block < r.plan.warmupBlocks) continue;
    if ((byBlock.get(b.block) ?? 0) >= b.order.length) complete = Math.max(complete, b.block + 1 - r.plan.warmupBlocks);
  }
  return complete;
}
function standing(store, id, r, counted, state, log) {
  if (counted === 0 || r.launches.length === 0) return { pending: r.plan.workloads.map((w) => w.id), design: state };
  const done = new Set(r.schedule.blocks.filter((b) => b.block < counted + r.plan.warmupBlocks).map((b) => b.block));
  const complete = { ...r, launches: r.launches.filter((l) => done.has(l.block)), depthLaunches: r.depthLaunches?.filter((l) => done.has(l.block)) };
  const d = decideLook(complete, counted, state);
  if (!d.atLook || state?.looks.some((l) => l.blocks === counted)) return { pending: d.pending, design: state };
  keepLook(store, id, counted, d, log, " (not recorded before the interrupt)");
  return { pending: d.pending, design: d.state };
}
function keepLook(store, id, counted, d, log, note = "") {
  store.recordLook(id, counted, wordAnalysis(d.analysis), d.state);
  log(`look at ${counted} blocks${note}: ${d.analysis.workloads.map((w) => `${w.name} ${w.verdict}`).join(", ")}`);
}
function storedDepthLaunches(stored) {
  const blocks = new Set(stored.schedule.blocks.map((b) => b.block));
  return (stored.depthLaunches ?? []).filter((l) => blocks.has(l.block));
}
function beginExperiment(results, storePath, log, previousInOut) {
  const store = ExperimentStore.open(storePath);
  const identity = experimentIdentity(results.plan, results.builds, results.host);
  const hash = identityHash(identity);
  const labels = {
    A: variantLabel(identity.variants[0].commit, results.plan.variants[0]),
    B: variantLabel(identity.variants[1].commit, results.plan.variants[1])
  };
  const now = (/* @__PURE__ */ new Date()).toISOString();
  const resumeId = store.findResumable(hash);
  if (resumeId) {
    const stored = store.loadResults(resumeId);
    const counted = completeCountedBlocks(stored);
    const out = results.plan.out;
    if (results.plan.maxBlocks !== stored.plan.maxBlocks) {
      log(`keeping the experiment's ${stored.plan.maxBlocks} blocks (this command asked for ${results.plan.maxBlocks}); to add blocks: llama-perf-gate more --experiment ${resumeId.slice(0, 4)}`);
    }
    const depthLaunches = storedDepthLaunches(stored);
    Object.assign(results, {
      plan: { ...stored.plan, out },
      startedAt: stored.startedAt,
      schedule: { seed: stored.plan.seed, blocks: stored.schedule.blocks },
      launches: stored.launches,
      ...stored.plan.depthSweep ? { depthLaunches } : {},
      analysis: stored.analysis,
      notes: stored.notes
    });
    store.addSegment(resumeId, { kind: "resume", at: now, fromBlocks: counted, toBlocks: stored.plan.maxBlocks });
    results.experiment = { id: resumeId, store: storePath, segments: store.segments(resumeId) };
    log(`resuming experiment ${resumeId.slice(0, 4)}\u2026 at block ${counted + 1} of ${stored.plan.maxBlocks} (${stored.launches.length + depthLaunches.length} launches stored; builds reused)`);
    const { pending, design } = standing(store, resumeId, stored, counted, store.lastDesignState(resumeId), log);
    if (design) results.design = design;
    return {
      store,
      id: resumeId,
      labels,
      design,
      resume: { launches: stored.launches, depthLaunches, schedule: stored.schedule.blocks, active: counted === 0 ? null : pending }
    };
  }
  const id = store.createExperiment(identity, hash, results, { kind: "run", at: now, fromBlocks: 0, toBlocks: results.plan.maxBlocks });
  results.experiment = { id, store: storePath, segments: store.segments(id) };
  if (previousInOut && store.has(previousInOut)) {
    const changes = identityChanges(store.identity(previousInOut), identity);
    const what = changes.length > 0 ? `the plan changed (${changes.join(", ")})` : `experiment ${previousInOut.slice(0, 4)}\u2026 is finished`;
    log(`${results.plan.out} held experiment ${previousInOut.slice(0, 4)}\u2026; ${what}: this is a new experiment ${id.slice(0, 4)}\u2026 (the earlier one stays in the store)`);
  } else {
    log(`experiment ${id.slice(0, 4)}\u2026 (store ${storePath})`);
  }
  return { store, id, labels, resume: null, design: null };
}
function storedValue(l) {
  return l.status === "ok" && l.records.length > 0 ? launchValue(l.records[0]) : null;
}

// src/pipeline/benchmark.ts
import { join as join6 } from "node:path";

// src/host/measure.ts
import { readFileSync as readFileSync3 } from "node:fs";
function wrapMeasured(argv, outFile, opts = {}) {
  const interval = opts.intervalMs ?? 100;
  return [nativeArtifact("lpg-measure"), "--out", outFile, "--interval-ms", String(Math.max(1, Math.round(interval))), "--", ...argv];
}
function readMeasureReport(outFile) {
  try {
    const r = JSON.parse(readFileSync3(outFile, "utf8"));
    return r && r.version === 1 ? r : null;
  } catch {
    return null;
  }
}
function toLaunchMemory(r) {
  const s = r.peak ?? r.last;
  return {
    peakRssKiB: r.peak_rss_kib,
    minorFaults: r.minor_faults,
    majorFaults: r.major_faults,
    nodeKiB: s ? s.nodes_kib : null,
    anonNodeKiB: s ? s.anon_nodes_kib : null,
    shmemNodeKiB: s ? s.shmem_nodes_kib ?? null : null,
    sampleRssKiB: s ? s.vmrss_kib : null,
    sampleAtMs: s ? s.t_ms : null,
    lastNodeKiB: r.last ? r.last.nodes_kib : null,
    samples: r.samples,
    sampleCostMs: r.sample_cost_ms,
    userMs: r.user_ms,
    sysMs: r.sys_ms
  };
}
function readMeasurement(outFile) {
  const r = readMeasureReport(outFile);
  return r ? toLaunchMemory(r) : null;
}
function measureHooks(opts = {}) {
  return { wrap: (argv, outFile) => wrapMeasured(argv, outFile, opts), read: readMeasurement };
}

// src/bench/flavour.ts
async function probeRunner(binary) {
  const r = await launch([binary, "--help"], { timeoutMs: 3e4 });
  const help = r.stdout + r.stderr;
  if (r.spawnError || !/usage/i.test(help)) {
    throw new UserError(`${binary} --help did not print a usage text${r.spawnError ? `: ${r.spawnError}` : ""}`, tail(help, 5) || "is it a llama-bench binary?");
  }
  return { flavour: detectFlavourFromHelp(help), flags: supportedFlags(help) };
}

// src/bench/args.ts
function workloadArgs(w, flavour) {
  const { nPrompt: pp, nGen: tg, nDepth: d } = w;
  if (flavour === "ik" && d > 0) {
    if (pp > 0) {
      throw new UserError(`workload ${w.label} is not expressible on ik_llama.cpp's llama-bench (no -d; -gp times generation only)`, "use tgN@dDEPTH on ik, or run mainline");
    }
    return ["-p", "0", "-n", "0", "-gp", `${d},${tg}`];
  }
  const test = pp > 0 && tg > 0 ? ["-p", "0", "-n", "0", "-pg", `${pp},${tg}`] : ["-p", String(pp), "-n", String(tg)];
  return d > 0 ? [...test, "-d", String(d)] : test;
}
function lever(info, flag, value) {
  if (value === void 0) return [];
  if (!info.flags.has(flag)) {
    throw new UserError(`this llama-bench (${info.flavour}) has no ${flag} option`, `drop the matching lever from the plan, or use a runner that has ${flag}`);
  }
  return value === "" ? [flag] : [flag, value];
}
function noMmapArgs(info, noMmap) {
  if (!noMmap) return [];
  if (info.flags.has("-lm")) return ["-lm", "none"];
  if (info.flags.has("-mmp")) return ["-mmp", "0"];
  throw new UserError(`--no-mmap: this llama-bench (${info.flavour}) has neither -mmp nor --load-mode`, "drop --no-mmap, or use a runner whose llama-bench has -mmp");
}
function benchArgv(plan, variant, w, info) {
  const L = plan.levers;
  return [
    "-m",
    modelOf(plan, w).path,
    ...workloadArgs(w, info.flavour),
    "-r",
    String(L.repetitions),
    "-t",
    String(plan.threads),
    "-o",
    "json",
    ...lever(info, "--prio", L.prio?.toString()),
    ...lever(info, "--delay", L.delay?.toString()),
    ...lever(info, "--cpu-mask", L.cpuMask),
    ...lever(info, "--cpu-strict", L.cpuStrict ? "1" : void 0),
    ...lever(info, "--poll", L.poll?.toString()),
    ...noMmapArgs(info, L.noMmap),
    ...variant.runArgs
  ];
}
function checkRunArgs(variant, info) {
  const side = variant.id === "A" ? "base" : "head";
  for (const a of variant.runArgs) {
    if (!/^-{1,2}[A-Za-z]/.test(a)) continue;
    if (!info.flags.has(a.split("=")[0])) {
      throw new UserError(`--${side}-arg ${a} is not an option of variant ${variant.id}'s llama-bench (${info.flavour})`, `drop --${side}-arg ${a}; its llama-bench --help lists the options it takes`);
    }
  }
}

// src/bench/run-blocks.ts
import { join as join2 } from "node:path";
import { mkdirSync as mkdirSync3 } from "node:fs";

// src/bench/schedule.ts
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
function shuffle(xs, rand) {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
function blockOrder(workloads, rand) {
  return shuffle(workloads, rand).flatMap((w) => {
    const pair = rand() < 0.5 ? ["A", "B"] : ["B", "A"];
    return pair.map((variant) => ({ variant, workload: w.id }));
  });
}

// src/bench/run-blocks.ts
var GIVE_UP_AFTER_FAILED_BLOCKS = 2;
async function runBlocks(o) {
  const { plan } = o;
  const rand = prng(plan.seed);
  mkdirSync3(o.workDir, { recursive: true });
  const totalBlocks = plan.warmupBlocks + plan.maxBlocks;
  const launches = [...o.resume?.launches ?? []];
  const depthLaunches = [...o.resume?.depthLaunches ?? []];
  const schedule = [];
  const depthUnitList = o.depthLaunch ? depthUnits(plan) : [];
  const depthUnit = new Map(depthUnitList.map((u) => [u.id, u]));
  const units = [...plan.workloads, ...depthUnitList];
  let active = units;
  const dropped = /* @__PURE__ */ new Set();
  const live = (ws) => ws.filter((w) => !dropped.has(w.id));
  const pointsOf = new Map(depthUnitList.map((u) => [u.id, depthPointIds(plan.depthSweep?.depths ?? [], [u.model])]));
  const wanted = (pending) => units.filter((w) => pending.includes(w.id) || pending.some((id) => pointsOf.get(w.id)?.has(id)));
  const t0 = performance.now();
  let launchMsSum = 0;
  const result = (stop) => ({ launches, depthLaunches, schedule, stop });
  const stored = new Map((o.resume?.schedule ?? []).map((b) => [b.block, b.order]));
  const resumed = launches.length + depthLaunches.length;
  const ran = new Set([...launches, ...depthLaunches].map((l) => `${l.block} ${l.slot}`));
  const firstNew = stored.size === 0 ? 0 : Math.max(...stored.keys()) + 1;
  let nextSeq = Math.max(-1, ...launches.map((l) => l.seq), ...depthLaunches.map((l) => l.seq)) + 1;
  for (let block = 0; block < totalBlocks; block++) {
    const warmup = block < plan.warmupBlocks;
    if (block === firstNew && o.resume?.active) {
      active = wanted(o.resume.active);
    }
    active = live(active);
    const old = stored.get(block);
    const drawn = blockOrder(old ? units.filter((w) => old.some((s) => s.workload === w.id)) : active, rand);
    const order = old ?? drawn;
    schedule.push({ block, order });
    if (!old) o.onBlockOrder?.(block, order);
    if (old && order.every((_, slot) => ran.has(`${block} ${slot}`))) continue;
    for (const [slot, s] of order.entries()) {
      if (ran.has(`${block} ${slot}`)) continue;
      if (interruptedBy()) return result(interrupted(plan, block));
      const remaining = (totalBlocks - block - 1) * active.length * 2 + (order.length - slot);
      const done = launches.length + depthLaunches.length - resumed;
      o.onProgress?.({
        block,
        totalBlocks,
        warmupBlocks: plan.warmupBlocks,
        warmup,
        slot,
        slots: order.length,
        variant: s.variant,
        workload: s.workload,
        elapsedMs: performance.now() - t0,
        etaMs: done > 0 ? launchMsSum / done * remaining : null
      });
      const unit = depthUnit.get(s.workload);
      const depth = unit !== void 0 && o.depthLaunch;
      const seq2 = nextSeq++;
      const rec = depth ? await o.depthLaunch({ block, slot, seq: seq2, variant: s.variant, warmup, ...unit.model !== void 0 && { model: unit.model } }) : await runOne(o, block, slot, seq2, s, warmup);
      launchMsSum += rec.wallMs;
      const sig = interruptedBy();
      const kept2 = sig && rec.status !== "ok" ? { ...rec, status: "skipped", error: `interrupted by ${sig}` } : rec;
      if (depth) {
        depthLaunches.push(kept2);
        if (kept2 === rec) o.onDepthLaunch?.(rec);
      } else {
        launches.push(kept2);
        if (kept2 === rec) o.onLaunch?.(rec);
      }
      if (kept2 !== rec) return result(interrupted(plan, block));
    }
    const counted = Math.max(0, block + 1 - plan.warmupBlocks);
    const failing = failingVariant([...launches, ...depthLaunches], block);
    if (failing) {
      return result({ kind: "variant-failing", block, variant: failing, blocks: GIVE_UP_AFTER_FAILED_BLOCKS });
    }
    for (const id of failingModelWorkloads(plan, launches, depthLaunches, depthUnitList, block)) dropped.add(id);
    const pending = await o.afterBlock?.(launches, counted, depthLaunches) ?? null;
    if (pending) {
      active = wanted(pending);
      if (active.length === 0) return result({ kind: "all-decided", counted });
    }
    active = live(active);
    if (active.length === 0) return result({ kind: "no-model", block, dropped: [...dropped] });
    if (o.until !== void 0 && Date.now() >= o.until && block + 1 < totalBlocks) return { ...result({ kind: "time-up", block }), timeUp: true };
  }
  return result({ kind: "max-blocks", maxBlocks: plan.maxBlocks, warmupBlocks: plan.warmupBlocks });
}
function interrupted(plan, block) {
  const warmup = block < plan.warmupBlocks;
  return { kind: "interrupted", signal: String(interruptedBy()), block: warmup ? block + 1 : block + 1 - plan.warmupBlocks, warmup };
}
function failingVariant(launches, block) {
  if (block + 1 < GIVE_UP_AFTER_FAILED_BLOCKS) return null;
  const recent = launches.filter((l) => l.block > block - GIVE_UP_AFTER_FAILED_BLOCKS);
  for (const v of ["A", "B"]) {
    const mine = recent.filter((l) => l.variant === v);
    if (mine.length > 0 && mine.every((l) => l.status !== "ok")) return v;
  }
  return null;
}
function failingModelWorkloads(plan, launches, depthLaunches, depth, block) {
  if (plan.models.length < 2 || block + 1 < GIVE_UP_AFTER_FAILED_BLOCKS) return [];
  const since = block - GIVE_UP_AFTER_FAILED_BLOCKS;
  return plan.models.flatMap((m) => {
    const ids = plan.workloads.filter((w) => w.model === m.name).map((w) => w.id);
    const mine = [
      ...launches.filter((l) => l.block > since && ids.includes(l.workload)),
      ...depthLaunches.filter((l) => l.block > since && l.model === m.name)
    ];
    const unit = depth.find((u) => u.model === m.name);
    if (unit) ids.push(unit.id);
    const fails = ["A", "B"].some((v) => mine.some((l) => l.variant === v) && mine.every((l) => l.variant !== v || l.status !== "ok"));
    return fails ? ids : [];
  });
}
async function runOne(o, block, slot, seq2, s, warmup) {
  const { plan } = o;
  const variant = plan.variants.find((v) => v.id === s.variant);
  const w = plan.workloads.find((x) => x.id === s.workload);
  const place = o.placement?.(w) ?? { prefix: [], benchArgs: [] };
  const placed = [...place.prefix, o.binaries[s.variant], ...benchArgv(plan, variant, w, o.info), ...place.benchArgs];
  const memFile = join2(o.workDir, `launch-${seq2}.mem.json`);
  const argv = o.measure ? o.measure.wrap(placed, memFile) : placed;
  const startedAt = (/* @__PURE__ */ new Date()).toISOString();
  const r = await (o.launcher ?? launch)(argv, { env: variant.env, own: o.ownEnv?.[s.variant], timeoutMs: plan.timeoutSec * 1e3, cwd: o.workDir });
  let status = "ok";
  let error = null;
  let records = [];
  if (r.spawnError) {
    status = "crashed";
    error = `could not start ${argv[0]}: ${r.spawnError}`;
  } else if (r.timedOut) {
    status = "timeout";
    error = `no result within --timeout ${plan.timeoutSec}s; process group killed`;
  } else if (r.exitCode !== 0) {
    status = "crashed";
    error = r.signal ? `killed by ${r.signal}` : `exit code ${r.exitCode}`;
  }
  if (status === "ok" || r.stdout.trim()) {
    try {
      records = parseBenchOutput(r.stdout, `block ${block} ${s.variant} ${w.id} stdout`);
      const match = records.filter((x) => x.label === w.label);
      if (status === "ok" && match.length !== 1) {
        status = "parse-error";
        error = `expected one ${w.label} result, got ${records.map((x) => x.label).join(", ") || "none"}`;
      }
      records = match;
    } catch (e) {
      if (status === "ok") {
        status = "parse-error";
        error = e.message;
      }
    }
  }
  return {
    block,
    slot,
    seq: seq2,
    variant: s.variant,
    workload: w.id,
    warmup,
    startedAt,
    wallMs: r.wallMs,
    status,
    exitCode: r.exitCode,
    signal: r.signal,
    argv,
    records,
    memory: o.measure ? o.measure.read(memFile) : null,
    stderrTail: status === "ok" ? null : tail(r.stderr),
    error
  };
}

// src/bench/slowdown.ts
import { existsSync as existsSync5 } from "node:fs";
import { basename, dirname as dirname2, join as join3 } from "node:path";
var SLOWDOWN_VAR = "LPG_SLOWDOWN";
function loadGraph(binary) {
  const first = readElfDynamic(binary);
  if (!first) return null;
  const out = [{ name: basename(binary), elf: first }];
  const dirsOf = (file, elf) => [dirname2(file), ...elf.runpath.map((p) => p.replace(/\$(ORIGIN|\{ORIGIN\})/g, dirname2(file)))];
  const queue = [{ file: binary, elf: first }];
  const seen = /* @__PURE__ */ new Set();
  while (queue.length > 0) {
    const { file, elf } = queue.shift();
    for (const lib of elf.needed) {
      if (seen.has(lib)) continue;
      seen.add(lib);
      const path5 = dirsOf(file, elf).map((d) => join3(d, lib)).find((p) => existsSync5(p));
      const dep = path5 ? readElfDynamic(path5) : null;
      if (!path5 || !dep) continue;
      out.push({ name: lib, elf: dep });
      queue.push({ file: path5, elf: dep });
    }
  }
  return out;
}
function unshimmableReason(binary) {
  const graph = loadGraph(binary);
  const name = basename(binary);
  if (!graph) return `${name} is not an ELF executable whose dynamic symbols can be read`;
  if (graph.some((o) => o.elf.imports.has("llama_decode"))) return null;
  const lib = graph.find((o) => /^libllama\.so/.test(o.name));
  if (!lib) return `${name} links libllama statically (no libllama.so among the libraries it loads), so LD_PRELOAD cannot reach its llama_decode`;
  return `${name} loads ${lib.name} but nothing it loads imports llama_decode from it`;
}
var flagOf = (v) => `--${v.id === "A" ? "base" : "head"}-slowdown ${v.slowdown}`;
function slowdownEnv(plan, builds, log = () => {
}, env = process.env) {
  const out = {};
  const tools = (id) => {
    const dir = builds.find((b) => b.variant === id)?.binDir ?? "";
    return [join3(dir, "llama-bench"), ...plan.depthSweep ? [join3(dir, sharedDepthTool(builds))] : []];
  };
  for (const v of plan.variants) {
    if (v.slowdown === void 0) continue;
    for (const bin of tools(v.id)) {
      const why = unshimmableReason(bin);
      if (why) {
        throw new UserError(
          `variant ${v.id} (${v.name}) asks for an injected slowdown (${flagOf(v)}), but its build cannot be shimmed: ${why}`,
          "build libllama as a shared library (-DBUILD_SHARED_LIBS=ON, the default of llama.cpp and ik_llama.cpp), or drop the slowdown flag"
        );
      }
    }
    const shim = nativeArtifact("lpg-slowdown", env);
    if (/[\s:]/.test(shim)) throw new UserError(`the slowdown shim's path ${shim} holds a space or colon, which LD_PRELOAD cannot take`, "set LLAMA_PERF_GATE_CACHE to a directory without spaces or colons, e.g. LLAMA_PERF_GATE_CACHE=/var/cache/llama-perf-gate");
    out[v.id] = { LD_PRELOAD: shim, [SLOWDOWN_VAR]: String(v.slowdown) };
    if (env.LPG_SLOWDOWN_CLOCK) out[v.id].LPG_SLOWDOWN_CLOCK = env.LPG_SLOWDOWN_CLOCK;
    log(`variant ${v.id} (${v.name}): ${describeSlowdown(v.slowdown)} in ${tools(v.id).map((b) => basename(b)).join(" and ")}`);
  }
  return out;
}

// src/pipeline/depth-launcher.ts
import { join as join5 } from "node:path";

// src/host/guest/curve.ts
import { existsSync as existsSync6, readFileSync as readFileSync4 } from "node:fs";
import { join as join4 } from "node:path";
var LIBSTDBUF = ["/usr/libexec/coreutils/libstdbuf.so", "/usr/lib/coreutils/libstdbuf.so"];
var sum = (r = {}) => Object.values(r).reduce((a, b) => a + b, 0);
function tracePoint(t, nKv) {
  const s = t.sample;
  const anon = s.anon_nodes_kib ?? {};
  const shmem = s.shmem_nodes_kib ?? {};
  const file = {};
  for (const [n, kib] of Object.entries(s.nodes_kib)) {
    const f = kib - (anon[n] ?? 0) - (shmem[n] ?? 0);
    if (f > 0) file[n] = f;
  }
  return {
    tMs: Math.round(s.t_ms),
    rssKiB: s.vmrss_kib,
    anonKiB: sum(anon),
    shmemKiB: sum(shmem),
    fileKiB: sum(file),
    nodeKiB: s.nodes_kib,
    anonNodeKiB: anon,
    shmemNodeKiB: shmem,
    fileNodeKiB: file,
    nKv,
    threadCpus: t.cpus
  };
}
function rowsWithSamples(stdout, stderr, trace) {
  const rows = [];
  const points = trace.map((t) => tracePoint(t, null));
  for (const [name, text, key] of [["stdout", stdout, "lines_out"], ["stderr", stderr, "lines_err"]]) {
    const reader = new SweepRowReader(name, { lenient: true });
    text.split("\n").forEach((line, i) => {
      const row = reader.line(line);
      if (!row) return;
      rows.push(row);
      const after = trace.find((t) => t[key] >= i + 1);
      if (after) points.push(tracePoint(after, row.nKv));
    });
  }
  points.sort((a, b) => a.tMs - b.tMs);
  return { rows, points };
}
var seq = 0;
async function guestMemoryCurve(guest, argv, opts = {}) {
  const cwd = opts.cwd ?? "/tmp";
  const out = join4(cwd, `curve-${process.pid}-${seq++}.json`);
  const stdbuf = findExecutable("stdbuf");
  const lib = LIBSTDBUF.find((p) => existsSync6(p));
  const inner = stdbuf && lib ? [stdbuf, "-oL", ...argv] : argv;
  const wrapped = [nativeArtifact("lpg-measure"), "--out", out, "--interval-ms", String(opts.intervalMs ?? 250), "--lines", "--", ...inner];
  const r = await guest.launch(wrapped, { env: opts.env, own: opts.own, timeoutMs: opts.timeoutMs ?? 6e5, cwd, files: lib ? [lib] : [] });
  let trace = [];
  try {
    trace = JSON.parse(readFileSync4(out, "utf8")).trace ?? [];
  } catch {
  }
  const { rows, points } = rowsWithSamples(r.stdout, r.stderr, trace);
  return { points, rows, exitCode: r.exitCode, signal: r.signal, stdout: r.stdout, stderr: r.stderr, timedOut: r.timedOut, wallMs: r.wallMs };
}

// src/pipeline/depth-launcher.ts
async function depthSweepLauncher(plan, results, log, ownEnv = {}, guest = null) {
  const sweep = plan.depthSweep;
  const tool = sharedDepthTool(results.builds);
  const place = depthPlacement(plan, (p) => numaPlacement(p, hostLayout(results))) ?? { prefix: [], benchArgs: [] };
  const units = depthUnits(plan);
  const argv = {};
  for (const v of plan.variants) {
    const bin = join5(results.builds.find((b) => b.variant === v.id).binDir, tool);
    const flags = await probeDepthTool(bin);
    const run2 = depthRunArgs(plan, v, tool, flags);
    argv[v.id] = new Map(units.map((u) => [u.model, [...place.prefix, bin, ...depthToolArgs(tool, sweep, modelOf(plan, u).path, plan.threads, flags), ...run2, ...place.benchArgs]]));
  }
  const each = units.length > 1 ? ` and model (${units.map((u) => u.model).join(", ")})` : "";
  log(`depth sweep: ${tool} at depths ${sweep.depths.join(", ")} (${sweep.gen} generated tokens each), one launch per variant${each} per block`);
  return (s) => {
    const variant = plan.variants.find((v) => v.id === s.variant);
    const sample = guest ? { sample: (a, o) => guestMemoryCurve(guest, a, o) } : {};
    return runDepthLaunch({ ...s, ...sample, tool, sweep, argv: argv[s.variant].get(s.model), env: variant.env, own: ownEnv[s.variant], timeoutSec: plan.timeoutSec, cwd: scratchDir(plan.out) });
  };
}
function hostLayout(results) {
  const nodes = results.host?.numaNodes ?? [];
  if (nodes.length === 0) return {};
  return { nodes: nodes.map((n) => n.id), cpus: nodes.flatMap((n) => n.cpus) };
}

// src/pipeline/benchmark.ts
async function benchmark(plan, results, save, log, onProgress, session, until) {
  const binaries = Object.fromEntries(results.builds.map((b) => [b.variant, join6(b.binDir, "llama-bench")]));
  const info = await probeRunner(binaries.A);
  const infoB = await probeRunner(binaries.B);
  if (infoB.flavour !== info.flavour) {
    throw new UserError(`variant A builds a ${info.flavour} llama-bench but variant B a ${infoB.flavour} one`, "compare two refs of the same project");
  }
  for (const v of plan.variants) checkRunArgs(v, v.id === "A" ? info : infoB);
  results.flavour = info.flavour;
  plan.workloads = labelWorkloads(plan.workloads, info.flavour);
  log(`runner: ${info.flavour} llama-bench; ${plan.workloads.length} workloads \xD7 up to ${plan.maxBlocks} blocks (+${plan.warmupBlocks} warm-up), seed ${plan.seed}`);
  save();
  const ownEnv = slowdownEnv(plan, results.builds, log);
  const guest = planGuest(plan);
  const depthLaunch = plan.depthSweep ? await depthSweepLauncher(plan, results, log, ownEnv, guest) : void 0;
  if (depthLaunch) results.depthLaunches ??= [];
  if (session.resume?.active?.length === 0) {
    results.stopReason = stopWords({ kind: "all-decided", counted: completeCountedBlocks(results) });
    save();
    return false;
  }
  const flavour = info.flavour;
  let pending = session.resume?.active ?? null;
  let design = session.design;
  let settled = null;
  const injected = plan.variants.some((v) => v.slowdown !== void 0);
  const loop = await runBlocks({
    launcher: guest ? (argv, o) => guest.launch(argv, o) : void 0,
    plan,
    binaries,
    info,
    workDir: join6(plan.out, "launches"),
    placement: (w) => numaPlacement(w.numa, hostLayout(results)),
    measure: measureHooks(),
    ownEnv,
    depthLaunch,
    onProgress,
    until,
    resume: session.resume ?? void 0,
    onBlockOrder: (block, order) => session.store.saveBlockOrder(session.id, block, order),
    onLaunch: (l) => session.store.appendLaunch(session.id, l, storedValue(l), flavour, session.labels[l.variant]),
    onDepthLaunch: (l) => session.store.appendDepthLaunch(session.id, l),
    afterBlock: (launches, counted, depthLaunches) => {
      results.launches = launches;
      if (depthLaunch) results.depthLaunches = depthLaunches;
      save();
      if (counted === 0 || !(plan.looks.includes(counted) || counted === (plan.horizon ?? plan.maxBlocks))) return pending;
      const d = decideLook(results, counted, design);
      if (d.atLook) {
        results.analysis = wordAnalysis(withDepthMemory(d.analysis, results));
        design = d.state;
        results.design = d.state;
        keepLook(session.store, session.id, counted, d, log);
      }
      if (plan.levers.numaGuest) return pending;
      const look = d.state.looks[d.state.looks.length - 1];
      if (d.atLook && look?.blocks === counted && stopsAt(d.pending, look, injected) === "regression") {
        settled = { blocks: counted, names: look.decided.filter((x) => x.verdict === "regression").map((x) => x.name), open: d.pending };
        return pending = [];
      }
      pending = d.pending;
      return pending;
    }
  }).finally(() => guest?.close());
  if (guest) results.notes.push(guestCostNote(guest.timings));
  results.launches = loop.launches;
  if (depthLaunch) results.depthLaunches = loop.depthLaunches;
  results.schedule.blocks = loop.schedule;
  const s = settled;
  results.stopReason = stopWords(s ? { kind: "regression-called", ...s } : loop.stop);
  save();
  return loop.timeUp ?? false;
}

// src/pipeline/run.ts
async function runPipeline(plan, hooks) {
  const log = hooks.log ?? (() => {
  });
  const pre = await preflight(plan);
  ensureModels(plan, log);
  if (plan.comparison === void 0) pre.warnings.push(...(await applyComparison(plan)).warnings);
  if (plan.comparison) pre.commits = [plan.comparison.a, plan.comparison.b];
  for (const w of pre.warnings) log(`warning: ${w}`);
  const claim = await claimOut(plan.out, experimentIdentity2(plan, pre.commits), { force: hooks.force, log });
  const stopOnSignal = onInterrupt(log);
  try {
    const storePath = hooks.store ?? defaultStorePath(hooks.cacheDir);
    checkStore(storePath, hooks.force ? null : claim.held, hooks.storeFromResults ?? false, log);
    const keep = claim.held && claim.held.launches > 0 ? claim.held : null;
    return await runClaimed(plan, hooks, log, pre, storePath, keep);
  } finally {
    stopOnSignal.remove();
    await claim.release();
  }
}
async function runClaimed(plan, hooks, log, pre, storePath, keep) {
  const previous = heldExperiment(plan.out)?.id ?? null;
  const host = await experimentHost(plan, log);
  const results = {
    schema: RESULTS_SCHEMA,
    tool: TOOL,
    startedAt: (/* @__PURE__ */ new Date()).toISOString(),
    finishedAt: null,
    plan,
    host,
    flavour: null,
    builds: [],
    schedule: { seed: plan.seed, blocks: [] },
    launches: [],
    analysis: null,
    stopReason: stopWords({ kind: "started" }),
    notes: [...pre.warnings]
  };
  const calibration = results.host ? readCalibration(hooks.cacheDir, results.host) : null;
  const calibrationLine = calibration ? calibrationNote(calibration, calibrationKeys(plan)) : null;
  if (calibrationLine) results.notes.push(calibrationLine);
  const reclaim = reclaimWarning(results.host?.proactiveReclaim, !plan.levers.noMmap);
  if (reclaim) log(`warning: ${reclaim}`);
  let begun = false;
  try {
    results.builds = await (hooks.build ?? buildVariants)(plan, { cacheDir: hooks.cacheDir, logDir: join7(plan.out, "logs"), onProgress: hooks.onBuildProgress, log });
    const failed = results.builds.filter((b) => !b.ok);
    if (interruptedBy()) {
      results.stopReason = stopWords({ kind: "interrupted-builds", signal: String(interruptedBy()), resumed: false });
      return finishRun(plan, results, null, hooks, keep);
    }
    if (failed.length > 0) {
      results.stopReason = stopWords({ kind: "build-failed", variants: failed.map((b) => ({ variant: b.variant, ref: b.ref })) });
      return finishRun(plan, results, null, hooks, keep);
    }
    return await withStoreLock(storePath, log, async () => {
      const session = beginExperiment(results, storePath, log, previous);
      if (previous && previous !== session.id && !hooks.force) keepPreviousExport(plan.out, previous, log);
      begun = true;
      try {
        return await runSession(results.plan, results, session, log, hooks);
      } finally {
        session.store.close();
      }
    });
  } catch (e) {
    const err = asEnvironmentError(e);
    results.stopReason = stopWords({ kind: "error", message: err.message });
    if (begun || !keep) saveAfterError(plan.out, results, log);
    else log(kept(keep));
    throw err;
  }
}
function saveAfterError(out, results, log) {
  try {
    writeResults(out, results);
  } catch (e) {
    if (e.code !== "ENOSPC" && e.code !== "EDQUOT") return;
    rmSync2(join7(out, "launches"), { recursive: true, force: true });
    try {
      writeResults(out, results);
    } catch {
      log(`could not record the stop reason in ${join7(out, "results.json")}: the disk is full; the file holds the last block saved`);
    }
  }
}
async function runSession(plan, results, session, log, hooks) {
  const save = () => {
    writeResults(plan.out, results);
    session.store.saveHeader(session.id, results);
  };
  let timeUp = false;
  try {
    save();
    timeUp = await benchmark(plan, results, save, log, hooks.onBenchProgress, session, hooks.until);
  } catch (e) {
    results.stopReason = stopWords({ kind: "error", message: e.message });
    try {
      save();
    } catch {
    }
    throw e;
  }
  return { ...finishRun(plan, results, session, hooks, null, timeUp), timeUp };
}
function kept(held) {
  return `${held.path} is kept as it was: experiment ${held.id.slice(0, 4)}\u2026 (${held.launches} launches)`;
}
function finishRun(plan, results, session, hooks, keep = null, unfinished = false) {
  const counted = countedBlocksOf(results);
  if (results.launches.length > 0) results.analysis = wordAnalysis(decideAll(results));
  if (results.host) results.host = finishFingerprint(results.host);
  results.finishedAt = (/* @__PURE__ */ new Date()).toISOString();
  if (session && (interruptedBy() || unfinished)) {
    session.store.saveHeader(session.id, results);
  } else if (session) {
    session.store.finish(session.id, results, counted);
    results = { ...session.store.loadResults(session.id), plan: results.plan };
  }
  const model = buildReportModel([results], { onInconclusive: hooks.onInconclusive, onIncomplete: hooks.onIncomplete, runner: runnerOf(results, hooks) });
  const [resultsPath, reportPath, htmlPath] = [join7(plan.out, "results.json"), join7(plan.out, "report.md"), join7(plan.out, "report.html")];
  if (!session && keep) {
    (hooks.log ?? (() => {
    }))(kept(keep));
    return { results, resultsPath, reportPath, htmlPath, model };
  }
  writeResults(plan.out, results);
  writeFileAtomic(reportPath, renderMarkdown(model));
  writeFileAtomic(htmlPath, renderHtml(model));
  return { results, resultsPath, reportPath, htmlPath, model };
}
function runnerOf(results, hooks) {
  if (hooks.quoteRunner === false || !results.host) return void 0;
  return runnerShown(readQualifications(hooks.cacheDir, results.host), results.plan.workloads.map((w) => w.id), /* @__PURE__ */ new Date());
}

export {
  BENCH_TARGET,
  cmakeBuild,
  writeLine,
  envFlags,
  buildKey,
  detectToolchain,
  ensureEmbeddedSource,
  buildVariants,
  experimentHost,
  withStoreLock,
  completeCountedBlocks,
  standing,
  storedDepthLaunches,
  stopWords,
  onInterrupt,
  claimOutFor,
  heldExperiment,
  checkPlanPlacements,
  ensureModels,
  calibrationNote,
  readElfDynamic,
  runPipeline,
  runSession,
  finishRun
};
