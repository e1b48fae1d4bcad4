// Issue 21's measure: an enumerated set of hostile cases run against the real CLI on the fake
// llama-bench (fixtures/fake-runner; no real builds), each classified as meeting the bar or not —
// one error line (no stack trace), the right exit code, nothing measured lost — then a table of
// area × cases × meeting the bar. Areas: bad input, malformed runner output, interrupts, store
// faults, locks, disk full. The disk-full and read-only cases need `unshare -rm` (a mount namespace
// of their own); where it cannot run they are counted as not run, never as met.
//
//     node scripts/hostile-cases.ts [NAME-REGEX]     # all cases, or those whose area/name matches
//
// Takes a few minutes (two fake builds, ~50 CLI runs); not part of `npm test` — every case here is
// pinned by a test of its own (test/integration/, test/store/, test/sys/, test/cli/).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { startCli } from '../test/helpers/cli.ts';
import {
  all, base, cache, canUnshare, cli, copyOfBase, corruptMidFile, ENV, errorLines, fresh, fullDisk, inNamespace, interrupted, kept, leftLocks, LOCK, model, NOT_RUN,
  okLaunches, oneLine, refusedOver, repo, resultsOf, roBind, root, runArgs, stack, verdictCode,
} from './hostile-cases/harness.ts';
interface Case { area: string; name: string; run: () => Promise<string | null> }
const truncatedModel = join(root, 'truncated.gguf');
const numaHost = existsSync('/sys/devices/system/node/node0') && !existsSync('/sys/devices/system/node/node7');

