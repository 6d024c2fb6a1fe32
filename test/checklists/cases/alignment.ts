/** CheckTester cases of the alignment area (see ../check-tester.ts): state and sentence per case. */
import type { CaseTable } from '../check-tester.js';

export default {
  'alignment.prepaid-orders-on-time': [
    { evidence: {"data.orders.onTimeDeliveryRate":0.95}, status: 'pass', en: "orders delivered by the promised date is 95 %; target ≥ 95 %", es: "pedidos entregados en la fecha prometida es 95 %; meta ≥ 95 %" },
    { evidence: {"data.orders.onTimeDeliveryRate":0.825}, status: 'partial', en: "orders delivered by the promised date is 82.5 %; target ≥ 95 %", es: "pedidos entregados en la fecha prometida es 82,5 %; meta ≥ 95 %" },
    { evidence: {"data.orders.onTimeDeliveryRate":0.7}, status: 'fail', en: "orders delivered by the promised date is 70 %; target ≥ 95 %", es: "pedidos entregados en la fecha prometida es 70 %; meta ≥ 95 %" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "no data export provides data.orders.onTimeDeliveryRate", es: "ninguna exportación de datos aporta data.orders.onTimeDeliveryRate" },
  ],
  'alignment.delivery-time': [
    { evidence: {"data.orders.deliveryDaysP90":5}, status: 'pass', en: "delivery time in calendar days (p90) is 5; target ≤ 5", es: "tiempo de entrega en días calendario (p90) es 5; meta ≤ 5" },
    { evidence: {"data.orders.deliveryDaysP90":10}, status: 'partial', en: "delivery time in calendar days (p90) is 10; target ≤ 5", es: "tiempo de entrega en días calendario (p90) es 10; meta ≤ 5" },
    { evidence: {"data.orders.deliveryDaysP90":15}, status: 'fail', en: "delivery time in calendar days (p90) is 15; target ≤ 5", es: "tiempo de entrega en días calendario (p90) es 15; meta ≤ 5" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "no data export provides data.orders.deliveryDaysP90", es: "ninguna exportación de datos aporta data.orders.deliveryDaysP90" },
  ],
  'alignment.delivery-promise-published': [
    { evidence: {"site.policy.delivery":["Envío en 24 horas"]}, status: 'pass', en: "delivery promises on the site is Envío en 24 horas; expected at least one", es: "promesas de entrega en el sitio es Envío en 24 horas; se espera al menos uno" },
    { evidence: {"site.policy.delivery":[]}, status: 'fail', en: "delivery promises on the site is none; expected at least one", es: "promesas de entrega en el sitio es ninguno; se espera al menos uno" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "the site was not probed (site.policy.delivery)", es: "no se sondeó el sitio (site.policy.delivery)" },
    { name: "does not apply", evidence: {"site.policy.delivery":["Envío en 24 horas"]}, profile: {businessModel: "public"}, status: 'not-applicable', en: "applies to B2C (consumers) / B2B (companies); this organisation: public sector", es: "aplica a B2C (consumidores) / B2B (empresas); esta organización: sector público" },
  ],
  'alignment.delivery-promise-kept': [
    { evidence: {"site.alignment.deliveryPromiseKept":1}, status: 'pass', en: "promised over actual delivery days is 100 %; target ≥ 100 %", es: "días prometidos sobre días reales de entrega es 100 %; meta ≥ 100 %" },
    { evidence: {"site.alignment.deliveryPromiseKept":0.75}, status: 'partial', en: "promised over actual delivery days is 75 %; target ≥ 100 %", es: "días prometidos sobre días reales de entrega es 75 %; meta ≥ 100 %" },
    { evidence: {"site.alignment.deliveryPromiseKept":0.5}, status: 'fail', en: "promised over actual delivery days is 50 %; target ≥ 100 %", es: "días prometidos sobre días reales de entrega es 50 %; meta ≥ 100 %" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "the site was not probed (site.alignment.deliveryPromiseKept)", es: "no se sondeó el sitio (site.alignment.deliveryPromiseKept)" },
  ],
  'alignment.online-order-commitment': [
    { answer: "validated-date", status: 'pass', en: "answer: Order number and a delivery date validated against stock and logistics", es: "respuesta: Número de pedido y fecha de entrega validada contra inventario y logística" },
    { answer: "generic-range", status: 'partial', en: "answer: Order number and a generic range (\"3 to 8 business days\")", es: "respuesta: Número de pedido y un rango genérico (\"de 3 a 8 días hábiles\")" },
    { answer: "confirmed-later", status: 'fail', en: "answer: Nothing until someone reviews the order by hand", es: "respuesta: Nada hasta que alguien revisa el pedido a mano" },
    { answer: "no-online-orders", status: 'not-applicable', en: "answer: We do not take orders online (not applicable)", es: "respuesta: No recibimos pedidos en línea (no aplica)" },
    { answer: {status: "skipped"}, status: 'unknown', en: "question skipped", es: "pregunta omitida" },
    { name: "does not apply", answer: "validated-date", profile: {businessModel: "public"}, status: 'not-applicable', en: "applies to B2C (consumers) / B2B (companies); this organisation: public sector", es: "aplica a B2C (consumidores) / B2B (empresas); esta organización: sector público" },
  ],
  'alignment.indirect-channel-standard': [
    { answer: "sla-audited", status: 'pass', en: "answer: Written service levels, measured or audited at least quarterly, with consequences", es: "respuesta: ANS escritos, medidos o auditados al menos cada trimestre, con consecuencias" },
    { answer: "sla-not-measured", status: 'partial', en: "answer: Written service levels that are not measured", es: "respuesta: ANS escritos que no se miden" },
    { answer: "none", status: 'fail', en: "answer: No standard", es: "respuesta: Ningún estándar" },
    { answer: "no-indirect-channels", status: 'not-applicable', en: "answer: We sell, deliver and serve only directly (not applicable)", es: "respuesta: Vendemos, entregamos y atendemos solo directamente (no aplica)" },
    { answer: {status: "skipped"}, status: 'unknown', en: "question skipped", es: "pregunta omitida" },
  ],
  'alignment.contact-data-consistent': [
    { evidence: {"site.alignment.contactConsistency":1}, status: 'pass', en: "contact data identical across pages is 100 %; target ≥ 100 %", es: "datos de contacto idénticos entre páginas es 100 %; meta ≥ 100 %" },
    { evidence: {"site.alignment.contactConsistency":0.85}, status: 'partial', en: "contact data identical across pages is 85 %; target ≥ 100 %", es: "datos de contacto idénticos entre páginas es 85 %; meta ≥ 100 %" },
    { evidence: {"site.alignment.contactConsistency":0.7}, status: 'fail', en: "contact data identical across pages is 70 %; target ≥ 100 %", es: "datos de contacto idénticos entre páginas es 70 %; meta ≥ 100 %" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "the site was not probed (site.alignment.contactConsistency)", es: "no se sondeó el sitio (site.alignment.contactConsistency)" },
  ],
  'alignment.nap-consistency': [
    { evidence: {"site.alignment.napScore":90}, status: 'pass', en: "name/address/phone/hours consistency is 90/100; target ≥ 90/100", es: "consistencia de nombre/dirección/teléfono/horario es 90/100; meta ≥ 90/100" },
    { evidence: {"site.alignment.napScore":70}, status: 'partial', en: "name/address/phone/hours consistency is 70/100; target ≥ 90/100", es: "consistencia de nombre/dirección/teléfono/horario es 70/100; meta ≥ 90/100" },
    { evidence: {"site.alignment.napScore":50}, status: 'fail', en: "name/address/phone/hours consistency is 50/100; target ≥ 90/100", es: "consistencia de nombre/dirección/teléfono/horario es 50/100; meta ≥ 90/100" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "the site was not probed (site.alignment.napScore)", es: "no se sondeó el sitio (site.alignment.napScore)" },
    { name: "does not apply", evidence: {"site.alignment.napScore":90}, profile: {locations: [], channels: [{type: "web"}]}, status: 'not-applicable', en: "applies to organisations with physical locations; none declared", es: "aplica a organizaciones con sedes físicas; no se declaró ninguna" },
  ],
  'alignment.store-hours-published': [
    { evidence: {"site.contact.hours":["Envío en 24 horas"]}, status: 'pass', en: "published opening hours is Envío en 24 horas; expected at least one", es: "horarios publicados es Envío en 24 horas; se espera al menos uno" },
    { evidence: {"site.contact.hours":[]}, status: 'fail', en: "published opening hours is none; expected at least one", es: "horarios publicados es ninguno; se espera al menos uno" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "the site was not probed (site.contact.hours)", es: "no se sondeó el sitio (site.contact.hours)" },
    { name: "does not apply", evidence: {"site.contact.hours":["Envío en 24 horas"]}, profile: {locations: [], channels: [{type: "web"}]}, status: 'not-applicable', en: "applies to organisations with physical locations; none declared", es: "aplica a organizaciones con sedes físicas; no se declaró ninguna" },
  ],
  'alignment.hours-kept-in-sync': [
    { answer: "process-ahead", status: 'pass', en: "answer: A named area publishes changes in advance following a procedure", es: "respuesta: Un área designada publica los cambios con anticipación según un procedimiento" },
    { answer: "when-remembered", status: 'partial', en: "answer: Someone updates them when they remember, sometimes late", es: "respuesta: Alguien los actualiza cuando se acuerda, a veces tarde" },
    { answer: "not-updated", status: 'fail', en: "answer: They are not updated", es: "respuesta: No se actualizan" },
    { answer: {status: "skipped"}, status: 'unknown', en: "question skipped", es: "pregunta omitida" },
    { name: "does not apply", answer: "process-ahead", profile: {locations: [], channels: [{type: "web"}]}, status: 'not-applicable', en: "applies to organisations with physical locations; none declared", es: "aplica a organizaciones con sedes físicas; no se declaró ninguna" },
  ],
  'alignment.digital-journey-end-to-end': [
    { answer: "all-five", status: 'pass', en: "answer: All five", es: "respuesta: Las cinco" },
    { answer: "three-or-four", status: 'partial', en: "answer: Three or four", es: "respuesta: Tres o cuatro" },
    { answer: "none", status: 'fail', en: "answer: None", es: "respuesta: Ninguna" },
    { answer: {status: "skipped"}, status: 'unknown', en: "question skipped", es: "pregunta omitida" },
  ],
  'alignment.orders-never-delivered': [
    { evidence: {"data.orders.neverDeliveredRate":0.002}, status: 'pass', en: "orders still undelivered 30 days after purchase is 0.2 %; target ≤ 0.2 %", es: "pedidos sin entregar 30 días después de la compra es 0,2 %; meta ≤ 0,2 %" },
    { evidence: {"data.orders.neverDeliveredRate":0.011}, status: 'partial', en: "orders still undelivered 30 days after purchase is 1.1 %; target ≤ 0.2 %", es: "pedidos sin entregar 30 días después de la compra es 1,1 %; meta ≤ 0,2 %" },
    { evidence: {"data.orders.neverDeliveredRate":0.02}, status: 'fail', en: "orders still undelivered 30 days after purchase is 2 %; target ≤ 0.2 %", es: "pedidos sin entregar 30 días después de la compra es 2 %; meta ≤ 0,2 %" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "no data export provides data.orders.neverDeliveredRate", es: "ninguna exportación de datos aporta data.orders.neverDeliveredRate" },
  ],
  'alignment.refund-time': [
    { evidence: {"data.orders.refundTimeP90":432000000}, status: 'pass', en: "refund time p90 is 5 d; target ≤ 5 d", es: "p90 del tiempo de reembolso es 5 d; meta ≤ 5 d" },
    { evidence: {"data.orders.refundTimeP90":1512000000}, status: 'partial', en: "refund time p90 is 17 d; target ≤ 5 d", es: "p90 del tiempo de reembolso es 17 d; meta ≤ 5 d" },
    { evidence: {"data.orders.refundTimeP90":2592000000}, status: 'fail', en: "refund time p90 is 30 d; target ≤ 5 d", es: "p90 del tiempo de reembolso es 30 d; meta ≤ 5 d" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "no data export provides data.orders.refundTimeP90", es: "ninguna exportación de datos aporta data.orders.refundTimeP90" },
  ],
  'alignment.proactive-delay-notice': [
    { answer: "automatic-before", status: 'pass', en: "answer: Before the date: an automatic notice with the new date", es: "respuesta: Antes de la fecha: un aviso automático con la fecha nueva" },
    { answer: "advisor-sometimes", status: 'partial', en: "answer: Before the date when an advisor notices it, not always", es: "respuesta: Antes de la fecha cuando un asesor lo nota, no siempre" },
    { answer: "when-customer-asks", status: 'fail', en: "answer: When the customer asks or complains", es: "respuesta: Cuando el cliente pregunta o reclama" },
    { name: "no dates promised", answer: "no-dates-promised", status: 'not-applicable', en: "answer: No dates are promised to customers", es: "respuesta: No se prometen fechas a los clientes" },
    { answer: {"status":"dont-know"}, status: 'unknown', en: "answered \"don't know\"", es: "respondida \"no sabe\"" },
  ],
} satisfies CaseTable;
