// The harness of scripts/hostile-cases.ts: a fake-runner repository, a tiny model and one finished
// experiment (16 launches) to copy per case, the CLI as a child process, and the checks of the bar
// (one error line, no stack trace, the exit code, results.json kept). Paths here are the script's own
// temporary ones; the shell of the mount-namespace cases quotes only those.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, openSync, readFileSync, readdirSync, statSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli as runCli, MAIN, startCli, type CliResult } from '../../test/helpers/cli.ts';
import { makeFakeRunnerRepo } from '../../test/helpers/fake-repo.ts';
import { writeTinyModel } from '../../test/helpers/tiny-model.ts';
import type { Results } from '../../src/store/results.ts';
import { exitCodeFor, runOutcome } from '../../src/stats/policy.ts';

export type { CliResult };

export const root = mkdtempSync(join(tmpdir(), 'lpg-hostile-cases-'));
export const cache = join(root, 'cache');
export const model = writeTinyModel(join(root, 'tiny.gguf'));
export const { repo } = makeFakeRunnerRepo(join(root, 'repo'), { headSlowdown: 0.97 });
export const ENV = { LLAMA_PERF_GATE_CACHE: cache, FAKE_NOISE: '0.05', FAKE_SEED: '3' };
export const cli = (args: string[], env: Record<string, string> = {}) => runCli(args, { ...ENV, ...env }, { timeout: 240_000 });
export const LOCK = '.llama-perf-gate.lock';

/**
 * The one command of every run case; `over` replaces a flag's value, `extra` is appended. Each
 * launch lasts `launchMs` (the fake's FAKE_LAUNCH_MS, passed as a variant env: the runner's
 * environment is allowlisted), so a signal or a second process can arrive mid-run.
 */
export function runArgs(out: string, store: string, over: Record<string, string> = {}, extra: string[] = [], launchMs = 300): string[] {
  const f: Record<string, string> = { repo, base: 'base', head: 'head', model, workloads: 'tg128,pp512', threads: '1', 'max-blocks': '3', horizon: '10', seed: '7', out, store, ...over };
  const slow = ['--base-env', `FAKE_LAUNCH_MS=${launchMs}`, '--head-env', `FAKE_LAUNCH_MS=${launchMs}`];
  return ['run', ...Object.entries(f).flatMap(([k, v]) => [`--${k}`, v]), ...slow, ...extra];
}
export const resultsOf = (out: string): Results => JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;
export const verdictCode = (r: Results) => (r.analysis ? exitCodeFor(runOutcome(r.analysis)) : exitCodeFor('failed'));
export const errorLines = (s: string) => s.split('\n').filter((l) => l.startsWith('error: '));
export const stack = (s: string) => /\n\s+at .*:\d+:\d+/.test(s);
export const okLaunches = (r: Results) => r.launches.filter((l) => l.status === 'ok');

/** null when `r` is one error line matching `re` with exit `code`, no stack; else what is wrong. */
export function oneLine(r: CliResult, code: number, re: RegExp): string | null {
  if (stack(r.stderr)) return 'stack trace';
  if (r.code !== code) return `exit ${r.code}, not ${code}: ${errorLines(r.stderr)[0] ?? r.stderr.trim().split('\n').pop()}`;
  const e = errorLines(r.stderr);
  if (e.length !== 1) return `${e.length} error lines`;
  return re.test(e[0]) ? null : `line does not say ${re}: ${e[0]}`;
}
export const all = (...why: (string | null | false)[]) => why.find((w) => typeof w === 'string') ?? null;

// The finished experiment every "nothing lost" case starts from: 16 launches in --out and its store.
export const base = { out: join(root, 'base', 'out'), store: join(root, 'base', 'store', 'e.sqlite') };
let copies = 0;
export function copyOfBase(): { out: string; store: string; dir: string; results: string; report: string } {
  const dir = join(root, 'case', String(++copies));
  cpSync(join(root, 'base'), dir, { recursive: true });
  const out = join(dir, 'out');
  return { out, store: join(dir, 'store', 'e.sqlite'), dir, results: readFileSync(join(out, 'results.json'), 'utf8'), report: readFileSync(join(out, 'report.md'), 'utf8') };
}
export const kept = (c: { out: string; results: string }) => (readFileSync(join(c.out, 'results.json'), 'utf8') === c.results ? null : 'results.json changed');
export const fresh = (name: string) => ({ out: join(root, 'fresh', name, 'out'), store: join(root, 'fresh', name, 'e.sqlite') });
export const leftLocks = (out: string) => (existsSync(join(out, LOCK)) ? `${LOCK} left in --out` : null);

