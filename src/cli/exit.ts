/** Exit codes are a contract (README "Exit codes"); a fatal error is never downgraded. */
export const EXIT = {
  ok: 0,
  gateFailed: 1,
  usage: 2,
  unreachable: 3,
  interrupted: 130,
} as const;

/**
 * An error the user can act on: its message is printed as is, without a stack,
 * and the process exits with its code.
 */
export class UserError extends Error {
  constructor(message: string, public readonly exitCode: number = EXIT.usage, public readonly details: string[] = []) {
    super(message);
    this.name = 'UserError';
  }
}
