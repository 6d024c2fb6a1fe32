import { describe, expect, it } from 'vitest';
import { parseDeliveryPromises } from '../../src/measure/delivery.js';
import { assessDelivery } from '../../src/measure/alignment.js';
import type { Profile } from '../../src/types.js';

describe('delivery promises', () => {
  it.each([
    ['Recíbelo en 2 a 3 días hábiles en Bogotá, Medellín y Cali', 2, 3, true],
    ['Entregamos en 2 a 3 días hábiles', 2, 3, true],
    ['Entrega en 24 a 48 horas en Cali, Yumbo, Palmira y Jamundí', 1, 2, false],
    ['Entrega en máximo 2 días hábiles', 2, 2, true],
    ['entrega en 24 horas', 1, 1, false],
    ['Delivery in 4 to 6 weeks', 28, 42, false],
    ['We ship within 5 business days', 5, 5, true],
    ['Envío gratis y entrega de tres a cinco días', 3, 5, false],
    ['Tu pedido llega en 1 semana', 7, 7, false],
    ['Entrega el mismo día en Bogotá', 0, 1, false],
  ])('%s → %d–%d days', (text, min, max, business) => {
    const [p] = parseDeliveryPromises(text);
    expect(p).toMatchObject({ minDays: min, maxDays: max, businessDays: business });
  });

  it.each([
    'Tienes derecho de retracto durante los 5 días hábiles siguientes a la entrega',
    'Puedes recoger gratis tus compras a partir de 24 horas después de recibir el correo',
    'Los pagos se aplican a su cuenta en un plazo de 2 días hábiles',
    'Le responderemos dentro de los 15 días hábiles siguientes',
    'Pago contra entrega en Bogotá para compras de hasta $ 1.500.000',
    'Las garantías pueden tardar hasta 30 días hábiles.',
  ])('is not a delivery promise: %s', (text) => {
    expect(parseDeliveryPromises(text)).toEqual([]);
  });

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
