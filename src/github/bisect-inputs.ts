// The bisect inputs (good, bad, max-builds, bisect-minutes) read as the `bisect` command's flags:
// the option table's checks (a ref never starting with "-", the ranges) with errors worded for inputs.
import { UserError } from '../sys/errors.ts';
import { OptionValues, parseCommandArgs } from '../plan/option-values.ts';
import { asInputError } from './input-words.ts';

export interface BisectInputs {
  /** Bisect this range instead of benchmarking (inputs good and bad); null: not asked. */
  bisectRange: { good: string; bad: string } | null;
  /** The bound of a bisection (these inputs, or /perf bisect): null, no bound. */
  bisectBudget: { maxBuilds: number | null; minutes: number | null };
}

/** Bisect inputs → the `bisect` flags, checked by the CLI's parser (ref pattern, ranges) and worded for inputs. */
export function readBisect(get: (name: string) => string): BisectInputs {
  const flags: [flag: string, input: string][] = [['good', 'good'], ['bad', 'bad'], ['max-builds', 'max-builds'], ['minutes', 'bisect-minutes']];
  const argv = flags.flatMap(([flag, input]) => (get(input).trim() === '' ? [] : [`--${flag}=${get(input).trim()}`]));
  let read: { good?: string; bad?: string; maxBuilds: number | null; minutes: number | null };
  try {
    // The table's checks run as each value is read: inside the try, so errors are worded for inputs.
    const o = new OptionValues('bisect', parseCommandArgs('bisect', argv).values);
    read = { good: o.str('good'), bad: o.str('bad'), maxBuilds: o.has('max-builds') ? o.num('max-builds') : null, minutes: o.optNum('minutes') ?? null };
  } catch (e) {
    const err = asInputError(e);
    throw err instanceof UserError ? new UserError(err.message.replace('input "minutes"', 'input "bisect-minutes"'), err.hint?.replace(/^example: {2}minutes:/, 'example:  bisect-minutes:')) : err;
  }
  const { good, bad, maxBuilds, minutes } = read;
  if ((good === undefined) !== (bad === undefined)) {
    throw new UserError(`input "${good === undefined ? 'good' : 'bad'}" is empty: a bisection needs both good and bad`, 'example:  good: b4000  bad: master');
  }
  return { bisectRange: good !== undefined && bad !== undefined ? { good, bad } : null, bisectBudget: { maxBuilds, minutes } };
}