const CASES: Case[] = [
  // Bad input: refused where it is given, one line, exit 2, before a launch; an --out's results kept.
  ...([
    ['--max-blocks 500', { 'max-blocks': '500' }, [], /--max-blocks/],
    ['--looks 50 (past the horizon)', {}, ['--looks', '50'], /--looks 50.*past the horizon/],
    ['--horizon 400', { horizon: '400' }, [], /--horizon/],
    ['--workloads pp99999999999999', { workloads: 'pp99999999999999' }, [], /pp99999999999999/],
    ['--model GGUF truncated (tensor data missing)', { model: truncatedModel }, [], /truncated\.gguf is truncated/],
    ['--head-arg=--bogus', {}, ['--head-arg=--bogus'], /--head-arg --bogus is not an option/],
    ['--base nope-ref', { base: 'nope-ref' }, [], /nope-ref/],
    ['--threads 0', { threads: '0' }, [], /--threads/],
    ['--numa node:7 on this host', {}, ['--numa', 'node:7'], /NUMA bind to node 7/],
  ] as [string, Record<string, string>, string[], RegExp][]).map(([name, over, extra, re]): Case => ({
    area: 'bad input', name: `run ${name}`,
    run: async () => {
      if (name.includes('numa') && !numaHost) return 'not run: no NUMA sysfs, or a node 7';
      // --head-arg is checked against the built binary: over the finished --out it would be refused
      // first as another experiment (its run args differ), so it gets an --out of its own.
      const c = name.includes('head-arg') ? { ...fresh('head-arg'), results: '' } : copyOfBase();
      const r = await cli(runArgs(c.out, c.store, over, extra));
      return all(oneLine(r, 2, re), /\[bench\] block/.test(r.stderr) && 'launched first', c.results !== '' && kept(c));
    },
  })),
  { area: 'bad input', name: 'run --plan file with store: ""', run: async () => {
    const c = copyOfBase();
    const plan = join(c.dir, 'plan.yml');
    writeFileSync(plan, 'store: ""\n');
    const args = runArgs(c.out, c.store).filter((a, i, arr) => a !== '--store' && arr[i - 1] !== '--store');
    return all(oneLine(await cli([...args, '--plan', plan]), 2, /--plan .*store/), kept(c));
  } },
  { area: 'bad input', name: 'demo --store DIR (before the download)', run: async () => {
    const r = await cli(['demo', '--store', root]);
    return all(oneLine(r, 2, /--store .* is a directory/), /\[demo\]/.test(r.stderr) && 'prepared the source first');
  } },
  { area: 'bad input', name: 'demo --numa node:7 (before the download)', run: async () => {
    if (!numaHost) return 'not run: no NUMA sysfs, or a node 7';
    const r = await cli(['demo', '--numa', 'node:7']);
    return all(oneLine(r, 2, /NUMA bind to node 7/), /\[demo\]/.test(r.stderr) && 'prepared the source first');
  } },
  { area: 'bad input', name: 'calibrate --store X writes X only', run: async () => {
    const own = join(root, 'calibrate.sqlite');
    const r = await cli(['calibrate', '--repo', repo, '--model', model, '--base', 'base', '--workloads', 'tg128', '--max-blocks', '2', '--seed', '1', '--store', own, '--out', join(root, 'out-cal')]);
    return all(r.code !== 0 && `exit ${r.code}`, !existsSync(own) && 'X not written', existsSync(join(cache, 'experiments.sqlite')) && 'default store written');
  } },
  { area: 'bad input', name: 'more --experiment that does not exist', run: async () => oneLine(await cli(['more', '--experiment', 'ffffff', '--store', copyOfBase().store]), 2, /ffffff/) },
  { area: 'bad input', name: 'more --blocks 0', run: async () => oneLine(await cli(['more', '--experiment', resultsOf(base.out).experiment!.id, '--blocks', '0', '--store', copyOfBase().store]), 2, /--blocks/) },
  { area: 'bad input', name: 'analyze a results.json holding 1e999', run: async () => {
    const p = join(root, 'inf.json');
    writeFileSync(p, readFileSync(join(base.out, 'results.json'), 'utf8').replace(/"wallMs":\s*[0-9.e+-]+/, '"wallMs": 1e999'));
    return oneLine(await cli(['analyze', p]), 2, /inf\.json/);
  } },
  // Malformed runner output (variant B's llama-bench): failed launches, never a pass; A's launches kept.
  ...([
    ['B at 2e12 t/s (beyond the bound)', { workloads: 'pp2000' }, 'FAKE_SLOWDOWN=1e300'],
    ['B aborts mid-output', {}, 'FAKE_CRASH=1'],
    ['B hangs (--timeout 2)', { timeout: '2', 'max-blocks': '2' }, 'FAKE_HANG=1'],
    ['B cannot load the model', {}, 'FAKE_MODEL_FAIL=tiny'],
    ['B exits 1 on a bad knob', {}, 'FAKE_SLOWDOWN=abc'],
  ] as [string, Record<string, string>, string][]).map(([name, over, env], i): Case => ({
    area: 'malformed output', name,
    run: async () => {
      const f = fresh(`malformed-${i}`);
      const r = await cli(runArgs(f.out, f.store, over, ['--head-env', env]));
      const res = resultsOf(f.out);
      const b = res.launches.filter((l) => l.variant === 'B');
      return all(stack(r.stderr) && 'stack trace', r.code !== 1 && `exit ${r.code}`, /check passes/.test(r.stdout + r.stderr) && 'check passes',
        b.length === 0 && 'no B launch recorded', b.some((l) => l.status === 'ok') && 'a B launch counted as ok',
        okLaunches(res).length === 0 && "A's launches lost");
    },
  })),
  // Interrupts: 128 + n, the stop reason recorded, what was measured kept, no lock left.
  { area: 'interrupts', name: 'SIGINT at block 2', run: () => interrupted('int', /\[bench\] block 2\/6 · launch 2/, 'SIGINT', 130) },
  { area: 'interrupts', name: 'SIGTERM at block 2', run: () => interrupted('term', /\[bench\] block 2\/6 · launch 2/, 'SIGTERM', 143) },
  { area: 'interrupts', name: 'SIGHUP at block 2', run: () => interrupted('hup', /\[bench\] block 2\/6 · launch 2/, 'SIGHUP', 129) },
  { area: 'interrupts', name: 'SIGINT inside the warm-up block', run: () => interrupted('warm', /\[bench\] warm-up block 1\/1 · launch 3\/4/, 'SIGINT', 130) },
  { area: 'interrupts', name: 'SIGINT during the builds (cold cache)', run: async () => {
    const f = fresh('build');
    const own = join(root, 'cold-cache');
    const run = startCli(runArgs(f.out, f.store), { ...ENV, LLAMA_PERF_GATE_CACHE: own });
    await run.stderrMatch(/\[build A\] (configure|build)/);
    run.child.kill('SIGINT');
    const r = await run.done;
    await new Promise((s) => setTimeout(s, 500));
    const left = spawnSync('pgrep', ['-f', own]).stdout.toString().trim();
    return all(r.code !== 130 && `exit ${r.code}`, stack(r.stderr) && 'stack trace', leftLocks(f.out), left !== '' && `builder processes left: ${left}`);
  } },
  { area: 'interrupts', name: 'SIGKILL at block 2, then the same command resumes', run: async () => {
    const f = fresh('kill');
    const run = startCli(runArgs(f.out, f.store, { 'max-blocks': '4' }), ENV);
    await run.stderrMatch(/\[bench\] block 2\/4 · launch 2/);
    run.child.kill('SIGKILL');
    await run.done;
    const before = okLaunches(resultsOf(f.out)).map((l) => JSON.stringify(l));
    const r = await cli(runArgs(f.out, f.store, { 'max-blocks': '4' }));
    const res = resultsOf(f.out);
    const after = new Set(res.launches.map((l) => JSON.stringify(l)));
    return all(!/resuming experiment/.test(r.stderr) && 'not resumed', r.code !== verdictCode(res) && `exit ${r.code}`, before.some((l) => !after.has(l)) && 'a launch lost', res.launches.length < 20 && 'blocks missing');
  } },
  { area: 'interrupts', name: 'SIGINT during more', run: async () => {
    const c = copyOfBase();
    const run = startCli(['more', '--out', c.out, '--blocks', '3', '--store', c.store], ENV);
    await run.stderrMatch(/\[bench\] block 5\//);
    run.child.kill('SIGINT');
    const r = await run.done;
    const res = resultsOf(c.out);
    return all(r.code !== 130 && `exit ${r.code}`, leftLocks(c.out), existsSync(`${c.store}.lock`) && 'store lock left', !/interrupted by SIGINT/.test(res.stopReason) && `stop reason ${res.stopReason}`, okLaunches(res).length < 16 && 'launches lost');
  } },
  // Store faults: the same command over a finished --out; exit 3 (2 for what is not a store), one line, results.json kept.
  { area: 'store faults', name: 'truncated store', run: () => refusedOver((c) => (truncateSync(c.store, 4096), c.store), 3, /is damaged/) },
  { area: 'store faults', name: 'corrupt page mid-file', run: () => refusedOver((c) => corruptMidFile(c.store), 3, /is damaged/) },
  { area: 'store faults', name: '--store is a directory', run: () => refusedOver((c) => join(c.dir, 'store'), 2, /is a directory/) },
  { area: 'store faults', name: '--store is not SQLite', run: () => refusedOver((c) => (writeFileSync(join(c.dir, 'n.txt'), 'hello\n'), join(c.dir, 'n.txt')), 2, /not a llama-perf-gate experiment store/) },
  { area: 'store faults', name: '--store under a regular file', run: () => refusedOver((c) => (writeFileSync(join(c.dir, 'f'), 'x'), join(c.dir, 'f', 'e.sqlite')), 3, /is a file/) },
  { area: 'store faults', name: 'zero-byte store', run: () => refusedOver((c) => (truncateSync(c.store, 0), c.store), 2, /is empty/) },
  { area: 'store faults', name: 'deleted store', run: () => refusedOver((c) => (rmSync(c.store), c.store), 2, /does not exist/) },
  { area: 'store faults', name: 'read-only store directory', run: async () => {
    if (!canUnshare) return NOT_RUN;
    const c = copyOfBase();
    const r = inNamespace(roBind(join(c.dir, 'store')), runArgs(c.out, c.store));
    return all(oneLine({ ...r, code: r.code ?? -1, signal: null, stdout: '' }, 3, /read-only|not writable/), kept(c));
  } },
  { area: 'store faults', name: 'experiments on a damaged store', run: async () => oneLine(await cli(['experiments', '--store', corruptMidFile(copyOfBase().store)]), 3, /is damaged/) },
  { area: 'store faults', name: 'history on a truncated store', run: async () => {
    const c = copyOfBase();
    truncateSync(c.store, 4096);
    return oneLine(await cli(['history', '--store', c.store]), 3, /is damaged/);
  } },
  { area: 'store faults', name: 'experiments on a read-only store: listed', run: async () => {
    if (!canUnshare) return NOT_RUN;
    const c = copyOfBase();
    const r = inNamespace(roBind(join(c.dir, 'store')), ['experiments', '--store', c.store]);
    return all(r.code !== 0 && `exit ${r.code}: ${errorLines(r.stderr)[0]}`, stack(r.stderr) && 'stack trace');
  } },
  { area: 'store faults', name: 'deleted store, --store-from-results', run: async () => {
    const c = copyOfBase();
    const id = resultsOf(c.out).experiment!.id;
    rmSync(c.store);
    const r = await cli([...runArgs(c.out, c.store), '--store-from-results']);
    const list = await cli(['experiments', '--store', c.store]);
    return all(r.code > 1 && `exit ${r.code}: ${errorLines(r.stderr)[0]}`, !list.stdout.includes(id.slice(0, 4)) && 'experiment not in the rebuilt store');
  } },
  // Locks: an --out in use is refused at once; stale locks are taken over; a wait stops on a signal.
  { area: 'locks', name: 'run into an --out a live run holds', run: async () => {
    const f = fresh('held');
    const first = startCli(runArgs(f.out, f.store, { 'max-blocks': '10' }, [], 3000), ENV);
    await first.stderrMatch(/\[bench\] block 1\//);
    const second = await cli(runArgs(f.out, join(root, 'other.sqlite')));
    first.child.kill('SIGINT');
    await first.done;
    return oneLine(second, 2, /is in use/);
  } },
  { area: 'locks', name: 'more --experiment X while another process holds X\'s --out', run: async () => {
    // The experiment's stored --out is the base's own; a live process holds its lock (the store is free).
    const c = copyOfBase();
    const sleeper = spawn('sleep', ['120']);
    await new Promise((s) => setTimeout(s, 100));
    const lock = join(base.out, LOCK);
    writeFileSync(lock, JSON.stringify({ pid: sleeper.pid, startTicks: null, hostname: hostname(), since: new Date().toISOString(), label: `writing ${base.out}` }));
    const before = readFileSync(join(base.out, 'results.json'), 'utf8');
    const r = await cli(['more', '--experiment', resultsOf(base.out).experiment!.id, '--blocks', '1', '--store', c.store]);
    rmSync(lock, { force: true });
    sleeper.kill();
    return all(oneLine(r, 2, /is in use/), readFileSync(join(base.out, 'results.json'), 'utf8') !== before && 'results.json written');
  } },
  ...(['bare PID of a live process started after the lock', 'owner that is gone'] as const).map((name, i): Case => ({
    area: 'locks', name: `a stale --out lock: ${name}`,
    run: async () => {
      const f = fresh(`stale-${i}`);
      mkdirSync(f.out, { recursive: true });
      const lock = join(f.out, LOCK);
      const sleeper = i === 0 ? spawn('sleep', ['120']) : null;
      writeFileSync(lock, i === 0 ? `${sleeper!.pid}\n` : JSON.stringify({ pid: 999999, startTicks: 1, hostname: hostname(), since: new Date().toISOString(), label: 'x' }));
      if (i === 0) utimesSync(lock, new Date(Date.now() - 3600_000), new Date(Date.now() - 3600_000));
      const r = await cli(runArgs(f.out, f.store));
      sleeper?.kill();
      return all(r.code !== verdictCode(resultsOf(f.out)) && `exit ${r.code}: ${errorLines(r.stderr)[0]}`, leftLocks(f.out));
    },
  })),
  { area: 'locks', name: 'SIGINT while waiting for the store lock', run: async () => {
    const a = fresh('holder');
    const holder = startCli(runArgs(a.out, a.store, { 'max-blocks': '10' }, [], 3000), ENV);
    await holder.stderrMatch(/\[bench\] block 1\//);
    const waiter = startCli(runArgs(join(root, 'waiter-out'), a.store, { seed: '8' }), ENV);
    await waiter.stderrMatch(/waiting for/);
    const t0 = Date.now();
    waiter.child.kill('SIGINT');
    const w = await waiter.done;
    const ms = Date.now() - t0;
    holder.child.kill('SIGINT');
    await holder.done;
    return all(w.code !== 130 && `exit ${w.code}`, ms > 5000 && `took ${ms} ms`, stack(w.stderr) && 'stack trace');
  } },
  // Disk full (a tmpfs in a mount namespace): exit 3, one line naming the file, no truncated or temp file.
  { area: 'disk full', name: 'run --out on a full disk', run: async () => {
    const f = fullDisk('160k', (d) => runArgs(d, join(root, 'full-run.sqlite'), { 'max-blocks': '30', horizon: '30' }, ['--looks', '30']), /results\.json: no space left/);
    return all(f.why, f.why === null && okLaunches(resultsOf(f.snap)).length === 0 && 'launches lost');
  } },
  { area: 'disk full', name: 'store on a full disk', run: async () => {
    const out = join(root, 'full-store-out');
    const f = fullDisk('200k', (d) => runArgs(out, join(d, 'e.sqlite'), { 'max-blocks': '60', horizon: '60' }, ['--looks', '60']), /the disk is full/);
    return all(f.why, f.why === null && okLaunches(resultsOf(out)).length === 0 && 'launches lost');
  } },
  { area: 'disk full', name: 'model --out on a full disk', run: async () => fullDisk('1m', (d) => ['model', '--out', join(d, 'old')], /old: no space left/, true).why },
  { area: 'disk full', name: 'aggregate --out on a full disk', run: async () => fullDisk('64k', (d) => ['aggregate', '--out', d, join(base.out, 'results.json')], /aggregate\.json: no space left/).why },
];

async function main(): Promise<void> {
  const only = process.argv[2] ? new RegExp(process.argv[2], 'i') : null;
  writeFileSync(truncatedModel, readFileSync(model).subarray(0, Math.floor(statSync(model).size * 0.6)));
  const setup = await cli(runArgs(base.out, base.store));
  if (okLaunches(resultsOf(base.out)).length !== 16) throw new Error(`setup run: exit ${setup.code}\n${setup.stderr}`);
  const rows = new Map<string, { cases: number; met: number; notRun: number }>();
  for (const c of CASES.filter((x) => !only || only.test(`${x.area}: ${x.name}`))) {
    const t0 = Date.now();
    const why = await c.run().catch((e: unknown) => `harness: ${(e as Error).message.split('\n')[0]}`);
    const row = rows.get(c.area) ?? { cases: 0, met: 0, notRun: 0 };
    rows.set(c.area, row);
    row.cases++;
    if (why === null) row.met++;
    else if (why.startsWith('not run')) row.notRun++;
    console.log(`${why === null ? 'meets the bar' : why.startsWith('not run') ? 'not run      ' : 'FAILS        '}  ${c.area}: ${c.name}${why ? ` — ${why}` : ''}  (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  }
  console.log('\n| area | cases | meeting the bar | not run here |\n|---|---:|---:|---:|');
  let [n, m, x] = [0, 0, 0];
  for (const [area, r] of rows) {
    console.log(`| ${area} | ${r.cases} | ${r.met} | ${r.notRun} |`);
    [n, m, x] = [n + r.cases, m + r.met, x + r.notRun];
  }
  console.log(`| **all** | ${n} | ${m} | ${x} |`);
  rmSync(root, { recursive: true, force: true });
  process.exitCode = m === n ? 0 : 1;
}

await main();
