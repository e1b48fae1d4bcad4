// The tiny model every end-to-end test benchmarks: a real llama GGUF (the plan reads its header),
// small enough to write in milliseconds. The fake llama-bench never loads it.
import { DEFAULT_SHAPE, writeSyntheticModel, type ModelShape } from '../../src/model/synthetic.ts';

export const TINY_SHAPE: ModelShape = { ...DEFAULT_SHAPE, embd: 32, layers: 1, ff: 64, vocab: 64, heads: 2, kvHeads: 2 };

/** Writes the tiny model (with `shape` changed, e.g. `{ ctx: 256 }`) to `path`; returns `path`. */
export function writeTinyModel(path: string, shape: Partial<ModelShape> = {}): string {
  writeSyntheticModel(path, { ...TINY_SHAPE, ...shape });
  return path;
}
