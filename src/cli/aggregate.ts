// `llama-perf-gate aggregate [--out DIR] [--template FILE] PATH...` — the fleet merge outside Actions:
// results.json files (or directories holding them, or globs) from several machines → one
// aggregate.json, one report.md with a section per machine, and the table on the terminal.
// The files are validated strictly (they may come from artifacts uploaded by untrusted jobs).
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UserError } from '../errors.ts';
import { OptionValues, parseCommandArgs } from '../plan/options.ts';
import { checkOutDir } from '../plan/from-args.ts';
import { loadMachines, writeAggregate } from '../pipeline/fleet.ts';
import { buildReportModel, renderMarkdown, renderTerminal } from '../report/index.ts';

export async function aggregateCommand(argv: string[], print: (text: string) => void = (t) => void process.stdout.write(t)): Promise<number> {
  const { values, positionals } = parseCommandArgs('aggregate', argv, { positionals: true });
  const o = new OptionValues('aggregate', values);
  if (positionals.length === 0) {
    throw new UserError('aggregate: no results given', 'example: llama-perf-gate aggregate --out fleet artifacts/*/results.json');
  }
  const machines = await loadMachines(positionals, process.cwd());
  const results = machines.map((m) => m.results);
  const labels = machines.every((m) => m.label) ? machines.map((m) => m.label as string) : undefined;
  const out = resolve(o.str('out')!);
  checkOutDir('--out', out, 'perf-fleet');
  await writeAggregate(join(out, 'aggregate.json'), machines);
  const model = buildReportModel(results, { labels });
  writeFileSync(join(out, 'report.md'), renderMarkdown(model, { templatePath: o.str('template') }));
  print(renderTerminal(model) + '\n');
  const overall = model.overall;
  print(`overall: ${overall}; wrote ${join(out, 'aggregate.json')} and ${join(out, 'report.md')}\n`);
  return overall === 'regression' || overall === 'failed' ? 1 : 0;
}
