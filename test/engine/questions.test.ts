import { describe, expect, it } from 'vitest';
import { scoreAnswer } from '../../src/engine/questions.js';
import type { Question } from '../../src/types.js';

const L = (en: string) => ({ en, es: en });
const choice: Question = {
  id: 'channels.phone-hours', prompt: L('Who answers the phone, and when?'), type: 'choice',
  options: [
    { value: 'people-24x7', label: L('people, 24x7'), score: 1 },
    { value: 'business-hours', label: L('business hours'), score: 0.5 },
    { value: 'no-phone', label: L('no phone line'), score: null },
  ],
};
const multi: Question = {
  id: 'measurement.indicators', prompt: L('Which indicators are measured?'), type: 'multiChoice',
  options: [
    { value: 'ces', label: L('CES'), score: 0.4 },
    { value: 'nps', label: L('NPS'), score: 0.4 },
    { value: 'fcr', label: L('FCR'), score: 0.4 },
    { value: 'none', label: L('none'), score: 0 },
  ],
};
/** Services a municipality may not provide at all: "not offered" leaves the denominator. */
const services: Question = {
  id: 'self-service.services', prompt: L('Which can be done online?'), type: 'multiChoice', notOffered: true,
  options: [
    { value: 'taxes', label: L('Pay taxes'), score: 0.5 },
    { value: 'bookings', label: L('Book activities'), score: 0.3 },
    { value: 'certificates', label: L('Certificates'), score: 0.2 },
  ],
};
const q = (type: Question['type'], extra: Partial<Question> = {}): Question => ({ id: 'a.b', prompt: L('?'), type, ...extra });

describe('scoreAnswer', () => {
  it.each<[string, Question, unknown, string, number | null]>([
    ['yes scores 1 by default', q('yesNo'), true, 'score', 1],
    ['"sí" is read as yes', q('yesNo'), 'sí', 'score', 1],
    ['no scores 0', q('yesNo'), false, 'score', 0],
    ['yesScore 0 inverts a question where yes is bad', q('yesNo', { yesScore: 0 }), true, 'score', 0],
    ['a scale is linear between its ends', q('scale'), 4, 'score', 0.75],
    ['a custom scale', q('scale', { scale: { min: 0, max: 10 } }), 5, 'score', 0.5],
    ['a choice scores its option', choice, 'business-hours', 'score', 0.5],
    ['a null-scored option makes the check not applicable', choice, 'no-phone', 'not-applicable', null],
    ['multiChoice sums options, capped at 1', multi, ['ces', 'nps', 'fcr'], 'score', 1],
    ['multiChoice gives partial credit', multi, ['nps'], 'score', 0.4],
    ['an empty multiChoice answer scores 0', multi, [], 'score', 0],
    ['an item not offered leaves the denominator', services, ['taxes', 'certificates', 'not-offered:bookings'], 'score', 1],
    ['what is offered and missing still counts', services, ['taxes', 'not-offered:bookings'], 'score', 0.5 / 0.7],
    ['nothing offered at all is not applicable', services, ['not-offered:taxes', 'not-offered:bookings', 'not-offered:certificates'], 'not-applicable', null],
    ['a number is passed to the test', q('number'), '12', 'value', null],
    ['a duration is read into ms', q('duration'), '2h', 'value', null],
  ])('%s', (_n, question, answer, kind, score) => {
    const r = scoreAnswer(question, answer);
    expect(r.kind).toBe(kind);
    if (r.kind === 'score') expect(r.score).toBeCloseTo(score!, 5);
  });

  it('names the items not offered in the answer shown', () => {
    const r = scoreAnswer(services, ['taxes', 'not-offered:bookings']);
    expect(r.kind === 'score' && r.shown).toEqual({ en: 'Pay taxes; Book activities (not offered)', es: 'Pay taxes; Book activities (no se ofrece)' });
  });

  it.each<[string, Question, unknown, RegExp]>([
    ['yesNo refuses "maybe"', q('yesNo'), 'maybe', /expected yes or no/],
    ['scale refuses out-of-range values', q('scale'), 6, /whole number from 1 to 5/],
    ['scale refuses fractions', q('scale'), 2.5, /whole number/],
    ['choice refuses unknown options', choice, 'always', /one of people-24x7, business-hours, no-phone/],
    ['multiChoice refuses unknown members', multi, ['ces', 'sms'], /only ces, nps, fcr, none/],
    ['"not offered" only where the question allows it', multi, ['ces', 'not-offered:nps'], /only ces, nps, fcr, none/],
    ['an item both offered and not offered', services, ['taxes', 'not-offered:taxes'], /taxes either offered or not-offered:taxes, not both/],
    ['duration refuses "soon"', q('duration'), 'soon', /duration such as 30m/],
    ['number refuses words', q('number'), 'twelve', /a number/],
  ])('%s', (_n, question, answer, reason) => {
    const r = scoreAnswer(question, answer);
    expect(r.kind).toBe('invalid');
    if (r.kind === 'invalid') {
      expect(r.reason.en).toMatch(reason);
      expect(r.reason.es).toMatch(/se esperaba/);
    }
  });
});
