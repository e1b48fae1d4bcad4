// --compare through the real CLI on the fake llama-bench: a PR branched before the base got 10%
// faster. Measured against the moved base tip (refs) the neutral PR looks 10% slower; merged into
// the tip (merge) or against its branch point (branch-point) it is neutral. A PR that is itself 10%
// slower is a regression in every mode.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeMovedBaseRepo, type MovedBaseRepo } from '../helpers/fake-repo.ts';
import { writeTinyModel } from '../helpers/tiny-model.ts';
import type { Results } from '../../src/store/results.ts';
import { cli } from '../helpers/cli.ts';

const root = mkdtempSync(join(tmpdir(), 'lpg-compare-cli-'));
const cache = join(root, 'cache');
const model = writeTinyModel(join(root, 'tiny.gguf'));
const noise = ['FAKE_NOISE=0.003'].flatMap((x) => ['--base-env', x, '--head-env', x]);

async function run(r: MovedBaseRepo, mode: string | null, out: string) {
  const res = await cli(['run', '--repo', r.repo, '--base', r.base, '--head', r.head, ...(mode ? ['--compare', mode] : []), '--model', model,
    '--workloads', 'tg16', '--threads', '1', '--repetitions', '1', '--max-blocks', '7', '--warmup-blocks', '0', '--seed', '5', '--out', out, ...noise],
  { LLAMA_PERF_GATE_CACHE: cache });
  const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;
  return { ...res, results, report: readFileSync(join(out, 'report.md'), 'utf8'), html: readFileSync(join(out, 'report.html'), 'utf8') };
}

describe('--compare on a PR branched before the base got 10% faster', { concurrency: 1 }, () => {
  const neutral = makeMovedBaseRepo(join(root, 'neutral'));
  const slow = makeMovedBaseRepo(join(root, 'slow'), { prSlowdown: 0.9 });

  test('the neutral PR: refs (the default) calls it a regression and warns in one line; merge and branch-point call it neutral', async () => {
    const refs = await run(neutral, null, join(root, 'n-refs'));
    assert.equal(refs.results.analysis?.verdict, 'regression', refs.stderr);
    assert.equal(refs.code, 1);
    assert.equal(refs.stderr.split('\n').filter((l) => /main is 2 commits ahead of the branch point; --compare merge measures what merging does/.test(l)).length, 1, refs.stderr);
    assert.deepEqual([refs.results.plan.comparison?.mode, refs.results.plan.comparison?.a, refs.results.plan.comparison?.b], ['refs', neutral.tip, neutral.prHead]);
    assert.match(refs.report, /Compared: refs — A = `[0-9a-f]{7}` \(`main`\), B = `[0-9a-f]{7}` \(`pr`\); `main` had moved 2 commits past the branch point/);

    const merge = await run(neutral, 'merge', join(root, 'n-merge'));
    assert.equal(merge.results.analysis?.verdict, 'neutral', merge.stderr);
    assert.equal(merge.code, 0);
    const c = merge.results.plan.comparison!;
    assert.deepEqual([c.mode, c.a, c.merge?.by, c.baseMoved], ['merge', neutral.tip, 'local', 2]);
    assert.deepEqual(merge.results.builds.map((b) => b.commit), [neutral.tip, c.b]);
    const line = `Compared: merge — A = base tip \`${neutral.tip.slice(0, 7)}\` (\`main\`), B = \`${neutral.tip.slice(0, 7)}\` + PR head \`${neutral.prHead.slice(0, 7)}\` (\`pr\`) merged (merge made here \`${c.b.slice(0, 7)}\`); \`main\` had moved 2 commits past the branch point`;
    assert.ok(merge.report.includes(line), merge.report.slice(0, 800));
    assert.match(merge.html, /Compared: merge — A = base tip/);
    assert.doesNotMatch(merge.stderr, /ahead of the branch point/);

    const bp = await run(neutral, 'branch-point', join(root, 'n-bp'));
    assert.equal(bp.results.analysis?.verdict, 'neutral', bp.stderr);
    assert.deepEqual(bp.results.builds.map((b) => b.commit), [neutral.branchPoint, neutral.prHead]);
    assert.match(bp.report, /Compared: branch-point — A = branch point `[0-9a-f]{7}` \(merge-base with the base `[0-9a-f]{7}` \(`main`\)\), B = PR head/);
  });

  test('the 10% slower PR is a regression in every mode', async () => {
    for (const mode of ['refs', 'merge', 'branch-point']) {
      const r = await run(slow, mode, join(root, `s-${mode}`));
      assert.equal(r.results.analysis?.verdict, 'regression', `${mode}: ${r.stderr}`);
      const ratio = r.results.analysis!.workloads[0].ratio!;
      assert.ok(mode === 'refs' ? ratio < 0.85 : ratio > 0.87 && ratio < 0.93, `${mode}: B/A ${ratio}`);
      assert.equal(r.code, 1);
    }
  });
});
