// A plan file (YAML or JSON) holds the same keys as the run flags; `runValues` merges a command
// line's flags over it (flags win), every key checked exactly as the flag would be.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { UserError } from '../sys/errors.ts';
import { closestFlag, OptionValues, parseCommandArgs, type RawValues } from './option-values.ts';
import { optionsOf } from './options.ts';

/** A plan file holds the same keys as the run flags (without the leading `--`); flags win. */
function readPlanFile(path: string): RawValues {
  const example = 'example: {"base": "main", "head": "pr-1", "workloads": "pp512,tg128"}';
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(`--plan ${path} cannot be read (${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a directory' : (e as Error).message})`, `give a YAML or JSON plan file, e.g. --plan plan.yml holding ${example.slice(9)}`);
  }
  let doc: unknown;
  try {
    doc = path.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (e) {
    const first = (e as Error).message.split('\n')[0];
    throw new UserError(`--plan ${path} is not valid ${path.endsWith('.json') ? 'JSON' : 'YAML'}: ${first}`, example);
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    throw new UserError(`--plan ${path} must hold an object of flag names to values`, example);
  }
  const out: RawValues = {};
  const keys = optionsOf('run').filter((o) => o.name !== 'plan');
  for (const [k, v] of Object.entries(doc)) {
    const spec = keys.find((o) => o.name === k);
    if (!spec) {
      const near = closestFlag('run', k);
      throw new UserError(`--plan ${path}: unknown key "${k}"`, `${near ? `did you mean ${near.name}? ` : ''}keys are the run flags: ${keys.map((o) => o.name).join(', ')}; example: threads: 4`);
    }
    const bad = (what: string): never => {
      throw new UserError(`--plan ${path}: "${k}" must be ${what}`, `example: ${k}: ${spec.kind === 'list' ? `[${spec.example}]` : spec.kind === 'boolean' ? 'true' : spec.example}`);
    };
    if (k === 'model' && typeof v === 'string') {
      out[k] = [v]; // `model: a.gguf,b.gguf` as before; a list is one model per item
    } else if (spec.kind === 'list') {
      if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) bad('a list of strings');
      out[k] = v as string[];
    } else if (spec.kind === 'boolean') {
      if (typeof v !== 'boolean') bad('true or false');
      out[k] = v as boolean;
    } else {
      if (typeof v !== 'string' && typeof v !== 'number' && !((k === 'workloads' || k === 'depth-sweep') && Array.isArray(v))) bad('a string or number');
      out[k] = Array.isArray(v) ? v.join(',') : String(v);
    }
  }
  return out;
}

/**
 * The run flags of a command line merged over its --plan file's keys (flags win). Every key the
 * file gives is checked exactly as the flag would be (`store: ""` is an error, not the default).
 */
export function runValues(argv: string[], command: 'run' | 'demo' = 'run'): OptionValues {
  const { values: flags } = parseCommandArgs(command, argv);
  const file = typeof flags.plan === 'string' ? flags.plan : null;
  const fileValues = file ? readPlanFile(file) : {};
  const o = new OptionValues(command, { ...fileValues, ...flags });
  for (const k of Object.keys(fileValues)) {
    if (flags[k] !== undefined) continue;
    try {
      const kind = o.spec(k).kind;
      if (kind === 'int' || kind === 'number') o.num(k);
      else if (kind === 'list') o.list(k);
      else if (kind !== 'boolean' && kind !== 'files') o.str(k);
    } catch (e) {
      if (e instanceof UserError) throw new UserError(`--plan ${file}: ${e.message}`, e.hint, e.exitCode);
      throw e;
    }
  }
  return o;
}
