import type { Message } from '../i18n/index.js';

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
  /** The message as a catalogue code, rendered in the user's language when printed. */
  readonly msg?: Message;

  constructor(message: string | Message, public readonly exitCode: number = EXIT.usage, public readonly details: string[] = []) {
    super(typeof message === 'string' ? message : message.id);
    if (typeof message !== 'string') this.msg = message;
    this.name = 'UserError';
  }
}
