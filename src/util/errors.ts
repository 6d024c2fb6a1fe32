import type { Problem } from './yaml-source.js';

/** Input the user can fix (a file, an option): carries every located problem found. */
export class InputError extends Error {
  constructor(message: string, public readonly problems: Problem[] = []) {
    super(message);
    this.name = 'InputError';
  }
}
