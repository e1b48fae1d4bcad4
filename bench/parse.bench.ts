// Parse cost per llama-bench output format, side by side. Input: the real mainline capture of one
// command (6 tests) in each format, its tests repeated to 600 — far more than one launch prints,
// so the table shows per-test cost without the fixed overhead dominating.
import { readFileSync } from 'node:fs';
import { Bench } from 'tinybench';
import { parseBenchOutputAs } from '../src/parse/index.ts';
import type { BenchFormat } from '../src/parse/types.ts';

const FIX = new URL('../fixtures/llama-bench/mainline/', import.meta.url);
const REPEAT = 100;

/** The fixture with its test lines repeated; header and footer lines kept once. */
function inflate(format: BenchFormat): string {
  const text = readFileSync(new URL(`pp-tg-pg-depth.${format}`, FIX), 'utf8');
  const lines = text.trimEnd().split('\n');
  const rep = (xs: string[]) => Array.from({ length: REPEAT }, () => xs).flat();
  switch (format) {
    case 'json': {
      const tests = JSON.parse(text) as unknown[];
      return JSON.stringify(rep(tests as string[]), null, 2);
    }
    case 'jsonl':
      return rep(lines).join('\n');
    case 'csv':
      return [lines[0], ...rep(lines.slice(1))].join('\n');
    case 'md': {
      const rows = lines.filter((l) => l.startsWith('|')).slice(2);
      return [lines[0], lines[1], ...rep(rows), '', lines[lines.length - 1]].join('\n');
    }
    case 'sql': {
      const first = lines.findIndex((l) => l.startsWith('INSERT'));
      return [...lines.slice(0, first), ...rep(lines.slice(first))].join('\n');
    }
  }
}

export default async function run(): Promise<void> {
  const formats: BenchFormat[] = ['json', 'jsonl', 'csv', 'md', 'sql'];
  const inputs = new Map(formats.map((f) => [f, inflate(f)]));
  const tests = parseBenchOutputAs(inputs.get('json')!, 'json', 'json').length;
  const bench = new Bench({ time: 300 });
  for (const f of formats) bench.add(f, () => void parseBenchOutputAs(inputs.get(f)!, f, f));
  await bench.run();
  const rows = bench.tasks.map((t) => {
    const r = t.result as unknown as { latency: { mean: number } };
    return { format: t.name, kib: inputs.get(t.name as BenchFormat)!.length / 1024, ms: r.latency.mean };
  });
  const json = rows.find((r) => r.format === 'json')!.ms;
  console.log(`${tests} tests per input`);
  console.log('| format | input KiB | ms per parse | µs per test | vs json |');
  console.log('|---|---:|---:|---:|---:|');
  for (const r of rows) {
    console.log(`| ${r.format} | ${r.kib.toFixed(0)} | ${r.ms.toFixed(2)} | ${((r.ms * 1000) / tests).toFixed(1)} | ${(r.ms / json).toFixed(2)}× |`);
  }
}
