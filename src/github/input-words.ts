// Errors worded for flags (`--threads must be…`, `example: --threads 4`), reworded for the Action's
// inputs: the job log names the input to fix and gives a valid example in workflow syntax.
import { UserError } from '../sys/errors.ts';

/** `--name` → `input "name"` in the words of a message, never inside the value it quotes (`(got "…")`). */
function inputWords(text: string): string {
  const quoted = text.indexOf(' (got "');
  const words = quoted < 0 ? text : text.slice(0, quoted);
  return words.replace(/--([a-z][a-z-]*)/g, 'input "$1"') + (quoted < 0 ? '' : text.slice(quoted));
}

/** Rewrite a flag-worded error ("--threads must be…", "example: --threads 4") into input words. */
export function asInputError(e: unknown): unknown {
  if (!(e instanceof UserError) && !(e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) return e;
  const message = inputWords((e as Error).message);
  const hint = e instanceof UserError && e.hint ? e.hint.replace(/^example: --([a-z][a-z-]*)[\s=]+/, 'example:  $1: ').replace(/--([a-z][a-z-]*)/g, 'input \"$1\"') : undefined;
  return new UserError(message, hint);
}
