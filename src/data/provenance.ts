/**
 * A provenance note as evidence keeps it (`Source.message`): a catalogue id with plain
 * JSON parameters, so saved evidence can be worded again in the reader's language.
 * The days, durations and shares among those parameters become typed values here,
 * and the catalogue formats them for the reader's locale.
 */
import { t, type MessageId, type MessageValue, type MessageValues } from '../i18n/index.js';
import type { Lang } from '../types.js';

export type NoteParams = Record<string, string | number | boolean | null>;

/** What a saved parameter stands for, by message: a day, or a figure of the evidence key's type. */
const TYPED: Partial<Record<MessageId, (p: NoteParams) => MessageValues>> = {
  'data.prov.figure': (p) => ({ ...p, from: day(p.from), to: day(p.to) }),
  'data.prov.profileToo': (p) => ({ ...p, value: figure(p.kind, p.value) }),
};

function day(v: NoteParams[string]): MessageValue {
  return typeof v === 'string' && v !== 'none' ? { date: v } : v;
}

function figure(kind: NoteParams[string], v: NoteParams[string]): MessageValue {
  if (typeof v !== 'number') return v;
  if (kind === 'duration') return { duration: v };
  if (kind === 'percent') return { percent: v };
  return v;
}

function isNote(id: string): id is MessageId {
  return Object.prototype.hasOwnProperty.call(TYPED, id);
}

/** The note in `lang`; undefined for a message this module does not know (evidence saved by another version). */
export function noteText(m: { id: string; params?: NoteParams }, lang: Lang): string | undefined {
  if (!isNote(m.id)) return undefined;
  return t(lang, m.id, TYPED[m.id]!(m.params ?? {}));
}
