// `llama-perf-gate aggregate [--out DIR] [--template FILE] [--expected-machines a,b] PATH...` — the fleet merge outside Actions:
// results.json files (or directories holding them, or globs) from several machines → one
// aggregate.json, one report.md with a section per machine, and the table on the terminal.
// The files are validated strictly (they may come from artifacts uploaded by untrusted jobs).
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UserError } from '../sys/errors.ts';
import { writeFileAtomic } from '../sys/atomic-file.ts';
import { OptionValues, parseCommandArgs, withExample } from '../plan/option-values.ts';
import { checkOutDir } from '../sys/paths.ts';
import { loadFleet, writeAggregate } from '../pipeline/fleet.ts';
import { asGateOutcome, exitCodeFor } from '../stats/policy.ts';
import { buildReportModel, renderMarkdown, renderTerminal, renderHtml } from '../report/index.ts';

export async function aggregateCommand(argv: string[], print: (text: string) => void = (t) => void process.stdout.write(t)): Promise<number> {
  const { values, positionals } = parseCommandArgs('aggregate', argv, { positionals: true });
  const o = new OptionValues('aggregate', values);
  if (positionals.length === 0) {
    throw new UserError('aggregate: no results given', 'example: llama-perf-gate aggregate --out fleet artifacts/*/results.json');
  }
  // Outputs and the template are checked before the (possibly many) results files are read.
  const out = resolve(o.str('out')!);
  checkOutDir('--out', out, 'perf-fleet');
  const template = o.str('template');
  if (template !== undefined && !statSync(template, { throwIfNoEntry: false })?.isFile()) {
    throw new UserError(`--template ${template} is not a readable file`, 'example: --template my-report.md.hbs (see templates/README.md)');
  }
  const expected = (o.str('expected-machines') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const fleet = await loadFleet(positionals, process.cwd(), expected).catch((e: unknown) => {
    throw withExample(e, 'llama-perf-gate aggregate --out perf-fleet machine1/results.json machine2/results.json');
  });
  const results = fleet.machines.map((m) => m.results);
  const labels = fleet.machines.map((m) => m.label);
  await writeAggregate(join(out, 'aggregate.json'), fleet);
  const model = buildReportModel(results, { labels, problems: fleet.problems });
  writeFileAtomic(join(out, 'report.md'), renderMarkdown(model, { templatePath: template }));
  writeFileAtomic(join(out, 'report.html'), renderHtml(model));
  if (results.length > 0) print(renderTerminal(model) + '\n');
  for (const p of fleet.problems) print(`${p.outcome ?? 'note'}: ${p.text}\n`);
  const overall = asGateOutcome(model.overall);
  print(`overall: ${overall}; wrote ${join(out, 'aggregate.json')}, ${join(out, 'report.md')} and ${join(out, 'report.html')}\n`);
  return exitCodeFor(overall);
}
