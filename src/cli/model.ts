// `llama-perf-gate model --out model.gguf [--embd N --layers N --ff N --vocab N --heads N --kv-heads N --ctx N --type f16|f32 --seed N]`
import { parseArgs } from 'node:util';
import { DEFAULT_SHAPE, writeSyntheticModel, type ModelShape } from '../model/synthetic.ts';
import { UserError } from '../errors.ts';
import { intFlag } from './flags.ts';

export async function modelCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      out: { type: 'string' },
      embd: { type: 'string' }, layers: { type: 'string' }, ff: { type: 'string' }, vocab: { type: 'string' },
      heads: { type: 'string' }, 'kv-heads': { type: 'string' }, ctx: { type: 'string' },
      type: { type: 'string' }, seed: { type: 'string' },
    },
    strict: true,
  });
  if (!values.out) throw new UserError('model: --out is required', 'example: llama-perf-gate model --out model.gguf --embd 512 --layers 8');
  const type = values.type ?? DEFAULT_SHAPE.type;
  if (type !== 'f16' && type !== 'f32') throw new UserError(`--type must be f16 or f32 (got "${type}")`, 'example: --type f16');
  const shape: ModelShape = {
    embd: intFlag('--embd', values.embd, DEFAULT_SHAPE.embd),
    layers: intFlag('--layers', values.layers, DEFAULT_SHAPE.layers),
    ff: intFlag('--ff', values.ff, DEFAULT_SHAPE.ff),
    vocab: intFlag('--vocab', values.vocab, DEFAULT_SHAPE.vocab),
    heads: intFlag('--heads', values.heads, DEFAULT_SHAPE.heads),
    kvHeads: intFlag('--kv-heads', values['kv-heads'], DEFAULT_SHAPE.kvHeads),
    ctx: intFlag('--ctx', values.ctx, DEFAULT_SHAPE.ctx),
    type,
    seed: intFlag('--seed', values.seed, DEFAULT_SHAPE.seed),
  };
  const { bytes, params } = writeSyntheticModel(values.out, shape);
  console.log(`wrote ${values.out}: ${(params / 1e6).toFixed(1)}M parameters, ${(bytes / 2 ** 20).toFixed(1)} MiB`);
  return 0;
}
