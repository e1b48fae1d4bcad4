import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);
import {
  OptionValues,
  parseCommandArgs
} from "./chunk-JTF2YUPJ.js";
import {
  DEFAULT_SHAPE,
  checkShape,
  outputType,
  writeSyntheticModel
} from "./chunk-YTDCO4HC.js";
import "./chunk-VK5KJTMD.js";
import {
  checkOutFile
} from "./chunk-B2D4RTC7.js";
import "./chunk-472GWJ2N.js";
import {
  PRESETS
} from "./chunk-BJGFYZ3G.js";
import {
  UserError
} from "./chunk-LCLRZKD3.js";
import "./chunk-IMDJUDY4.js";

// src/cli/model.ts
async function modelCommand(argv) {
  const o = new OptionValues("model", parseCommandArgs("model", argv).values);
  const out = o.str("out");
  if (!out) throw new UserError("model: --out is required", "example: llama-perf-gate model --out model.gguf --preset llama-1b --type q4_0");
  const preset = o.str("preset");
  const base = preset ? PRESETS[preset] : DEFAULT_SHAPE;
  const shape = {
    embd: o.num("embd", base.embd),
    layers: o.num("layers", base.layers),
    ff: o.num("ff", base.ff),
    vocab: o.num("vocab", base.vocab),
    heads: o.num("heads", base.heads),
    kvHeads: o.num("kv-heads", base.kvHeads),
    ctx: o.num("ctx", base.ctx),
    type: o.str("type"),
    seed: o.num("seed", DEFAULT_SHAPE.seed),
    ropeTheta: base.ropeTheta,
    tied: base.tied
  };
  checkShape(shape);
  checkOutFile("--out", out, "model.gguf");
  const { bytes, params } = writeSyntheticModel(out, shape);
  const output = outputType(shape.type) === shape.type ? "" : ` (output ${outputType(shape.type)})`;
  console.log(`wrote ${out}: ${(params / 1e6).toFixed(1)}M parameters${preset ? ` (${preset} shape)` : ""}, ${shape.type}${output}, ${(bytes / 2 ** 20).toFixed(1)} MiB`);
  return 0;
}
export {
  modelCommand
};
