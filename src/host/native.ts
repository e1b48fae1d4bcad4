// The native helpers in native/ are compiled at first use with the system C compiler and cached by
// source hash, so no install step or prebuilt binary is needed and an edited source rebuilds itself.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../sys/errors.ts';

export type NativeName = 'lpg-measure' | 'lpg-probe' | 'lpg-slowdown';

/** `libs` go after the source (linkers with --as-needed drop a library named before its user). */
const FLAGS: Record<NativeName, { args: string[]; ext: string; libs?: string[] }> = {
  'lpg-measure': { args: ['-O2', '-Wall'], ext: '' },
  'lpg-probe': { args: ['-O2', '-Wall', '-fPIC', '-shared', '-pthread'], ext: '.so' },
  // LD_PRELOADed into benchmark processes (src/bench/slowdown.ts); dlsym needs -ldl before glibc 2.34.
  'lpg-slowdown': { args: ['-O2', '-Wall', '-fPIC', '-shared'], ext: '.so', libs: ['-ldl'] },
};

/** native/ next to the package root: two levels up from src/host/, one from a bundled dist/cli.js. */
export function nativeSourceDir(): string {
  const candidates = ['../../native/', '../native/'].map((rel) => fileURLToPath(new URL(rel, import.meta.url)));
  return candidates.find((d) => existsSync(join(d, 'lpg-measure.c'))) ?? candidates[0];
}

/** `$LLAMA_PERF_GATE_CACHE/native`, else `~/.cache/llama-perf-gate/native`. */
export function nativeCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.LLAMA_PERF_GATE_CACHE || join(homedir(), '.cache', 'llama-perf-gate');
  return join(base, 'native');
}

function compiler(env: NodeJS.ProcessEnv): string {
  const cc = env.CC || 'cc';
  try {
    execFileSync(cc, ['--version'], { stdio: 'ignore' });
  } catch {
    throw new UserError(
      `no C compiler found (tried "${cc}"): llama-perf-gate compiles its small native helpers (native/*.c) at first use`,
      'install one: apt-get install gcc (Debian/Ubuntu) or dnf install gcc; or set CC to a compiler',
    );
  }
  return cc;
}

const built = new Map<string, string>();

/** Path of the compiled artifact, compiling it when the cache has no build of this source. */
export function nativeArtifact(name: NativeName, env: NodeJS.ProcessEnv = process.env): string {
  const src = join(nativeSourceDir(), `${name}.c`);
  let source: Buffer;
  try {
    source = readFileSync(src);
  } catch {
    throw new UserError(`native source ${src} is missing`, 'reinstall llama-perf-gate: the native/ folder ships with it');
  }
  const { args, ext, libs = [] } = FLAGS[name];
  // The headers a source includes are part of it: an edited header rebuilds too.
  const headers = readdirSync(nativeSourceDir()).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.h')).sort();
  const h = createHash('sha256').update(source);
  for (const f of headers) h.update(f).update(readFileSync(join(nativeSourceDir(), f)));
  const hash = h.update([...args, ...libs].join(' ')).digest('hex').slice(0, 16);
  const dir = nativeCacheDir(env);
  const out = join(dir, `${name}-${hash}${ext}`);
  if (built.get(name) === out || existsSync(out)) {
    built.set(name, out);
    return out;
  }
  const cc = compiler(env);
  mkdirSync(dir, { recursive: true });
  // Compile to a private name and rename: concurrent first uses (parallel tests) never see half a file.
  const tmp = `${out}.tmp-${process.pid}`;
  try {
    execFileSync(cc, [...args, '-o', tmp, src, ...libs], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (e) {
    rmSync(tmp, { force: true });
    const stderr = (e as { stderr?: Buffer }).stderr?.toString().trim() ?? String(e);
    throw new UserError(`compiling ${src} with ${cc} failed:\n${stderr}`, 'check that the compiler works (cc --version) and gcc/libc headers are installed (apt-get install gcc libc6-dev)');
  }
  renameSync(tmp, out);
  built.set(name, out);
  return out;
}
