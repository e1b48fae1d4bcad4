// The build stage: a repo and two refs → two llama-bench binaries (or a reported failure per variant).
import { createWriteStream } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Plan, Variant, VariantId } from '../plan/types.ts';
import type { BuildOutcome } from './types.ts';
import { addDepthTool, BENCH_TARGET, cmakeBuild, writeLine, type BuildPhase } from './cmake.ts';
import { isExecutableFile } from '../sys/exec.ts';
import { ensureWorktree, resolveRef, worktreePath } from './git.ts';
import { describeOwner, withLock, type Lock, type LockOwner } from '../sys/lock.ts';
import { buildKey, envFlags, type BuildKeyInputs } from './key.ts';
import { forwardProgress } from './progress.ts';
import { detectToolchain, type Toolchain } from './toolchain.ts';
import { childEnv as allowlistedEnv } from '../sys/child-env.ts';
import { writeFileAtomic } from '../sys/atomic-file.ts';

export { defaultCacheDir } from '../sys/cache-dir.ts';
export { ensureEmbeddedSource } from './embedded.ts';
export { resolveRef, ensureWorktree } from './git.ts';
export { buildKey, BUILD_RECIPE_VERSION } from './key.ts';

export interface BuildProgress {
  variant: VariantId;
  phase: BuildPhase;
  /** CMake's own progress figure, when the line carries one. */
  percent?: number;
  line: string;
}

export interface BuildOptions {
  cacheDir: string;
  /** Where build-<variant>.log files go (usually the run's out dir). */
  logDir: string;
  onProgress?: (p: BuildProgress) => void;
  /** Lines worth a line of their own (a wait for another build's lock). */
  log?: (line: string) => void;
  /** Parallel compile jobs; default: the cores this process may use. */
  jobs?: number;
  env?: NodeJS.ProcessEnv;
}

const LOG_TAIL_LINES = 30;
const STAMP = 'llama-perf-gate-build.json';

/**
 * The build directory sits inside the commit's worktree on purpose: ccache (with CCACHE_BASEDIR)
 * rewrites absolute paths relative to the compiler's working directory, so source paths seen from
 * <worktree>/.lpg-build/<key>/... are identical for every worktree and a second commit hits the
 * cache. From a sibling <cacheDir>/builds/<key> the relative paths would name the worktree and miss.
 */
export function buildDirFor(cacheDir: string, commit: string, key: string): string {
  return path.join(worktreePath(cacheDir, commit), '.lpg-build', key);
}

/** Build A then B (one at a time: the machine's cores go to one compile). Refs are checked first. */
export async function buildVariants(plan: Plan, opts: BuildOptions): Promise<BuildOutcome[]> {
  const env = opts.env ?? process.env;
  const repo = path.resolve(plan.repo);
  // Fail fast on user mistakes (a ref that is not there, no compiler) before minutes of compiling.
  const commits: string[] = [];
  const toolchains: Toolchain[] = [];
  for (const v of plan.variants) {
    commits.push(await resolveRef(repo, v.ref));
    toolchains.push(await detectToolchain(v.cmakeArgs, env));
  }
  await mkdir(opts.logDir, { recursive: true });
  const outcomes: BuildOutcome[] = [];
  for (let i = 0; i < plan.variants.length; i++) {
    outcomes.push(await buildVariant(plan.variants[i], repo, commits[i], toolchains[i], opts, env));
  }
  return outcomes;
}

