/**
 * Precise units: every scored check on an organisation's export says how its figure is
 * counted — a rate its numerator and denominator, a duration whether it runs in
 * calendar or business time — in both languages, where the consultant reads it
 * (`readiness checklists <id>`, the interview's why, the report).
 */
import { describe, expect, it } from 'vitest';
import { readChecklists } from '../../src/checklists/load.js';
import { evidenceKeyDef } from '../../src/evidence/keys.js';

const checks = readChecklists().checklists.flatMap((l) => l.checks).filter((c) => !c.advisory && typeof c.evidence === 'string' && c.evidence.startsWith('data.'));

describe('definitions behind data keys', () => {
  it.each(checks.map((c) => [c.id, c] as const))('%s says how it is counted', (_id, c) => {
    expect(c.definition, 'definition:').toBeDefined();
    const type = evidenceKeyDef(c.evidence as string)?.type;
    const { en, es } = c.definition!;
    if (type === 'ratio') {
      expect(en, 'a rate names its denominator').toMatch(/divided by/);
      expect(es).toMatch(/dividid[oa]s entre/);
    }
    if (type === 'duration' || /days/i.test(c.title.en)) {
      // Waits of seconds run in one clock; longer ones say which.
      expect(en, 'a duration says calendar or business time').toMatch(/calendar|business|^Seconds/i);
      expect(es).toMatch(/calendario|hábil|^Segundos/i);
    }
  });

  it('first-contact resolution names its method', () => {
    const fcr = checks.find((c) => c.id === 'measurement.first-contact-resolution')!;
    expect(fcr.definition!.en).toMatch(/^Method: /);
    expect(fcr.definition!.es).toMatch(/^Método: /);
  });
});
