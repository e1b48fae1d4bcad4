// `llama-perf-gate model --out model.gguf [--embd N --layers N --ff N --vocab N --heads N --kv-heads N --ctx N --type f16|f32 --seed N]`
import { DEFAULT_SHAPE, writeSyntheticModel, type ModelShape } from '../model/synthetic.ts';
import { UserError } from '../sys/errors.ts';
import { OptionValues, parseCommandArgs } from '../plan/option-values.ts';
import { checkOutFile } from './out-path.ts';

export async function modelCommand(argv: string[]): Promise<number> {
  const o = new OptionValues('model', parseCommandArgs('model', argv).values);
  const out = o.str('out');
  if (!out) throw new UserError('model: --out is required', 'example: llama-perf-gate model --out model.gguf --embd 512 --layers 8');
  const shape: ModelShape = {
    embd: o.num('embd', DEFAULT_SHAPE.embd),
    layers: o.num('layers', DEFAULT_SHAPE.layers),
    ff: o.num('ff', DEFAULT_SHAPE.ff),
    vocab: o.num('vocab', DEFAULT_SHAPE.vocab),
    heads: o.num('heads', DEFAULT_SHAPE.heads),
    kvHeads: o.num('kv-heads', DEFAULT_SHAPE.kvHeads),
    ctx: o.num('ctx', DEFAULT_SHAPE.ctx),
    type: o.str('type') as ModelShape['type'],
    seed: o.num('seed', DEFAULT_SHAPE.seed),
  };
  checkOutFile('--out', out, 'model.gguf');
  const { bytes, params } = writeSyntheticModel(out, shape);
  console.log(`wrote ${out}: ${(params / 1e6).toFixed(1)}M parameters, ${(bytes / 2 ** 20).toFixed(1)} MiB`);
  return 0;
}