/** One variant; every failure past the up-front checks becomes ok:false with the log's tail, never a throw. */
export async function buildVariant(
  v: Variant,
  repo: string,
  commit: string,
  toolchain: Toolchain,
  opts: BuildOptions,
  env: NodeJS.ProcessEnv = process.env,
): Promise<BuildOutcome> {
  const t0 = performance.now();
  const logPath = path.join(opts.logDir, `build-${v.id}.log`);
  await mkdir(opts.logDir, { recursive: true });
  const log = createWriteStream(logPath);
  const tail: string[] = [];
  const progress = forwardProgress();
  const note = (phase: BuildPhase, line: string) => {
    tail.push(line);
    if (tail.length > LOG_TAIL_LINES) tail.shift();
    opts.onProgress?.({ variant: v.id, phase, percent: phase === 'build' ? progress(line) : undefined, line });
  };
  const outcome = (o: Partial<BuildOutcome>): BuildOutcome => ({
    variant: v.id,
    ok: false,
    ref: v.ref,
    commit,
    cmakeArgs: v.cmakeArgs,
    binDir: null,
    depthTool: null,
    reused: false,
    seconds: (performance.now() - t0) / 1000,
    logPath,
    logTail: null,
    error: null,
    ...o,
  });

  // Worktree, key check and build, under the commit's lock.
  const locked = async (lock: Lock): Promise<BuildOutcome> => {
    const onGroup = (pgid: number) => lock.addGroup(pgid);
    const inputs: BuildKeyInputs = {
      commit,
      cmakeArgs: v.cmakeArgs,
      cc: toolchain.cc,
      cxx: toolchain.cxx,
      cmakeVersion: toolchain.cmakeVersion,
      envFlags: envFlags(env),
      ...(v.replica && { replica: v.replica }),
    };
    const key = buildKey(inputs);
    writeLine(log, `variant ${v.id} (${v.name}) ref ${v.ref} = ${commit}, build key ${key}`);
    const wt = await ensureWorktree(repo, commit, opts.cacheDir);
    writeLine(log, `worktree ${wt.path} (${wt.reused ? 'reused' : 'created'})`);
    const buildDir = buildDirFor(opts.cacheDir, commit, key);

    // Absolute paths under the cache are rewritten relative to the build directory (see buildDirFor).
    // PR code: an allowlisted environment, never this process's (see child-env.ts).
    const childEnv = allowlistedEnv(env);
    if (toolchain.ccache && !coversPath(env.CCACHE_BASEDIR, opts.cacheDir)) childEnv.CCACHE_BASEDIR = path.resolve(opts.cacheDir);

    const previous = await readStamp(buildDir, key);
    if (previous) {
      writeLine(log, `reusing finished build ${buildDir} (same key)`);
      note('build', `reusing ${previous.binDir}`);
      let depthTool = previous.depthTool;
      if (depthTool === undefined) {
        // A stamp from before the depth tool was built: add it in place, the key stays valid
        // (llama-bench itself is unchanged), and record it so the next run does not look again.
        depthTool = await addDepthTool({ buildDir, binDir: previous.binDir, toolchain, jobs: opts.jobs ?? os.availableParallelism(), env: childEnv, log, onLine: note, onGroup });
        await writeStamp(buildDir, { ...previous.stamp, targets: depthTool ? [BENCH_TARGET, depthTool] : [BENCH_TARGET], depthTool });
      }
      return outcome({ ok: true, binDir: previous.binDir, depthTool, reused: true });
    }
    // A replica is compiled, not copied out of ccache: it is the second build a real PR would get.
    if (v.replica) writeLine(log, `build replica ${v.replica}: a separate build of the same commit and flags${toolchain.ccache ? ' (ccache off)' : ''}`);
    const r = await cmakeBuild({
      srcDir: wt.path,
      buildDir,
      cmakeArgs: v.cmakeArgs,
      toolchain: v.replica ? { ...toolchain, ccache: null } : toolchain,
      jobs: opts.jobs ?? os.availableParallelism(),
      env: childEnv,
      log,
      onLine: note,
      onGroup,
    });
    if (!r.ok) {
      writeLine(log, `FAILED: ${r.error}`);
      return outcome({ error: r.error, logTail: tail.join('\n') });
    }
    await writeStamp(buildDir, { key, inputs, targets: r.targets, depthTool: r.depthTool, binDir: r.binDir, finishedAt: new Date().toISOString() });
    return outcome({ ok: true, binDir: r.binDir, depthTool: r.depthTool });
  };

  try {
    const lockPath = path.join(opts.cacheDir, 'locks', `${commit.slice(0, 12)}.lock`);
    const said = (line: string) => {
      note('configure', line);
      opts.log?.(line);
    };
    // A build whose owner was killed (-9) left its cmake and compilers running: the lock stops them
    // (they are recorded in it) before this build reuses the tree.
    const onStale = (prev: LockOwner | null, leftovers: number) => {
      if (leftovers > 0) said(`stopped ${leftovers} leftover build process${leftovers === 1 ? '' : 'es'} of ${describeOwner(prev)}, which is gone`);
    };
    return await withLock(lockPath, locked, said, `the build of ${commit.slice(0, 12)}`, onStale);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    writeLine(log, `FAILED: ${msg}`);
    tail.push(msg);
    return outcome({ error: msg, logTail: tail.slice(-LOG_TAIL_LINES).join('\n') });
  } finally {
    await new Promise<void>((resolve) => log.end(resolve));
  }
}

async function writeStamp(buildDir: string, stamp: Record<string, unknown>): Promise<void> {
  writeFileAtomic(path.join(buildDir, STAMP), JSON.stringify(stamp, null, 2) + '\n');
}

interface Stamp {
  stamp: Record<string, unknown>;
  binDir: string;
  /** undefined: the stamp predates depth tools (look for one); null: the tree has none. */
  depthTool: string | null | undefined;
}

/** A finished build with this key whose binary is still there. */
async function readStamp(buildDir: string, key: string): Promise<Stamp | null> {
  try {
    const s = JSON.parse(await readFile(path.join(buildDir, STAMP), 'utf8')) as { key?: string; binDir?: string; depthTool?: unknown };
    if (s.key !== key || typeof s.binDir !== 'string') return null;
    if (!(await isExecutableFile(path.join(s.binDir, BENCH_TARGET)))) return null;
    let depthTool: string | null | undefined = typeof s.depthTool === 'string' || s.depthTool === null ? s.depthTool : undefined;
    // A depth tool deleted since is looked for (and rebuilt) again rather than trusted.
    if (typeof depthTool === 'string' && !(await isExecutableFile(path.join(s.binDir, depthTool)))) depthTool = undefined;
    return { stamp: s, binDir: s.binDir, depthTool };
  } catch {
    return null;
  }
}

function coversPath(base: string | undefined, p: string): boolean {
  if (!base) return false;
  const rel = path.relative(path.resolve(base), path.resolve(p));
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}
