import { describe, expect, it } from 'vitest';
import { assessDelivery } from '../../../src/measure/alignment/delivery.js';
import type { Profile } from '../../../src/types.js';

describe('delivery promise against the actual delivery time', () => {
  const profile = (delivery: Record<string, unknown>, metrics: Record<string, unknown> = {}): Profile => ({ organisation: { name: 'X', country: 'CO', businessModel: 'b2c' }, delivery, metrics });
  const seen = (text: string) => ({ text, source: { url: 'http://x/' } });

  it.each([
    ['the upper bound against the actual p90', ['Recíbelo en 2 a 3 días hábiles'], profile({ promisedDays: 3, actualDaysP90: 6 }), 3, 0.5],
    ['the most generous of several promises', ['Entrega en 24 a 48 horas', 'Entrega en máximo 2 días hábiles'], profile({ actualDaysP90: 5 }), 2, 0.4],
    ['capped at 1 when delivery beats the promise', ['Entrega en 5 días'], profile({ actualDaysP90: 2 }), 5, 1],
    ['the metric when delivery has no actual figure', ['Entrega en 2 días'], profile({}, { 'data.orders.deliveryDaysP90': { value: 4 } }), 2, 0.5],
  ])('%s', (_n, texts, p, promised, kept) => {
    const r = assessDelivery(texts.map(seen), p);
    expect(r.promisedDays).toBe(promised);
    expect(r.kept).toBe(kept);
  });

  it('has no ratio without an actual delivery time', () => {
    const r = assessDelivery([seen('Entrega en 2 días')], profile({}));
    expect(r.promisedDays).toBe(2);
    expect(r.kept).toBeUndefined();
  });
});
