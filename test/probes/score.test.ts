/**
 * How the fixture-site test and the real-page benchmark count a page's result against
 * its labels (bench/score.js): one tally per signal, items for sets, pages for booleans.
 */
import { describe, expect, it } from 'vitest';
import { score, type Tally } from './helpers.js';

function tallyOf(key: string, label: unknown, value: unknown): Pick<Tally, 'tp' | 'fp' | 'fn' | 'tn'> {
  const tallies = new Map<string, Tally>();
  score(tallies, 'page', { [key]: label }, { [key]: { value } });
  const { tp, fp, fn, tn } = tallies.get(key)!;
  return { tp, fp, fn, tn };
}

describe('counting a page against its labels', () => {
  it.each([
    // co-retail-alkosto-home: labelled as the page wrote it in 2021, read in today's plan.
    ['a Bogotá line labelled in the pre-2021 plan and read in the current one', 'site.contact.phones', ['+5713649734'], ['+576013649734'], { tp: 1, fp: 0, fn: 0, tn: 0 }],
    ['the same for a WhatsApp number', 'site.contact.whatsapp', ['+5743649734'], ['+576043649734'], { tp: 1, fp: 0, fn: 0, tn: 0 }],
    // A toll-free 01 8000 line has eleven digits after +57 and was never renumbered.
    ['a toll-free line is not rewritten', 'site.contact.phones', ['+5718000180222'], ['+57601800018022'], { tp: 0, fp: 1, fn: 1, tn: 0 }],
    ['two different Bogotá lines are two lines', 'site.contact.phones', ['+5713649734'], ['+576014073033'], { tp: 0, fp: 1, fn: 1, tn: 0 }],
    ['a Brazilian mobile labelled in its eight-digit form of before the ninth digit and read with the 9', 'site.contact.phones', ['+559891163011'], ['+5598991163011'], { tp: 1, fp: 0, fn: 0, tn: 0 }],
    ['a Brazilian landline (first digit 2 to 5) is not given a ninth digit', 'site.contact.phones', ['+559832163011'], ['+5598932163011'], { tp: 0, fp: 1, fn: 1, tn: 0 }],
    ['a mobile is left as it is', 'site.contact.phones', ['+573001234567'], ['+573001234567'], { tp: 1, fp: 0, fn: 0, tn: 0 }],
    ['an e-mail set is compared as written', 'site.contact.emails', ['a@x.co'], ['b@x.co'], { tp: 0, fp: 1, fn: 1, tn: 0 }],
    ['a boolean signal found where labelled', 'site.policy.privacy', true, true, { tp: 1, fp: 0, fn: 0, tn: 0 }],
    ['a boolean signal reported where the label says none', 'site.policy.privacy', false, true, { tp: 0, fp: 1, fn: 0, tn: 0 }],
    ['an empty set on both sides is a true negative', 'site.contact.phones', [], [], { tp: 0, fp: 0, fn: 0, tn: 1 }],
  ])('%s', (_name, key, label, value, want) => {
    expect(tallyOf(key, label, value)).toEqual(want);
  });
});
