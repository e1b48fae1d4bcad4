// Output paths checked before anything is written: one line naming the flag and the path.
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UserError } from '../sys/errors.ts';
import { checkOutDir } from '../plan/from-args.ts';

/** An output file: its directory must exist (and be writable); the path must not be a directory. */
export function checkOutFile(flag: string, file: string, example: string): void {
  const path = resolve(file);
  if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) throw new UserError(`${flag} ${file} is a directory, not a file`, `example: ${flag} ${example}`);
  const dir = dirname(path);
  const st = statSync(dir, { throwIfNoEntry: false });
  if (!st) throw new UserError(`${flag} ${file}: the directory ${dir} does not exist`, `create it first (mkdir -p ${dir}) or write elsewhere, e.g. ${flag} ${example}`);
  checkOutDir(flag, dir, example);
}
