// The sentence of a run's stop (bench/stop.ts), as results.json's `stopReason` and every report show it.
import type { Stop } from '../bench/stop.ts';

export function stopWords(s: Stop): string {
  switch (s.kind) {
    case 'started':
      return 'started';
    case 'interrupted-builds':
      return `interrupted by ${s.signal} during the builds; ${s.resumed ? 'no block was added' : 'nothing was benchmarked'}`;
    case 'interrupted':
      return `interrupted by ${s.signal} in ${s.warmup ? 'warm-up block' : 'block'} ${s.block}`;
    case 'build-failed':
      return `build failed: ${s.variants.map((b) => `variant ${b.variant} (${b.ref})`).join(', ')}; nothing was benchmarked`;
    case 'error':
      return `stopped by an error: ${s.message}`;
    case 'all-decided':
      return `all workloads decided after ${s.counted} counted blocks`;
    case 'variant-failing':
      return `stopped after block ${s.block}: every launch of variant ${s.variant} failed in the last ${s.blocks} blocks`;
    case 'no-model':
      return `stopped after block ${s.block}: no model runs on both variants (${s.dropped.join(', ')} failed)`;
    case 'time-up':
      return `stopped after block ${s.block}: the time given ran out`;
    case 'max-blocks':
      return `reached --max-blocks ${s.maxBlocks} (plus ${s.warmupBlocks} warm-up)`;
    case 'regression-called': {
      const points = s.open.length === 1 ? 'point' : 'points';
      return `regression called at ${s.blocks} counted blocks (${s.names.join(', ')}): the gate fails whatever the ${s.open.length} open ${points} (${s.open.join(', ')}) would show; \`more\` measures them`;
    }
  }
}
