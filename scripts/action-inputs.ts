// Rewrites the `inputs:` section of action.yml from the option spec (src/plan/options.ts):
//   node scripts/action-inputs.ts
// test/plan/options.test.ts fails while action.yml and the spec differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { actionYamlInputs } from '../src/github/inputs.ts';

export const ACTION_YML = fileURLToPath(new URL('../action.yml', import.meta.url));

/** action.yml's text with its inputs section generated from the spec. */
export function withGeneratedInputs(text: string): string {
  const start = text.indexOf('\ninputs:\n');
  const end = text.indexOf('\noutputs:\n');
  if (start < 0 || end < start) throw new Error('action.yml: no inputs: … outputs: sections');
  const body = stringify({ inputs: actionYamlInputs() }, { lineWidth: 110, defaultStringType: 'PLAIN' });
  const note = '# Generated from src/plan/options.ts by scripts/action-inputs.ts: edit the spec, not this list.\n';
  const head = text.slice(0, start + 1).replace(note, '');
  return `${head}${note}${body}${text.slice(end)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(ACTION_YML, withGeneratedInputs(readFileSync(ACTION_YML, 'utf8')));
  console.log(`wrote the inputs of ${ACTION_YML}`);
}
