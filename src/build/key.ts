// The build key: a build directory is reused only when everything that shapes the binary is equal.
import { createHash } from 'node:crypto';
import type { CompilerId } from './toolchain.ts';

/** Bump when the way this tool configures or builds changes (fixed CMake args, targets, layout). */
export const BUILD_RECIPE_VERSION = 1;

export interface BuildKeyInputs {
  commit: string;
  cmakeArgs: string[];
  cc: CompilerId;
  cxx: CompilerId;
  cmakeVersion: string;
  /** Compiler flags from the environment: CMake reads them at configure time. */
  envFlags: Record<string, string>;
  recipe?: number;
  /** Variant.replica: > 0 is another build of the same inputs (qualify's A/A′); 0 keeps the key as before. */
  replica?: number;
}

export const FLAG_ENV_VARS = ['CFLAGS', 'CXXFLAGS', 'CPPFLAGS', 'LDFLAGS'] as const;

export function envFlags(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of FLAG_ENV_VARS) if (env[k]) out[k] = env[k] as string;
  return out;
}

/** 16 hex digits of sha256 over a canonical JSON of the inputs (argument order matters, as in CMake). */
export function buildKey(inp: BuildKeyInputs): string {
  const canonical = JSON.stringify([
    'llama-perf-gate/build',
    inp.recipe ?? BUILD_RECIPE_VERSION,
    inp.commit,
    inp.cmakeArgs,
    [inp.cc.path, inp.cc.version],
    [inp.cxx.path, inp.cxx.version],
    inp.cmakeVersion,
    Object.keys(inp.envFlags).sort().map((k) => [k, inp.envFlags[k]]),
    ...(inp.replica ? [['replica', inp.replica]] : []),
  ]);
  return createHash('sha256').update(canonical).digest('hex').slice(0, 16);
}
