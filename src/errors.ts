// One error type for everything the user can fix: bad flags, a missing file, malformed output.
// The CLI prints `message` (what was wrong and where) and `hint` (how to fix it) and exits with
// `exitCode` — never a stack trace. Anything else reaching the top level is a bug in this tool.
export class UserError extends Error {
  readonly hint: string | undefined;
  readonly exitCode: number;
  constructor(message: string, hint?: string, exitCode = 2) {
    super(message);
    this.name = 'UserError';
    this.hint = hint;
    this.exitCode = exitCode;
  }
}
