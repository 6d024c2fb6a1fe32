/** The Spanish of the built-in checklists holds to docs/glossary.md: no form from its "avoid" column. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readChecklists } from '../../src/checklists/load.js';

const glossary = readFileSync(new URL('../../docs/glossary.md', import.meta.url), 'utf8');
const rows = glossary.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| concept') && !l.startsWith('| ---')).map((l) => l.split('|').slice(1, -1).map((c) => c.trim()));
const avoided = rows.flatMap(([concept, chosen, avoid]) => (avoid ? avoid.split(';').map((a) => ({ concept, chosen, avoid: a.trim() })) : [])).filter((a) => a.avoid);

/** Every Spanish text of a checklist: titles, reasons, remediations, questions, options, subjects. */
function spanish(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => spanish(n, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'es' && typeof v === 'string') out.push(v);
      else spanish(v, out);
    }
  }
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordRe = (s: string) => new RegExp(`(?<![\\p{L}\\d])${escape(s)}(?![\\p{L}\\d])`, 'iu');

describe('the glossary', () => {
  it('has terms to hold the checklists to', () => {
    expect(rows.length).toBeGreaterThan(20);
    expect(avoided.length).toBeGreaterThan(20);
  });

  it('finds an avoided form when a text uses it, and only as a whole word', () => {
    expect(wordRe('postventa').test('la atención de postventa')).toBe(true);
    expect(wordRe('en máximo').test('Se entrega en máximo cinco días')).toBe(true);
    expect(wordRe('prolijo').test('prolijos')).toBe(false);
  });

  const { checklists } = readChecklists();
  it.each(checklists.map((l) => [l.id, l] as const))('%s uses no avoided Spanish form', (_id, list) => {
    const texts = spanish(list);
    const found = avoided.flatMap((a) => texts.filter((t) => wordRe(a.avoid).test(t)).map((t) => `"${a.avoid}" (use "${a.chosen}") in: ${t.slice(0, 100)}`));
    expect(found).toEqual([]);
  });
});
