// Builds the fake llama-bench with CMake (cached per option set within one test process).
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FAKE_RUNNER_DIR } from './fake-repo.ts';

const built = new Map<string, string>();
// Builds of the fixture sources are kept across test runs, keyed by source content and CMake args,
// so only the first `npm test` after a change pays for cmake (seconds on a loaded 2-core machine).
const CACHE_DIR = fileURLToPath(new URL('../../node_modules/.cache/fake-runner/', import.meta.url));

function fixtureKey(cmakeArgs: string[]): string {
  const h = createHash('sha256').update(JSON.stringify(cmakeArgs));
  for (const f of readdirSync(FAKE_RUNNER_DIR).sort()) h.update(f).update(readFileSync(join(FAKE_RUNNER_DIR, f)));
  return h.digest('hex').slice(0, 16);
}

/**
 * Configures and builds `srcDir` (default: fixtures/fake-runner); returns the llama-bench path.
 * llama-batched-bench (the memory-at-depth tool) is built beside it.
 */
export function buildFakeRunner(cmakeArgs: string[] = [], srcDir = FAKE_RUNNER_DIR): string {
  const key = JSON.stringify([srcDir, cmakeArgs]);
  const hit = built.get(key);
  if (hit) return hit;
  let buildDir: string;
  if (srcDir === FAKE_RUNNER_DIR) {
    buildDir = join(CACHE_DIR, fixtureKey(cmakeArgs));
    const cachedBin = join(buildDir, 'bin', 'llama-bench');
    if (existsSync(cachedBin)) {
      built.set(key, cachedBin);
      return cachedBin;
    }
    mkdirSync(buildDir, { recursive: true });
  } else {
    buildDir = mkdtempSync(join(tmpdir(), 'fake-runner-build-'));
  }
  execFileSync('cmake', ['-S', srcDir, '-B', buildDir, '-DCMAKE_BUILD_TYPE=Release', ...cmakeArgs], { stdio: 'pipe' });
  execFileSync('cmake', ['--build', buildDir, '--target', 'llama-bench', 'llama-batched-bench'], { stdio: 'pipe' });
  const bin = join(buildDir, 'bin', 'llama-bench');
  built.set(key, bin);
  return bin;
}

/** A file for -m: the fake only checks that it exists. */
export function fakeModel(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'fake-model-')), 'model.gguf');
  writeFileSync(path, Buffer.alloc(4096));
  return path;
}

export function runFake(bin: string, args: string[], env: Record<string, string> = {}, timeoutMs = 20000) {
  const r = spawnSync(bin, args, { encoding: 'utf8', env: { ...process.env, ...env }, timeout: timeoutMs, killSignal: 'SIGKILL' });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status, signal: r.signal };
}
