/**
 * The one message catalogue: every message in every language, with the same
 * arguments, valid ICU; values formatted for the reader's locale.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import en from '../src/i18n/en/index.js';
import es from '../src/i18n/es/index.js';
import { formatDuration, formatNumber, formatPercent, localized, t, type MessageId } from '../src/i18n/index.js';
import { LANGS, type Lang } from '../src/types.js';

const CATALOGUES: Record<Lang, Record<string, string>> = { en, es };

interface Element {
  type: number;
  value?: unknown;
  options?: Record<string, { value: Element[] }>;
  children?: Element[];
}

/** The argument names a message uses, nested ones included (parsing also proves the ICU syntax valid). */
function argumentsOf(message: string): string[] {
  const out = new Set<string>();
  // Element types of the ICU parser: 0 literal, 7 pound (#); every other one names an argument.
  const walk = (els: Element[]): void => {
    for (const el of els) {
      if (el.type === 0 || el.type === 7) continue;
      if (typeof el.value === 'string') out.add(el.value);
      for (const o of Object.values(el.options ?? {})) walk(o.value);
      if (el.children) walk(el.children);
    }
  };
  walk(new IntlMessageFormat(message, 'en').getAst() as Element[]);
  return [...out].sort();
}

describe('the catalogue', () => {
  it('has every message in every language', () => {
    const ids = Object.keys(en).sort();
    for (const lang of LANGS) expect(Object.keys(CATALOGUES[lang]).sort(), lang).toEqual(ids);
  });

  it('has no empty message', () => {
    for (const lang of LANGS) for (const [id, m] of Object.entries(CATALOGUES[lang])) expect(m.trim(), `${lang} ${id}`).not.toBe('');
  });

  it('gives each message the same arguments in every language, in valid ICU syntax', () => {
    const mismatched: string[] = [];
    for (const id of Object.keys(en)) {
      const want = argumentsOf(en[id as MessageId]);
      for (const lang of LANGS) {
        const got = argumentsOf(CATALOGUES[lang][id]!);
        if (JSON.stringify(got) !== JSON.stringify(want)) mismatched.push(`${lang} ${id}: ${got.join(',')} ≠ ${want.join(',')}`);
      }
    }
    expect(mismatched).toEqual([]);
  });
});

describe("values formatted for the reader's locale", () => {
  it.each([
    ['en', 47.5, '47.5 %'],
    ['es', 47.5, '47,5 %'],
  ] as const)('%s writes a ratio of %s %% as %s', (lang, pct, expected) => {
    expect(formatPercent(pct / 100, lang)).toBe(expected);
  });

  it.each([
    ['en', 1234.5, '1,234.5'],
    ['es', 1234.5, '1.234,5'],
  ] as const)('%s writes %s as %s', (lang, n, expected) => {
    expect(formatNumber(n, lang)).toBe(expected);
  });

  it.each([
    [250, 'en', '250 ms'],
    [2500, 'es', '2,5 s'],
    [11_400_000, 'en', '3 h 10 min'],
    [12 * 86_400_000 + 3_600_000, 'es', '12 d'],
  ] as const)('a duration of %s ms in %s is %s', (ms, lang, expected) => {
    expect(formatDuration(ms, lang)).toBe(expected);
  });

  it("formats the numbers inside a sentence, so the sentence and the figure beside it agree", () => {
    const s = localized('op.sentence', { subject: { en: 'share answered', es: 'proporción respondida' }, value: { percent: 0.125 }, rule: { msg: { id: 'op.rule.target', values: { sym: '≥', target: { percent: 0.5 } } } } });
    expect(s.en).toBe('share answered is 12.5 %; target ≥ 50 %');
    expect(s.es).toBe('proporción respondida es 12,5 %; meta ≥ 50 %');
    expect(JSON.parse(JSON.stringify({ s }))).toEqual({ s: { en: s.en, es: s.es } });
  });

  it('keeps plural arguments as numbers', () => {
    expect(t('en', 'common.andMore', { n: 1200 })).toBe('and 1,200 more');
    expect(t('es', 'common.andMore', { n: 1200 })).toBe('y 1.200 más');
  });
});
