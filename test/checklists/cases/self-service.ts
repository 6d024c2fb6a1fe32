/** CheckTester cases of the self-service area (see ../check-tester.ts): state and sentence per case. */
import type { CaseTable } from '../check-tester.js';

export default {
  'self-service.customer-account': [
    { evidence: {"site.selfservice.login":true}, status: 'pass', en: "customer login / account area is yes; expected yes", es: "ingreso / zona de cuenta del cliente es sí; se espera sí" },
    { evidence: {"site.selfservice.login":false}, status: 'fail', en: "customer login / account area is no; expected yes", es: "ingreso / zona de cuenta del cliente es no; se espera sí" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "the site was not probed (site.selfservice.login)", es: "no se sondeó el sitio (site.selfservice.login)" },
  ],
  'self-service.account-contents': [
    { answer: ["account-statement", "orders-in-progress", "order-history", "invoices", "claims-in-progress", "personal-data"], status: 'pass', en: "answer: Account statement / balance; Orders or requests in progress with their status; Past orders; Invoices (downloadable e-invoice); Complaints / claims (PQRS) in progress and their answers; Own contact data and consents (to update them)", es: "respuesta: Estado de cuenta / saldo; Pedidos o solicitudes en curso con su estado; Historial de pedidos; Facturas (factura electrónica descargable); PQRS en curso y sus respuestas; Datos de contacto y autorizaciones propios (para actualizarlos)" },
    { answer: ["account-statement"], status: 'partial', en: "answer: Account statement / balance", es: "respuesta: Estado de cuenta / saldo" },
    { name: "what the organisation does not have is not missing", answer: ["account-statement", "orders-in-progress", "claims-in-progress", "personal-data", "not-offered:order-history", "not-offered:invoices"], status: 'pass', en: "answer: Account statement / balance; Orders or requests in progress with their status; Complaints / claims (PQRS) in progress and their answers; Own contact data and consents (to update them); Past orders (not offered); Invoices (downloadable e-invoice) (not offered)", es: "respuesta: Estado de cuenta / saldo; Pedidos o solicitudes en curso con su estado; PQRS en curso y sus respuestas; Datos de contacto y autorizaciones propios (para actualizarlos); Historial de pedidos (no se ofrece); Facturas (factura electrónica descargable) (no se ofrece)" },
    { name: "not offered, and one offered item missing", answer: ["account-statement", "orders-in-progress", "not-offered:order-history", "not-offered:invoices"], status: 'partial', en: "answer: Account statement / balance; Orders or requests in progress with their status; Past orders (not offered); Invoices (downloadable e-invoice) (not offered)", es: "respuesta: Estado de cuenta / saldo; Pedidos o solicitudes en curso con su estado; Historial de pedidos (no se ofrece); Facturas (factura electrónica descargable) (no se ofrece)" },
    { answer: ["none"], status: 'fail', en: "answer: None of these", es: "respuesta: Ninguno de estos" },
    { answer: {status: "skipped"}, status: 'unknown', en: "question skipped", es: "pregunta omitida" },
  ],
  'self-service.payment-application-visible': [
    { answer: "shows-application", status: 'pass', en: "answer: Date, amount and the invoices or instalments it was applied to", es: "respuesta: Fecha, valor y las facturas o cuotas a las que se aplicó" },
    { answer: "shows-receipt-only", status: 'partial', en: "answer: The payment and the new balance but not how it was applied", es: "respuesta: El pago y el nuevo saldo pero no cómo se aplicó" },
    { answer: "not-shown", status: 'fail', en: "answer: Payments are not shown online", es: "respuesta: Los pagos no se muestran en línea" },
    { answer: "no-customer-payments", status: 'not-applicable', en: "answer: Customers do not pay us directly (not applicable)", es: "respuesta: Los clientes no nos pagan directamente (no aplica)" },
    { answer: {status: "skipped"}, status: 'unknown', en: "question skipped", es: "pregunta omitida" },
  ],
  'self-service.order-tracking': [
    { evidence: {"site.selfservice.orderTracking":true}, status: 'pass', en: "online order / request tracking is yes; expected yes", es: "seguimiento de pedidos / solicitudes en línea es sí; se espera sí" },
    { evidence: {"site.selfservice.orderTracking":false}, status: 'fail', en: "online order / request tracking is no; expected yes", es: "seguimiento de pedidos / solicitudes en línea es no; se espera sí" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "the site was not probed (site.selfservice.orderTracking)", es: "no se sondeó el sitio (site.selfservice.orderTracking)" },
  ],
  'self-service.order-tracking-reachable': [
    { evidence: {"site.selfservice.orderTrackingDepth":2}, status: 'pass', en: "clicks from the home page to order tracking is 2; target ≤ 2", es: "clics desde el inicio hasta el seguimiento de pedidos es 2; meta ≤ 2" },
    { evidence: {"site.selfservice.orderTrackingDepth":3}, status: 'partial', en: "clicks from the home page to order tracking is 3; target ≤ 2", es: "clics desde el inicio hasta el seguimiento de pedidos es 3; meta ≤ 2" },
    { evidence: {"site.selfservice.orderTrackingDepth":4}, status: 'fail', en: "clicks from the home page to order tracking is 4; target ≤ 2", es: "clics desde el inicio hasta el seguimiento de pedidos es 4; meta ≤ 2" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "the site was not probed (site.selfservice.orderTrackingDepth)", es: "no se sondeó el sitio (site.selfservice.orderTrackingDepth)" },
  ],
  'self-service.key-page-links-work': [
    { evidence: {"site.links.broken":[]}, status: 'pass', en: "broken links to key service pages is none; expected none", es: "enlaces rotos a páginas clave de servicio es ninguno; se espera ninguno" },
    { evidence: {"site.links.broken":[{kind: "contact", url: "https://tienda.example/contacto", text: "Contacto", foundOn: "https://tienda.example/", code: "http-404", message: "HTTP 404"}]}, status: 'fail', en: "broken links to key service pages is {\"kind\":\"contact\",\"url\":\"https://tienda.example/contacto\",\"text\":\"Contacto\",\"fou; expected none", es: "enlaces rotos a páginas clave de servicio es {\"kind\":\"contact\",\"url\":\"https://tienda.example/contacto\",\"text\":\"Contacto\",\"fou; se espera ninguno" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "the site was not probed (site.links.broken)", es: "no se sondeó el sitio (site.links.broken)" },
  ],
  'self-service.invoices-online': [
    { evidence: {"site.selfservice.invoices":true}, status: 'pass', en: "invoices / account statement online is yes; expected yes", es: "facturas / estado de cuenta en línea es sí; se espera sí" },
    { evidence: {"site.selfservice.invoices":false}, status: 'fail', en: "invoices / account statement online is no; expected yes", es: "facturas / estado de cuenta en línea es no; se espera sí" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "the site was not probed (site.selfservice.invoices)", es: "no se sondeó el sitio (site.selfservice.invoices)" },
  ],
  'self-service.claims-tracking': [
    { evidence: {"site.selfservice.claimsTracking":true}, status: 'pass', en: "online claim tracking is yes; expected yes", es: "seguimiento de PQRS en línea es sí; se espera sí" },
    { evidence: {"site.selfservice.claimsTracking":false}, status: 'fail', en: "online claim tracking is no; expected yes", es: "seguimiento de PQRS en línea es no; se espera sí" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "the site was not probed (site.selfservice.claimsTracking)", es: "no se sondeó el sitio (site.selfservice.claimsTracking)" },
  ],
  'self-service.reorder': [
    { answer: "one-step", status: 'pass', en: "answer: In one step from the order history or a saved list", es: "respuesta: En un paso desde el historial o una lista guardada" },
    { answer: "item-by-item", status: 'partial', en: "answer: Online but item by item", es: "respuesta: En línea pero artículo por artículo" },
    { answer: "offline-only", status: 'fail', en: "answer: Only by phone, e-mail, WhatsApp or through a sales representative", es: "respuesta: Solo por teléfono, correo, WhatsApp o con un asesor comercial" },
    { answer: "no-repeat-purchases", status: 'not-applicable', en: "answer: Our customers do not make repeat purchases (not applicable)", es: "respuesta: Nuestros clientes no hacen compras repetidas (no aplica)" },
    { answer: {status: "skipped"}, status: 'unknown', en: "question skipped", es: "pregunta omitida" },
  ],
  'self-service.news-published': [
    { evidence: {"site.selfservice.news":true}, status: 'pass', en: "news / new-product pages is yes; expected yes", es: "páginas de novedades / nuevos productos es sí; se espera sí" },
    { evidence: {"site.selfservice.news":false}, status: 'fail', en: "news / new-product pages is no; expected yes", es: "páginas de novedades / nuevos productos es no; se espera sí" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "the site was not probed (site.selfservice.news)", es: "no se sondeó el sitio (site.selfservice.news)" },
  ],
  'self-service.member-registration': [
    { evidence: {"site.selfservice.register":true}, status: 'pass', en: "invitation to register is yes; expected yes", es: "invitación a registrarse es sí; se espera sí" },
    { evidence: {"site.selfservice.register":false}, status: 'fail', en: "invitation to register is no; expected yes", es: "invitación a registrarse es no; se espera sí" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "the site was not probed (site.selfservice.register)", es: "no se sondeó el sitio (site.selfservice.register)" },
    { name: "does not apply", evidence: {"site.selfservice.register":true}, profile: {businessModel: "b2b"}, status: 'not-applicable', en: "applies to B2C (consumers) / public sector; this organisation: B2B (companies)", es: "aplica a B2C (consumidores) / sector público; esta organización: B2B (empresas)" },
  ],
  'self-service.citizen-services-online': [
    { answer: ["pay-taxes-fees", "book-activities", "report-public-faults", "environmental-complaints", "certificates", "track-pqrsd"], profile: {businessModel: "public"}, status: 'pass', en: "answer: Pay taxes or fees; Book cultural, sports or recreational activities; Report a public-infrastructure fault (street light, pothole, leak); File an environmental or police complaint; Request and download certificates; File and follow a PQRSD", es: "respuesta: Pagar impuestos o tasas; Reservar actividades culturales, deportivas o recreativas; Reportar una falla de infraestructura pública (luminaria, hueco, fuga); Presentar una denuncia ambiental o ante la policía; Solicitar y descargar certificados; Radicar y consultar una PQRSD" },
    { answer: ["pay-taxes-fees"], profile: {businessModel: "public"}, status: 'partial', en: "answer: Pay taxes or fees", es: "respuesta: Pagar impuestos o tasas" },
    { name: "a service the entity does not provide is not missing", answer: ["pay-taxes-fees", "report-public-faults", "environmental-complaints", "certificates", "track-pqrsd", "not-offered:book-activities"], profile: {businessModel: "public"}, status: 'pass', en: "answer: Pay taxes or fees; Report a public-infrastructure fault (street light, pothole, leak); File an environmental or police complaint; Request and download certificates; File and follow a PQRSD; Book cultural, sports or recreational activities (not offered)", es: "respuesta: Pagar impuestos o tasas; Reportar una falla de infraestructura pública (luminaria, hueco, fuga); Presentar una denuncia ambiental o ante la policía; Solicitar y descargar certificados; Radicar y consultar una PQRSD; Reservar actividades culturales, deportivas o recreativas (no se ofrece)" },
    { answer: ["none"], profile: {businessModel: "public"}, status: 'fail', en: "answer: None of these", es: "respuesta: Ninguno de estos" },
    { answer: {status: "skipped"}, profile: {businessModel: "public"}, status: 'unknown', en: "question skipped", es: "pregunta omitida" },
    { name: "does not apply", answer: ["pay-taxes-fees", "book-activities", "report-public-faults", "environmental-complaints", "certificates", "track-pqrsd"], profile: {businessModel: "b2c"}, status: 'not-applicable', en: "applies to public sector; this organisation: B2C (consumers)", es: "aplica a sector público; esta organización: B2C (consumidores)" },
  ],
  'self-service.virtual-channel-owner': [
    { answer: "named-owner-with-targets", status: 'pass', en: "answer: A named person with written responsibilities and targets", es: "respuesta: Una persona designada con funciones y metas escritas" },
    { answer: "named-owner-no-targets", status: 'partial', en: "answer: A named person without targets or as a side task", es: "respuesta: Una persona designada sin metas o como tarea secundaria" },
    { answer: "nobody", status: 'fail', en: "answer: Nobody / an external agency only", es: "respuesta: Nadie / solo una agencia externa" },
    { answer: {status: "skipped"}, status: 'unknown', en: "question skipped", es: "pregunta omitida" },
  ],
  'self-service.backstage-staffing': [
    { answer: "assigned-with-times", status: 'pass', en: "answer: Both tasks are assigned to named people with written turnaround times", es: "respuesta: Ambas tareas están asignadas a personas con tiempos de atención escritos" },
    { answer: "assigned-no-times", status: 'partial', en: "answer: Both are assigned but without turnaround times", es: "respuesta: Ambas están asignadas pero sin tiempos definidos" },
    { answer: "ad-hoc", status: 'fail', en: "answer: Whoever has time does it", es: "respuesta: Lo hace quien tenga tiempo" },
    { answer: {status: "skipped"}, status: 'unknown', en: "question skipped", es: "pregunta omitida" },
  ],
  'self-service.account-functions': [
    { name: "all nine found", evidence: {"site.account.functionsFound":["statement","orders-in-progress","order-history","invoices","invoice-download","payments-applied","claims","repeat-order","contact-update"]}, status: 'pass', en: "self-service functions found in the account area is statement, orders-in-progress, order-history and 6 more; expected all of statement, orders-in-progress, order-history and 6 more", es: "funciones de autoservicio encontradas en la zona de cuenta es statement, orders-in-progress, order-history y 6 más; se espera todos statement, orders-in-progress, order-history y 6 más" },
    { name: "four of nine", evidence: {"site.account.functionsFound":["statement","orders-in-progress","order-history","invoices"]}, status: 'partial', en: "self-service functions found in the account area is statement, orders-in-progress, order-history and 1 more; missing invoice-download, payments-applied, claims and 2 more", es: "funciones de autoservicio encontradas en la zona de cuenta es statement, orders-in-progress, order-history y 1 más; faltan invoice-download, payments-applied, claims y 2 más" },
    { name: "none found", evidence: {"site.account.functionsFound":[]}, status: 'fail', en: "self-service functions found in the account area is none; missing statement, orders-in-progress, order-history and 6 more", es: "funciones de autoservicio encontradas en la zona de cuenta es ninguno; faltan statement, orders-in-progress, order-history y 6 más" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "the site was not probed (site.account.functionsFound)", es: "no se sondeó el sitio (site.account.functionsFound)" },
  ],
  'self-service.account-functions-reach': [
    { evidence: {"site.account.clicksMax":2}, status: 'pass', en: "most clicks from the account's landing page to a self-service function is 2; target ≤ 2", es: "máximo de clics desde la página de llegada de la cuenta hasta una función de autoservicio es 2; meta ≤ 2" },
    { evidence: {"site.account.clicksMax":3}, status: 'partial', en: "most clicks from the account's landing page to a self-service function is 3; target ≤ 2", es: "máximo de clics desde la página de llegada de la cuenta hasta una función de autoservicio es 3; meta ≤ 2" },
    { evidence: {"site.account.clicksMax":5}, status: 'fail', en: "most clicks from the account's landing page to a self-service function is 5; target ≤ 2", es: "máximo de clics desde la página de llegada de la cuenta hasta una función de autoservicio es 5; meta ≤ 2" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "the site was not probed (site.account.clicksMax)", es: "no se sondeó el sitio (site.account.clicksMax)" },
  ],
  'self-service.signin-https': [
    { evidence: {"site.signin.https":true}, status: 'pass', en: "sign-in page and form over HTTPS is yes; expected yes", es: "página y formulario de ingreso por HTTPS es sí; se espera sí" },
    { name: "the form posts to http://", evidence: {"site.signin.https":false}, status: 'fail', en: "sign-in page and form over HTTPS is no; expected yes", es: "página y formulario de ingreso por HTTPS es no; se espera sí" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "the site was not probed (site.signin.https)", es: "no se sondeó el sitio (site.signin.https)" },
  ],
  'self-service.password-recovery': [
    { evidence: {"site.signin.recovery":true}, status: 'pass', en: "password recovery on the customer's own from the sign-in page is yes; expected yes", es: "recuperación de la contraseña por cuenta del cliente desde la página de ingreso es sí; se espera sí" },
    { name: "only by calling", evidence: {"site.signin.recovery":false}, status: 'fail', en: "password recovery on the customer's own from the sign-in page is no; expected yes", es: "recuperación de la contraseña por cuenta del cliente desde la página de ingreso es no; se espera sí" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "the site was not probed (site.signin.recovery)", es: "no se sondeó el sitio (site.signin.recovery)" },
  ],
  'self-service.account-security': [
    { answer: ["second-factor","change-notices"], status: 'pass', en: "answer: A second factor (one-time code) before changing contact data, addresses or payment methods; Notice to the customer of every such change and of sign-ins from a new device", es: "respuesta: Un segundo factor (código de un solo uso) antes de cambiar datos de contacto, direcciones o medios de pago; Aviso al cliente de cada cambio de este tipo y de los ingresos desde un dispositivo nuevo" },
    { answer: ["change-notices"], status: 'partial', en: "answer: Notice to the customer of every such change and of sign-ins from a new device", es: "respuesta: Aviso al cliente de cada cambio de este tipo y de los ingresos desde un dispositivo nuevo" },
    { answer: ["none"], status: 'fail', en: "answer: None of these", es: "respuesta: Ninguna de estas" },
    { name: "no online account", answer: ["no-account"], status: 'not-applicable', en: "answer: Customers have no online account", es: "respuesta: Los clientes no tienen cuenta en línea" },
    { answer: {"status":"dont-know"}, status: 'unknown', en: "answered \"don't know\"", es: "respondida \"no sabe\"" },
  ],
  'self-service.request-online': [
    { answer: "all-online", status: 'pass', en: "answer: Yes, all or nearly all of them, with an immediate confirmation and a number", es: "respuesta: Sí, todos o casi todos, con confirmación inmediata y un número" },
    { answer: "request-form-only", status: 'partial', en: "answer: Only a contact or quote form that someone answers later", es: "respuesta: Solo un formulario de contacto o cotización que alguien responde después" },
    { answer: "information-only", status: 'fail', en: "answer: No: the site only informs, orders go through other channels", es: "respuesta: No: el sitio solo informa, los pedidos van por otros canales" },
    { answer: {"status":"skipped"}, status: 'unknown', en: "question skipped", es: "pregunta omitida" },
    { name: "does not apply", answer: "all-online", profile: {businessModel:"public"}, status: 'not-applicable', en: "applies to B2C (consumers) / B2B (companies); this organisation: public sector", es: "aplica a B2C (consumidores) / B2B (empresas); esta organización: sector público" },
  ],
  'self-service.company-information': [
    { answer: "products-and-company", status: 'pass', en: "answer: Product pages with specifications, availability and price, and a page about the company", es: "respuesta: Fichas de producto con especificaciones, disponibilidad y precio, y una página sobre la empresa" },
    { answer: "products-only", status: 'partial', en: "answer: Product pages, but nothing about the company", es: "respuesta: Fichas de producto, pero nada sobre la empresa" },
    { answer: "neither", status: 'fail', en: "answer: Neither", es: "respuesta: Ninguna de las dos" },
    { answer: {"status":"skipped"}, status: 'unknown', en: "question skipped", es: "pregunta omitida" },
    { name: "does not apply", answer: "neither", profile: {businessModel:"public"}, status: 'not-applicable', en: "applies to B2C (consumers) / B2B (companies); this organisation: public sector", es: "aplica a B2C (consumidores) / B2B (empresas); esta organización: sector público" },
  ],
  'self-service.help-centre': [
    { evidence: {"site.help.faq":true}, status: 'pass', en: "help centre or FAQ is yes; expected yes", es: "centro de ayuda o preguntas frecuentes es sí; se espera sí" },
    { evidence: {"site.help.faq":false}, status: 'fail', en: "help centre or FAQ is no; expected yes", es: "centro de ayuda o preguntas frecuentes es no; se espera sí" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "the site was not probed (site.help.faq)", es: "no se sondeó el sitio (site.help.faq)" },
  ],
  'self-service.help-covers-top-reasons': [
    { answer: "all-with-search", status: 'pass', en: "answer: All or nearly all, with a search, reviewed at least every quarter", es: "respuesta: Todos o casi todos, con buscador, revisados al menos cada trimestre" },
    { answer: "most-with-search", status: 'partial', en: "answer: Most of them, with a search", es: "respuesta: La mayoría, con buscador" },
    { answer: "no-help-centre", status: 'fail', en: "answer: There is no help centre", es: "respuesta: No hay centro de ayuda" },
    { answer: {"status":"dont-know"}, status: 'unknown', en: "answered \"don't know\"", es: "respondida \"no sabe\"" },
  ],
} satisfies CaseTable;
