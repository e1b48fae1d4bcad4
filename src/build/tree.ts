// Builds that cost what changed: one build tree per repository and build configuration, switched
// between commits with `git checkout` (only files that differ are rewritten, so CMake's mtime rule
// recompiles only the translation units a commit changed). Each commit's binaries and shared
// libraries are copied out under its build key, so a commit is never built twice. The tree is the
// cache's own worktree, never the user's checkout, and one lock (sys/lock.ts) guards it.
import { createWriteStream, existsSync } from 'node:fs';
import { interruptedBy } from '../sys/children.ts';
import { cp, mkdir, readdir, readFile, realpath, rename, rm } from 'node:fs/promises';
import { writeFileAtomic } from '../sys/atomic-file.ts';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { BuildOutcome } from './types.ts';
import { BENCH_TARGET, cmakeBuild, writeLine, type BuildPhase } from './cmake.ts';
import { buildKey, envFlags, type BuildKeyInputs } from './key.ts';
import type { Toolchain } from './toolchain.ts';
import { isExecutableFile, run, runOk } from '../sys/exec.ts';
import { withLock } from '../sys/lock.ts';
import { childEnv as allowlistedEnv } from '../sys/child-env.ts';

/** Binaries that load their libraries relative to themselves stay usable once copied out of the tree. */
export const TREE_CMAKE_ARGS = ['-DCMAKE_BUILD_RPATH_USE_ORIGIN=ON'];
const STAMP = 'llama-perf-gate-build.json';
const TAIL = 30;

export interface TreeBuildRequest {
  repo: string;
  commit: string;
  cmakeArgs: string[];
  toolchain: Toolchain;
  cacheDir: string;
  logPath: string;
  jobs?: number;
  env?: NodeJS.ProcessEnv;
  onLine?: (phase: BuildPhase, line: string) => void;
  /** A wait for the tree's lock, said once per holder. */
  log?: (line: string) => void;
}

export interface TreeBuild {
  outcome: BuildOutcome;
  /** Translation units compiled by this build (0 when reused); null when the output did not say. */
  compiled: number | null;
  key: string;
}

/** The shared tree of a repository and build configuration (every key input but the commit). */
export async function treeId(repo: string, inputs: Omit<BuildKeyInputs, 'commit'>): Promise<string> {
  const common = (await runOk('git', ['-C', repo, 'rev-parse', '--path-format=absolute', '--git-common-dir'])).trim();
  const config = buildKey({ ...inputs, commit: 'tree' });
  return createHash('sha256').update(JSON.stringify([await realpath(common).catch(() => common), config])).digest('hex').slice(0, 16);
}

export function snapshotDir(cacheDir: string, key: string): string {
  return path.join(cacheDir, 'builds', key);
}