/** The same command on a damaged store: refused in one line, results.json and report.md as they were. */
export async function refusedOver(damage: (c: ReturnType<typeof copyOfBase>) => string, code: number, re: RegExp, extra: string[] = []): Promise<string | null> {
  const c = copyOfBase();
  const store = damage(c);
  const r = await cli([...runArgs(c.out, store), ...extra]);
  return all(oneLine(r, code, re), kept(c), readFileSync(join(c.out, 'report.md'), 'utf8') === c.report ? null : 'report.md changed');
}

export function corruptMidFile(path: string): string {
  const fd = openSync(path, 'r+');
  writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, Math.floor(statSync(path).size / 8192) * 4096);
  closeSync(fd);
  return path;
}

/** Runs `argv` (node MAIN …) in a mount namespace after `setup` (shell, quoted paths only). */
export function inNamespace(setup: string, argv: string[], after = ''): { code: number | null; stderr: string } {
  const cmd = [process.execPath, MAIN, ...argv].map((a) => `'${a}'`).join(' ');
  const r = spawnSync('unshare', ['-rm', 'sh', '-c', `${setup} || exit 99; ${cmd}; code=$?; ${after} exit $code`], { env: { ...process.env, ...ENV }, encoding: 'utf8', timeout: 300_000 });
  return { code: r.status, stderr: r.stderr };
}
export const canUnshare = spawnSync('unshare', ['-rm', 'sh', '-c', `mount -t tmpfs -o size=64k tmpfs '${tmpdir()}'`]).status === 0;
export const NOT_RUN = 'not run: no mount namespace here';
export const roBind = (dir: string) => `mount --bind '${dir}' '${dir}' && mount -o remount,bind,ro '${dir}'`;

/** A run interrupted by `sig` once `at` shows on stderr. */
export async function interrupted(name: string, at: RegExp, sig: NodeJS.Signals, code: number): Promise<string | null> {
  const f = fresh(name);
  const run = startCli(runArgs(f.out, f.store, { 'max-blocks': '6' }), ENV);
  await run.stderrMatch(at);
  run.child.kill(sig);
  const r = await run.done;
  if (r.code !== code) return `exit ${r.code}, not ${code}`;
  const res = resultsOf(f.out);
  return all(stack(r.stderr) && 'stack trace', leftLocks(f.out), existsSync(`${f.store}.lock`) && 'store lock left',
    !new RegExp(`interrupted by ${sig}`).test(res.stopReason) && `stop reason: ${res.stopReason}`, okLaunches(res).length < 2 && 'launches lost');
}


/** `argv(dir)` with `dir` a tmpfs of `size` holding a file `old`; the bar plus: `old` whole, no temp file. */
export function fullDisk(size: string, argv: (dir: string) => string[], re: RegExp, oldIsOutput = false): { why: string | null; snap: string } {
  if (!canUnshare) return { why: NOT_RUN, snap: '' };
  const dir = mkdtempSync(join(root, 'full-'));
  const snap = mkdtempSync(join(root, 'full-copy-'));
  const r = inNamespace(`mount -t tmpfs -o size=${size} tmpfs '${dir}' && echo old > '${dir}/old'`, argv(dir), `cp -a '${dir}/.' '${snap}/';`);
  const files = readdirSync(snap);
  const why = all(oneLine({ code: r.code ?? -1, signal: null, stdout: '', stderr: r.stderr }, 3, re), files.some((f) => f.endsWith('.tmp')) && 'temp file left',
    readFileSync(join(snap, 'old'), 'utf8') !== 'old\n' && (oldIsOutput ? 'previous output not whole' : 'unrelated file changed'));
  return { why, snap };
}
