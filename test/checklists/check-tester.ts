/**
 * A tester for checks, in the spirit of ESLint's RuleTester: each built-in check has a
 * table of cases — the evidence (or the answer) and the organisation — with the state
 * and the sentence the engine must give in English and Spanish. The tables live in
 * test/checklists/cases/<area>.ts; check-tester.test.ts fails when a built-in check has
 * none, or a table names a check that does not exist.
 */
import type { CheckDef, CheckStatus, Evidence, Profile } from '../../src/types.js';
import { evaluateCheck } from '../../src/engine/evaluate.js';

export interface CheckCase {
  /** What the case shows; the state is enough when it says it all. */
  name?: string;
  /** Evidence values by key (`answer` is shorthand for the check's question). */
  evidence?: Record<string, unknown>;
  /** The answer to the check's question (a value, or { status: 'dont-know' }). */
  answer?: unknown;
  /** Changes to the default organisation (a Colombian B2C retailer, MOD-2, every channel, stores). */
  profile?: Partial<Profile['organisation']> & { channels?: Profile['channels']; locations?: Profile['locations']; targets?: Profile['targets'] };
  /** Records behind a computed figure (below the check's minimum the check is unknown). */
  sample?: number;
  status: CheckStatus;
  /** The expectation sentence, exactly. */
  en: string;
  es: string;
}

export type CaseTable = Record<string, CheckCase[]>;

export const NOW = new Date('2026-11-15T12:00:00Z');

/** A Colombian B2C retailer with stores and every channel: most checks apply to it. */
export function organisation(over: CheckCase['profile'] = {}): Profile {
  const { channels, locations, targets, ...org } = over;
  return {
    organisation: { name: 'Tienda de prueba', country: 'CO', businessModel: 'b2c', serviceModel: 'MOD-2', ...org },
    channels: channels ?? [
      { type: 'web', url: 'https://tienda.example/' },
      { type: 'phone', value: '+57 601 555 0123' },
      { type: 'callcentre', value: '+57 601 555 0123' },
      { type: 'email', value: 'servicio@tienda.example' },
      { type: 'chat' },
      { type: 'whatsapp', value: '+57 300 123 4567' },
    ],
    locations: locations ?? [{ name: 'Tienda Centro', address: 'Cra. 7 # 12-30, Bogotá' }],
    targets,
  };
}

/** Runs one case of one check: the state and the sentence in both languages. */
export function runCase(def: CheckDef, area: string, c: CheckCase): { status: CheckStatus; en: string; es: string } {
  const evidence: Evidence = {};
  for (const [k, v] of Object.entries(c.evidence ?? {})) evidence[k] = { value: v, sources: [], ...(c.sample !== undefined ? { sample: c.sample } : {}) };
  if (def.question && c.answer !== undefined) {
    const a = c.answer as { status?: string };
    evidence[`answer.${def.question.id}`] = a && typeof a === 'object' && 'status' in a ? { sources: [], missing: a.status } : { value: c.answer, sources: [], origin: 'answer' };
  }
  const r = evaluateCheck(def, area, organisation(c.profile), evidence, NOW);
  return { status: r.status, en: r.expectation.en, es: r.expectation.es };
}
