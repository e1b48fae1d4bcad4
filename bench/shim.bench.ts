// The slowdown shim's cost at k = 0 (native/lpg-slowdown.c), side by side with no shim:
// 1. per llama_decode call: a driver calls the fake libllama's llama_decode (which returns at once)
//    a million times, without and with the shim preloaded, alternating;
// 2. on a real llama-bench, when a build of the bundled llama.cpp is in the cache (npm start or
//    npm run test:e2e make one): tg throughput without and with the shim at k = 0, alternating (one
//    thread: two spinning threads on a busy 2-core machine slow each other down a hundredfold).
// `npm run bench -- shim`
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nativeArtifact } from '../src/host/native.ts';
import { defaultCacheDir } from '../src/sys/cache-dir.ts';

const FAKE = fileURLToPath(new URL('../fixtures/fake-runner/', import.meta.url));
const CALLS = 1_000_000;
const ROUNDS = 7;

const DRIVER = `#include <stdio.h>
#include <stdlib.h>
#include "fake-llama.h"
int main(int argc, char **argv) {
    long n = atol(argv[1]);
    struct llama_context ctx = { 0 };
    llama_batch b = { 0 };
    b.n_tokens = 1;
    b.logits = FAKE_BATCH_MARK;
    uint64_t t0 = fake_now_ns();
    for (long i = 0; i < n; i++) llama_decode(&ctx, b);
    printf("%.2f\\n", (double) (fake_now_ns() - t0) / n);
    return 0;
}
`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (x: number) => `${(100 * x).toFixed(3)}%`;

function perCall(shim: string): { plain: number; shimmed: number } {
  const dir = mkdtempSync(join(tmpdir(), 'lpg-shim-bench-'));
  writeFileSync(join(dir, 'driver.c'), DRIVER);
  execFileSync('cc', ['-O2', '-fPIC', '-shared', '-I', FAKE, '-o', join(dir, 'libllama.so'), join(FAKE, 'fake-llama.c')]);
  execFileSync('cc', ['-O2', '-I', FAKE, '-o', join(dir, 'driver'), join(dir, 'driver.c'), `-L${dir}`, '-lllama', `-Wl,-rpath,${dir}`]);
  const run = (env: Record<string, string>) => Number(execFileSync(join(dir, 'driver'), [String(CALLS)], { env: { ...process.env, ...env }, encoding: 'utf8' }).trim());
  const plain: number[] = [];
  const shimmed: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    plain.push(run({}));
    shimmed.push(run({ LD_PRELOAD: shim, LPG_SLOWDOWN: '0' }));
  }
  return { plain: median(plain), shimmed: median(shimmed) };
}

/** A llama-bench of the bundled llama.cpp built in the default cache, if any. */
function cachedLlamaBench(): { bench: string; model: string } | null {
  const cache = defaultCacheDir();
  const model = join(cache, 'models', 'synthetic-384x6-f16.gguf');
  const wt = join(cache, 'worktrees');
  if (!existsSync(model) || !existsSync(wt)) return null;
  for (const c of readdirSync(wt)) {
    const builds = join(wt, c, '.lpg-build');
    if (!existsSync(builds)) continue;
    for (const k of readdirSync(builds)) {
      const bench = join(builds, k, 'bin', 'llama-bench');
      if (existsSync(bench)) return { bench, model };
    }
  }
  return null;
}

function realTg(shim: string, bench: string, model: string): { plain: number; shimmed: number; ratios: number[] } {
  const tg = (env: Record<string, string>) => {
    const r = spawnSync(bench, ['-m', model, '-p', '0', '-n', '64', '-r', '3', '-t', '1', '-o', 'json'], { env: { ...process.env, ...env }, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`llama-bench failed: ${r.stderr.slice(-500)}`);
    return (JSON.parse(r.stdout) as { avg_ts: number }[])[0].avg_ts;
  };
  const plain: number[] = [];
  const shimmed: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const a = tg({});
    const b = tg({ LD_PRELOAD: shim, LPG_SLOWDOWN: '0' });
    plain.push(a);
    shimmed.push(b);
    ratios.push(b / a);
  }
  return { plain: median(plain), shimmed: median(shimmed), ratios };
}

export default async function shimBench(): Promise<void> {
  const shim = nativeArtifact('lpg-slowdown');
  const c = perCall(shim);
  console.log(`llama_decode call (fake libllama, returns at once), median of ${ROUNDS} × ${CALLS.toLocaleString('en')} calls:`);
  console.log(`  no shim      ${c.plain.toFixed(1)} ns/call`);
  console.log(`  shim, k = 0  ${c.shimmed.toFixed(1)} ns/call  (+${(c.shimmed - c.plain).toFixed(1)} ns: two monotonic clock reads and the bookkeeping)`);
  for (const [name, perTokenMs] of [['tg on a 23M model at ~300 t/s', 3.3], ['tg on a 7B model at ~20 t/s', 50]] as const) {
    console.log(`  = ${pct((c.shimmed - c.plain) / (perTokenMs * 1e6))} of one ${perTokenMs} ms decode (${name})`);
  }
  const real = cachedLlamaBench();
  if (!real) {
    console.log('real llama-bench: none in the cache (npm start builds one); skipped');
    return;
  }
  const r = realTg(shim, real.bench, real.model);
  console.log(`real llama-bench tg64 -t 1 (${real.bench}), ${ROUNDS} alternating pairs:`);
  console.log(`  no shim ${r.plain.toFixed(2)} t/s, shim k = 0 ${r.shimmed.toFixed(2)} t/s; per-pair ratio median ${median(r.ratios).toFixed(4)} [${Math.min(...r.ratios).toFixed(4)}, ${Math.max(...r.ratios).toFixed(4)}]`);
  console.log('  (the launch-to-launch spread of this machine bounds what this comparison can show; the per-call figure above is the cost)');
}
