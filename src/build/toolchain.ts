// What builds the variants: cmake, make, the C/C++ compilers (their identity is part of the build
// key), and ccache when present.
import { realpath } from 'node:fs/promises';
import { UserError } from '../sys/errors.ts';
import { run, which } from '../sys/exec.ts';

export interface CompilerId {
  path: string;
  /** First line of `--version`, e.g. "g++ (Debian 12.2.0-14) 12.2.0". */
  version: string;
}

export interface Toolchain {
  cmake: string;
  cmakeVersion: string;
  cc: CompilerId;
  cxx: CompilerId;
  ccache: string | null;
}

const INSTALL_HINT = 'install the build tools: apt-get install cmake make g++';

/** A `-DNAME=value` or `-DNAME:TYPE=value` from the user's CMake args (the last one wins, as in CMake). */
export function cmakeDefine(args: string[], name: string): string | undefined {
  let found: string | undefined;
  const re = new RegExp(`^-D${name}(?::[A-Za-z]+)?=(.*)$`);
  for (let i = 0; i < args.length; i++) {
    let a = args[i];
    if (a === '-D' && i + 1 < args.length) a = '-D' + args[++i];
    const m = re.exec(a);
    if (m) found = m[1];
  }
  return found;
}

async function firstOnPath(names: (string | undefined)[], env: NodeJS.ProcessEnv): Promise<string | null> {
  for (const n of names) {
    if (!n) continue;
    const p = await which(n, env);
    if (p) return p;
  }
  return null;
}

async function compilerId(path: string): Promise<CompilerId> {
  const r = await run(path, ['--version']).catch(() => null);
  if (!r || r.code !== 0) throw new UserError(`the compiler ${path} does not run (\`${path} --version\` failed)`, INSTALL_HINT);
  const real = await realpath(path).catch(() => path);
  return { path: real, version: r.stdout.split('\n')[0].trim() };
}

/**
 * Find the tools a build needs, honouring CC/CXX and compilers named in the CMake args (so the key
 * describes the compiler that is actually used). A UserError with the apt-get line when one is missing.
 */
export async function detectToolchain(cmakeArgs: string[] = [], env: NodeJS.ProcessEnv = process.env): Promise<Toolchain> {
  const cmake = await which('cmake', env);
  if (!cmake) throw new UserError('cmake was not found on PATH', INSTALL_HINT);
  const make = await which('make', env);
  const generator = cmakeArgs.some((a) => a === '-G' || a.startsWith('-G'));
  if (!make && !generator) throw new UserError('make was not found on PATH (CMake generates Makefiles)', INSTALL_HINT);

  const ccName = cmakeDefine(cmakeArgs, 'CMAKE_C_COMPILER') ?? env.CC;
  const cxxName = cmakeDefine(cmakeArgs, 'CMAKE_CXX_COMPILER') ?? env.CXX;
  const ccPath = ccName ? await which(ccName, env) : await firstOnPath(['cc', 'gcc', 'clang'], env);
  const cxxPath = cxxName ? await which(cxxName, env) : await firstOnPath(['c++', 'g++', 'clang++'], env);
  if (!ccPath) throw new UserError(`no C compiler found${ccName ? ` (looked for "${ccName}")` : ' (cc, gcc, clang)'}`, INSTALL_HINT);
  if (!cxxPath) throw new UserError(`no C++ compiler found${cxxName ? ` (looked for "${cxxName}")` : ' (c++, g++, clang++)'}`, INSTALL_HINT);

  const v = await run(cmake, ['--version']);
  const cmakeVersion = v.stdout.split('\n')[0].replace(/^cmake version\s*/, '').trim();
  const useCcache = env.LLAMA_PERF_GATE_CCACHE !== '0';
  return {
    cmake,
    cmakeVersion,
    cc: await compilerId(ccPath),
    cxx: await compilerId(cxxPath),
    ccache: useCcache ? await which('ccache', env) : null,
  };
}
