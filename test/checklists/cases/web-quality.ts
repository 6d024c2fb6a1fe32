/** CheckTester cases of the web-quality area (see ../check-tester.ts): state and sentence per case. */
import type { CaseTable } from '../check-tester.js';

export default {
  'web-quality.mobile-viewport': [
    { evidence: {"site.mobile.viewport":true}, status: 'pass', en: "mobile viewport is yes; expected yes", es: "viewport móvil es sí; se espera sí" },
    { evidence: {"site.mobile.viewport":false}, status: 'fail', en: "mobile viewport is no; expected yes", es: "viewport móvil es no; se espera sí" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "the site was not probed (site.mobile.viewport)", es: "no se sondeó el sitio (site.mobile.viewport)" },
  ],
  'web-quality.performance': [
    { evidence: {"lighthouse.performance":70}, status: 'pass', en: "Lighthouse mobile performance score is 70/100; target ≥ 70/100", es: "puntaje de rendimiento móvil de Lighthouse es 70/100; meta ≥ 70/100" },
    { evidence: {"lighthouse.performance":50}, status: 'partial', en: "Lighthouse mobile performance score is 50/100; target ≥ 70/100", es: "puntaje de rendimiento móvil de Lighthouse es 50/100; meta ≥ 70/100" },
    { evidence: {"lighthouse.performance":30}, status: 'fail', en: "Lighthouse mobile performance score is 30/100; target ≥ 70/100", es: "puntaje de rendimiento móvil de Lighthouse es 30/100; meta ≥ 70/100" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "Lighthouse did not run (lighthouse.performance)", es: "Lighthouse no se ejecutó (lighthouse.performance)" },
  ],
  'web-quality.largest-contentful-paint': [
    { evidence: {"lighthouse.lcp":2500}, status: 'pass', en: "Largest Contentful Paint is 2.5 s; target ≤ 2.5 s", es: "Largest Contentful Paint (LCP: cuándo aparece el contenido principal) es 2,5 s; meta ≤ 2,5 s" },
    { evidence: {"lighthouse.lcp":3250}, status: 'partial', en: "Largest Contentful Paint is 3.3 s; target ≤ 2.5 s", es: "Largest Contentful Paint (LCP: cuándo aparece el contenido principal) es 3,3 s; meta ≤ 2,5 s" },
    { evidence: {"lighthouse.lcp":4000}, status: 'fail', en: "Largest Contentful Paint is 4 s; target ≤ 2.5 s", es: "Largest Contentful Paint (LCP: cuándo aparece el contenido principal) es 4 s; meta ≤ 2,5 s" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "Lighthouse did not run (lighthouse.lcp)", es: "Lighthouse no se ejecutó (lighthouse.lcp)" },
  ],
  'web-quality.layout-stability': [
    { evidence: {"lighthouse.cls":0.1}, status: 'pass', en: "Cumulative Layout Shift is 0.1; target ≤ 0.1", es: "Cumulative Layout Shift (CLS: cuánto se mueve la página al cargar) es 0,1; meta ≤ 0,1" },
    { evidence: {"lighthouse.cls":0.175}, status: 'partial', en: "Cumulative Layout Shift is 0.18; target ≤ 0.1", es: "Cumulative Layout Shift (CLS: cuánto se mueve la página al cargar) es 0,18; meta ≤ 0,1" },
    { evidence: {"lighthouse.cls":0.25}, status: 'fail', en: "Cumulative Layout Shift is 0.25; target ≤ 0.1", es: "Cumulative Layout Shift (CLS: cuánto se mueve la página al cargar) es 0,25; meta ≤ 0,1" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "Lighthouse did not run (lighthouse.cls)", es: "Lighthouse no se ejecutó (lighthouse.cls)" },
  ],
  'web-quality.responsiveness': [
    { evidence: {"lighthouse.tbt":200}, status: 'pass', en: "Total Blocking Time is 200 ms; target ≤ 200 ms", es: "Total Blocking Time (TBT: cuánto tiempo la página no responde) es 200 ms; meta ≤ 200 ms" },
    { evidence: {"lighthouse.tbt":400}, status: 'partial', en: "Total Blocking Time is 400 ms; target ≤ 200 ms", es: "Total Blocking Time (TBT: cuánto tiempo la página no responde) es 400 ms; meta ≤ 200 ms" },
    { evidence: {"lighthouse.tbt":600}, status: 'fail', en: "Total Blocking Time is 600 ms; target ≤ 200 ms", es: "Total Blocking Time (TBT: cuánto tiempo la página no responde) es 600 ms; meta ≤ 200 ms" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "Lighthouse did not run (lighthouse.tbt)", es: "Lighthouse no se ejecutó (lighthouse.tbt)" },
  ],
  'web-quality.https': [
    { evidence: {"site.https":true}, status: 'pass', en: "HTTPS with redirect from HTTP is yes; expected yes", es: "HTTPS con redirección desde HTTP es sí; se espera sí" },
    { evidence: {"site.https":false}, status: 'fail', en: "HTTPS with redirect from HTTP is no; expected yes", es: "HTTPS con redirección desde HTTP es no; se espera sí" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "the site was not probed (site.https)", es: "no se sondeó el sitio (site.https)" },
  ],
  'web-quality.tls-valid': [
    { evidence: {"site.tls.valid":true}, status: 'pass', en: "valid TLS certificate is yes; expected yes", es: "certificado TLS válido es sí; se espera sí" },
    { evidence: {"site.tls.valid":false}, status: 'fail', en: "valid TLS certificate is no; expected yes", es: "certificado TLS válido es no; se espera sí" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "the site was not probed (site.tls.valid)", es: "no se sondeó el sitio (site.tls.valid)" },
  ],
  'web-quality.tls-expiry': [
    { evidence: {"site.tls.daysToExpiry":14}, status: 'pass', en: "days until the TLS certificate expires is 14; target ≥ 14", es: "días para el vencimiento del certificado TLS es 14; meta ≥ 14" },
    { evidence: {"site.tls.daysToExpiry":8.5}, status: 'partial', en: "days until the TLS certificate expires is 8.5; target ≥ 14", es: "días para el vencimiento del certificado TLS es 8,5; meta ≥ 14" },
    { evidence: {"site.tls.daysToExpiry":3}, status: 'fail', en: "days until the TLS certificate expires is 3; target ≥ 14", es: "días para el vencimiento del certificado TLS es 3; meta ≥ 14" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "the site was not probed (site.tls.daysToExpiry)", es: "no se sondeó el sitio (site.tls.daysToExpiry)" },
  ],
  'web-quality.privacy-policy': [
    { evidence: {"site.policy.privacy":true}, status: 'pass', en: "published privacy / habeas data policy is yes; expected yes", es: "política de privacidad / habeas data publicada es sí; se espera sí" },
    { evidence: {"site.policy.privacy":false}, status: 'fail', en: "published privacy / habeas data policy is no; expected yes", es: "política de privacidad / habeas data publicada es no; se espera sí" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "the site was not probed (site.policy.privacy)", es: "no se sondeó el sitio (site.policy.privacy)" },
  ],
  'web-quality.security-explained': [
    { evidence: {"site.policy.security":true}, status: 'pass', en: "page on payment and data security is yes; expected yes", es: "página de seguridad de pagos y datos es sí; se espera sí" },
    { evidence: {"site.policy.security":false}, status: 'fail', en: "page on payment and data security is no; expected yes", es: "página de seguridad de pagos y datos es no; se espera sí" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "the site was not probed (site.policy.security)", es: "no se sondeó el sitio (site.policy.security)" },
  ],
  'web-quality.best-practices': [
    { evidence: {"lighthouse.bestPractices":90}, status: 'pass', en: "Lighthouse best-practices score is 90/100; target ≥ 90/100", es: "puntaje de buenas prácticas de Lighthouse es 90/100; meta ≥ 90/100" },
    { evidence: {"lighthouse.bestPractices":70}, status: 'partial', en: "Lighthouse best-practices score is 70/100; target ≥ 90/100", es: "puntaje de buenas prácticas de Lighthouse es 70/100; meta ≥ 90/100" },
    { evidence: {"lighthouse.bestPractices":50}, status: 'fail', en: "Lighthouse best-practices score is 50/100; target ≥ 90/100", es: "puntaje de buenas prácticas de Lighthouse es 50/100; meta ≥ 90/100" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "Lighthouse did not run (lighthouse.bestPractices)", es: "Lighthouse no se ejecutó (lighthouse.bestPractices)" },
  ],
  'web-quality.accessibility': [
    { evidence: {"lighthouse.accessibility":90}, status: 'pass', en: "Lighthouse accessibility score is 90/100; target ≥ 90/100", es: "puntaje de accesibilidad de Lighthouse es 90/100; meta ≥ 90/100" },
    { evidence: {"lighthouse.accessibility":70}, status: 'partial', en: "Lighthouse accessibility score is 70/100; target ≥ 90/100", es: "puntaje de accesibilidad de Lighthouse es 70/100; meta ≥ 90/100" },
    { evidence: {"lighthouse.accessibility":50}, status: 'fail', en: "Lighthouse accessibility score is 50/100; target ≥ 90/100", es: "puntaje de accesibilidad de Lighthouse es 50/100; meta ≥ 90/100" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "Lighthouse did not run (lighthouse.accessibility)", es: "Lighthouse no se ejecutó (lighthouse.accessibility)" },
  ],
  'web-quality.color-contrast': [
    { evidence: {"lighthouse.colorContrast":true}, status: 'pass', en: "colour-contrast audit is yes; expected yes", es: "auditoría de contraste de color es sí; se espera sí" },
    { evidence: {"lighthouse.colorContrast":false}, status: 'fail', en: "colour-contrast audit is no; expected yes", es: "auditoría de contraste de color es no; se espera sí" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "Lighthouse did not run (lighthouse.colorContrast)", es: "Lighthouse no se ejecutó (lighthouse.colorContrast)" },
  ],
  'web-quality.tap-targets': [
    { evidence: {"lighthouse.tapTargets":true}, status: 'pass', en: "tap-target and font-size audits is yes; expected yes", es: "auditorías de elementos táctiles y tamaño de letra es sí; se espera sí" },
    { evidence: {"lighthouse.tapTargets":false}, status: 'fail', en: "tap-target and font-size audits is no; expected yes", es: "auditorías de elementos táctiles y tamaño de letra es no; se espera sí" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "Lighthouse did not run (lighthouse.tapTargets)", es: "Lighthouse no se ejecutó (lighthouse.tapTargets)" },
  ],
  'web-quality.document-language': [
    { evidence: {"lighthouse.documentLang":true}, status: 'pass', en: "declared document language is yes; expected yes", es: "idioma del documento declarado es sí; se espera sí" },
    { evidence: {"lighthouse.documentLang":false}, status: 'fail', en: "declared document language is no; expected yes", es: "idioma del documento declarado es no; se espera sí" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "Lighthouse did not run (lighthouse.documentLang)", es: "Lighthouse no se ejecutó (lighthouse.documentLang)" },
  ],
  'web-quality.seo': [
    { evidence: {"lighthouse.seo":90}, status: 'pass', en: "Lighthouse SEO score is 90/100; target ≥ 90/100", es: "puntaje de SEO de Lighthouse es 90/100; meta ≥ 90/100" },
    { evidence: {"lighthouse.seo":70}, status: 'partial', en: "Lighthouse SEO score is 70/100; target ≥ 90/100", es: "puntaje de SEO de Lighthouse es 70/100; meta ≥ 90/100" },
    { evidence: {"lighthouse.seo":50}, status: 'fail', en: "Lighthouse SEO score is 50/100; target ≥ 90/100", es: "puntaje de SEO de Lighthouse es 50/100; meta ≥ 90/100" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "Lighthouse did not run (lighthouse.seo)", es: "Lighthouse no se ejecutó (lighthouse.seo)" },
  ],
  'web-quality.console-errors': [
    { evidence: {"lighthouse.consoleErrors":0}, status: 'pass', en: "browser console errors is 0; target ≤ 0", es: "errores en la consola del navegador es 0; meta ≤ 0" },
    { evidence: {"lighthouse.consoleErrors":2.5}, status: 'partial', en: "browser console errors is 2.5; target ≤ 0", es: "errores en la consola del navegador es 2,5; meta ≤ 0" },
    { evidence: {"lighthouse.consoleErrors":5}, status: 'fail', en: "browser console errors is 5; target ≤ 0", es: "errores en la consola del navegador es 5; meta ≤ 0" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "Lighthouse did not run (lighthouse.consoleErrors)", es: "Lighthouse no se ejecutó (lighthouse.consoleErrors)" },
  ],
  'web-quality.home-stays-on-site': [
    { evidence: {"site.home.leavesSite":false}, status: 'pass', en: "the home page sends visitors elsewhere by itself is no; expected no", es: "la página de inicio envía al visitante a otro sitio por sí sola es no; se espera no" },
    { evidence: {"site.home.leavesSite":true}, status: 'fail', en: "the home page sends visitors elsewhere by itself is yes; expected no", es: "la página de inicio envía al visitante a otro sitio por sí sola es sí; se espera no" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "the site was not probed (site.home.leavesSite)", es: "no se sondeó el sitio (site.home.leavesSite)" },
  ],
  'web-quality.no-broken-pages': [
    { evidence: {"site.pages.errorRate":0}, status: 'pass', en: "crawled pages that failed is 0 %; target ≤ 0 %", es: "páginas rastreadas que fallaron es 0 %; meta ≤ 0 %" },
    { evidence: {"site.pages.errorRate":0.05}, status: 'partial', en: "crawled pages that failed is 5 %; target ≤ 0 %", es: "páginas rastreadas que fallaron es 5 %; meta ≤ 0 %" },
    { evidence: {"site.pages.errorRate":0.1}, status: 'fail', en: "crawled pages that failed is 10 %; target ≤ 0 %", es: "páginas rastreadas que fallaron es 10 %; meta ≤ 0 %" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "the site was not probed (site.pages.errorRate)", es: "no se sondeó el sitio (site.pages.errorRate)" },
  ],
} satisfies CaseTable;
