// Stop the run, not the workload (issue 19): a run stops at the look that calls a regression — the
// gate fails whatever the points still open would show — and says so; `more` still measures them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeFakeRunnerRepo } from '../helpers/fake-repo.ts';
import { writeTinyModel } from '../helpers/tiny-model.ts';
import { cli } from '../helpers/cli.ts';
import { countedBlocksOf } from '../../src/stats/design-replay.ts';
import type { Results } from '../../src/store/results.ts';

test('a regression at the first look (10 blocks) stops the run with the other points open; the stop reason names both; `more` measures the open ones', async () => {
  const root = mkdtempSync(join(tmpdir(), 'lpg-family-stop-'));
  const model = join(root, 'tiny.gguf');
  writeTinyModel(model);
  const { repo } = makeFakeRunnerRepo(join(root, 'repo'), {});
  const out = join(root, 'out');
  const store = join(root, 'store.sqlite');
  const env = { LLAMA_PERF_GATE_CACHE: join(root, 'cache') };
  // Launch noise 5% keeps every unchanged point open at 10 blocks (a ±2% call needs far more); B's
  // generation at depth 2048 is 40% slower (FAKE_DEPTH_SLOWDOWN), a regression at the first look.
  const knobs = ['FAKE_NOISE=0.05', 'FAKE_ROW_MS=5', `FAKE_SEED_FILE=${root}/launches.seq`]; // one launch counter: the same draws every run
  const r = await cli(['run', '--repo', repo, '--base', 'base', '--model', model, '--workloads', 'tg16', '--depth-sweep', '0,2048', '--depth-gen', '16',
    '--threads', '1', '--max-blocks', '30', '--out', out, '--store', store,
    ...knobs.flatMap((k) => ['--base-env', k]), ...[...knobs, 'FAKE_DEPTH_SLOWDOWN=0.2'].flatMap((k) => ['--head-env', k])], env, { timeout: 0 });
  assert.equal(r.code, 1, r.stderr);
  const res = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;
  assert.equal(res.analysis?.verdict, 'regression');
  assert.equal(countedBlocksOf(res), 10, 'stopped at the first look');
  assert.equal(res.analysis?.workloads.find((w) => w.name === 'sweep:tg@d2048')?.verdict, 'regression');
  const open = res.analysis!.workloads.filter((w) => w.verdict === 'inconclusive').map((w) => w.name);
  assert.ok(open.includes('tg16'), `open: ${open}`);
  // B's whole depth-2048 row is slower, so its prompt point may be called at the same look too (power, not design).
  assert.match(res.stopReason, new RegExp(`^regression called at 10 counted blocks \\((?:sweep:pp@d2048, )?sweep:tg@d2048(?:, sweep:pp@d2048)?\\): the gate fails whatever the ${open.length} open points? \\(.*tg16.*\\) would show; \`more\` measures them$`));
  assert.equal(res.analysis?.incomplete, undefined, 'stopped by design, not cut short');
  const more = await cli(['more', '--out', out, '--blocks', '2', '--store', store], env, { timeout: 0 });
  assert.equal(more.code, 1, more.stderr); // the regression stays called: the gate fails
  assert.match(more.stderr, /: 10 → 12 blocks for .*tg16/);
  const r2 = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;
  assert.equal(countedBlocksOf(r2), 12);
  assert.equal(r2.analysis?.verdict, 'regression', 'a regression stays called');
});
