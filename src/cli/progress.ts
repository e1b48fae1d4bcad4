// Progress on stderr while a run goes: build percentage, block i of n, current variant and workload,
// elapsed and ETA. On a terminal one line is redrawn; in CI logs a line is printed per step.
import type { Progress } from '../bench/run-blocks.ts';
import type { BuildProgress } from '../build/index.ts';

export function fmtDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

export function benchLine(p: Progress): string {
  const block = p.warmup ? `warm-up block ${p.block + 1}/${p.warmupBlocks}` : `block ${p.block + 1 - p.warmupBlocks}/${p.totalBlocks - p.warmupBlocks}`;
  const eta = p.etaMs === null ? '' : `, ETA ${fmtDuration(p.etaMs)}`;
  return `[bench] ${block} · launch ${p.slot + 1}/${p.slots} · ${p.variant} ${p.workload} · elapsed ${fmtDuration(p.elapsedMs)}${eta}`;
}

export function buildLine(p: BuildProgress): string {
  const pct = p.percent === undefined ? '' : ` ${String(p.percent).padStart(3)}%`;
  return `[build ${p.variant}] ${p.phase}${pct}`;
}

export class ProgressPrinter {
  private readonly tty = Boolean(process.stderr.isTTY);
  private lastLine = '';
  private lastBuildPct = -10;

  bench = (p: Progress): void => this.show(benchLine(p));

  build = (p: BuildProgress): void => {
    // Off a terminal, print build progress in 10% steps, not once per compiled file.
    if (!this.tty && p.percent !== undefined) {
      if (p.percent < this.lastBuildPct) this.lastBuildPct = -10;
      if (p.percent - this.lastBuildPct < 10) return;
      this.lastBuildPct = p.percent;
    }
    this.show(buildLine(p));
  };

  log = (line: string): void => {
    this.clear();
    process.stderr.write(line + '\n');
  };

  private show(line: string): void {
    if (line === this.lastLine) return;
    this.lastLine = line;
    if (this.tty) process.stderr.write(`\r\x1b[K${line}`);
    else process.stderr.write(line + '\n');
  }

  clear(): void {
    if (this.tty && this.lastLine) process.stderr.write('\r\x1b[K');
    this.lastLine = '';
  }
}
