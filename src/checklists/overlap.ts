/**
 * One fact, one score: two scored checks that read the same evidence key or ask the
 * same question count the same fact twice, unless one of them declares the other in
 * `related:` with the reason both exist. Advisory checks are shown, not scored, so they
 * never count twice.
 */
import type { CheckDef, Checklist } from '../types.js';

/** The facts a check reads: its evidence keys, or its question. */
export function factsOf(c: CheckDef): string[] {
  if (c.question) return [`answer.${c.question.id}`];
  if (!c.evidence) return [];
  return typeof c.evidence === 'string' ? [c.evidence] : [...c.evidence.anyOf];
}

export interface SharedFact {
  fact: string;
  checks: [string, string];
}

function declares(a: CheckDef, b: CheckDef): boolean {
  return (a.related ?? []).some((r) => r.check === b.id) || (b.related ?? []).some((r) => r.check === a.id);
}

/** Every pair of scored checks that read one fact without a declared relation. */
export function undeclaredSharedFacts(lists: Checklist[]): SharedFact[] {
  const byFact = new Map<string, CheckDef[]>();
  for (const c of lists.flatMap((l) => l.checks)) {
    if (c.advisory) continue;
    for (const f of factsOf(c)) byFact.set(f, [...(byFact.get(f) ?? []), c]);
  }
  const out: SharedFact[] = [];
  for (const [fact, checks] of byFact) {
    for (let i = 0; i < checks.length; i++) {
      for (let j = i + 1; j < checks.length; j++) {
        if (!declares(checks[i], checks[j])) out.push({ fact, checks: [checks[i].id, checks[j].id] });
      }
    }
  }
  return out;
}
