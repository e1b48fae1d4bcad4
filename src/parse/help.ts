// What a llama-bench binary can do, from its --help: the flavour (mainline or ik_llama.cpp) and the
// flags it accepts, so the bench stage only passes levers (--prio, --delay, --poll, -C, -d, -gp)
// that exist instead of failing a launch on "invalid parameter".
import type { Flavour } from './types.ts';
import { UserError } from '../sys/errors.ts';

const HELP_HINT = 'point --repo at a llama.cpp or ik_llama.cpp checkout; its llama-bench --help must print the usage';

/**
 * Every flag named at the start of an option line, short and long spellings alike:
 * "  -d, --n-depth <n>" → -d, --n-depth; "  -ot --override-tensor <...>" → -ot, --override-tensor.
 */
export function supportedFlags(helpText: string): Set<string> {
  const flags = new Set<string>();
  for (const line of helpText.split('\n')) {
    const m = /^\s+(-{1,2}[A-Za-z][\w-]*(?:,?\s+-{1,2}[A-Za-z][\w-]*)*)/.exec(line);
    if (!m) continue;
    for (const f of m[1].split(/[,\s]+/)) if (f.startsWith('-')) flags.add(f);
  }
  return flags;
}

/** mainline has -d/--n-depth and jsonl output; ik_llama.cpp has -gp and no jsonl. */
export function detectFlavourFromHelp(helpText: string): Flavour {
  const flags = supportedFlags(helpText);
  if (!flags.has('-p') && !flags.has('--n-prompt')) {
    const first = helpText.split('\n').find((l) => l.trim() !== '')?.trim().slice(0, 80) ?? '';
    throw new UserError(`llama-bench --help does not look like llama-bench's usage (first line: ${JSON.stringify(first)})`, HELP_HINT);
  }
  if (flags.has('-gp')) return 'ik';
  if (flags.has('-d') || flags.has('--n-depth')) return 'mainline';
  const output = helpText.split('\n').find((l) => /^\s+-o, --output\b/.test(l)) ?? '';
  if (output.includes('jsonl')) return 'mainline';
  // ik-only options, for builds older than -gp.
  if (['-mla', '-fmoe', '-rtr', '-amb', '-ser', '-thp'].some((f) => flags.has(f))) return 'ik';
  return 'mainline';
}

/**
 * The flags of a common-argument tool (llama-batched-bench, llama-sweep-bench) from its --help.
 * Mainline prints them from column 0 ("-fa,   --flash-attn [on|off|auto]   set…"), ik indented
 * ("  -fa,   --flash-attn   enable…", "         --numa TYPE   …").
 */
export function commonToolFlags(helpText: string): Set<string> {
  const flags = new Set<string>();
  for (const line of helpText.split('\n')) {
    const m = /^\s*(-{1,2}[A-Za-z][\w-]*(?:,\s*-{1,2}[A-Za-z][\w-]*)*)/.exec(line);
    if (m) for (const f of m[1].split(/[,\s]+/)) if (f.startsWith('-')) flags.add(f);
  }
  return flags;
}
