import type { Message, MessageId, MessageValue, MessageValues } from '../i18n/index.js';
import { t } from '../i18n/index.js';
import { InputError } from '../util/errors.js';
import type { Problem } from '../util/yaml-source.js';

/**
 * Input a split or portfolio run cannot use (shards that do not belong together, a bad
 * sites file): exit 2. It carries its catalogue message, so the command line says it in
 * the user's language; the English text is the Error's message, for logs and library users.
 */
export class ScaleInputError extends InputError {
  readonly msg: Message;
  constructor(id: MessageId, values?: MessageValues, problems: Problem[] = []) {
    super(t('en', id, values), problems);
    this.msg = values ? { id, values } : { id };
    this.name = 'ScaleInputError';
  }
}

const STEPS = new Set(['start', 'exports', 'crawl', 'measures', 'account', 'lighthouse', 'journeys', 'scoring', 'writing', 'preflight']);

/** A step's name as a message value, worded in the reader's language when it is one of ours. */
export function stepValue(step: string): MessageValue {
  return STEPS.has(step) ? { msg: { id: `scale.step.${step}` as MessageId } } : step;
}