/** Builds `commit` in the shared tree (or reuses its snapshot); never throws past the up-front checks. */
export async function buildInTree(req: TreeBuildRequest): Promise<TreeBuild> {
  const env = req.env ?? process.env;
  const t0 = performance.now();
  const inputs: BuildKeyInputs = { commit: req.commit, cmakeArgs: req.cmakeArgs, cc: req.toolchain.cc, cxx: req.toolchain.cxx, cmakeVersion: req.toolchain.cmakeVersion, envFlags: envFlags(env) };
  const key = buildKey(inputs);
  await mkdir(path.dirname(req.logPath), { recursive: true });
  const log = createWriteStream(req.logPath);
  const tail: string[] = [];
  let compiled = 0;
  const note = (phase: BuildPhase, line: string) => {
    tail.push(line);
    if (tail.length > TAIL) tail.shift();
    if (/Building (C|CXX) object/.test(line)) compiled++;
    req.onLine?.(phase, line);
  };
  const outcome = (o: Partial<BuildOutcome>): BuildOutcome => ({
    variant: 'A', ok: false, ref: req.commit, commit: req.commit, cmakeArgs: req.cmakeArgs, binDir: null, depthTool: null,
    reused: false, seconds: (performance.now() - t0) / 1000, logPath: req.logPath, logTail: null, error: null, ...o,
  });
  const reuse = async (): Promise<TreeBuild | null> => {
    const s = await readSnapshot(snapshotDir(req.cacheDir, key), key);
    if (!s) return null;
    writeLine(log, `reusing ${s.binDir} (build key ${key})`);
    return { outcome: outcome({ ok: true, binDir: s.binDir, depthTool: s.depthTool, reused: true }), compiled: 0, key };
  };
  try {
    const hit = await reuse();
    if (hit) return hit;
    const id = await treeId(req.repo, inputs);
    const lockPath = path.join(req.cacheDir, 'locks', `tree-${id}.lock`);
    return await withLock(lockPath, async () => {
      const again = await reuse(); // another process may have built it while we waited
      if (again) return again;
      const tree = path.join(req.cacheDir, 'trees', id);
      writeLine(log, `commit ${req.commit}, build key ${key}, tree ${tree}`);
      await switchTree(req.repo, tree, req.commit);
      const buildDir = path.join(tree, '.lpg-build');
      // A build killed mid-way can leave a truncated object newer than its source: start clean then.
      const marker = path.join(tree, '.lpg-building');
      if (existsSync(marker)) {
        writeLine(log, 'the last build in this tree did not finish: starting from a clean build directory');
        await rm(buildDir, { recursive: true, force: true });
      }
      writeFileAtomic(marker, `${process.pid}\n`);
      const childEnv = allowlistedEnv(env);
      const r = await cmakeBuild({
        srcDir: tree, buildDir, cmakeArgs: [...TREE_CMAKE_ARGS, ...req.cmakeArgs], toolchain: req.toolchain,
        jobs: req.jobs ?? os.availableParallelism(), env: childEnv, log, onLine: note,
      });
      if (!interruptedBy()) await rm(marker, { force: true });
      if (!r.ok) {
        writeLine(log, `FAILED: ${r.error}`);
        return { outcome: outcome({ error: r.error, logTail: tail.join('\n') }), compiled, key };
      }
      const binDir = await snapshot(buildDir, r.binDir, snapshotDir(req.cacheDir, key));
      writeFileAtomic(path.join(snapshotDir(req.cacheDir, key), STAMP), JSON.stringify({ key, inputs, binDir, depthTool: r.depthTool, compiled, seconds: (performance.now() - t0) / 1000, finishedAt: new Date().toISOString() }, null, 2) + '\n');
      writeLine(log, `compiled ${compiled} translation units; kept as ${binDir}`);
      return { outcome: outcome({ ok: true, binDir, depthTool: r.depthTool }), compiled, key };
    }, (line) => req.log?.(line), `the build tree ${id}`);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    writeLine(log, `FAILED: ${msg}`);
    return { outcome: outcome({ error: msg, logTail: [...tail, msg].slice(-TAIL).join('\n') }), compiled, key };
  } finally {
    await new Promise<void>((resolve) => log.end(resolve));
  }
}

/**
 * The tree at `commit`: created once as a detached worktree, then moved with `git checkout`, which
 * rewrites only the files that differ (unchanged files keep their mtime: nothing else recompiles).
 * Local edits in the tree are discarded: it is the cache's, not the user's.
 */
async function switchTree(repo: string, tree: string, commit: string): Promise<void> {
  const top = await run('git', ['-C', tree, 'rev-parse', '--show-toplevel']).catch(() => null);
  const ours = top?.code === 0 && (await realpath(top.stdout.trim()).catch(() => '')) === (await realpath(tree).catch(() => tree));
  if (!ours) {
    await rm(tree, { recursive: true, force: true });
    await run('git', ['-C', repo, 'worktree', 'prune']);
    await mkdir(path.dirname(tree), { recursive: true });
    await runOk('git', ['-C', repo, 'worktree', 'add', '--detach', '--force', tree, commit]);
    return;
  }
  await runOk('git', ['-C', tree, 'checkout', '--quiet', '--force', '--detach', commit]);
}

/** Copies the tools and every shared library (same relative layout) out of the tree, atomically. */
async function snapshot(buildDir: string, binDir: string, dest: string): Promise<string> {
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

async function sharedLibraries(dir: string, rel = '', depth = 0): Promise<string[]> {
  if (depth > 6) return [];
  const out: string[] = [];
  for (const e of await readdir(path.join(dir, rel), { withFileTypes: true }).catch(() => [])) {
    const p = path.join(rel, e.name);
    if (e.isDirectory() && e.name !== 'CMakeFiles') out.push(...(await sharedLibraries(dir, p, depth + 1)));
    else if (/\.so(\.\d+)*$/.test(e.name)) out.push(p);
  }
  return out;
}

async function readSnapshot(dir: string, key: string): Promise<{ binDir: string; depthTool: string | null } | null> {
  try {
    const s = JSON.parse(await readFile(path.join(dir, STAMP), 'utf8')) as { key?: string; binDir?: string; depthTool?: string | null };
    if (s.key !== key || typeof s.binDir !== 'string' || !(await isExecutableFile(path.join(s.binDir, BENCH_TARGET)))) return null;
    const depthTool = typeof s.depthTool === 'string' && (await isExecutableFile(path.join(s.binDir, s.depthTool))) ? s.depthTool : null;
    return { binDir: s.binDir, depthTool };
  } catch {
    return null;
  }
}
