import { describe, expect, it } from 'vitest';
import { parseDeliveryPromises } from '../../../src/measure/alignment/delivery-text.js';

describe('delivery promises as written', () => {
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
});
