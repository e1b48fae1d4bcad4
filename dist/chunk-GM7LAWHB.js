import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);

// src/cli/progress.ts
function fmtDuration(ms) {
  const s = Math.round(ms / 1e3);
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s` : `${s}s`;
}
function benchLine(p) {
  const block = p.warmup ? `warm-up block ${p.block + 1}/${p.warmupBlocks}` : `block ${p.block + 1 - p.warmupBlocks}/${p.totalBlocks - p.warmupBlocks}`;
  const eta = p.etaMs === null ? "" : `, ETA ${fmtDuration(p.etaMs)}`;
  return `[bench] ${block} \xB7 launch ${p.slot + 1}/${p.slots} \xB7 ${p.variant} ${p.workload} \xB7 elapsed ${fmtDuration(p.elapsedMs)}${eta}`;
}
function buildLine(p) {
  const pct = p.percent === void 0 ? "" : ` ${String(p.percent).padStart(3)}%`;
  return `[build ${p.variant}] ${p.phase}${pct}`;
}
var ProgressPrinter = class {
  tty = Boolean(process.stderr.isTTY);
  lastLine = "";
  lastBuildPct = -10;
  bench = (p) => this.show(benchLine(p));
  build = (p) => {
    if (!this.tty && p.percent !== void 0) {
      if (p.percent < this.lastBuildPct) this.lastBuildPct = -10;
      if (p.percent - this.lastBuildPct < 10) return;
      this.lastBuildPct = p.percent;
    }
    this.show(buildLine(p));
  };
  log = (line) => {
    this.clear();
    process.stderr.write(line + "\n");
  };
  show(line) {
    if (line === this.lastLine) return;
    this.lastLine = line;
    if (this.tty) process.stderr.write(`\r\x1B[K${line}`);
    else process.stderr.write(line + "\n");
  }
  clear() {
    if (this.tty && this.lastLine) process.stderr.write("\r\x1B[K");
    this.lastLine = "";
  }
};

export {
  fmtDuration,
  ProgressPrinter
};
