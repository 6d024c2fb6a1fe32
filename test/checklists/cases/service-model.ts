/** CheckTester cases of the service-model area (see ../check-tester.ts): state and sentence per case. */
import type { CaseTable } from '../check-tester.js';

export default {
  'service-model.documented-model': [
    { answer: "approved-current", status: 'pass', en: "answer: Yes: written, approved, aligned with the strategy, known by the front line and updated in the last 12 months", es: "respuesta: Sí: escrito, aprobado, alineado con la estrategia, conocido por la primera línea y actualizado en los últimos 12 meses" },
    { answer: "outdated", status: 'partial', en: "answer: Written, but outdated, not approved or unknown to the front line", es: "respuesta: Escrito, pero desactualizado, sin aprobar o desconocido por la primera línea" },
    { answer: "none", status: 'fail', en: "answer: There is no written model", es: "respuesta: No hay un modelo escrito" },
    { answer: {status: "skipped"}, status: 'unknown', en: "question skipped", es: "pregunta omitida" },
  ],
  'service-model.journey-coverage': [
    { answer: "all", status: 'pass', en: "answer: All of them (100 %): every interaction type is mapped to its channels in all three stages", es: "respuesta: Todas (100 %): cada tipo de interacción está mapeado a sus canales en las tres etapas" },
    { answer: "most", status: 'partial', en: "answer: Most of them (about 75 % or more), with gaps in some stage or channel", es: "respuesta: La mayoría (alrededor del 75 % o más), con vacíos en alguna etapa o canal" },
    { answer: "none", status: 'fail', en: "answer: There is no map of interactions", es: "respuesta: No hay un mapa de interacciones" },
    { answer: {status: "skipped"}, status: 'unknown', en: "question skipped", es: "pregunta omitida" },
  ],
  'service-model.post-sale-channels': [
    { answer: "same-channels", status: 'pass', en: "answer: Yes: every pre-sale channel also handles post-sale, with the same hours", es: "respuesta: Sí: todos los canales de preventa atienden también la posventa, con el mismo horario" },
    { answer: "reduced", status: 'partial', en: "answer: Some channels or hours are only for sales (for example, WhatsApp only answers sales questions)", es: "respuesta: Algunos canales u horarios son solo para ventas (por ejemplo, el WhatsApp solo responde consultas de venta)" },
    { answer: "form-only", status: 'fail', en: "answer: Post-sale is handled only through a form, an e-mail address or in person", es: "respuesta: La posventa se atiende solo por un formulario, un correo o de forma presencial" },
    { answer: {status: "skipped"}, status: 'unknown', en: "question skipped", es: "pregunta omitida" },
    { name: "does not apply", answer: "same-channels", profile: {businessModel: "public"}, status: 'not-applicable', en: "applies to B2B (companies) / B2C (consumers); this organisation: public sector", es: "aplica a B2B (empresas) / B2C (consumidores); esta organización: sector público" },
  ],
  'service-model.model-fit': [
    { answer: "deliberate", status: 'pass', en: "answer: Deliberately, from the needs of customers and the capacity of the organisation, and it is reviewed at least yearly", es: "respuesta: Deliberadamente, a partir de las necesidades de los clientes y la capacidad de la organización, y se revisa al menos cada año" },
    { answer: "inherited", status: 'partial', en: "answer: It came with the e-commerce platform or was copied from others, and was never revisited", es: "respuesta: Llegó con la plataforma de comercio electrónico o se copió de otros, y nunca se revisó" },
    { answer: "undefined", status: 'fail', en: "answer: There is no defined online service model", es: "respuesta: No hay un modelo de servicio en línea definido" },
    { answer: {status: "skipped"}, status: 'unknown', en: "question skipped", es: "pregunta omitida" },
  ],
  'service-model.closed-loop-functions': [
    { answer: ["confirmation", "account-number", "account-history", "orders-in-progress", "past-orders", "complementary", "missing-products"], profile: {serviceModel: "MOD-1"}, status: 'pass', en: "answer: Receive an electronic confirmation with an order number right after ordering; Get a customer account number from the first order; See their account history behind secure credentials; See all their orders in progress; See and repeat past orders; Find complementary products; Report products they need that are missing from the catalogue", es: "respuesta: Recibir una confirmación electrónica con número de pedido inmediatamente después de ordenar; Obtener un número de cuenta de cliente desde el primer pedido; Consultar su historial de cuenta con claves de seguridad; Ver todos sus pedidos en curso; Ver y repetir pedidos ya emitidos; Encontrar productos complementarios; Reportar productos que necesitan y que faltan en el catálogo" },
    { name: "what does not fit the business is not missing", answer: ["confirmation", "account-number", "account-history", "orders-in-progress", "past-orders", "missing-products", "not-offered:complementary"], profile: {serviceModel: "MOD-1"}, status: 'pass', en: "answer: Receive an electronic confirmation with an order number right after ordering; Get a customer account number from the first order; See their account history behind secure credentials; See all their orders in progress; See and repeat past orders; Report products they need that are missing from the catalogue; Find complementary products (not offered)", es: "respuesta: Recibir una confirmación electrónica con número de pedido inmediatamente después de ordenar; Obtener un número de cuenta de cliente desde el primer pedido; Consultar su historial de cuenta con claves de seguridad; Ver todos sus pedidos en curso; Ver y repetir pedidos ya emitidos; Reportar productos que necesitan y que faltan en el catálogo; Encontrar productos complementarios (no se ofrece)" },
    { answer: ["confirmation"], profile: {serviceModel: "MOD-1"}, status: 'partial', en: "answer: Receive an electronic confirmation with an order number right after ordering", es: "respuesta: Recibir una confirmación electrónica con número de pedido inmediatamente después de ordenar" },
    { answer: {status: "skipped"}, profile: {serviceModel: "MOD-1"}, status: 'unknown', en: "question skipped", es: "pregunta omitida" },
    { name: "does not apply", answer: ["confirmation", "account-number", "account-history", "orders-in-progress", "past-orders", "complementary", "missing-products"], profile: {serviceModel: "MOD-2"}, status: 'not-applicable', en: "applies to the MOD-1 online service model; this organisation uses MOD-2", es: "aplica al modelo de servicio en línea MOD-1; esta organización usa MOD-2" },
  ],
  'service-model.phone-confirmation': [
    { answer: "always", profile: {serviceModel: "MOD-3"}, status: 'pass', en: "answer: Always, within a set time, checking the details and offering alternatives when the option is not available", es: "respuesta: Siempre, dentro de un plazo definido, verificando los detalles y ofreciendo alternativas cuando la opción no está disponible" },
    { answer: "sometimes", profile: {serviceModel: "MOD-3"}, status: 'partial', en: "answer: Only for some orders, or only when there is a problem", es: "respuesta: Solo para algunos pedidos, o solo cuando hay un problema" },
    { answer: "never", profile: {serviceModel: "MOD-3"}, status: 'fail', en: "answer: No: the customer only receives an automatic e-mail", es: "respuesta: No: el cliente solo recibe un correo automático" },
    { answer: {status: "skipped"}, profile: {serviceModel: "MOD-3"}, status: 'unknown', en: "question skipped", es: "pregunta omitida" },
    { name: "does not apply", answer: "always", profile: {serviceModel: "MOD-1"}, status: 'not-applicable', en: "applies to the MOD-3 online service model; this organisation uses MOD-1", es: "aplica al modelo de servicio en línea MOD-3; esta organización usa MOD-1" },
  ],
  'service-model.quick-member-login': [
    { answer: "quick", profile: {serviceModel: "MOD-4"}, status: 'pass', en: "answer: In one step with a user name, member code or one-time code, or the session is remembered", es: "respuesta: En un solo paso con nombre de usuario, código de miembro o código de un solo uso, o la sesión queda recordada" },
    { answer: "standard", profile: {serviceModel: "MOD-4"}, status: 'partial', en: "answer: With user name and password, with self-service password recovery", es: "respuesta: Con usuario y contraseña, con recuperación de contraseña por autoservicio" },
    { answer: "slow", profile: {serviceModel: "MOD-4"}, status: 'partial', en: "answer: After several steps, or recovering access requires calling or writing to the organisation", es: "respuesta: Tras varios pasos, o recuperar el acceso exige llamar o escribir a la organización" },
    { answer: {status: "skipped"}, profile: {serviceModel: "MOD-4"}, status: 'unknown', en: "question skipped", es: "pregunta omitida" },
    { name: "does not apply", answer: "quick", profile: {serviceModel: "MOD-1"}, status: 'not-applicable', en: "applies to the MOD-4 online service model; this organisation uses MOD-1", es: "aplica al modelo de servicio en línea MOD-4; esta organización usa MOD-1" },
  ],
  'service-model.online-not-staff-cut': [
    { answer: "customer-first", status: 'pass', en: "answer: Better service: staff moved to assisting customers, resolving exceptions and ensuring on-time fulfilment, and service indicators are tracked", es: "respuesta: Mejor servicio: el personal pasó a asistir clientes, resolver excepciones y asegurar el cumplimiento a tiempo, y se hace seguimiento a indicadores de servicio" },
    { answer: "mixed", status: 'partial', en: "answer: Both savings and service: staff was reduced, but satisfaction and fulfilment are monitored", es: "respuesta: Ahorro y servicio: se redujo el personal, pero se monitorean la satisfacción y el cumplimiento" },
    { answer: "cost-only", status: 'fail', en: "answer: Mainly to cut staff and costs; the effect on service was not measured", es: "respuesta: Principalmente reducir personal y costos; no se midió el efecto en el servicio" },
    { answer: "no-online-service", status: 'not-applicable', en: "answer: There is no online service", es: "respuesta: No hay servicio en línea" },
    { answer: {status: "skipped"}, status: 'unknown', en: "question skipped", es: "pregunta omitida" },
  ],
  'service-model.permanent-phone-line': [
    { answer: "always", profile: {serviceModel:"MOD-1"}, status: 'pass', en: "answer: Yes, at any hour: a staffed line or an on-call person, published in the portal", es: "respuesta: Sí, a cualquier hora: una línea atendida o una persona de turno, publicada en el portal" },
    { answer: "some-hours", profile: {serviceModel:"MOD-1"}, status: 'partial', en: "answer: Only in extended hours (evenings or Saturdays)", es: "respuesta: Solo en horario ampliado (noches o sábados)" },
    { answer: "office-hours", profile: {serviceModel:"MOD-1"}, status: 'fail', en: "answer: Only in office hours", es: "respuesta: Solo en horario de oficina" },
    { answer: {"status":"skipped"}, profile: {serviceModel:"MOD-1"}, status: 'unknown', en: "question skipped", es: "pregunta omitida" },
    { name: "does not apply", answer: "always", status: 'not-applicable', en: "applies to the MOD-1 online service model; this organisation uses MOD-2", es: "aplica al modelo de servicio en línea MOD-1; esta organización usa MOD-2" },
  ],
} satisfies CaseTable;
