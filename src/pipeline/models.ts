// The plan's preset models (--model llama-1b:q8_0) written into the cache the first time a run needs
// them, under a temporary name then renamed, so a run interrupted mid-write or two runs at once never
// leave a half-written model under the final name. Files given by path are the user's: never written.
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Plan } from '../plan/types.ts';
import { PRESETS } from '../model/presets.ts';
import { writeSyntheticModel } from '../model/synthetic.ts';
import { readGgufHeader } from '../model/gguf-reader.ts';

export function ensureModels(plan: Pick<Plan, 'models'>, log: (line: string) => void = () => {}): void {
  for (const m of plan.models) {
    if (!m.preset || existsSync(m.path)) continue;
    mkdirSync(dirname(m.path), { recursive: true });
    const tmp = `${m.path}.${process.pid}.tmp`;
    try {
      const { params, bytes } = writeSyntheticModel(tmp, { ...PRESETS[m.preset.preset], type: m.preset.type, seed: 1 });
      renameSync(tmp, m.path);
      log(`wrote model ${m.name}: ${(params / 1e6).toFixed(1)}M parameters, ${(bytes / 2 ** 20).toFixed(1)} MiB (${m.path})`);
    } finally {
      rmSync(tmp, { force: true });
    }
  }
  for (const m of plan.models) readGgufHeader(m.path);
}
