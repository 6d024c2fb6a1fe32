/** CheckTester cases of the freshness area (see ../check-tester.ts): state and sentence per case. */
import type { CaseTable } from '../check-tester.js';

export default {
  'freshness.payments-applied-correctly': [
    { evidence: {"data.payments.misappliedRate":0.01}, status: 'pass', en: "payments posted to the wrong account or invoice is 1 %; target ≤ 1 %", es: "pagos asentados en cuenta o factura equivocada es 1 %; meta ≤ 1 %" },
    { evidence: {"data.payments.misappliedRate":0.030000000000000002}, status: 'partial', en: "payments posted to the wrong account or invoice is 3 %; target ≤ 1 %", es: "pagos asentados en cuenta o factura equivocada es 3 %; meta ≤ 1 %" },
    { evidence: {"data.payments.misappliedRate":0.05}, status: 'fail', en: "payments posted to the wrong account or invoice is 5 %; target ≤ 1 %", es: "pagos asentados en cuenta o factura equivocada es 5 %; meta ≤ 1 %" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "no data export provides data.payments.misappliedRate", es: "ninguna exportación de datos aporta data.payments.misappliedRate" },
  ],
  'freshness.claim-resolution-recorded': [
    { answer: "automatic-on-close", status: 'pass', en: "answer: At once, automatically on closure", es: "respuesta: De inmediato, automáticamente al cerrar" },
    { answer: "manual-within-day", status: 'partial', en: "answer: Updated by hand within one business day", es: "respuesta: Se actualiza a mano dentro de un día hábil" },
    { answer: "no-online-claims-view", status: 'fail', en: "answer: Customers cannot consult claims online at all", es: "respuesta: El cliente no puede consultar reclamos en línea" },
    { answer: {status: "skipped"}, status: 'unknown', en: "question skipped", es: "pregunta omitida" },
  ],
  'freshness.payment-posting-lag': [
    { evidence: {"data.payments.postingLagP90":3600000}, status: 'pass', en: "time from payment to posting (p90) is 1 h; target ≤ 1 h", es: "tiempo del pago a su registro (p90) es 1 h; meta ≤ 1 h" },
    { evidence: {"data.payments.postingLagP90":45000000}, status: 'partial', en: "time from payment to posting (p90) is 12 h 30 min; target ≤ 1 h", es: "tiempo del pago a su registro (p90) es 12 h 30 min; meta ≤ 1 h" },
    { evidence: {"data.payments.postingLagP90":86400000}, status: 'fail', en: "time from payment to posting (p90) is 1 d; target ≤ 1 h", es: "tiempo del pago a su registro (p90) es 1 d; meta ≤ 1 h" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "no data export provides data.payments.postingLagP90", es: "ninguna exportación de datos aporta data.payments.postingLagP90" },
  ],
  'freshness.dispatch-visibility-lag': [
    { evidence: {"data.orders.dispatchVisibilityLagP90":3600000}, status: 'pass', en: "time from dispatch to online visibility (p90) is 1 h; target ≤ 1 h", es: "tiempo del despacho a su visibilidad en línea (p90) es 1 h; meta ≤ 1 h" },
    { evidence: {"data.orders.dispatchVisibilityLagP90":45000000}, status: 'partial', en: "time from dispatch to online visibility (p90) is 12 h 30 min; target ≤ 1 h", es: "tiempo del despacho a su visibilidad en línea (p90) es 12 h 30 min; meta ≤ 1 h" },
    { evidence: {"data.orders.dispatchVisibilityLagP90":86400000}, status: 'fail', en: "time from dispatch to online visibility (p90) is 1 d; target ≤ 1 h", es: "tiempo del despacho a su visibilidad en línea (p90) es 1 d; meta ≤ 1 h" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "no data export provides data.orders.dispatchVisibilityLagP90", es: "ninguna exportación de datos aporta data.orders.dispatchVisibilityLagP90" },
  ],
  'freshness.sitemap-recent': [
    { evidence: {"site.freshness.sitemapNewestAge":1296000000}, status: 'pass', en: "newest sitemap update: age 15 d; target ≤ 30 d", es: "actualización más reciente del mapa del sitio: antigüedad 15 d; meta ≤ 30 d" },
    { evidence: {"site.freshness.sitemapNewestAge":9072000000}, status: 'partial', en: "newest sitemap update: age 105 d; target ≤ 30 d", es: "actualización más reciente del mapa del sitio: antigüedad 105 d; meta ≤ 30 d" },
    { evidence: {"site.freshness.sitemapNewestAge":31104000000}, status: 'fail', en: "newest sitemap update: age 360 d; target ≤ 30 d", es: "actualización más reciente del mapa del sitio: antigüedad 360 d; meta ≤ 30 d" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "the site was not probed (site.freshness.sitemapNewestAge)", es: "no se sondeó el sitio (site.freshness.sitemapNewestAge)" },
  ],
  'freshness.news-recent': [
    { evidence: {"site.freshness.newsNewestAge":1296000000}, status: 'pass', en: "newest news item: age 15 d; target ≤ 30 d", es: "novedad más reciente: antigüedad 15 d; meta ≤ 30 d" },
    { evidence: {"site.freshness.newsNewestAge":9072000000}, status: 'partial', en: "newest news item: age 105 d; target ≤ 30 d", es: "novedad más reciente: antigüedad 105 d; meta ≤ 30 d" },
    { evidence: {"site.freshness.newsNewestAge":31104000000}, status: 'fail', en: "newest news item: age 360 d; target ≤ 30 d", es: "novedad más reciente: antigüedad 360 d; meta ≤ 30 d" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "the site was not probed (site.freshness.newsNewestAge)", es: "no se sondeó el sitio (site.freshness.newsNewestAge)" },
  ],
  'freshness.pages-modified': [
    { evidence: {"site.freshness.lastModifiedAge":1296000000}, status: 'pass', en: "newest Last-Modified among key pages: age 15 d; target ≤ 30 d", es: "Last-Modified más reciente de las páginas clave: antigüedad 15 d; meta ≤ 30 d" },
    { evidence: {"site.freshness.lastModifiedAge":9072000000}, status: 'partial', en: "newest Last-Modified among key pages: age 105 d; target ≤ 30 d", es: "Last-Modified más reciente de las páginas clave: antigüedad 105 d; meta ≤ 30 d" },
    { evidence: {"site.freshness.lastModifiedAge":31104000000}, status: 'fail', en: "newest Last-Modified among key pages: age 360 d; target ≤ 30 d", es: "Last-Modified más reciente de las páginas clave: antigüedad 360 d; meta ≤ 30 d" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "the site was not probed (site.freshness.lastModifiedAge)", es: "no se sondeó el sitio (site.freshness.lastModifiedAge)" },
  ],
  'freshness.copyright-current': [
    { evidence: {"site.freshness.copyrightYearLag":0}, status: 'pass', en: "years behind in the footer is 0; target ≤ 0", es: "años de atraso en el pie de página es 0; meta ≤ 0" },
    { evidence: {"site.freshness.copyrightYearLag":1}, status: 'partial', en: "years behind in the footer is 1; target ≤ 0", es: "años de atraso en el pie de página es 1; meta ≤ 0" },
    { evidence: {"site.freshness.copyrightYearLag":2}, status: 'fail', en: "years behind in the footer is 2; target ≤ 0", es: "años de atraso en el pie de página es 2; meta ≤ 0" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "the site was not probed (site.freshness.copyrightYearLag)", es: "no se sondeó el sitio (site.freshness.copyrightYearLag)" },
  ],
  'freshness.sources-fresh': [
    { evidence: {"site.freshness.staleSources":0}, status: 'pass', en: "stale data feeds is 0 %; target ≤ 0 %", es: "fuentes de datos desactualizadas es 0 %; meta ≤ 0 %" },
    { evidence: {"site.freshness.staleSources":0.25}, status: 'partial', en: "stale data feeds is 25 %; target ≤ 0 %", es: "fuentes de datos desactualizadas es 25 %; meta ≤ 0 %" },
    { evidence: {"site.freshness.staleSources":0.5}, status: 'fail', en: "stale data feeds is 50 %; target ≤ 0 %", es: "fuentes de datos desactualizadas es 50 %; meta ≤ 0 %" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "the site was not probed (site.freshness.staleSources)", es: "no se sondeó el sitio (site.freshness.staleSources)" },
  ],
  'freshness.systems-reconciled': [
    { answer: "automated-daily", status: 'pass', en: "answer: Automated reconciliation at least daily with an exceptions report and owner", es: "respuesta: Conciliación automática al menos diaria con reporte de excepciones y responsable" },
    { answer: "periodic-manual", status: 'partial', en: "answer: Manual reconciliation weekly or monthly", es: "respuesta: Conciliación manual semanal o mensual" },
    { answer: "none", status: 'fail', en: "answer: No reconciliation", es: "respuesta: No se concilia" },
    { answer: "single-system", status: 'not-applicable', en: "answer: A single system holds all the data (nothing to reconcile)", es: "respuesta: Un único sistema tiene todos los datos (no hay nada que conciliar)" },
    { answer: {status: "skipped"}, status: 'unknown', en: "question skipped", es: "pregunta omitida" },
  ],
  'freshness.sync-frequency': [
    { answer: "real-time", status: 'pass', en: "answer: Real time", es: "respuesta: Tiempo real" },
    { answer: "hourly", status: 'partial', en: "answer: Every hour or more often", es: "respuesta: Cada hora o con más frecuencia" },
    { answer: "manual", status: 'fail', en: "answer: Manually / no fixed schedule", es: "respuesta: Manual / sin periodicidad fija" },
    { answer: "no-online-self-service", status: 'not-applicable', en: "answer: There is no customer portal or app yet", es: "respuesta: Aún no hay portal ni app para clientes" },
    { answer: {status: "skipped"}, status: 'unknown', en: "question skipped", es: "pregunta omitida" },
  ],
  'freshness.data-date-shown': [
    { answer: true, status: 'pass', en: "answer: yes", es: "respuesta: sí" },
    { answer: false, status: 'fail', en: "answer: no", es: "respuesta: no" },
    { answer: {status: "dont-know"}, status: 'unknown', en: "answered \"don't know\"", es: "respondida \"no sabe\"" },
  ],
} satisfies CaseTable;
