/** CheckTester cases of the gaps area (see ../check-tester.ts): state and sentence per case. */
import type { CaseTable } from '../check-tester.js';

export default {
  'gaps.site-local-language': [
    { evidence: {"site.lang":"es-CO"}, status: 'pass', en: "home page language is es-CO; expected to match /^es/", es: "idioma de la página de inicio es es-CO; se espera que coincida con /^es/" },
    { evidence: {"site.lang":"en"}, status: 'fail', en: "home page language is en; expected to match /^es/", es: "idioma de la página de inicio es en; se espera que coincida con /^es/" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "the site was not probed (site.lang)", es: "no se sondeó el sitio (site.lang)" },
  ],
  'gaps.local-adaptation': [
    { answer: ["language-tone", "formats", "payments", "channels-hours", "regulation"], status: 'pass', en: "answer: Language and tone: local Spanish, the form of address customers expect, no literal translations; Formats: dates, currency, addresses and identity document types; Local payment and delivery habits (e.g. PSE, Nequi or Daviplata, cash payment points, cash on delivery); The channels and hours customers actually use (e.g. WhatsApp, service on Saturdays); Local rules visible to the customer: PQRS handling, data-protection (habeas data) consent, consumer rights such as withdrawal and warranty", es: "respuesta: Idioma y tono: español local, el trato que esperan los clientes (usted o tú), sin traducciones literales; Formatos: fechas, moneda, direcciones y tipos de documento de identidad; Hábitos locales de pago y entrega (p. ej., PSE, Nequi o Daviplata, puntos de pago en efectivo, pago contraentrega); Los canales y horarios que los clientes realmente usan (p. ej., WhatsApp, atención los sábados); Normas locales visibles para el cliente: atención de PQRS, autorización de tratamiento de datos (habeas data), derechos del consumidor como retracto y garantía" },
    { answer: ["language-tone"], status: 'partial', en: "answer: Language and tone: local Spanish, the form of address customers expect, no literal translations", es: "respuesta: Idioma y tono: español local, el trato que esperan los clientes (usted o tú), sin traducciones literales" },
    { answer: ["none"], status: 'fail', en: "answer: None of these", es: "respuesta: Ninguno de estos" },
    { answer: {status: "skipped"}, status: 'unknown', en: "question skipped", es: "pregunta omitida" },
  ],
  'gaps.it-business-teams': [
    { answer: "joint-team", status: 'pass', en: "answer: A joint team: a service process owner and IT people who know the service processes work on one shared backlog", es: "respuesta: Un equipo conjunto: un dueño del proceso de servicio y personas de TI que conocen los procesos de atención trabajan sobre un mismo backlog" },
    { answer: "handover", status: 'partial', en: "answer: The service area writes requirements and hands them to IT or a vendor, which builds them without further involvement in the process", es: "respuesta: El área de servicio escribe requerimientos y los entrega a TI o a un proveedor, que los desarrolla sin más involucramiento en el proceso" },
    { answer: "it-alone", status: 'fail', en: "answer: IT or the vendor decides and builds with little participation of the service area", es: "respuesta: TI o el proveedor decide y desarrolla con poca participación del área de servicio" },
    { answer: {status: "skipped"}, status: 'unknown', en: "question skipped", es: "pregunta omitida" },
  ],
  'gaps.relevant-alliances': [
    { answer: "measured", status: 'pass', en: "answer: They are chosen from customer research or data, and their use is measured at least once a year", es: "respuesta: Se eligen a partir de investigación o datos de clientes, y su uso se mide al menos una vez al año" },
    { answer: "occasional", status: 'partial', en: "answer: They are chosen on commercial criteria; their use is reviewed only occasionally", es: "respuesta: Se eligen con criterios comerciales; su uso se revisa solo de vez en cuando" },
    { answer: "not-checked", status: 'fail', en: "answer: They are chosen without customer evidence and their use is not measured", es: "respuesta: Se eligen sin evidencia de clientes y su uso no se mide" },
    { answer: "no-alliances", status: 'not-applicable', en: "answer: The organisation offers no such alliances", es: "respuesta: La organización no ofrece este tipo de alianzas" },
    { answer: {status: "skipped"}, status: 'unknown', en: "question skipped", es: "pregunta omitida" },
  ],
  'gaps.customer-centred-systems': [
    { answer: "regular", status: 'pass', en: "answer: Regularly: customer-driven changes have a reserved share of the roadmap and are tracked", es: "respuesta: Con regularidad: los cambios motivados por el cliente tienen una porción reservada de la hoja de ruta y se les hace seguimiento" },
    { answer: "occasional", status: 'partial', en: "answer: Occasionally, usually after a crisis or a wave of complaints", es: "respuesta: Ocasionalmente, por lo general después de una crisis o de una ola de quejas" },
    { answer: "none", status: 'fail', en: "answer: None: changes aim at operations, control or the cost per transaction", es: "respuesta: Ninguno: los cambios apuntan a la operación, el control o el costo por transacción" },
    { answer: {status: "skipped"}, status: 'unknown', en: "question skipped", es: "pregunta omitida" },
  ],
  'gaps.customer-records-complete': [
    { evidence: {"data.customers.completeness":0.9}, status: 'pass', en: "customer records with all key fields is 90 %; target ≥ 90 %", es: "registros de clientes con todos los datos clave es 90 %; meta ≥ 90 %" },
    { evidence: {"data.customers.completeness":0.75}, status: 'partial', en: "customer records with all key fields is 75 %; target ≥ 90 %", es: "registros de clientes con todos los datos clave es 75 %; meta ≥ 90 %" },
    { evidence: {"data.customers.completeness":0.6}, status: 'fail', en: "customer records with all key fields is 60 %; target ≥ 90 %", es: "registros de clientes con todos los datos clave es 60 %; meta ≥ 90 %" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "no data export provides data.customers.completeness", es: "ninguna exportación de datos aporta data.customers.completeness" },
  ],
  'gaps.customer-records-unique': [
    { evidence: {"data.customers.duplicateRate":0.02}, status: 'pass', en: "duplicate customer records is 2 %; target ≤ 2 %", es: "registros de clientes duplicados es 2 %; meta ≤ 2 %" },
    { evidence: {"data.customers.duplicateRate":0.060000000000000005}, status: 'partial', en: "duplicate customer records is 6 %; target ≤ 2 %", es: "registros de clientes duplicados es 6 %; meta ≤ 2 %" },
    { evidence: {"data.customers.duplicateRate":0.1}, status: 'fail', en: "duplicate customer records is 10 %; target ≤ 2 %", es: "registros de clientes duplicados es 10 %; meta ≤ 2 %" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "no data export provides data.customers.duplicateRate", es: "ninguna exportación de datos aporta data.customers.duplicateRate" },
  ],
  'gaps.customer-data-stewardship': [
    { answer: "owner-rules-report", status: 'pass', en: "answer: Yes: a named owner, written rules and a monthly or quarterly quality report with corrective actions", es: "respuesta: Sí: un responsable designado, reglas escritas y un informe de calidad mensual o trimestral con acciones correctivas" },
    { answer: "cleanups-only", status: 'partial', en: "answer: Only one-off clean-ups or update campaigns, without a permanent owner or measurement", es: "respuesta: Solo depuraciones o campañas de actualización puntuales, sin responsable permanente ni medición" },
    { answer: "none", status: 'fail', en: "answer: No one is responsible; each area keeps its own data", es: "respuesta: Nadie es responsable; cada área maneja sus propios datos" },
    { answer: {status: "skipped"}, status: 'unknown', en: "question skipped", es: "pregunta omitida" },
  ],
  'gaps.contact-protocol': [
    { answer: "trained-monitored", status: 'pass', en: "answer: Yes: it is written, all agents (own and outsourced) are trained on it, and contacts are sampled and scored against it every month", es: "respuesta: Sí: está escrito, todos los asesores (propios y tercerizados) están capacitados y cada mes se muestrean y califican contactos contra él" },
    { answer: "written-only", status: 'partial', en: "answer: It is written, but training or monitoring is irregular", es: "respuesta: Está escrito, pero la capacitación o el monitoreo son irregulares" },
    { answer: "informal", status: 'fail', en: "answer: There is no written protocol", es: "respuesta: No hay un protocolo escrito" },
    { answer: {status: "skipped"}, status: 'unknown', en: "question skipped", es: "pregunta omitida" },
  ],
  'gaps.agent-refresher-training': [
    { answer: "90-or-more", status: 'pass', en: "answer: 90 % or more", es: "respuesta: 90 % o más" },
    { answer: "60-to-89", status: 'partial', en: "answer: 60 % to 89 %", es: "respuesta: Entre 60 % y 89 %" },
    { answer: "under-30", status: 'fail', en: "answer: Less than 30 %", es: "respuesta: Menos del 30 %" },
    { answer: {status: "skipped"}, status: 'unknown', en: "question skipped", es: "pregunta omitida" },
  ],
  'gaps.agent-certification': [
    { answer: "all-staff", status: 'pass', en: "answer: Yes, for all contact staff, including outsourced and digital-channel agents", es: "respuesta: Sí, para todo el personal de contacto, incluidos los asesores tercerizados y los de canales digitales" },
    { answer: "some-teams", status: 'partial', en: "answer: Only for some teams or channels", es: "respuesta: Solo para algunos equipos o canales" },
    { answer: "none", status: 'fail', en: "answer: No: they learn on the job", es: "respuesta: No: aprenden sobre la marcha" },
    { answer: {status: "skipped"}, status: 'unknown', en: "question skipped", es: "pregunta omitida" },
  ],
  'gaps.customer-processes-documented': [
    { answer: "all-with-ola", status: 'pass', en: "answer: All ten, with agreed and measured internal times", es: "respuesta: Las diez, con tiempos internos acordados y medidos" },
    { answer: "some", status: 'partial', en: "answer: Some of them, or documented without agreed internal times", es: "respuesta: Algunas, o documentadas sin tiempos internos acordados" },
    { answer: "none", status: 'fail', en: "answer: None, or documented only for internal control", es: "respuesta: Ninguna, o documentadas solo para el control interno" },
    { answer: {status: "skipped"}, status: 'unknown', en: "question skipped", es: "pregunta omitida" },
  ],
  'gaps.management-resources': [
    { answer: "funded", status: 'pass', en: "answer: Yes: an executive sponsor, an approved budget and assigned people", es: "respuesta: Sí: un patrocinador directivo, un presupuesto aprobado y personas asignadas" },
    { answer: "sponsor-only", status: 'partial', en: "answer: A sponsor or a plan, but no specific budget or people", es: "respuesta: Un patrocinador o un plan, pero sin presupuesto ni personas específicas" },
    { answer: "none", status: 'fail', en: "answer: No plan approved by management", es: "respuesta: No hay un plan aprobado por la dirección" },
    { answer: {status: "skipped"}, status: 'unknown', en: "question skipped", es: "pregunta omitida" },
  ],
  'gaps.service-kpis-on-scorecard': [
    { answer: "scorecard-and-incentives", status: 'pass', en: "answer: On the management scorecard and linked to managers' incentives", es: "respuesta: En el tablero de la dirección y ligados a los incentivos de los gerentes" },
    { answer: "scorecard-only", status: 'partial', en: "answer: On the management scorecard, reviewed at least monthly, but not linked to incentives", es: "respuesta: En el tablero de la dirección, revisados al menos cada mes, pero sin relación con incentivos" },
    { answer: "none", status: 'fail', en: "answer: Service indicators are not tracked", es: "respuesta: No se hace seguimiento a indicadores de servicio" },
    { answer: {status: "skipped"}, status: 'unknown', en: "question skipped", es: "pregunta omitida" },
  ],
  'gaps.response-vs-resolution': [
    { evidence: {"data.tickets.resolutionWithinPromise":0.9}, status: 'pass', en: "requests resolved within the time promised for their type is 90 %; target ≥ 90 %", es: "solicitudes resueltas en el tiempo prometido para su tipo es 90 %; meta ≥ 90 %" },
    { evidence: {"data.tickets.resolutionWithinPromise":0.75}, status: 'partial', en: "requests resolved within the time promised for their type is 75 %; target ≥ 90 %", es: "solicitudes resueltas en el tiempo prometido para su tipo es 75 %; meta ≥ 90 %" },
    { evidence: {"data.tickets.resolutionWithinPromise":0.6}, status: 'fail', en: "requests resolved within the time promised for their type is 60 %; target ≥ 90 %", es: "solicitudes resueltas en el tiempo prometido para su tipo es 60 %; meta ≥ 90 %" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "no data export provides data.tickets.resolutionWithinPromise", es: "ninguna exportación de datos aporta data.tickets.resolutionWithinPromise" },
  ],
  'gaps.instant-request-completion': [
    { answer: "completed-as-stated", status: 'pass', en: "answer: It is completed at once, or within the completion time the confirmation states", es: "respuesta: Se completa al instante, o dentro del tiempo de cumplimiento que indica la confirmación" },
    { answer: "longer-but-informed", status: 'partial', en: "answer: It takes days, but the confirmation states the real time and the customer is kept informed", es: "respuesta: Tarda días, pero la confirmación indica el tiempo real y se mantiene informado al cliente" },
    { answer: "hidden-delay", status: 'fail', en: "answer: It takes days longer than the confirmation suggests; customers find out when they call", es: "respuesta: Tarda días más de lo que sugiere la confirmación; los clientes se enteran cuando llaman" },
    { answer: "no-digital-requests", status: 'not-applicable', en: "answer: No requests are taken on digital channels", es: "respuesta: No se reciben solicitudes por canales digitales" },
    { answer: {status: "skipped"}, status: 'unknown', en: "question skipped", es: "pregunta omitida" },
  ],
  'gaps.customer-needs-analysis': [
    { answer: "studied-and-used", status: 'pass', en: "answer: Yes: a study exists and decisions on channels and service model cite it", es: "respuesta: Sí: existe un estudio y las decisiones sobre canales y modelo de atención lo citan" },
    { answer: "studied-not-used", status: 'partial', en: "answer: A study exists, but it did not change how service is organised", es: "respuesta: Existe un estudio, pero no cambió la forma de organizar la atención" },
    { answer: "none", status: 'fail', en: "answer: No: service was organised by internal criteria or by copying competitors", es: "respuesta: No: la atención se organizó con criterios internos o copiando a la competencia" },
    { answer: {status: "skipped"}, status: 'unknown', en: "question skipped", es: "pregunta omitida" },
  ],
  'gaps.complaint-root-cause': [
    { answer: "causes-fixed", status: 'pass', en: "answer: Their causes are reviewed every month with the areas, with actions, owners and follow-up", es: "respuesta: Sus causas se revisan cada mes con las áreas, con acciones, responsables y seguimiento" },
    { answer: "causes-reported", status: 'partial', en: "answer: Causes are reported, but actions are not followed up", es: "respuesta: Se reportan las causas, pero no se hace seguimiento a las acciones" },
    { answer: "nothing", status: 'fail', en: "answer: Nothing; each one is closed when answered", es: "respuesta: Nada; cada una se cierra al responderla" },
    { answer: {"status":"skipped"}, status: 'unknown', en: "question skipped", es: "pregunta omitida" },
  ],
} satisfies CaseTable;
