#!/usr/bin/env node
// llama-perf-gate command line: one subcommand per entry point of the pipeline.
import { UserError } from '../errors.ts';

type Command = (argv: string[]) => Promise<number>;

const COMMANDS: Record<string, { about: string; load: () => Promise<Command> }> = {
  run: { about: 'build base and head, benchmark them interleaved, decide', load: async () => (await import('./run.ts')).runCommand },
  demo: { about: 'the embedded default: bundled llama.cpp vs the mmap-KV patch (npm start)', load: async () => (await import('./demo.ts')).demoCommand },
  analyze: { about: 'decide from results.json or from raw llama-bench outputs', load: async () => (await import('./analyze.ts')).analyzeCommand },
  probe: { about: 'model-free A/B of heap vs mmap KV buffers on this host', load: async () => (await import('./probe.ts')).probeCommand },
  model: { about: 'write a synthetic GGUF model', load: async () => (await import('./model.ts')).modelCommand },
  experiments: { about: 'list the experiments in the store', load: async () => (await import('./experiments.ts')).experimentsCommand },
  more: { about: 'add blocks to an experiment and decide again', load: async () => (await import('./more.ts')).moreCommand },
  history: { about: 'base throughput across experiments on this host; flags a moved baseline', load: async () => (await import('./history.ts')).historyCommand },
  aggregate: { about: 'merge several machines\' results.json into one report (fleet)', load: async () => (await import('./aggregate.ts')).aggregateCommand },
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.about}`);
  return `usage: llama-perf-gate <command> [flags]\n\ncommands:\n${lines.join('\n')}\n`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  const cmd = COMMANDS[name];
  if (!cmd) throw new UserError(`unknown command "${name}"`, usage().trimEnd());
  return (await cmd.load())(rest);
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  if (e instanceof UserError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    console.error(`error: ${(e as Error).message}`);
    if (e instanceof UserError && e.hint) console.error(e.hint);
    process.exitCode = e instanceof UserError ? e.exitCode : 2;
  } else {
    throw e;
  }
}
