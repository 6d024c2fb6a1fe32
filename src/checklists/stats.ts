/**
 * What a set of checklists asks of an organisation, in figures: checks per area,
 * severity and kind of evidence, scored and advisory. `readiness checklists --stats`
 * prints it; the severity rule it enforces is in the README (Writing checklists).
 */
import { evidenceKeyDef } from '../evidence/keys.js';
import type { CheckDef, Checklist, Severity } from '../types.js';
import { SEVERITIES } from '../types.js';

export type EvidenceKind = 'question' | 'probe' | 'lighthouse' | 'data';
export const EVIDENCE_KINDS: readonly EvidenceKind[] = ['question', 'probe', 'lighthouse', 'data'];

export interface AreaStats {
  id: string;
  pack?: string;
  weight: number;
  checks: number;
  scored: number;
  advisory: number;
  severity: Record<Severity, number>;
  evidence: Record<EvidenceKind, number>;
}

export interface ChecklistStats {
  areas: AreaStats[];
  total: Omit<AreaStats, 'id' | 'pack' | 'weight'> & { areas: number };
  /** Scored checks that are high or critical, and their share of the scored ones. */
  highOrCritical: { n: number; share: number };
}

/** Where a check's evidence comes from; the first key decides for an `anyOf`. */
export function evidenceKind(c: CheckDef): EvidenceKind {
  if (c.question) return 'question';
  const key = typeof c.evidence === 'string' ? c.evidence : c.evidence!.anyOf[0];
  const source = evidenceKeyDef(key)?.source;
  return source === 'lighthouse' ? 'lighthouse' : source === 'data' ? 'data' : 'probe';
}

const zeroSeverity = (): Record<Severity, number> => ({ critical: 0, high: 0, medium: 0, low: 0 });
const zeroKinds = (): Record<EvidenceKind, number> => ({ question: 0, probe: 0, lighthouse: 0, data: 0 });

export function checklistStats(lists: Checklist[]): ChecklistStats {
  const total = { areas: lists.length, checks: 0, scored: 0, advisory: 0, severity: zeroSeverity(), evidence: zeroKinds() };
  const areas = lists.map((l) => {
    const a: AreaStats = { id: l.id, pack: l.pack, weight: l.weight, checks: l.checks.length, scored: 0, advisory: 0, severity: zeroSeverity(), evidence: zeroKinds() };
    for (const c of l.checks) {
      if (c.advisory) a.advisory++;
      else {
        a.scored++;
        a.severity[c.severity]++;
      }
      a.evidence[evidenceKind(c)]++;
    }
    total.checks += a.checks;
    total.scored += a.scored;
    total.advisory += a.advisory;
    for (const s of SEVERITIES) total.severity[s] += a.severity[s];
    for (const k of EVIDENCE_KINDS) total.evidence[k] += a.evidence[k];
    return a;
  });
  const n = total.severity.critical + total.severity.high;
  return { areas, total, highOrCritical: { n, share: total.scored ? n / total.scored : 0 } };
}
