// `llama-perf-gate model --out model.gguf [--preset llama-1b] [--embd N --layers N --ff N --vocab N --heads N --kv-heads N --ctx N] [--type f16|f32|q8_0|q4_0 --seed N]`
import { DEFAULT_SHAPE, checkShape, outputType, writeSyntheticModel, type ModelShape } from '../model/synthetic.ts';
import { PRESETS, type PresetName } from '../model/presets.ts';
import { UserError } from '../sys/errors.ts';
import { OptionValues, parseCommandArgs } from '../plan/option-values.ts';
import { checkOutFile } from '../sys/paths.ts';

export async function modelCommand(argv: string[]): Promise<number> {
  const o = new OptionValues('model', parseCommandArgs('model', argv).values);
  const out = o.str('out');
  if (!out) throw new UserError('model: --out is required', 'example: llama-perf-gate model --out model.gguf --preset llama-1b --type q4_0');
  const preset = o.str('preset') as PresetName | undefined;
  // A preset replaces the defaults; a flag given beside it still wins.
  const base: Omit<ModelShape, 'type' | 'seed'> = preset ? PRESETS[preset] : DEFAULT_SHAPE;
  const shape: ModelShape = {
    embd: o.num('embd', base.embd),
    layers: o.num('layers', base.layers),
    ff: o.num('ff', base.ff),
    vocab: o.num('vocab', base.vocab),
    heads: o.num('heads', base.heads),
    kvHeads: o.num('kv-heads', base.kvHeads),
    ctx: o.num('ctx', base.ctx),
    type: o.str('type') as ModelShape['type'],
    seed: o.num('seed', DEFAULT_SHAPE.seed),
    ropeTheta: base.ropeTheta,
    tied: base.tied,
  };
  checkShape(shape);
  checkOutFile('--out', out, 'model.gguf');
  const { bytes, params } = writeSyntheticModel(out, shape);
  const output = outputType(shape.type) === shape.type ? '' : ` (output ${outputType(shape.type)})`;
  console.log(`wrote ${out}: ${(params / 1e6).toFixed(1)}M parameters${preset ? ` (${preset} shape)` : ''}, ${shape.type}${output}, ${(bytes / 2 ** 20).toFixed(1)} MiB`);
  return 0;
}
