/** CheckTester cases of the customer-view area (see ../check-tester.ts): state and sentence per case. */
import type { CaseTable } from '../check-tester.js';

export default {
  'customer-view.no-repeated-data': [
    { answer: "never", status: 'pass', en: "answer: No: the agent receives the identification and a case summary with the contact", es: "respuesta: No: el asesor recibe la identificación y un resumen del caso junto con el contacto" },
    { answer: "on-transfer", status: 'partial', en: "answer: Only when transferred between areas or channels", es: "respuesta: Solo cuando se transfiere entre áreas o canales" },
    { answer: "usually", status: 'fail', en: "answer: Yes, usually they must identify again and retell the case", es: "respuesta: Sí, por lo general debe identificarse de nuevo y volver a contar el caso" },
    { answer: {status: "skipped"}, status: 'unknown', en: "question skipped", es: "pregunta omitida" },
  ],
  'customer-view.customer-recognised': [
    { answer: "automatic", status: 'pass', en: "answer: Yes: the record opens automatically with a customer summary", es: "respuesta: Sí: el registro se abre automáticamente con una ficha resumen del cliente" },
    { answer: "manual-search", status: 'partial', en: "answer: The agent searches the customer by hand, then sees a summary", es: "respuesta: El asesor busca al cliente manualmente y luego ve una ficha resumen" },
    { answer: "no-summary", status: 'fail', en: "answer: There is no customer summary: the agent pieces it together from several screens", es: "respuesta: No hay ficha resumen: el asesor arma la información desde varias pantallas" },
    { answer: {status: "skipped"}, status: 'unknown', en: "question skipped", es: "pregunta omitida" },
  ],
  'customer-view.contact-context': [
    { answer: ["open-cases", "orders-in-progress", "billing", "last-contact", "digital-steps"], status: 'pass', en: "answer: Open requests and PQRS, with status and due date; Orders, services or procedures in progress and their status; Recent invoices, payments and balance; The reason and outcome of the last contact; What the customer was doing on the web or app just before (page, failed transaction)", es: "respuesta: Solicitudes y PQRS abiertas, con estado y fecha de vencimiento; Pedidos, servicios o trámites en curso y su estado; Facturas, pagos y saldo recientes; El motivo y el resultado del último contacto; Lo que el cliente hacía en la web o la app justo antes (página, transacción fallida)" },
    { answer: ["open-cases"], status: 'partial', en: "answer: Open requests and PQRS, with status and due date", es: "respuesta: Solicitudes y PQRS abiertas, con estado y fecha de vencimiento" },
    { answer: {status: "skipped"}, status: 'unknown', en: "question skipped", es: "pregunta omitida" },
  ],
  'customer-view.cross-channel-history': [
    { answer: "all-channels", status: 'pass', en: "answer: Every channel the organisation operates", es: "respuesta: Todos los canales que opera la organización" },
    { answer: "most-channels", status: 'partial', en: "answer: Most channels; one or two are missing (often social networks or branches)", es: "respuesta: La mayoría; faltan uno o dos (con frecuencia redes sociales u oficinas)" },
    { answer: "no-history", status: 'fail', en: "answer: No contact history is available", es: "respuesta: No hay historial de contactos disponible" },
    { answer: {status: "skipped"}, status: 'unknown', en: "question skipped", es: "pregunta omitida" },
  ],
  'customer-view.all-products-history': [
    { answer: "all-products", status: 'pass', en: "answer: Yes, for all products", es: "respuesta: Sí, para todos los productos" },
    { answer: "some-products", status: 'partial', en: "answer: Only for some product lines; others live in separate systems", es: "respuesta: Solo para algunas líneas de producto; otras están en sistemas separados" },
    { answer: "one-product", status: 'fail', en: "answer: Only for the product line of the team that attends", es: "respuesta: Solo para la línea de producto del equipo que atiende" },
    { answer: "single-product", status: 'not-applicable', en: "answer: The organisation offers a single product or service", es: "respuesta: La organización ofrece un único producto o servicio" },
    { answer: {status: "skipped"}, status: 'unknown', en: "question skipped", es: "pregunta omitida" },
  ],
  'customer-view.readable-history': [
    { answer: "standard", status: 'pass', en: "answer: Yes: standard reasons and outcomes from a maintained catalogue, plus a summary, on every channel", es: "respuesta: Sí: motivos y resultados estándar de un catálogo actualizado, más un resumen, en todos los canales" },
    { answer: "free-text", status: 'partial', en: "answer: Mostly free-text notes, or reasons used inconsistently across channels", es: "respuesta: Sobre todo notas en texto libre, o motivos usados de forma inconsistente entre canales" },
    { answer: "not-recorded", status: 'fail', en: "answer: Contacts are not recorded, or only as raw recordings and e-mails", es: "respuesta: Los contactos no se registran, o solo como grabaciones y correos sin procesar" },
    { answer: {status: "skipped"}, status: 'unknown', en: "question skipped", es: "pregunta omitida" },
  ],
  'customer-view.next-best-action': [
    { answer: "personalised", status: 'pass', en: "answer: Yes: suggestions per customer from rules or an analytic model, with the outcome recorded and used to improve them", es: "respuesta: Sí: sugerencias por cliente a partir de reglas o un modelo analítico, con el resultado registrado y usado para mejorarlas" },
    { answer: "generic", status: 'partial', en: "answer: Only general campaign lists or scripts, the same for every customer", es: "respuesta: Solo listas de campaña o guiones generales, iguales para todos los clientes" },
    { answer: "none", status: 'fail', en: "answer: No suggestions; it depends on each agent", es: "respuesta: No hay sugerencias; depende de cada asesor" },
    { answer: {status: "skipped"}, status: 'unknown', en: "question skipped", es: "pregunta omitida" },
  ],
  'customer-view.single-workspace': [
    { answer: "one", status: 'pass', en: "answer: One: a single workspace brings together the data from the systems involved", es: "respuesta: Una: un solo escritorio reúne los datos de los sistemas involucrados" },
    { answer: "two-three", status: 'partial', en: "answer: Two or three", es: "respuesta: Dos o tres" },
    { answer: "four-or-more", status: 'fail', en: "answer: Four or more, or information must be requested from other areas", es: "respuesta: Cuatro o más, o hay que pedir información a otras áreas" },
    { answer: {status: "skipped"}, status: 'unknown', en: "question skipped", es: "pregunta omitida" },
  ],
  'customer-view.reliable-data': [
    { answer: "governed", status: 'pass', en: "answer: Yes: a source of truth per field, automatic reconciliation and quality checks with error reports", es: "respuesta: Sí: fuente única por dato, conciliación automática y controles de calidad con reporte de errores" },
    { answer: "partial", status: 'partial', en: "answer: Only for some fields or systems, or reconciliation is manual", es: "respuesta: Solo para algunos datos o sistemas, o la conciliación es manual" },
    { answer: "none", status: 'fail', en: "answer: No: systems disagree and agents decide which one to believe", es: "respuesta: No: los sistemas no coinciden y el asesor decide a cuál creerle" },
    { answer: {status: "skipped"}, status: 'unknown', en: "question skipped", es: "pregunta omitida" },
  ],
  'customer-view.data-error-feedback': [
    { answer: "tracked", status: 'pass', en: "answer: Yes: corrected or reported from the tool, fixed at the source and tracked", es: "respuesta: Sí: se corrigen o reportan desde la herramienta, se ajustan en la fuente y tienen seguimiento" },
    { answer: "informal", status: 'partial', en: "answer: Only by e-mail or word of mouth, with no tracking", es: "respuesta: Solo por correo o de palabra, sin seguimiento" },
    { answer: "none", status: 'fail', en: "answer: There is no way; agents note it in the contact or ignore it", es: "respuesta: No hay forma; el asesor lo anota en el contacto o lo ignora" },
    { answer: {status: "skipped"}, status: 'unknown', en: "question skipped", es: "pregunta omitida" },
  ],
  'customer-view.contactable-records': [
    { evidence: {"data.customers.contactableShare":0.9}, status: 'pass', en: "customer records with a valid phone or e-mail is 90 %; target ≥ 90 %", es: "registros de clientes con teléfono o correo válido es 90 %; meta ≥ 90 %" },
    { evidence: {"data.customers.contactableShare":0.75}, status: 'partial', en: "customer records with a valid phone or e-mail is 75 %; target ≥ 90 %", es: "registros de clientes con teléfono o correo válido es 75 %; meta ≥ 90 %" },
    { evidence: {"data.customers.contactableShare":0.6}, status: 'fail', en: "customer records with a valid phone or e-mail is 60 %; target ≥ 90 %", es: "registros de clientes con teléfono o correo válido es 60 %; meta ≥ 90 %" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "no data export provides data.customers.contactableShare", es: "ninguna exportación de datos aporta data.customers.contactableShare" },
  ],
  'customer-view.valid-emails': [
    { evidence: {"data.customers.invalidEmailRate":0.02}, status: 'pass', en: "invalid e-mail addresses is 2 %; target ≤ 2 %", es: "correos inválidos es 2 %; meta ≤ 2 %" },
    { evidence: {"data.customers.invalidEmailRate":0.08499999999999999}, status: 'partial', en: "invalid e-mail addresses is 8.5 %; target ≤ 2 %", es: "correos inválidos es 8,5 %; meta ≤ 2 %" },
    { evidence: {"data.customers.invalidEmailRate":0.15}, status: 'fail', en: "invalid e-mail addresses is 15 %; target ≤ 2 %", es: "correos inválidos es 15 %; meta ≤ 2 %" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "no data export provides data.customers.invalidEmailRate", es: "ninguna exportación de datos aporta data.customers.invalidEmailRate" },
  ],
  'customer-view.valid-phones': [
    { evidence: {"data.customers.invalidPhoneRate":0.02}, status: 'pass', en: "records whose phone numbers are all invalid is 2 %; target ≤ 2 %", es: "registros con todos sus teléfonos inválidos es 2 %; meta ≤ 2 %" },
    { evidence: {"data.customers.invalidPhoneRate":0.08499999999999999}, status: 'partial', en: "records whose phone numbers are all invalid is 8.5 %; target ≤ 2 %", es: "registros con todos sus teléfonos inválidos es 8,5 %; meta ≤ 2 %" },
    { evidence: {"data.customers.invalidPhoneRate":0.15}, status: 'fail', en: "records whose phone numbers are all invalid is 15 %; target ≤ 2 %", es: "registros con todos sus teléfonos inválidos es 15 %; meta ≤ 2 %" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "no data export provides data.customers.invalidPhoneRate", es: "ninguna exportación de datos aporta data.customers.invalidPhoneRate" },
  ],
} satisfies CaseTable;
