/**
 * The profile carries evidence of its own: questionnaire answers (`answer.<id>`)
 * and figures measured from the organisation's exports (`data.*`). Turning both
 * into ordinary evidence items lets every check be judged the same way.
 */
import type { AnswerRecord, Evidence, EvidenceItem, Profile } from '../types.js';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function normaliseAnswer(raw: unknown): AnswerRecord {
  if (isRecord(raw)) return raw as AnswerRecord;
  return { value: raw, status: 'answered' };
}

export function profileEvidence(profile: Profile): Evidence {
  const out: Evidence = {};
  const file = profile.file;
  // Plain answers (the common case) share one source list: this runs per profile evaluated.
  const plain = [{ file }];
  const answers = profile.answers ?? {};
  for (const id in answers) {
    const raw = answers[id];
    if (!isRecord(raw)) {
      out[`answer.${id}`] = { value: raw, sources: plain, origin: 'answer' };
      continue;
    }
    const a = raw as AnswerRecord;
    const note = [a.answeredBy, a.answeredAt, a.note].filter(Boolean).join(' · ');
    const item: EvidenceItem = { value: a.value, sources: note ? [{ file, note }] : plain, origin: 'answer' };
    if (a.status === 'dont-know' || a.status === 'skipped') {
      item.value = undefined;
      item.missing = a.status;
    }
    out[`answer.${id}`] = item;
  }
  for (const [key, raw] of Object.entries(profile.metrics ?? {})) {
    const m = isRecord(raw) ? raw : { value: raw };
    const note = [m.source, m.period].filter(Boolean).join(', ') || undefined;
    out[key] = { value: m.value, sources: [{ file, note: note as string | undefined }], origin: 'data' };
  }
  return out;
}

