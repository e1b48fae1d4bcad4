// Shapes of common llama-architecture models, so a runner can benchmark realistic sizes without
// downloading weights. Each is copied from the model's public config.json (hidden_size → embd,
// num_hidden_layers → layers, intermediate_size → ff, num_attention_heads → heads,
// num_key_value_heads → kvHeads, vocab_size → vocab, max_position_embeddings → ctx, rope_theta,
// tie_word_embeddings → tied). Llama 3.x's "llama3" RoPE scaling is not written: it changes the
// rotation's frequencies, not the work.
import type { ModelShape } from './synthetic.ts';

export type PresetShape = Omit<ModelShape, 'type' | 'seed'>;

export const PRESETS = {
  // https://huggingface.co/HuggingFaceTB/SmolLM2-135M/blob/main/config.json
  'smollm2-135m': { embd: 576, layers: 30, ff: 1536, heads: 9, kvHeads: 3, vocab: 49152, ctx: 8192, ropeTheta: 100000, tied: true },
  // https://huggingface.co/HuggingFaceTB/SmolLM2-360M/blob/main/config.json
  'smollm2-360m': { embd: 960, layers: 32, ff: 2560, heads: 15, kvHeads: 5, vocab: 49152, ctx: 8192, ropeTheta: 100000, tied: true },
  // https://huggingface.co/meta-llama/Llama-3.2-1B/blob/main/config.json
  'llama-1b': { embd: 2048, layers: 16, ff: 8192, heads: 32, kvHeads: 8, vocab: 128256, ctx: 131072, ropeTheta: 500000, tied: true },
  // https://huggingface.co/meta-llama/Llama-3.2-3B/blob/main/config.json
  'llama-3b': { embd: 3072, layers: 28, ff: 8192, heads: 24, kvHeads: 8, vocab: 128256, ctx: 131072, ropeTheta: 500000, tied: true },
  // https://huggingface.co/meta-llama/Llama-3.1-8B/blob/main/config.json
  'llama-8b': { embd: 4096, layers: 32, ff: 14336, heads: 32, kvHeads: 8, vocab: 128256, ctx: 131072, ropeTheta: 500000, tied: false },
} as const satisfies Record<string, PresetShape>;

export type PresetName = keyof typeof PRESETS;
export const PRESET_NAMES = Object.keys(PRESETS) as PresetName[];
