/**
 * How the measures write a reason: a catalogue message with its values, and the same
 * text in English (`missing`, `note`) for logs and saved files.
 */
import { joinedNotes, reason, type Message, type MessageId, type MessageValues } from '../i18n/index.js';
import type { EvidenceItem, Source } from '../types.js';

/** A value missing though nothing failed, with its reason. */
export function missing(id: MessageId, values?: MessageValues): Pick<EvidenceItem, 'missing' | 'missingReason'> {
  const r = reason(id, values);
  return { missing: r.message, missingReason: r.reason };
}

/** A source note, with its reason. */
export function noted(id: MessageId, values?: MessageValues): Pick<Source, 'note' | 'noteReason'> {
  const r = reason(id, values);
  return { note: r.message, noteReason: r.reason };
}

/** Several source notes as one, joined with "; ". */
export function notedAll(parts: Message[]): Pick<Source, 'note' | 'noteReason'> {
  const m = joinedNotes(parts);
  return noted(m.id, m.values);
}
