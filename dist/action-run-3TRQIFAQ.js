import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);
import {
  DEFAULT_DEPTH_CTX,
  RESULTS_SCHEMA,
  UserError,
  analysisOf,
  decide,
  designOf,
  numaLabel,
  renderMarkdown,
  withLock,
  workloadInputsFromResults
} from "./chunk-JPEVFPZQ.js";

// src/pipeline/run.ts
import { mkdirSync as mkdirSync4, writeFileSync as writeFileSync2 } from "node:fs";
import { join as join7 } from "node:path";

// src/store/write.ts
import { mkdirSync, renameSync, writeFileSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
function writeJsonAtomic(path7, value) {
  mkdirSync(dirname(path7), { recursive: true });
  const tmp = join(dirname(path7), `.${process.pid}.${Date.now()}.tmp`);
  writeFileSync(tmp, JSON.stringify(value, null, 1) + "\n");
  renameSync(tmp, path7);
}
function writeResults(outDir, results) {
  const path7 = join(outDir, "results.json");
  writeJsonAtomic(path7, results);
  return path7;
}

// src/build/index.ts
import { createWriteStream } from "node:fs";
import { mkdir as mkdir2, readFile, writeFile } from "node:fs/promises";
import os2 from "node:os";
import path6 from "node:path";

// src/build/cmake.ts
import { readdir } from "node:fs/promises";
import path2 from "node:path";

// src/build/exec.ts
import { execFile, spawn } from "node:child_process";
import { access, constants, stat } from "node:fs/promises";
import path from "node:path";
function run(cmd, args, opts = {}) {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { cwd: opts.cwd, env: opts.env, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err && typeof err.code === "string") {
        reject(err);
        return;
      }
      const e = err;
      resolve({ code: e ? e.code ?? null : 0, signal: e ? e.signal ?? null : null, stdout, stderr });
    });
  });
}
async function runOk(cmd, args, opts = {}) {
  const r = await run(cmd, args, opts);
  if (r.code !== 0) {
    const why = (r.stderr.trim() || r.stdout.trim()).split("\n").slice(-5).join("\n");
    throw new Error(`${cmd} ${args.join(" ")} failed (exit ${r.code ?? r.signal}): ${why}`);
  }
  return r.stdout;
}
function runLines(cmd, args, opts) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env, stdio: ["ignore", "pipe", "pipe"] });
    const splitter = () => {
      let rest = "";
      return {
        push(chunk) {
          rest += chunk.toString("utf8");
          const lines = rest.split(/\r?\n/);
          rest = lines.pop() ?? "";
          for (const l of lines) opts.onLine(l);
        },
        end() {
          if (rest) opts.onLine(rest);
          rest = "";
        }
      };
    };
    const out = splitter();
    const err = splitter();
    child.stdout.on("data", (c) => out.push(c));
    child.stderr.on("data", (c) => err.push(c));
    child.on("error", (e) => {
      opts.onLine(`cannot start ${cmd}: ${e.message}`);
      resolve({ code: null, signal: null });
    });
    child.on("close", (code, signal) => {
      out.end();
      err.end();
      resolve({ code, signal });
    });
  });
}
async function which(name, env = process.env) {
  if (name.includes("/")) return await isExecutableFile(name) ? path.resolve(name) : null;
  for (const dir of (env.PATH ?? "").split(path.delimiter)) {
    if (!dir) continue;
    const p = path.join(dir, name);
    if (await isExecutableFile(p)) return p;
  }
  return null;
}
async function isExecutableFile(p) {
  try {
    await access(p, constants.X_OK);
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}

// src/build/cmake.ts
var BENCH_TARGET = "llama-bench";
var SWEEP_TARGET = "llama-sweep-bench";
var BATCHED_TARGET = "llama-batched-bench";
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
  const bin = await findExecutable(req.buildDir, BENCH_TARGET);
  if (!bin) return { ok: false, phase: "build", error: `the build succeeded but no ${BENCH_TARGET} executable was found under ${req.buildDir}` };
  writeLine(req.log, `built ${bin}`);
  const binDir = path2.dirname(bin);
  const depthOk = depthTool !== null && await isExecutableFile(path2.join(binDir, depthTool));
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
    onLine: (line) => {
      writeLine(req.log, line);
      req.onLine("build", line);
    }
  });
  if (r.code !== 0) {
    writeLine(req.log, `building ${tool} failed (exit ${r.code ?? r.signal}); memory at depth will be skipped`);
    return null;
  }
  return await isExecutableFile(path2.join(req.binDir, tool)) ? tool : null;
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
async function findExecutable(buildDir, name) {
  for (const p of [path2.join(buildDir, "bin", name), path2.join(buildDir, name)]) {
    if (await isExecutableFile(p)) return p;
  }
  const walk = async (dir, depth) => {
    if (depth > 4) return null;
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      const p = path2.join(dir, e.name);
      if (e.isFile() && e.name === name && await isExecutableFile(p)) return p;
    }
    for (const e of entries) {
      if (e.isDirectory() && e.name !== "CMakeFiles") {
        const hit = await walk(path2.join(dir, e.name), depth + 1);
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

// src/build/git.ts
import { mkdir, realpath, rm, stat as stat2 } from "node:fs/promises";
import path3 from "node:path";
var GIT_HINT_REFS = (repo) => `list the refs with: git -C ${repo} branch -a`;
async function resolveRef(repo, ref) {
  await assertGitRepo(repo);
  if (!ref || ref.startsWith("-")) {
    throw new UserError(`invalid git ref "${ref}" for repo ${repo}`, GIT_HINT_REFS(repo));
  }
  const r = await run("git", ["-C", repo, "rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  const commit = r.stdout.trim();
  if (r.code !== 0 || !/^[0-9a-f]{40,64}$/.test(commit)) {
    throw new UserError(`git ref "${ref}" does not name a commit in ${repo}`, GIT_HINT_REFS(repo));
  }
  return commit;
}
async function assertGitRepo(repo) {
  const isDir = await stat2(repo).then((s) => s.isDirectory(), () => false);
  if (!isDir) {
    throw new UserError(`repo ${repo} does not exist or is not a directory`, "pass --repo the path of a llama.cpp or ik_llama.cpp git checkout");
  }
  const r = await run("git", ["-C", repo, "rev-parse", "--git-dir"]).catch((e) => {
    throw new UserError(`cannot run git: ${e.message}`, "install git: apt-get install git");
  });
  if (r.code !== 0) {
    throw new UserError(`${repo} is not a git repository`, "pass --repo the path of a llama.cpp or ik_llama.cpp git checkout (git clone ...)");
  }
}
function worktreePath(cacheDir, commit) {
  return path3.join(cacheDir, "worktrees", commit.slice(0, 12));
}
async function ensureWorktree(repo, commit, cacheDir) {
  const wt = worktreePath(cacheDir, commit);
  if (await isCleanCheckoutOf(wt, commit)) return { path: wt, reused: true };
  if (await stat2(wt).then(() => true, () => false)) {
    await run("git", ["-C", repo, "worktree", "remove", "--force", wt]);
    await rm(wt, { recursive: true, force: true });
  }
  await run("git", ["-C", repo, "worktree", "prune"]);
  await mkdir(path3.dirname(wt), { recursive: true });
  await runOk("git", ["-C", repo, "worktree", "add", "--detach", "--force", wt, commit]);
  return { path: wt, reused: false };
}
async function isCleanCheckoutOf(wt, commit) {
  const head = await run("git", ["-C", wt, "rev-parse", "--verify", "--quiet", "HEAD"]).catch(() => null);
  if (!head || head.code !== 0 || head.stdout.trim() !== commit) return false;
  const top = await run("git", ["-C", wt, "rev-parse", "--show-toplevel"]);
  if (top.code !== 0) return false;
  const same = await realpath(top.stdout.trim()).catch(() => "") === await realpath(wt).catch(() => wt);
  if (!same) return false;
  const st = await run("git", ["-C", wt, "status", "--porcelain", "--untracked-files=no"]);
  return st.code === 0 && st.stdout.trim() === "";
}

// src/build/key.ts
import { createHash } from "node:crypto";
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
    Object.keys(inp.envFlags).sort().map((k) => [k, inp.envFlags[k]])
  ]);
  return createHash("sha256").update(canonical).digest("hex").slice(0, 16);
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

// src/build/toolchain.ts
import { realpath as realpath2 } from "node:fs/promises";
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
async function compilerId(path7) {
  const r = await run(path7, ["--version"]).catch(() => null);
  if (!r || r.code !== 0) throw new UserError(`the compiler ${path7} does not run (\`${path7} --version\` failed)`, INSTALL_HINT);
  const real = await realpath2(path7).catch(() => path7);
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

// src/build/child-env.ts
import { readFileSync as readFileSync2 } from "node:fs";
import path4 from "node:path";
var EXACT = /* @__PURE__ */ new Set([
  "PATH",
  "HOME",
  "USER",
  "LOGNAME",
  "SHELL",
  "LANG",
  "LANGUAGE",
  "TZ",
  "TERM",
  "TMPDIR",
  "TMP",
  "TEMP",
  // toolchain: compilers, flags, tools CMake and make read
  "CC",
  "CXX",
  "CPP",
  "LD",
  "AR",
  "NM",
  "RANLIB",
  "STRIP",
  "OBJCOPY",
  "CUDACXX",
  "CUDAHOSTCXX",
  "HIPCXX",
  "CFLAGS",
  "CXXFLAGS",
  "CPPFLAGS",
  "LDFLAGS",
  "CUDAFLAGS",
  "HIPFLAGS",
  "MAKEFLAGS",
  "MAKELEVEL",
  "NINJA_STATUS",
  "PKG_CONFIG_PATH",
  "LD_LIBRARY_PATH",
  "LIBRARY_PATH",
  "CPATH",
  "C_INCLUDE_PATH",
  "CPLUS_INCLUDE_PATH",
  "SOURCE_DATE_EPOCH",
  "CUDA_PATH",
  "CUDA_HOME",
  "ROCM_PATH",
  "HIP_PATH",
  "VULKAN_SDK"
]);
var PREFIXES = ["LC_", "CMAKE_", "CCACHE_", "GGML_", "LLAMA_", "OMP_", "GOMP_", "KMP_", "OPENBLAS_", "MKL_", "CUDA_", "HIP_", "ROCR_", "HSA_"];
var FORBIDDEN = /^(GITHUB_|ACTIONS_|RUNNER_|INPUT_|NODE_OPTIONS$)|TOKEN|SECRET|PASSW|CREDENTIAL|AUTH|API_?KEY|PRIVATE_?KEY|SESSION/i;
function allowedName(name) {
  if (FORBIDDEN.test(name)) return false;
  return EXACT.has(name) || PREFIXES.some((p) => name.startsWith(p));
}
function jobPathAdditions(base) {
  const file = base.GITHUB_PATH;
  if (!file) return /* @__PURE__ */ new Set();
  try {
    return new Set(readFileSync2(file, "utf8").split(/\r?\n/).map((l) => l.trim()).filter(Boolean).map((p) => path4.resolve(p)));
  } catch {
    return /* @__PURE__ */ new Set();
  }
}
function childEnv(base, planEnv = {}) {
  const out = {};
  for (const [k, v] of Object.entries(base)) if (v !== void 0 && allowedName(k)) out[k] = v;
  const added = jobPathAdditions(base);
  if (out.PATH !== void 0 && added.size > 0) {
    out.PATH = out.PATH.split(path4.delimiter).filter((p) => p && !added.has(path4.resolve(p))).join(path4.delimiter);
  }
  for (const [k, v] of Object.entries(planEnv)) if (!FORBIDDEN.test(k)) out[k] = v;
  return out;
}

// src/build/cache-dir.ts
import os from "node:os";
import path5 from "node:path";
function defaultCacheDir(env = process.env) {
  const fromEnv = env.LLAMA_PERF_GATE_CACHE;
  if (fromEnv && fromEnv.trim()) return path5.resolve(fromEnv);
  return path5.join(os.homedir(), ".cache", "llama-perf-gate");
}

// src/build/index.ts
var LOG_TAIL_LINES = 30;
var STAMP = "llama-perf-gate-build.json";
function buildDirFor(cacheDir, commit, key) {
  return path6.join(worktreePath(cacheDir, commit), ".lpg-build", key);
}
async function buildVariants(plan, opts) {
  const env = opts.env ?? process.env;
  const repo = path6.resolve(plan.repo);
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
  const logPath = path6.join(opts.logDir, `build-${v.id}.log`);
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
  const locked = async () => {
    const inputs = {
      commit,
      cmakeArgs: v.cmakeArgs,
      cc: toolchain.cc,
      cxx: toolchain.cxx,
      cmakeVersion: toolchain.cmakeVersion,
      envFlags: envFlags(env)
    };
    const key = buildKey(inputs);
    writeLine(log, `variant ${v.id} (${v.name}) ref ${v.ref} = ${commit}, build key ${key}`);
    const wt = await ensureWorktree(repo, commit, opts.cacheDir);
    writeLine(log, `worktree ${wt.path} (${wt.reused ? "reused" : "created"})`);
    const buildDir = buildDirFor(opts.cacheDir, commit, key);
    const childEnv2 = childEnv(env);
    if (toolchain.ccache && !coversPath(env.CCACHE_BASEDIR, opts.cacheDir)) childEnv2.CCACHE_BASEDIR = path6.resolve(opts.cacheDir);
    const previous = await readStamp(buildDir, key);
    if (previous) {
      writeLine(log, `reusing finished build ${buildDir} (same key)`);
      note("build", `reusing ${previous.binDir}`);
      let depthTool = previous.depthTool;
      if (depthTool === void 0) {
        depthTool = await addDepthTool({ buildDir, binDir: previous.binDir, toolchain, jobs: opts.jobs ?? os2.availableParallelism(), env: childEnv2, log, onLine: note });
        await writeStamp(buildDir, { ...previous.stamp, targets: depthTool ? [BENCH_TARGET, depthTool] : [BENCH_TARGET], depthTool });
      }
      return outcome({ ok: true, binDir: previous.binDir, depthTool, reused: true });
    }
    const r = await cmakeBuild({
      srcDir: wt.path,
      buildDir,
      cmakeArgs: v.cmakeArgs,
      toolchain,
      jobs: opts.jobs ?? os2.availableParallelism(),
      env: childEnv2,
      log,
      onLine: note
    });
    if (!r.ok) {
      writeLine(log, `FAILED: ${r.error}`);
      return outcome({ error: r.error, logTail: tail2.join("\n") });
    }
    await writeStamp(buildDir, { key, inputs, targets: r.targets, depthTool: r.depthTool, binDir: r.binDir, finishedAt: (/* @__PURE__ */ new Date()).toISOString() });
    return outcome({ ok: true, binDir: r.binDir, depthTool: r.depthTool });
  };
  try {
    const lockPath = path6.join(opts.cacheDir, "locks", `${commit.slice(0, 12)}.lock`);
    return await withLock(lockPath, () => locked(), (line) => {
      note("configure", line);
      opts.log?.(line);
    }, `the build of ${commit.slice(0, 12)}`);
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
  await writeFile(path6.join(buildDir, STAMP), JSON.stringify(stamp, null, 2) + "\n");
}
async function readStamp(buildDir, key) {
  try {
    const s = JSON.parse(await readFile(path6.join(buildDir, STAMP), "utf8"));
    if (s.key !== key || typeof s.binDir !== "string") return null;
    if (!await isExecutableFile(path6.join(s.binDir, BENCH_TARGET))) return null;
    let depthTool = typeof s.depthTool === "string" || s.depthTool === null ? s.depthTool : void 0;
    if (typeof depthTool === "string" && !await isExecutableFile(path6.join(s.binDir, depthTool))) depthTool = void 0;
    return { stamp: s, binDir: s.binDir, depthTool };
  } catch {
    return null;
  }
}
function coversPath(base, p) {
  if (!base) return false;
  const rel = path6.relative(path6.resolve(base), path6.resolve(p));
  return rel === "" || !rel.startsWith("..") && !path6.isAbsolute(rel);
}

// src/host/fingerprint.ts
import { readFileSync as readFileSync3, readdirSync } from "node:fs";
import { join as join2 } from "node:path";
import os3 from "node:os";

// src/host/cpulist.ts
function parseCpuList(text) {
  const t = text.trim();
  if (t === "") return [];
  const out = /* @__PURE__ */ new Set();
  for (const part of t.split(",")) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part.trim());
    if (!m) return null;
    const lo = Number(m[1]);
    const hi = m[2] === void 0 ? lo : Number(m[2]);
    if (hi < lo || hi - lo > 65536) return null;
    for (let i = lo; i <= hi; i++) out.add(i);
  }
  return [...out].sort((a, b) => a - b);
}
function formatCpuList(cpus) {
  const s = [...new Set(cpus)].sort((a, b) => a - b);
  const parts = [];
  for (let i = 0; i < s.length; ) {
    let j = i;
    while (j + 1 < s.length && s[j + 1] === s[j] + 1) j++;
    parts.push(i === j ? `${s[i]}` : `${s[i]}-${s[j]}`);
    i = j + 1;
  }
  return parts.join(",");
}

// src/host/fingerprint.ts
function readText(root, rel) {
  try {
    return readFileSync3(join2(root, rel), "utf8");
  } catch {
    return null;
  }
}
function readInt(root, rel) {
  const t = readText(root, rel);
  if (t === null) return null;
  const n = Number.parseInt(t.trim(), 10);
  return Number.isFinite(n) ? n : null;
}
function listDir(root, rel) {
  try {
    return readdirSync(join2(root, rel));
  } catch {
    return [];
  }
}
function readCpuinfo(root) {
  const text = readText(root, "proc/cpuinfo");
  if (text === null) return [];
  return text.split(/\n\s*\n/).map((block) => {
    const rec = {};
    for (const line of block.split("\n")) {
      const i = line.indexOf(":");
      if (i > 0) rec[line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
    return rec;
  }).filter((r) => Object.keys(r).length > 0);
}
function cpuModelOf(cpuinfo) {
  for (const rec of cpuinfo) {
    const v = rec["model name"] ?? rec["Model"] ?? rec["cpu model"] ?? rec["Hardware"];
    if (v) return v;
  }
  const first = cpuinfo[0];
  if (first?.["CPU implementer"] && first["CPU part"]) {
    return `implementer ${first["CPU implementer"]} part ${first["CPU part"]}`;
  }
  return null;
}
function readTopology(root, cpuinfo, isRealRoot) {
  const online = readText(root, "sys/devices/system/cpu/online");
  let cpus = online === null ? null : parseCpuList(online);
  if (cpus === null || cpus.length === 0) {
    const dirs = listDir(root, "sys/devices/system/cpu").filter((d) => /^cpu\d+$/.test(d));
    cpus = dirs.map((d) => Number(d.slice(3))).sort((a, b) => a - b);
  }
  let logicalCpus = cpus.length || cpuinfo.filter((r) => r["processor"] !== void 0).length;
  if (logicalCpus === 0 && isRealRoot) logicalCpus = os3.availableParallelism();
  const packages = /* @__PURE__ */ new Set();
  const coreGroups = /* @__PURE__ */ new Set();
  const groupSizes = [];
  for (const cpu of cpus) {
    const base = `sys/devices/system/cpu/cpu${cpu}/topology`;
    const pkg = readInt(root, `${base}/physical_package_id`);
    if (pkg !== null) packages.add(pkg);
    const sib = readText(root, `${base}/thread_siblings_list`) ?? readText(root, `${base}/core_cpus_list`);
    const list = sib === null ? null : parseCpuList(sib);
    if (list && list.length > 0) {
      const key = formatCpuList(list);
      if (!coreGroups.has(key)) groupSizes.push(list.length);
      coreGroups.add(key);
    }
  }
  if (packages.size === 0) {
    for (const r of cpuinfo) if (r["physical id"] !== void 0) packages.add(Number(r["physical id"]));
  }
  const sockets = packages.size > 0 ? packages.size : null;
  let threadsPerCore = groupSizes.length > 0 ? Math.max(...groupSizes) : null;
  let cores = coreGroups.size > 0 ? coreGroups.size : null;
  if (cores === null) {
    const c = cpuinfo.find((r) => r["cpu cores"] !== void 0 && r["siblings"] !== void 0);
    if (c && sockets !== null) {
      cores = Number(c["cpu cores"]) * sockets;
      threadsPerCore = Math.max(1, Math.round(Number(c["siblings"]) / Number(c["cpu cores"])));
    }
  }
  const smtActive = readInt(root, "sys/devices/system/cpu/smt/active");
  const smt = threadsPerCore !== null ? threadsPerCore > 1 : smtActive !== null ? smtActive === 1 : null;
  const coresPerSocket = cores !== null && sockets !== null ? Math.round(cores / sockets) : null;
  return { logicalCpus, sockets, coresPerSocket, threadsPerCore, smt };
}
function readNumaNodes(root) {
  const ids = listDir(root, "sys/devices/system/node").filter((d) => /^node\d+$/.test(d)).map((d) => Number(d.slice(4))).sort((a, b) => a - b);
  return ids.map((id) => {
    const base = `sys/devices/system/node/node${id}`;
    const cpulist = readText(root, `${base}/cpulist`);
    const meminfo = readText(root, `${base}/meminfo`) ?? "";
    const field = (name) => {
      const m = new RegExp(`^Node\\s+${id}\\s+${name}:\\s+(\\d+)\\s*kB`, "m").exec(meminfo);
      return m ? Number(m[1]) : null;
    };
    return {
      id,
      cpus: (cpulist === null ? null : parseCpuList(cpulist)) ?? [],
      memTotalKiB: field("MemTotal"),
      memFreeKiB: field("MemFree")
    };
  });
}
function parseBracketChoice(text) {
  if (text === null) return null;
  const m = /\[([^\]]+)\]/.exec(text);
  return m ? m[1] : text.trim() || null;
}
function readGovernor(root, cpus) {
  const seen = /* @__PURE__ */ new Set();
  for (const p of listDir(root, "sys/devices/system/cpu/cpufreq").filter((d) => /^policy\d+$/.test(d))) {
    const g = readText(root, `sys/devices/system/cpu/cpufreq/${p}/scaling_governor`);
    if (g !== null && g.trim()) seen.add(g.trim());
  }
  if (seen.size === 0) {
    for (let cpu = 0; cpu < cpus; cpu++) {
      const g = readText(root, `sys/devices/system/cpu/cpu${cpu}/cpufreq/scaling_governor`);
      if (g !== null && g.trim()) seen.add(g.trim());
    }
  }
  if (seen.size === 0) return null;
  return seen.size === 1 ? [...seen][0] : `mixed(${[...seen].sort().join(",")})`;
}
function readBoost(root) {
  const boost = readInt(root, "sys/devices/system/cpu/cpufreq/boost");
  if (boost !== null) return boost === 1;
  const noTurbo = readInt(root, "sys/devices/system/cpu/intel_pstate/no_turbo");
  if (noTurbo !== null) return noTurbo === 0;
  return null;
}
function readLoadAvg(root = "/") {
  const t = readText(root, "proc/loadavg");
  if (t !== null) {
    const v = t.trim().split(/\s+/).slice(0, 3).map(Number);
    if (v.length === 3 && v.every(Number.isFinite)) return [v[0], v[1], v[2]];
  }
  if (root === "/") {
    const [a, b, c] = os3.loadavg();
    return [a, b, c];
  }
  return null;
}
function hostWarnings(fp, load = fp.loadAvgStart) {
  const w = [];
  if (load && fp.logicalCpus > 0 && load[0] > 0.5 * fp.logicalCpus) {
    w.push(
      `load average ${load[0].toFixed(2)} on ${fp.logicalCpus} CPUs: other work is running, timings will be noisy`
    );
  }
  if (fp.governor !== null && fp.governor !== "performance") {
    w.push(
      `CPU frequency governor is "${fp.governor}", not "performance": clocks follow load (cpupower frequency-set -g performance)`
    );
  }
  if (fp.numaBalancing !== null && fp.numaBalancing !== 0 && fp.numaNodes.length > 1) {
    w.push(
      `kernel.numa_balancing=${fp.numaBalancing} on a ${fp.numaNodes.length}-node host: the kernel migrates pages during the run and blurs placement (sysctl -w kernel.numa_balancing=0)`
    );
  }
  return w;
}
function readFingerprint(root = "/") {
  const isRealRoot = root === "/";
  const cpuinfo = readCpuinfo(root);
  const topo = readTopology(root, cpuinfo, isRealRoot);
  const hostname = readText(root, "proc/sys/kernel/hostname")?.trim() || (isRealRoot ? os3.hostname() : null);
  const kernel = readText(root, "proc/sys/kernel/osrelease")?.trim() || (isRealRoot ? os3.release() : null);
  const fp = {
    hostname,
    kernel,
    cpuModel: cpuModelOf(cpuinfo),
    sockets: topo.sockets,
    coresPerSocket: topo.coresPerSocket,
    threadsPerCore: topo.threadsPerCore,
    logicalCpus: topo.logicalCpus,
    smt: topo.smt,
    numaNodes: readNumaNodes(root),
    numaBalancing: readInt(root, "proc/sys/kernel/numa_balancing"),
    thpMode: parseBracketChoice(readText(root, "sys/kernel/mm/transparent_hugepage/enabled")),
    governor: readGovernor(root, topo.logicalCpus),
    boost: readBoost(root),
    loadAvgStart: readLoadAvg(root),
    warnings: []
  };
  fp.warnings = hostWarnings(fp);
  return fp;
}
function finishFingerprint(fp, root = "/") {
  const end = readLoadAvg(root);
  const out = { ...fp, warnings: [...fp.warnings] };
  if (end) out.loadAvgEnd = end;
  const busyAtStart = hostWarnings(fp).some((w) => w.startsWith("load average"));
  const endLoad = end ? hostWarnings(fp, end).find((w) => w.startsWith("load average")) : void 0;
  if (endLoad && !busyAtStart) out.warnings.push(`at the end of the run: ${endLoad}`);
  return out;
}

// src/host/numa-policy.ts
import { accessSync, constants as constants2 } from "node:fs";
import { delimiter, join as join3 } from "node:path";
function findExecutable2(name, path7 = process.env.PATH ?? "") {
  for (const dir of path7.split(delimiter)) {
    if (!dir) continue;
    const p = join3(dir, name);
    try {
      accessSync(p, constants2.X_OK);
      return p;
    } catch {
    }
  }
  return null;
}
function requireNumactl(opts, what) {
  const path7 = opts.numactl === void 0 ? findExecutable2("numactl") : opts.numactl;
  if (!path7) {
    throw new UserError(
      `NUMA policy ${what} needs numactl, which is not installed (not found in PATH)`,
      "install it: apt-get install numactl (Debian/Ubuntu) or dnf install numactl (Fedora/RHEL)"
    );
  }
  return path7;
}
function numaPlacement(policy, opts = {}) {
  const label = numaLabel(policy);
  switch (policy.kind) {
    case "none":
      return { prefix: [], benchArgs: [], label };
    case "llama":
      return { prefix: [], benchArgs: ["--numa", policy.mode], label };
    case "interleave":
      return { prefix: [requireNumactl(opts, label), "--interleave=all"], benchArgs: [], label };
    case "bind": {
      if (!Number.isInteger(policy.node) || policy.node < 0) {
        throw new UserError(`NUMA bind node must be a node number (got ${policy.node})`, "example: --numa bind:0");
      }
      if (opts.nodes && !opts.nodes.includes(policy.node)) {
        throw new UserError(
          `NUMA bind to node ${policy.node}, but this host has node(s) ${opts.nodes.join(",") || "none"}`,
          "pick a node listed in /sys/devices/system/node (numactl --hardware)"
        );
      }
      const n = String(policy.node);
      return { prefix: [requireNumactl(opts, label), "-N", n, "-m", n], benchArgs: [], label };
    }
    case "cpus": {
      const list = parseCpuList(policy.cpus);
      if (list === null || list.length === 0) {
        throw new UserError(`CPU list "${policy.cpus}" is not a list of CPUs`, "write it as the kernel does, e.g. 0-15,32-47");
      }
      const absent = opts.cpus ? list.filter((c) => !opts.cpus.includes(c)) : [];
      if (absent.length > 0) {
        throw new UserError(
          `CPU list "${policy.cpus}" names CPU(s) ${formatCpuList(absent)} that are not online here (online: ${formatCpuList(opts.cpus)})`,
          "see /sys/devices/system/cpu/online"
        );
      }
      return { prefix: [requireNumactl(opts, label), `--physcpubind=${formatCpuList(list)}`], benchArgs: [], label };
    }
  }
}

// src/host/measure.ts
import { readFileSync as readFileSync5 } from "node:fs";

// src/host/native.ts
import { createHash as createHash2 } from "node:crypto";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync as mkdirSync2, readFileSync as readFileSync4, renameSync as renameSync2, rmSync } from "node:fs";
import { homedir } from "node:os";
import { join as join4 } from "node:path";
import { fileURLToPath } from "node:url";
var FLAGS = {
  "lpg-measure": { args: ["-O2", "-Wall"], ext: "" },
  "lpg-probe": { args: ["-O2", "-Wall", "-fPIC", "-shared", "-pthread"], ext: ".so" }
};
function nativeSourceDir() {
  const candidates = ["../../native/", "../native/"].map((rel) => fileURLToPath(new URL(rel, import.meta.url)));
  return candidates.find((d) => existsSync(join4(d, "lpg-measure.c"))) ?? candidates[0];
}
function nativeCacheDir(env = process.env) {
  const base = env.LLAMA_PERF_GATE_CACHE || join4(homedir(), ".cache", "llama-perf-gate");
  return join4(base, "native");
}
function compiler(env) {
  const cc = env.CC || "cc";
  try {
    execFileSync(cc, ["--version"], { stdio: "ignore" });
  } catch {
    throw new UserError(
      `no C compiler found (tried "${cc}"): llama-perf-gate compiles its small native helpers (native/*.c) at first use`,
      "install one: apt-get install gcc (Debian/Ubuntu) or dnf install gcc; or set CC to a compiler"
    );
  }
  return cc;
}
var built = /* @__PURE__ */ new Map();
function nativeArtifact(name, env = process.env) {
  const src = join4(nativeSourceDir(), `${name}.c`);
  let source;
  try {
    source = readFileSync4(src);
  } catch {
    throw new UserError(`native source ${src} is missing`, "reinstall llama-perf-gate: the native/ folder ships with it");
  }
  const { args, ext } = FLAGS[name];
  const hash = createHash2("sha256").update(source).update(args.join(" ")).digest("hex").slice(0, 16);
  const dir = nativeCacheDir(env);
  const out = join4(dir, `${name}-${hash}${ext}`);
  if (built.get(name) === out || existsSync(out)) {
    built.set(name, out);
    return out;
  }
  const cc = compiler(env);
  mkdirSync2(dir, { recursive: true });
  const tmp = `${out}.tmp-${process.pid}`;
  try {
    execFileSync(cc, [...args, "-o", tmp, src], { stdio: ["ignore", "ignore", "pipe"] });
  } catch (e) {
    rmSync(tmp, { force: true });
    const stderr = e.stderr?.toString().trim() ?? String(e);
    throw new UserError(`compiling ${src} with ${cc} failed:
${stderr}`, "check that the compiler works (cc --version) and gcc/libc headers are installed (apt-get install gcc libc6-dev)");
  }
  renameSync2(tmp, out);
  built.set(name, out);
  return out;
}

// src/host/measure.ts
function wrapMeasured(argv, outFile, opts = {}) {
  const interval = opts.intervalMs ?? 100;
  return [nativeArtifact("lpg-measure"), "--out", outFile, "--interval-ms", String(Math.max(1, Math.round(interval))), "--", ...argv];
}
function readMeasureReport(outFile) {
  try {
    const r = JSON.parse(readFileSync5(outFile, "utf8"));
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

// src/parse/detect.ts
function detectFormat(text) {
  const first = text.split("\n").map((l) => l.trim()).find((l) => l !== "");
  if (first === void 0) return null;
  if (first.startsWith("[")) return "json";
  if (first.startsWith("{")) return "jsonl";
  if (/^(CREATE TABLE|INSERT INTO)\b/i.test(first)) return "sql";
  if (first.startsWith("|")) return "md";
  if (/(^|,)"?n_prompt"?(,|$)/.test(first)) return "csv";
  return null;
}

// src/parse/malformed.ts
var FORMAT_HINT = "run llama-bench with -o json (or jsonl/csv/md/sql) and pass its stdout unchanged; a launch that crashed or was killed leaves truncated output";
function malformed(source, line, what, format) {
  const where = line > 0 ? `${source}:${line}` : source;
  return new UserError(`${where}: malformed llama-bench ${format ? format + " " : ""}output: ${what}`, FORMAT_HINT);
}
function lineAt(text, pos) {
  let line = 1;
  const end = Math.min(pos, text.length);
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
function numberedLines(text) {
  return text.split("\n").map((t, i) => ({ n: i + 1, text: t.endsWith("\r") ? t.slice(0, -1) : t }));
}

// src/parse/record.ts
var INT_FIELDS = /* @__PURE__ */ new Set([
  "build_number",
  "n_batch",
  "n_ubatch",
  "n_threads",
  "poll",
  "model_size",
  "model_n_params",
  "n_gpu_layers",
  "main_gpu",
  "n_prompt",
  "n_gen",
  "n_depth",
  "avg_ns",
  "stddev_ns",
  "no_op_offload",
  "n_cpu_moe",
  "fit_target",
  "fit_min_ctx",
  "mla_attn",
  "attn_max_batch",
  "max_gpu"
]);
var BOOL_FIELDS = /* @__PURE__ */ new Set([
  "f16_kv",
  "no_kv_offload",
  "cpu_strict",
  "embeddings",
  "no_host",
  "use_mmap",
  "cuda",
  "vulkan",
  "kompute",
  "metal",
  "sycl",
  "gpu_blas",
  "blas",
  "repack",
  "use_thp",
  "fused_moe",
  "grouped_er",
  "no_fused_up_gate",
  "no_ooae",
  "mqkv",
  "rcache",
  "reuse",
  "muge",
  "defer_experts",
  "sas"
]);
var FLOAT_FIELDS = /* @__PURE__ */ new Set(["avg_ts", "stddev_ts"]);
var IK_ONLY = ["test", "mla_attn", "attn_max_batch", "ser", "fused_moe", "use_thp", "repack", "grouped_er", "rcache"];
function flavourFromFields(fields) {
  const set = new Set(fields);
  if (set.has("n_depth") || set.has("backends")) return "mainline";
  return IK_ONLY.some((f) => set.has(f)) ? "ik" : "mainline";
}
var NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
function typedValue(field, value, flavour, sqlType) {
  const isBool = BOOL_FIELDS.has(field) || field === "flash_attn" && flavour === "ik";
  const isNum = INT_FIELDS.has(field) || FLOAT_FIELDS.has(field) || field === "flash_attn" && flavour === "mainline";
  if (isBool) {
    if (value === "0" || value === "false") return false;
    if (value === "1" || value === "true") return true;
    return value;
  }
  if (isNum || !BOOL_FIELDS.has(field) && (sqlType === "INTEGER" || sqlType === "REAL")) {
    return NUMBER.test(value) ? Number(value) : value;
  }
  return value;
}
function int(raw, key, ctx, required) {
  const v = raw[key];
  if (v === void 0 || v === null || v === "") {
    if (required) throw malformed(ctx.source, ctx.line, `test lacks field "${key}"`, ctx.format);
    return null;
  }
  const n = typeof v === "number" ? v : typeof v === "string" && NUMBER.test(v) ? Number(v) : NaN;
  if (!Number.isInteger(n) || n < 0) throw malformed(ctx.source, ctx.line, `field "${key}" is ${JSON.stringify(v)}, expected a non-negative integer`, ctx.format);
  return n;
}
function numberArray(raw, key, ctx) {
  const v = raw[key];
  if (v === void 0) return [];
  if (!Array.isArray(v) || !v.every((x) => typeof x === "number" && Number.isFinite(x) && x > 0)) {
    throw malformed(ctx.source, ctx.line, `field "${key}" must be an array of positive numbers`, ctx.format);
  }
  return v;
}
function str(v) {
  return typeof v === "string" ? v : v === void 0 || v === null ? null : String(v);
}
function canonicalLabel(nPrompt, nGen, nDepth) {
  const parts = [nPrompt > 0 ? `pp${nPrompt}` : "", nGen > 0 ? `tg${nGen}` : ""].filter(Boolean).join("+");
  return parts + (nDepth > 0 ? `@d${nDepth}` : "");
}
var IK_GP_LABEL = /^tg(\d+)@pp(\d+)$/;
function toBenchRecord(test, flavour, source, format) {
  const raw = test.fields;
  const ctx = { source, line: test.line, format };
  let nPrompt = int(raw, "n_prompt", ctx, true);
  let nGen = int(raw, "n_gen", ctx, true);
  let nDepth = int(raw, "n_depth", ctx, false) ?? 0;
  const gp = typeof raw.test === "string" ? IK_GP_LABEL.exec(raw.test) : null;
  if (gp) {
    if (Number(gp[1]) !== nGen || Number(gp[2]) !== nPrompt) {
      throw malformed(source, test.line, `test label "${raw.test}" disagrees with n_prompt=${nPrompt}, n_gen=${nGen}`, format);
    }
    nDepth = nPrompt;
    nPrompt = 0;
  }
  if (nPrompt === 0 && nGen === 0) throw malformed(source, test.line, "test has n_prompt = n_gen = 0", format);
  const samplesNs = numberArray(raw, "samples_ns", ctx);
  const samplesTs = numberArray(raw, "samples_ts", ctx);
  if (samplesNs.length !== samplesTs.length) {
    throw malformed(source, test.line, `samples_ns has ${samplesNs.length} values but samples_ts has ${samplesTs.length}`, format);
  }
  let avgTs = typeof raw.avg_ts === "number" ? raw.avg_ts : NaN;
  if (!Number.isFinite(avgTs) && samplesTs.length > 0) avgTs = samplesTs.reduce((a, b) => a + b, 0) / samplesTs.length;
  if (!Number.isFinite(avgTs) || avgTs <= 0) {
    throw malformed(source, test.line, `avg_ts is ${JSON.stringify(raw.avg_ts ?? null)}, expected a positive number`, format);
  }
  const stddevTs = typeof raw.stddev_ts === "number" && Number.isFinite(raw.stddev_ts) ? raw.stddev_ts : null;
  const buildNumber = typeof raw.build_number === "number" && Number.isInteger(raw.build_number) ? raw.build_number : null;
  return {
    flavour,
    label: canonicalLabel(nPrompt, nGen, nDepth),
    nPrompt,
    nGen,
    nDepth,
    // Some ik builds printed a {gen, batch} pair here; keep it in raw rather than reject the test.
    nThreads: typeof raw.n_threads === "number" && Number.isInteger(raw.n_threads) ? raw.n_threads : null,
    samplesNs,
    samplesTs,
    avgTs,
    stddevTs,
    buildCommit: str(raw.build_commit),
    buildNumber,
    cpuInfo: str(raw.cpu_info),
    modelType: str(raw.model_type),
    raw
  };
}

// src/parse/json.ts
function errorLine(text, err) {
  const lc = /line (\d+) column \d+/.exec(err.message);
  if (lc) return Number(lc[1]);
  const pos = /position (\d+)/.exec(err.message);
  if (pos) return lineAt(text, Number(pos[1]));
  return lineAt(text, text.trimEnd().length);
}
function elementLines(text) {
  const lines = [];
  let depth = 0;
  let line = 1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\n") line++;
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === "[" || c === "{") {
      if (depth === 1) lines.push(line);
      depth++;
    } else if (c === "]" || c === "}") depth--;
  }
  return lines;
}
function parseJson(text, source) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw malformed(source, errorLine(text, e), e.message, "json");
  }
  if (!Array.isArray(data)) throw malformed(source, 1, "expected a JSON array of tests", "json");
  const starts = elementLines(text);
  const tests = data.map((el, i) => {
    const line = starts[i] ?? 1;
    if (typeof el !== "object" || el === null || Array.isArray(el)) throw malformed(source, line, `element ${i + 1} is not an object`, "json");
    return { fields: el, line };
  });
  return tests.map((t) => toBenchRecord(t, flavourFromFields(Object.keys(t.fields)), source, "json"));
}
function parseJsonl(text, source) {
  const out = [];
  text.split("\n").forEach((lineText, i) => {
    const s = lineText.trim();
    if (s === "") return;
    let obj;
    try {
      obj = JSON.parse(s);
    } catch (e) {
      throw malformed(source, i + 1, e.message, "jsonl");
    }
    if (typeof obj !== "object" || obj === null || Array.isArray(obj)) throw malformed(source, i + 1, "line is not a JSON object", "jsonl");
    const fields = obj;
    out.push(toBenchRecord({ fields, line: i + 1 }, flavourFromFields(Object.keys(fields)), source, "jsonl"));
  });
  return out;
}

// src/parse/csv.ts
function splitCsvLine(line) {
  const cells2 = [];
  let i = 0;
  for (; ; ) {
    let cell = "";
    if (line[i] === '"') {
      i++;
      for (; ; ) {
        if (i >= line.length) return null;
        if (line[i] === '"') {
          if (line[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        cell += line[i++];
      }
      if (i < line.length && line[i] !== ",") return null;
    } else {
      const end = line.indexOf(",", i);
      cell = line.slice(i, end < 0 ? line.length : end);
      i = end < 0 ? line.length : end;
    }
    cells2.push(cell);
    if (i >= line.length) return cells2;
    i++;
  }
}
function parseCsv(text, source) {
  const lines = numberedLines(text).filter((l) => l.text.trim() !== "");
  if (lines.length === 0) throw malformed(source, 0, "no header line", "csv");
  const header = splitCsvLine(lines[0].text);
  if (!header || !header.includes("n_prompt") || !header.includes("n_gen")) {
    throw malformed(source, lines[0].n, "first line is not a llama-bench CSV header (no n_prompt/n_gen columns)", "csv");
  }
  const flavour = flavourFromFields(header);
  return lines.slice(1).map((l) => {
    const cells2 = splitCsvLine(l.text);
    if (!cells2) throw malformed(source, l.n, "unterminated quoted value", "csv");
    if (cells2.length !== header.length) {
      throw malformed(source, l.n, `row has ${cells2.length} values, header has ${header.length} columns`, "csv");
    }
    const fields = {};
    header.forEach((name, i) => fields[name] = typedValue(name, cells2[i], flavour));
    return toBenchRecord({ fields, line: l.n }, flavour, source, "csv");
  });
}

// src/parse/md.ts
var DISPLAY_TO_FIELD = {
  ngl: "n_gpu_layers",
  sm: "split_mode",
  threads: "n_threads",
  nkvo: "no_kv_offload",
  fa: "flash_attn",
  lm: "load_mode",
  embd: "embeddings",
  nopo: "no_op_offload",
  noh: "no_host",
  dev: "devices",
  ts: "tensor_split",
  fitt: "fit_target",
  fitc: "fit_min_ctx",
  mla: "mla_attn",
  amb: "attn_max_batch",
  gr: "reuse",
  mmap: "use_mmap",
  rtr: "repack",
  defer: "defer_experts",
  thp: "use_thp",
  fmoe: "fused_moe",
  ger: "grouped_er",
  "no-fug": "no_fused_up_gate",
  "no-ooae": "no_ooae",
  cuda: "cuda_params",
  model: "model_type"
};
var IK_COLUMNS = ["mla", "amb", "gr", "ser", "rtr", "fmoe", "thp", "ger", "no-fug", "no-ooae", "mqkv", "muge", "defer", "sas", "max_gpu", "rcache", "mmap", "cuda"];
var MAINLINE_COLUMNS = ["lm", "nopo", "noh", "dev", "fitt", "fitc", "n_cpu_moe", "cpu_mask", "cpu_strict", "poll", "lazy_mode"];
var MAINLINE_LABEL = /^(?:pp(\d+))?(\+)?(?:tg(\d+))?(?: @ d(\d+))?$/;
var IK_GP_LABEL2 = /^tg(\d+)@pp(\d+)$/;
var TS_CELL = /^(\d+(?:\.\d+)?) ± (\d+(?:\.\d+)?)$/;
var FOOTER = /^build: (\S+) \((\d+)\)$/;
function cells(line) {
  return line.trim().replace(/^\|/, "").replace(/\|$/, "").split("|").map((c) => c.trim());
}
function detectFlavour(header, separator, labels) {
  if (labels.some((l) => IK_GP_LABEL2.test(l))) return "ik";
  if (labels.some((l) => l.includes(" @ d"))) return "mainline";
  if (header.some((h) => IK_COLUMNS.includes(h))) return "ik";
  if (header.some((h) => MAINLINE_COLUMNS.includes(h))) return "mainline";
  const ts = separator[header.indexOf("t/s")];
  return ts !== void 0 && ts.length <= 16 ? "ik" : "mainline";
}
function labelFields(label) {
  const gp = IK_GP_LABEL2.exec(label);
  if (gp) return { n_prompt: Number(gp[2]), n_gen: Number(gp[1]) };
  const m = MAINLINE_LABEL.exec(label);
  if (!m || m[1] === void 0 && m[3] === void 0 || m[2] !== void 0 && (m[1] === void 0 || m[3] === void 0)) return null;
  return { n_prompt: Number(m[1] ?? 0), n_gen: Number(m[3] ?? 0), ...m[4] !== void 0 ? { n_depth: Number(m[4]) } : {} };
}
function parseMd(text, source) {
  const lines = numberedLines(text).filter((l) => l.text.trim() !== "");
  const first = lines.findIndex((l) => l.text.trimStart().startsWith("|"));
  if (first < 0) throw malformed(source, lines[0]?.n ?? 0, "no Markdown table found", "md");
  const header = cells(lines[first].text);
  if (!header.includes("test") || !header.includes("t/s")) {
    throw malformed(source, lines[first].n, 'table header lacks the "test" and "t/s" columns', "md");
  }
  const sepLine = lines[first + 1];
  const separator = sepLine ? cells(sepLine.text) : [];
  if (!sepLine || separator.length !== header.length || !separator.every((c) => /^-+:?$/.test(c))) {
    throw malformed(source, sepLine?.n ?? lines[first].n, "expected the table separator line (| ---: | ...) after the header", "md");
  }
  const rows = [];
  let build = null;
  for (const l of lines.slice(first + 2)) {
    const t = l.text.trim();
    if (t.startsWith("|") && build === null) {
      const c = cells(t);
      if (c.length !== header.length) throw malformed(source, l.n, `row has ${c.length} cells, header has ${header.length}`, "md");
      rows.push({ n: l.n, cells: c });
      continue;
    }
    const f = FOOTER.exec(t);
    if (f && build === null) {
      build = { commit: f[1], number: Number(f[2]) };
      continue;
    }
    throw malformed(source, l.n, `unexpected line ${JSON.stringify(t.slice(0, 80))}`, "md");
  }
  const testCol = header.indexOf("test");
  const tsCol = header.indexOf("t/s");
  const flavour = detectFlavour(header, separator, rows.map((r) => r.cells[testCol]));
  return rows.map((r) => {
    const fields = {};
    header.forEach((h, i) => {
      if (i === testCol || i === tsCol) return;
      const name = DISPLAY_TO_FIELD[h] ?? h;
      fields[name] = typedValue(name, r.cells[i], flavour);
    });
    const label = r.cells[testCol];
    const lf = labelFields(label);
    if (!lf) throw malformed(source, r.n, `test label "${label}" is not ppN, tgN, ppN+tgN (@ dN) or tgN@ppN`, "md");
    const ts = TS_CELL.exec(r.cells[tsCol]);
    if (!ts) throw malformed(source, r.n, `t/s cell "${r.cells[tsCol]}" is not "avg \xB1 stddev"`, "md");
    Object.assign(fields, lf, { test: label, "t/s": r.cells[tsCol], avg_ts: Number(ts[1]), stddev_ts: Number(ts[2]) });
    if (build) Object.assign(fields, { build_commit: build.commit, build_number: build.number });
    return toBenchRecord({ fields, line: r.n }, flavour, source, "md");
  });
}

// src/parse/sql.ts
var INSERT = /^INSERT INTO (\w+) \(([^)]*)\) VALUES \((.*)\);\s*$/;
var NEXT_VALUE = /\s*,\s*'/y;
var SEPARATOR = /\s*,\s*/y;
var COLUMN = /^\s*(\w+)\s+(TEXT|INTEGER|REAL)\s*,?\s*$/;
function splitSqlValues(list) {
  const values = [];
  let i = 0;
  while (i < list.length) {
    if (list[i] !== "'") return null;
    i++;
    let v = "";
    for (; ; ) {
      const q = list.indexOf("'", i);
      if (q < 0) return null;
      v += list.slice(i, q);
      i = q;
      if (list[i] === "'") {
        if (list[i + 1] === "'") {
          v += "'";
          i += 2;
          continue;
        }
        NEXT_VALUE.lastIndex = i + 1;
        if (i + 1 === list.length || NEXT_VALUE.test(list)) {
          i++;
          break;
        }
      }
      v += list[i++];
    }
    values.push(v);
    SEPARATOR.lastIndex = i;
    if (SEPARATOR.test(list)) i = SEPARATOR.lastIndex;
  }
  return values;
}
function parseSql(text, source) {
  const types = /* @__PURE__ */ new Map();
  const out = [];
  let inCreate = false;
  let sawInsert = false;
  for (const l of numberedLines(text)) {
    const s = l.text.trim();
    if (s === "") continue;
    if (/^CREATE TABLE/i.test(s)) {
      inCreate = true;
      continue;
    }
    if (inCreate) {
      if (s === ");") {
        inCreate = false;
        continue;
      }
      const col = COLUMN.exec(s);
      if (!col) throw malformed(source, l.n, `unexpected line in CREATE TABLE: ${JSON.stringify(s.slice(0, 80))}`, "sql");
      types.set(col[1], col[2]);
      continue;
    }
    const m = INSERT.exec(s);
    if (!m) throw malformed(source, l.n, `expected an INSERT INTO statement, got ${JSON.stringify(s.slice(0, 80))}`, "sql");
    sawInsert = true;
    const cols = m[2].split(",").map((c) => c.trim());
    const values = splitSqlValues(m[3]);
    if (!values) throw malformed(source, l.n, "VALUES list is not a list of quoted values", "sql");
    if (values.length !== cols.length) throw malformed(source, l.n, `${values.length} values for ${cols.length} columns`, "sql");
    const flavour = flavourFromFields(cols);
    const fields = {};
    cols.forEach((c, i) => fields[c] = typedValue(c, values[i], flavour, types.get(c)));
    out.push(toBenchRecord({ fields, line: l.n }, flavour, source, "sql"));
  }
  if (inCreate) throw malformed(source, numberedLines(text).length, "CREATE TABLE is not closed", "sql");
  if (!sawInsert && types.size === 0) throw malformed(source, 1, "no CREATE TABLE or INSERT statements", "sql");
  return out;
}

// src/parse/help.ts
var HELP_HINT = "point --repo at a llama.cpp or ik_llama.cpp checkout; its llama-bench --help must print the usage";
function supportedFlags(helpText) {
  const flags = /* @__PURE__ */ new Set();
  for (const line of helpText.split("\n")) {
    const m = /^\s+(-{1,2}[A-Za-z][\w-]*(?:,?\s+-{1,2}[A-Za-z][\w-]*)*)/.exec(line);
    if (!m) continue;
    for (const f of m[1].split(/[,\s]+/)) if (f.startsWith("-")) flags.add(f);
  }
  return flags;
}
function detectFlavourFromHelp(helpText) {
  const flags = supportedFlags(helpText);
  if (!flags.has("-p") && !flags.has("--n-prompt")) {
    const first = helpText.split("\n").find((l) => l.trim() !== "")?.trim().slice(0, 80) ?? "";
    throw new UserError(`llama-bench --help does not look like llama-bench's usage (first line: ${JSON.stringify(first)})`, HELP_HINT);
  }
  if (flags.has("-gp")) return "ik";
  if (flags.has("-d") || flags.has("--n-depth")) return "mainline";
  const output = helpText.split("\n").find((l) => /^\s+-o, --output\b/.test(l)) ?? "";
  if (output.includes("jsonl")) return "mainline";
  if (["-mla", "-fmoe", "-rtr", "-amb", "-ser", "-thp"].some((f) => flags.has(f))) return "ik";
  return "mainline";
}

// src/parse/index.ts
var PARSERS = {
  json: parseJson,
  jsonl: parseJsonl,
  csv: parseCsv,
  md: parseMd,
  sql: parseSql
};
function parseBenchOutputAs(text, source, format) {
  return PARSERS[format](text, source);
}
function parseBenchOutput(text, source) {
  if (text.trim() === "") {
    throw new UserError(`${source}: no llama-bench output (empty)`, FORMAT_HINT);
  }
  const format = detectFormat(text);
  if (format === null) {
    const lineNo = text.split("\n").findIndex((l) => l.trim() !== "") + 1;
    const first = text.split("\n")[lineNo - 1].trim().slice(0, 80);
    throw malformed(source, lineNo, `not json, jsonl, csv, md or sql (starts with ${JSON.stringify(first)})`);
  }
  return parseBenchOutputAs(text, source, format);
}

// src/bench/launch.ts
import { spawn as spawn2 } from "node:child_process";
var STDERR_KEEP = 64 * 1024;
function launch(argv, opts) {
  const t0 = performance.now();
  return new Promise((done) => {
    const child = spawn2(argv[0], argv.slice(1), {
      cwd: opts.cwd,
      env: childEnv(process.env, opts.env),
      stdio: ["ignore", "pipe", "pipe"],
      detached: true
    });
    const out = [];
    let err = "";
    let timedOut = false;
    let spawnError = null;
    child.stdout.on("data", (b) => out.push(b));
    child.stderr.on("data", (b) => {
      err = (err + b.toString("utf8")).slice(-STDERR_KEEP);
    });
    const killGroup = (sig) => {
      try {
        if (child.pid) process.kill(-child.pid, sig);
      } catch {
      }
    };
    let hardKill;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup("SIGTERM");
      hardKill = setTimeout(() => killGroup("SIGKILL"), 3e3);
    }, opts.timeoutMs);
    child.on("error", (e) => {
      spawnError = e.message;
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      clearTimeout(hardKill);
      done({
        exitCode: code,
        signal,
        timedOut,
        wallMs: Math.round(performance.now() - t0),
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: err,
        spawnError
      });
    });
  });
}
function tail(text, n = 20) {
  const lines = text.trimEnd().split("\n");
  return lines.slice(-n).join("\n");
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

// src/bench/run-blocks.ts
import { join as join5 } from "node:path";
import { mkdirSync as mkdirSync3 } from "node:fs";

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
function benchArgv(plan, variant, w, info) {
  const L = plan.levers;
  return [
    "-m",
    plan.model,
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
    ...variant.runArgs
  ];
}

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
  const launches = [];
  const schedule = [];
  let active = plan.workloads;
  const t0 = performance.now();
  let launchMsSum = 0;
  for (let block = 0; block < totalBlocks; block++) {
    const warmup = block < plan.warmupBlocks;
    const order = blockOrder(active, rand);
    schedule.push({ block, order });
    for (const [slot, s] of order.entries()) {
      const remaining = (totalBlocks - block - 1) * active.length * 2 + (order.length - slot);
      const done = launches.length;
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
      const rec = await runOne(o, block, slot, launches.length, s, warmup);
      launchMsSum += rec.wallMs;
      launches.push(rec);
    }
    const counted = Math.max(0, block + 1 - plan.warmupBlocks);
    const failing = failingVariant(launches, block);
    if (failing) {
      return { launches, schedule, stopReason: `stopped after block ${block}: every launch of variant ${failing} failed in the last ${GIVE_UP_AFTER_FAILED_BLOCKS} blocks` };
    }
    const pending = await o.afterBlock?.(launches, counted) ?? null;
    if (pending) {
      active = plan.workloads.filter((w) => pending.includes(w.id));
      if (active.length === 0) return { launches, schedule, stopReason: `all workloads decided after ${counted} counted blocks` };
    }
  }
  return { launches, schedule, stopReason: `reached --max-blocks ${plan.maxBlocks} (plus ${plan.warmupBlocks} warm-up)` };
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
async function runOne(o, block, slot, seq, s, warmup) {
  const { plan } = o;
  const variant = plan.variants.find((v) => v.id === s.variant);
  const w = plan.workloads.find((x) => x.id === s.workload);
  const place = o.placement?.(w) ?? { prefix: [], benchArgs: [] };
  const placed = [...place.prefix, o.binaries[s.variant], ...benchArgv(plan, variant, w, o.info), ...place.benchArgs];
  const memFile = join5(o.workDir, `launch-${seq}.mem.json`);
  const argv = o.measure ? o.measure.wrap(placed, memFile) : placed;
  const startedAt = (/* @__PURE__ */ new Date()).toISOString();
  const r = await launch(argv, { env: variant.env, timeoutMs: plan.timeoutSec * 1e3 });
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
    seq,
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

// src/host/memory-curve.ts
import { spawn as spawn3 } from "node:child_process";
import { readFileSync as readFileSync7 } from "node:fs";

// src/host/numa-maps.ts
import { readFileSync as readFileSync6 } from "node:fs";
var ANON_FILES = ["/dev/zero", "/anon_hugepage", "/memfd:", "/SYSV"];
function isAnonymousFile(file) {
  return file === null || ANON_FILES.some((p) => file.startsWith(p));
}
function unescapeOctal(s) {
  return s.replace(/\\([0-7]{3})/g, (_, o) => String.fromCharCode(Number.parseInt(o, 8)));
}
function parseNumaMapsLine(line) {
  const tokens = line.trim().split(/\s+/);
  if (tokens.length < 2 || !/^[0-9a-f]+$/.test(tokens[0])) return null;
  const m = {
    address: tokens[0],
    policy: "",
    file: null,
    region: null,
    huge: false,
    anonymous: true,
    pageKiB: 4,
    nodePages: {},
    counters: {}
  };
  const policy = [];
  let i = 1;
  for (; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.includes("=") || t === "heap" || t === "stack" || t === "huge") break;
    policy.push(t);
  }
  m.policy = policy.join(" ");
  for (; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === "heap" || t === "stack") m.region = t;
    else if (t === "huge") m.huge = true;
    else if (t.startsWith("file=")) m.file = unescapeOctal(t.slice(5));
    else {
      const kv = /^([A-Za-z_]+|N\d+)=(\d+)$/.exec(t);
      if (!kv) continue;
      const [, key, value] = kv;
      if (/^N\d+$/.test(key)) m.nodePages[key.slice(1)] = Number(value);
      else if (key === "kernelpagesize_kB") m.pageKiB = Number(value);
      else m.counters[key] = Number(value);
    }
  }
  m.anonymous = isAnonymousFile(m.file);
  return m;
}
function parseNumaMaps(text) {
  return text.split("\n").map(parseNumaMapsLine).filter((m) => m !== null);
}
function add(into, node, kib) {
  into[node] = (into[node] ?? 0) + kib;
}
function residentByNode(mappings) {
  const r = { nodeKiB: {}, anonNodeKiB: {}, fileNodeKiB: {}, totalKiB: 0, anonKiB: 0 };
  for (const m of mappings) {
    for (const [node, pages] of Object.entries(m.nodePages)) {
      const kib = pages * m.pageKiB;
      add(r.nodeKiB, node, kib);
      add(m.anonymous ? r.anonNodeKiB : r.fileNodeKiB, node, kib);
      r.totalKiB += kib;
      if (m.anonymous) r.anonKiB += kib;
    }
  }
  return r;
}
function readProcessResidency(pid) {
  let text;
  try {
    text = readFileSync6(`/proc/${pid}/numa_maps`, "utf8");
  } catch {
    return null;
  }
  if (text.trim() === "") return null;
  return residentByNode(parseNumaMaps(text));
}

// src/host/memory-curve.ts
function readVmRssKiB(pid) {
  try {
    const m = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync7(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}
function samplePoint(pid, t0, nKv = null) {
  const rss = readVmRssKiB(pid);
  const r = readProcessResidency(pid);
  if (rss === null || r === null) return null;
  return { tMs: Math.round(performance.now() - t0), rssKiB: rss, anonKiB: r.anonKiB, nodeKiB: r.nodeKiB, anonNodeKiB: r.anonNodeKiB, nKv };
}
var KvDepthReader = class {
  #column = null;
  depth(line) {
    const t = line.trim();
    if (t.startsWith("{")) {
      try {
        const o = JSON.parse(t);
        return typeof o.n_kv === "number" ? o.n_kv : null;
      } catch {
        return null;
      }
    }
    if (!t.startsWith("|")) return null;
    const cells2 = t.split("|").slice(1, -1).map((c) => c.trim());
    const header = cells2.findIndex((c) => c.toUpperCase() === "N_KV");
    if (header >= 0) {
      this.#column = header;
      return null;
    }
    if (this.#column === null) return null;
    const v = cells2[this.#column];
    return v !== void 0 && /^\d+$/.test(v) ? Number(v) : null;
  }
};
function sampleMemoryCurve(argv, opts = {}) {
  const interval = opts.intervalMs ?? 250;
  const stdbuf = findExecutable2("stdbuf");
  const cmd = stdbuf ? [stdbuf, "-oL", ...argv] : argv;
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn3(cmd[0], cmd.slice(1), { env: childEnv(process.env, opts.env), stdio: ["ignore", "pipe", "pipe"], detached: true });
    const points = [];
    const reader = new KvDepthReader();
    let stdout = "";
    let stderr = "";
    let pending = "";
    const take = (nKv) => {
      if (!child.pid) return;
      const p = samplePoint(child.pid, t0, nKv);
      if (p) points.push(p);
    };
    child.stdout.on("data", (b) => {
      const s = b.toString("utf8");
      stdout += s;
      pending += s;
      const lines = pending.split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) {
        const d = reader.depth(line);
        if (d !== null) take(d);
      }
    });
    child.stderr.on("data", (b) => stderr = (stderr + b.toString("utf8")).slice(-65536));
    const timer = setInterval(() => take(null), interval);
    let timedOut = false;
    let hardKill;
    const killGroup = (sig) => {
      try {
        if (child.pid) process.kill(-child.pid, sig);
      } catch {
      }
    };
    const kill = opts.timeoutMs ? setTimeout(() => {
      timedOut = true;
      killGroup("SIGTERM");
      hardKill = setTimeout(() => killGroup("SIGKILL"), 3e3);
    }, opts.timeoutMs) : void 0;
    child.on("error", (e) => {
      clearInterval(timer);
      clearTimeout(kill);
      clearTimeout(hardKill);
      reject(e);
    });
    child.on("close", (code, signal) => {
      clearInterval(timer);
      clearTimeout(kill);
      clearTimeout(hardKill);
      resolve({ points, exitCode: code, signal, stdout, stderr, timedOut, wallMs: Math.round(performance.now() - t0) });
    });
  });
}
function curveByDepth(curve) {
  return curve.points.filter((p) => p.nKv !== null);
}

// src/patch/mmap-kv.ts
import { fileURLToPath as fileURLToPath2 } from "node:url";
var MMAP_KV_PATCH_PATH = fileURLToPath2(new URL("../../patches/mmap-kv.patch", import.meta.url));
var MMAP_KV_LOG_LINE = "LLAMA_KV_MMAP: KV cache in CPU_MMAP buffer";
function kvBufferFromLog(stderr) {
  if (stderr.includes(MMAP_KV_LOG_LINE)) return "mmap";
  const sizes = [...stderr.matchAll(/llama_kv_cache:\s+(\S+) KV buffer size =/g)].map((m) => m[1]);
  if (sizes.includes("CPU_MMAP")) return "mmap";
  if (sizes.includes("CPU")) return "heap";
  return void 0;
}

// src/bench/memory-depth.ts
import { join as join6 } from "node:path";
var DEPTH_TG = 16;
var STDERR_KEEP2 = 4e3;
function depthSteps(ctx) {
  const steps = [32, 8, 4, 2].map((d) => Math.floor(ctx / d)).filter((n) => n >= DEPTH_TG && n + DEPTH_TG <= ctx);
  return [...new Set(steps)];
}
function depthArgs(t) {
  const common = ["-m", t.model, "-c", String(t.ctx), "-t", String(t.threads)];
  if (t.tool === BATCHED_TARGET) {
    const steps = depthSteps(t.ctx);
    return [...common, "-npp", [...steps, steps[0]].join(","), "-ntg", String(DEPTH_TG), "-npl", "1", "--output-format", "jsonl"];
  }
  if (t.tool === SWEEP_TARGET) return common;
  throw new Error(`no memory-at-depth arguments for ${t.tool}`);
}
function sharedDepthTool(builds) {
  const toolOf = (id) => builds.find((b2) => b2.variant === id && b2.ok)?.depthTool ?? null;
  const a = toolOf("A");
  const b = toolOf("B");
  if (a && a === b) return { tool: a };
  if (!a && !b) return { skipped: `memory at depth skipped: neither build has ${BATCHED_TARGET} or ${SWEEP_TARGET}` };
  return { skipped: `memory at depth skipped: variant A has ${a ?? "no depth tool"}, variant B has ${b ?? "no depth tool"}; the curves would not be comparable` };
}
function depthPlacement(plan, place) {
  const kinds = new Set(plan.workloads.map((w) => JSON.stringify(w.numa)));
  if (kinds.size !== 1 || plan.workloads[0].numa.kind === "none") return null;
  return place(plan.workloads[0].numa);
}
function depthOrder(seed) {
  const rand = prng((seed ^ 1835363684) >>> 0);
  return rand() < 0.5 ? ["A", "B"] : ["B", "A"];
}
async function runMemoryDepth(o) {
  const { plan } = o;
  const ctx = plan.depthCtx ?? DEFAULT_DEPTH_CTX;
  if (ctx === 0) return { records: [], skipped: null };
  const shared = sharedDepthTool(o.builds);
  if ("skipped" in shared) return { records: [], skipped: shared.skipped };
  const sample = o.sample ?? sampleMemoryCurve;
  const records = [];
  for (const id of depthOrder(plan.seed)) {
    const variant = plan.variants.find((v) => v.id === id);
    const build = o.builds.find((b) => b.variant === id);
    const bin = join6(build.binDir, shared.tool);
    const argv = [...o.placement?.prefix ?? [], bin, ...depthArgs({ tool: shared.tool, bin, model: plan.model, ctx, threads: plan.threads }), ...o.placement?.benchArgs ?? []];
    o.log?.(`memory at depth: variant ${id}, ${shared.tool} -c ${ctx}`);
    const startedAt = (/* @__PURE__ */ new Date()).toISOString();
    const t0 = performance.now();
    let curve;
    try {
      curve = await sample(argv, { env: variant.env, intervalMs: o.intervalMs ?? 500, timeoutMs: plan.timeoutSec * 1e3 });
    } catch (e) {
      records.push({
        variant: id,
        tool: shared.tool,
        ctx,
        argv,
        startedAt,
        wallMs: Math.round(performance.now() - t0),
        points: [],
        status: "crashed",
        exitCode: null,
        signal: null,
        kvBuffer: null,
        stderrTail: null,
        error: `could not start ${argv[0]}: ${e instanceof Error ? e.message : String(e)}`
      });
      o.onRecord?.(records);
      continue;
    }
    records.push(recordOf(curve, { variant: id, tool: shared.tool, ctx, argv, startedAt, wallMs: curve.wallMs ?? Math.round(performance.now() - t0), timeoutSec: plan.timeoutSec }));
    o.onRecord?.(records);
  }
  return { records, skipped: null };
}
function recordOf(curve, c) {
  const rows = curveByDepth(curve).length;
  let status = "ok";
  let error = null;
  if (curve.timedOut) {
    status = "timeout";
    error = `not finished within --timeout ${c.timeoutSec}s; process group killed`;
  } else if (curve.exitCode !== 0) {
    status = "crashed";
    error = curve.signal ? `killed by ${curve.signal}` : `exit code ${curve.exitCode}`;
  } else if (rows === 0) {
    status = "no-rows";
    error = "the tool reported no KV depth rows";
  }
  return {
    variant: c.variant,
    tool: c.tool,
    ctx: c.ctx,
    argv: c.argv,
    startedAt: c.startedAt,
    wallMs: c.wallMs,
    points: curve.points,
    status,
    exitCode: curve.exitCode,
    signal: curve.signal,
    // The patched libllama logs the mmap notice at warning level; common's log may use either stream.
    kvBuffer: kvBufferFromLog(curve.stderr + curve.stdout) ?? null,
    stderrTail: status === "ok" ? null : curve.stderr.slice(-STDERR_KEEP2) || null,
    error
  };
}

// src/pipeline/version.ts
var TOOL = { "name": "llama-perf-gate", "version": "0.1.0" };

// src/pipeline/run.ts
async function runPipeline(plan, hooks) {
  const log = hooks.log ?? (() => {
  });
  mkdirSync4(plan.out, { recursive: true });
  const results = {
    schema: RESULTS_SCHEMA,
    tool: TOOL,
    startedAt: (/* @__PURE__ */ new Date()).toISOString(),
    finishedAt: null,
    plan,
    host: readFingerprint(),
    flavour: null,
    builds: [],
    schedule: { seed: plan.seed, blocks: [] },
    launches: [],
    analysis: null,
    stopReason: "started",
    notes: []
  };
  const save = () => {
    writeResults(plan.out, results);
  };
  save();
  results.builds = await buildVariants(plan, { cacheDir: hooks.cacheDir, logDir: join7(plan.out, "logs"), onProgress: hooks.onBuildProgress });
  const failed = results.builds.filter((b) => !b.ok);
  if (failed.length > 0) {
    results.stopReason = `build failed: ${failed.map((b) => `variant ${b.variant} (${b.ref})`).join(", ")}; nothing was benchmarked`;
    return finish(plan, results);
  }
  try {
    await benchmark(plan, results, save, log, hooks);
  } catch (e) {
    results.stopReason = `stopped by an error: ${e.message}`;
    save();
    throw e;
  }
  return finish(plan, results);
}
async function benchmark(plan, results, save, log, hooks) {
  const binaries = Object.fromEntries(results.builds.map((b) => [b.variant, join7(b.binDir, "llama-bench")]));
  const info = await probeRunner(binaries.A);
  const infoB = await probeRunner(binaries.B);
  if (infoB.flavour !== info.flavour) {
    throw new UserError(`variant A builds a ${info.flavour} llama-bench but variant B a ${infoB.flavour} one`, "compare two refs of the same project");
  }
  results.flavour = info.flavour;
  log(`runner: ${info.flavour} llama-bench; ${plan.workloads.length} workloads \xD7 up to ${plan.maxBlocks} blocks (+${plan.warmupBlocks} warm-up), seed ${plan.seed}`);
  save();
  const loop = await runBlocks({
    plan,
    binaries,
    info,
    workDir: join7(plan.out, "launches"),
    placement: (w) => numaPlacement(w.numa, hostLayout(results)),
    measure: measureHooks(),
    onProgress: hooks.onBenchProgress,
    afterBlock: (launches, counted) => {
      results.launches = launches;
      save();
      if (counted === 0) return null;
      const d = decide(workloadInputsFromResults(results), { ...designOf(plan), nBlocks: counted });
      if (d.atLook) {
        results.analysis = d.analysis;
        log(`look at ${counted} blocks: ${d.analysis.workloads.map((w) => `${w.name} ${w.verdict}`).join(", ")}`);
      }
      return d.pending;
    }
  });
  results.launches = loop.launches;
  results.schedule.blocks = loop.schedule;
  results.stopReason = loop.stopReason;
  save();
  const depth = await runMemoryDepth({
    plan,
    builds: results.builds,
    placement: depthPlacement(plan, (p) => numaPlacement(p, hostLayout(results))),
    log,
    onRecord: (records) => {
      results.memoryCurves = records;
      save();
    }
  });
  if (depth.skipped) results.notes.push(depth.skipped);
}
function finish(plan, results) {
  if (results.launches.length > 0) results.analysis = analysisOf(results);
  if (results.host) results.host = finishFingerprint(results.host);
  results.finishedAt = (/* @__PURE__ */ new Date()).toISOString();
  const resultsPath = writeResults(plan.out, results);
  const reportPath = join7(plan.out, "report.md");
  writeFileSync2(reportPath, renderMarkdown([results]));
  return { results, resultsPath, reportPath };
}
function hostLayout(results) {
  const nodes = results.host?.numaNodes ?? [];
  if (nodes.length === 0) return {};
  return { nodes: nodes.map((n) => n.id), cpus: nodes.flatMap((n) => n.cpus) };
}

// src/pipeline/action-run.ts
async function runBenchmark(plan, o) {
  const phases = /* @__PURE__ */ new Set();
  let lastBlock = -1;
  const out = await runPipeline(plan, {
    cacheDir: o.cacheDir ?? defaultCacheDir(),
    log: o.log,
    // One line per build phase and per block: a job log, not a terminal.
    onBuildProgress: (p) => {
      const key = `${p.variant} ${p.phase}`;
      if (!phases.has(key)) {
        phases.add(key);
        o.log(`build ${p.variant}: ${p.phase}`);
      }
    },
    onBenchProgress: (p) => {
      if (p.block === lastBlock) return;
      lastBlock = p.block;
      const eta = p.etaMs === null ? "" : `, ETA ${Math.round(p.etaMs / 1e3)} s`;
      o.log(`block ${p.block + 1} of ${p.totalBlocks}${p.warmup ? " (warm-up)" : ""}: elapsed ${Math.round(p.elapsedMs / 1e3)} s${eta}`);
    }
  });
  return { results: out.results, resultsPath: out.resultsPath };
}
export {
  runBenchmark
};
