// report.html at size: 30 counted blocks × 8 workloads × 12 depth points (a depth sweep of 30
// launches per variant). Prints the time to compute the model and to render each output, and the
// size of report.html, beside the targets (render < 1 s, file < 2 MB):
//   npm run bench -- report
import { buildReportModel, renderHtml, renderMarkdown, renderTerminal } from '../src/report/index.ts';
import { makeResults, DEFAULT_WORKLOADS } from '../fixtures/results/make-results.ts';
import { depthSweepModel } from '../fixtures/results/depth-sweep.ts';

function time<T>(runs: number, f: () => T): { ms: number; out: T } {
  const ms: number[] = [];
  let out!: T;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    out = f();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return { ms: ms[ms.length >> 1], out };
}

export default async function reportBench(): Promise<void> {
  const workloads = Array.from({ length: 8 }, (_, i) => ({ ...DEFAULT_WORKLOADS[i % 2], id: `${DEFAULT_WORKLOADS[i % 2].id}${i >= 2 ? `@d${512 * i}` : ''}` }));
  const results = makeResults({ blocks: 31, workloads, analysis: 'stand-in', memoryBlocks: Array.from({ length: 31 }, (_, i) => i) });
  const depths = Array.from({ length: 12 }, (_, i) => i * 1024);
  const build = time(5, () => {
    const m = buildReportModel([results]);
    m.machines[0].depth = depthSweepModel({ depths, launches: 30, nodes: 2 });
    return m;
  });
  const model = build.out;
  const html = time(10, () => renderHtml(model, { title: 'bench' }));
  const md = time(10, () => renderMarkdown(model));
  const term = time(10, () => renderTerminal(model));
  const bytes = Buffer.byteLength(html.out);
  const rows: [string, string, string][] = [
    ['compute: buildReportModel (stats for peak RSS included)', `${build.ms.toFixed(1)} ms`, '–'],
    ['render: report.html', `${html.ms.toFixed(1)} ms`, '< 1000 ms'],
    ['render: report.md / comment', `${md.ms.toFixed(1)} ms`, '–'],
    ['render: terminal', `${term.ms.toFixed(1)} ms`, '–'],
    ['report.html size', `${(bytes / 1024).toFixed(0)} KiB`, '< 2048 KiB'],
    ['compute + render report.html', `${(build.ms + html.ms).toFixed(1)} ms`, '< 1000 ms'],
  ];
  console.log('30 blocks × 8 workloads × 12 depth points (medians of 5–10 runs)');
  const w = Math.max(...rows.map((r) => r[0].length));
  for (const [a, b, c] of rows) console.log(`${a.padEnd(w)}  ${b.padStart(10)}  ${c}`);
  console.log(`render report.html: ${(html.ms / 1000).toFixed(3)} of the 1 s budget (${((html.ms / 1000) * 100).toFixed(1)}%); size ${((bytes / 2 / 1024 / 1024) * 100).toFixed(1)}% of 2 MB`);
}
