// Configure and build one source tree with CMake: llama-bench, plus the tree's memory-at-depth tool
// when it has one (ik: llama-sweep-bench, mainline: llama-batched-bench), output streamed line by
// line to a log file and a progress callback.
import { createWriteStream, type WriteStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { isExecutableFile, run, runLines } from '../sys/exec.ts';
import type { Toolchain } from './toolchain.ts';
import { BATCHED_BENCH, SWEEP_BENCH } from '../plan/depth-sweep.ts';

export const BENCH_TARGET = 'llama-bench';
export const SWEEP_TARGET = SWEEP_BENCH;
export const BATCHED_TARGET = BATCHED_BENCH;

/**
 * The tool that walks the KV depth in a context larger than it uses (src/bench/depth-sweep.ts).
 * ik's sweep-bench is preferred where present (it is built anyway); mainline has batched-bench.
 * Null when the tree has neither, or its targets cannot be listed.
 */
export function depthToolFor(available: ReadonlySet<string> | null): string | null {
  if (!available) return null;
  if (available.has(SWEEP_TARGET)) return SWEEP_TARGET;
  if (available.has(BATCHED_TARGET)) return BATCHED_TARGET;
  return null;
}

/** Fixed arguments every build gets; the variant's own CMake args come after them and win. */
export const FIXED_CMAKE_ARGS = [
  '-DCMAKE_BUILD_TYPE=Release',
  '-DLLAMA_CURL=OFF',
  '-DLLAMA_BUILD_TESTS=OFF',
  '-DLLAMA_BUILD_SERVER=OFF',
];

export type BuildPhase = 'configure' | 'build';

export interface CmakeBuildRequest {
  srcDir: string;
  buildDir: string;
  cmakeArgs: string[];
  toolchain: Toolchain;
  jobs: number;
  env: NodeJS.ProcessEnv;
  log: WriteStream;
  onLine: (phase: BuildPhase, line: string) => void;
  /** Each build child's process group as it starts (the build lock records them). */
  onGroup?: (pgid: number) => void;
}

export type CmakeBuildResult =
  | { ok: true; binDir: string; targets: string[]; depthTool: string | null }
  | { ok: false; phase: BuildPhase; error: string };

export function configureArgs(req: Pick<CmakeBuildRequest, 'srcDir' | 'buildDir' | 'cmakeArgs' | 'toolchain'>): string[] {
  const tc = req.toolchain;
  const launcher = tc.ccache ? [`-DCMAKE_C_COMPILER_LAUNCHER=${tc.ccache}`, `-DCMAKE_CXX_COMPILER_LAUNCHER=${tc.ccache}`] : [];
  return [
    '--no-warn-unused-cli', // the fixed -DLLAMA_* and compiler args are not used by every project
    '-S', req.srcDir,
    '-B', req.buildDir,
    ...FIXED_CMAKE_ARGS,
    // Named explicitly so the compiler in the build key is the one CMake uses.
    `-DCMAKE_C_COMPILER=${tc.cc.path}`,
    `-DCMAKE_CXX_COMPILER=${tc.cxx.path}`,
    ...launcher,
    ...req.cmakeArgs,
  ];
}

export async function cmakeBuild(req: CmakeBuildRequest): Promise<CmakeBuildResult> {
  const { cmake } = req.toolchain;
  const step = async (phase: BuildPhase, args: string[]) => {
    writeLine(req.log, `$ ${cmake} ${args.join(' ')}`);
    const r = await runLines(cmake, args, {
      env: req.env,
      onSpawn: req.onGroup,
      onLine: (line) => {
        writeLine(req.log, line);
        req.onLine(phase, line);
      },
    });
    return r.code === 0 ? null : `exit ${r.code ?? r.signal}`;
  };

  const cfgErr = await step('configure', configureArgs(req));
  if (cfgErr) return { ok: false, phase: 'configure', error: `CMake configure failed (${cfgErr})` };

  const available = await listTargets(cmake, req.buildDir, req.env);
  if (available && !available.has(BENCH_TARGET)) {
    return { ok: false, phase: 'configure', error: `the source tree has no ${BENCH_TARGET} target (is this a llama.cpp checkout?)` };
  }
  const depthTool = depthToolFor(available);
  const targets = depthTool ? [BENCH_TARGET, depthTool] : [BENCH_TARGET];

  const buildErr = await step('build', ['--build', req.buildDir, '--target', ...targets, '-j', String(req.jobs)]);
  if (buildErr) return { ok: false, phase: 'build', error: `build of ${targets.join(', ')} failed (${buildErr})` };

  const bin = await findExecutable(req.buildDir, BENCH_TARGET);
  if (!bin) return { ok: false, phase: 'build', error: `the build succeeded but no ${BENCH_TARGET} executable was found under ${req.buildDir}` };
  writeLine(req.log, `built ${bin}`);
  // The pipeline runs the depth tool from llama-bench's directory; elsewhere it is not usable.
  const binDir = path.dirname(bin);
  const depthOk = depthTool !== null && (await isExecutableFile(path.join(binDir, depthTool)));
  return { ok: true, binDir, targets, depthTool: depthOk ? depthTool : null };
}

/**
 * A finished build tree from before the depth tool was part of the recipe: build that one target in
 * place (the libraries are already there, so this is one tool's sources and a link). Returns the
 * depth tool built, or null when the tree has none or its build fails (logged; never fatal).
 */
export async function addDepthTool(req: Omit<CmakeBuildRequest, 'srcDir' | 'cmakeArgs'> & { binDir: string }): Promise<string | null> {
  const { cmake } = req.toolchain;
  const tool = depthToolFor(await listTargets(cmake, req.buildDir, req.env));
  if (!tool) return null;
  const args = ['--build', req.buildDir, '--target', tool, '-j', String(req.jobs)];
  writeLine(req.log, `$ ${cmake} ${args.join(' ')}`);
  const r = await runLines(cmake, args, {
    env: req.env,
    onSpawn: req.onGroup,
    onLine: (line) => {
      writeLine(req.log, line);
      req.onLine('build', line);
    },
  });
  if (r.code !== 0) {
    writeLine(req.log, `building ${tool} failed (exit ${r.code ?? r.signal}); memory at depth will be skipped`);
    return null;
  }
  return (await isExecutableFile(path.join(req.binDir, tool))) ? tool : null;
}

/** Targets of a configured build tree (Makefile generators list them under `help`); null when unknown. */
async function listTargets(cmake: string, buildDir: string, env: NodeJS.ProcessEnv): Promise<Set<string> | null> {
  const r = await run(cmake, ['--build', buildDir, '--target', 'help'], { env }).catch(() => null);
  if (!r || r.code !== 0) return null;
  const names = new Set<string>();
  for (const line of r.stdout.split('\n')) {
    const m = /^\.\.\.\s+(\S+)/.exec(line.trim()); // Makefiles: "... llama-bench"
    if (m) names.add(m[1]);
    const n = /^([^\s:]+):\s/.exec(line.trim()); // Ninja: "llama-bench: phony"
    if (n) names.add(n[1]);
  }
  return names.size > 0 ? names : null;
}

/** llama.cpp puts executables in <build>/bin; other projects in the build root or a subdirectory. */
export async function findExecutable(buildDir: string, name: string): Promise<string | null> {
  for (const p of [path.join(buildDir, 'bin', name), path.join(buildDir, name)]) {
    if (await isExecutableFile(p)) return p;
  }
  const walk = async (dir: string, depth: number): Promise<string | null> => {
    if (depth > 4) return null;
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isFile() && e.name === name && (await isExecutableFile(p))) return p;
    }
    for (const e of entries) {
      if (e.isDirectory() && e.name !== 'CMakeFiles') {
        const hit = await walk(path.join(dir, e.name), depth + 1);
        if (hit) return hit;
      }
    }
    return null;
  };
  return walk(buildDir, 0);
}

export function writeLine(log: WriteStream, line: string): void {
  log.write(line + '\n');
}
