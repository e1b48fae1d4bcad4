// The environment of everything built from the code under test (CMake, the compiler, llama-bench,
// the depth tool). That code is a PR author's: it gets an allowlist, not this process's environment.
// In a GitHub Actions job the environment names files (GITHUB_ENV, GITHUB_PATH, GITHUB_OUTPUT, …)
// that later steps read — a child writing NODE_OPTIONS or PATH into them would run code in steps
// that hold ACTIONS_RUNTIME_TOKEN — and holds tokens itself. None of that is passed on.
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Names passed on as they are. */
const EXACT = new Set([
  'PATH', 'HOME', 'USER', 'LOGNAME', 'SHELL', 'LANG', 'LANGUAGE', 'TZ', 'TERM', 'TMPDIR', 'TMP', 'TEMP',
  // toolchain: compilers, flags, tools CMake and make read
  'CC', 'CXX', 'CPP', 'LD', 'AR', 'NM', 'RANLIB', 'STRIP', 'OBJCOPY', 'CUDACXX', 'CUDAHOSTCXX', 'HIPCXX',
  'CFLAGS', 'CXXFLAGS', 'CPPFLAGS', 'LDFLAGS', 'CUDAFLAGS', 'HIPFLAGS', 'MAKEFLAGS', 'MAKELEVEL', 'NINJA_STATUS',
  'PKG_CONFIG_PATH', 'LD_LIBRARY_PATH', 'LIBRARY_PATH', 'CPATH', 'C_INCLUDE_PATH', 'CPLUS_INCLUDE_PATH',
  'SOURCE_DATE_EPOCH', 'CUDA_PATH', 'CUDA_HOME', 'ROCM_PATH', 'HIP_PATH', 'VULKAN_SDK',
]);

/** Prefixes passed on: locale, CMake and ccache settings, the engines' and their runtimes' knobs. */
const PREFIXES = ['LC_', 'CMAKE_', 'CCACHE_', 'GGML_', 'LLAMA_', 'OMP_', 'GOMP_', 'KMP_', 'OPENBLAS_', 'MKL_', 'CUDA_', 'HIP_', 'ROCR_', 'HSA_'];

/**
 * Never passed on, whatever matched above or whatever the plan sets: the runner's own variables
 * (ACTIONS_*, RUNNER_*), the action's inputs (INPUT_*, which hold the token), every GITHUB_*
 * (several name files later steps read), and anything named like a credential.
 */
const FORBIDDEN = /^(GITHUB_|ACTIONS_|RUNNER_|INPUT_|NODE_OPTIONS$)|TOKEN|SECRET|PASSW|CREDENTIAL|AUTH|API_?KEY|PRIVATE_?KEY|SESSION/i;

/**
 * Set only by llama-perf-gate itself (the slowdown shim, src/bench/slowdown.ts), never from a plan's
 * env: a preloaded library runs inside every process of the variant.
 */
const RESERVED = /^(LD_PRELOAD|LD_AUDIT|LPG_SLOWDOWN\w*)$/;

export function reservedName(name: string): boolean {
  return RESERVED.test(name);
}

export function allowedName(name: string): boolean {
  if (FORBIDDEN.test(name)) return false;
  return EXACT.has(name) || PREFIXES.some((p) => name.startsWith(p));
}

/**
 * PATH entries this job added through the file named by GITHUB_PATH (the runner prepends them for
 * later steps). Earlier steps' additions are already merged into PATH by the runner and cannot be
 * told apart; this step's, when readable, are left out.
 */
function jobPathAdditions(base: NodeJS.ProcessEnv): Set<string> {
  const file = base.GITHUB_PATH;
  if (!file) return new Set();
  try {
    return new Set(readFileSync(file, 'utf8').split(/\r?\n/).map((l) => l.trim()).filter(Boolean).map((p) => path.resolve(p)));
  } catch {
    return new Set();
  }
}

/**
 * The allowlisted environment for a process built from the code under test: the allowed names of
 * `base`, then what the plan sets for the variant (its env), minus every forbidden or reserved name,
 * then what llama-perf-gate sets itself (`own`: the slowdown shim's LD_PRELOAD).
 */
export function childEnv(base: NodeJS.ProcessEnv, planEnv: Record<string, string> = {}, own: Record<string, string> = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(base)) if (v !== undefined && allowedName(k)) out[k] = v;
  const added = jobPathAdditions(base);
  if (out.PATH !== undefined && added.size > 0) {
    out.PATH = out.PATH.split(path.delimiter).filter((p) => p && !added.has(path.resolve(p))).join(path.delimiter);
  }
  for (const [k, v] of Object.entries(planEnv)) if (!FORBIDDEN.test(k) && !RESERVED.test(k)) out[k] = v;
  return { ...out, ...own };
}
