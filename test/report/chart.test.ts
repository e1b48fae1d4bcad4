import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forestPlot } from '../../src/report/chart.ts';

const opts = { bounds: [1 / 1.02, 1.02] as [number, number], margin: 0.02, ciLevel: 0.9 };

function row(plot: string, name: string): string {
  const line = plot.split('\n').find((l) => l.startsWith(name + ' '));
  assert.ok(line, `no row for ${name} in\n${plot}`);
  return line;
}

test('each workload gets a row: estimate inside its interval, on the correct side of 1', () => {
  const plot = forestPlot(
    [
      { name: 'tg128', ratio: 0.93, ci: [0.904, 0.956] },
      { name: 'pp512', ratio: 1.007, ci: [0.957, 1.061] },
    ],
    opts,
  );
  const slow = row(plot, 'tg128');
  const one = row(plot, 'pp512');
  const bar = slow.indexOf('|');
  assert.ok(slow.indexOf('[') < slow.indexOf('o') && slow.indexOf('o') < slow.indexOf(']'));
  assert.ok(slow.indexOf(']') < bar, 'an interval below 1 ends left of the 1.000 line');
  assert.ok(one.indexOf('[') < one.indexOf('o') && one.indexOf('o') > bar, 'pp512 estimate right of 1');
  assert.match(slow, /0\.930 \[0\.904, 0\.956\]$/);
  assert.match(plot, /90% interval/);
  assert.match(plot, /±2% margin/);
});

test('rows share one scale: the 1.000 line is in the same column on every row', () => {
  const plot = forestPlot(
    [
      { name: 'a', ratio: 0.99, ci: [0.98, 1.0] },
      { name: 'long-workload-name', ratio: 1.05, ci: [1.01, 1.09] },
    ],
    opts,
  );
  const lines = plot.split('\n').filter((l) => l.startsWith('a ') || l.startsWith('long'));
  const axis = plot.split('\n').find((l) => /^\s+[-+]+$/.test(l))!;
  const plus = [...axis].map((c, i) => (c === '+' ? i : -1)).filter((i) => i >= 0);
  assert.equal(plus.length, 3, 'axis marks both bounds and 1.000');
  for (const l of lines) {
    assert.ok(['|', '[', ']', '-', 'o'].includes(l[plus[1]]), `row ${l} has no mark at the 1.000 column`);
  }
});

test('intervals beyond the plotted range end in arrows, not off-scale positions', () => {
  const plot = forestPlot([{ name: 'wild', ratio: 0.3, ci: [0.1, 3] }], opts);
  const r = row(plot, 'wild');
  assert.match(r, /</);
  assert.match(r, />/);
});

test('without intervals (no verdict computed) the legend says so', () => {
  const plot = forestPlot([{ name: 'tg128', ratio: 0.95, ci: null }], { ...opts, ciLevel: null });
  assert.match(plot, /no interval: no verdict computed/);
  assert.doesNotMatch(row(plot, 'tg128'), /\[/);
});
