/** A multiChoice question that allows "not offered" asks it per item, in both front ends (one AskSpec). */
import { describe, expect, it } from 'vitest';
import { questionSpec } from '../../src/interview/spec.js';
import { readOutcome } from '../../src/interview/web/api.js';
import { scoreAnswer } from '../../src/engine/questions.js';
import type { Question } from '../../src/types.js';

const services: Question = {
  id: 'self-service.services', prompt: { en: 'Which can be done online?', es: '¿Cuáles se pueden hacer en línea?' }, type: 'multiChoice', notOffered: true,
  options: [
    { value: 'taxes', label: { en: 'Pay taxes', es: 'Pagar impuestos' }, score: 0.6 },
    { value: 'bookings', label: { en: 'Book activities', es: 'Reservar actividades' }, score: 0.4 },
    { value: 'none', label: { en: 'None of these', es: 'Ninguno de estos' }, score: 0 },
  ],
};

describe('not offered, per item', () => {
  it('offers "not offered" for every item that scores', () => {
    expect(questionSpec(services, 'es', undefined).options!.map((o) => o.label)).toEqual([
      'Pagar impuestos', 'Reservar actividades', 'Ninguno de estos', 'No se ofrece: Pagar impuestos', 'No se ofrece: Reservar actividades',
    ]);
    expect(questionSpec({ ...services, notOffered: undefined }, 'en', undefined).options).toHaveLength(3);
  });

  it('what is ticked is an answer the engine scores without the item not offered', () => {
    const spec = questionSpec(services, 'en', undefined);
    const r = readOutcome(spec, { kind: 'answer', choices: [0, 4] });
    expect(r).toEqual({ given: { kind: 'answer', value: ['taxes', 'not-offered:bookings'] } });
    const score = scoreAnswer(services, ['taxes', 'not-offered:bookings']);
    expect(score.kind === 'score' && score.score).toBe(1);
  });
});
