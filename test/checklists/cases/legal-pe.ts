/** CheckTester cases of the legal-pe area (see ../check-tester.ts): state and sentence per case. */
import type { CaseTable } from '../check-tester.js';

export default {
  'legal-pe.complaints-book-online': [
    { evidence: {"site.legal.complaintsBook":true}, profile: {country: "PE"}, status: 'pass', en: "virtual Libro de Reclamaciones is yes; expected yes", es: "Libro de Reclamaciones virtual es sí; se espera sí" },
    { evidence: {"site.legal.complaintsBook":false}, profile: {country: "PE"}, status: 'fail', en: "virtual Libro de Reclamaciones is no; expected yes", es: "Libro de Reclamaciones virtual es no; se espera sí" },
    { name: "no evidence", evidence: {}, profile: {country: "PE"}, status: 'unknown', en: "the site was not probed (site.legal.complaintsBook)", es: "no se sondeó el sitio (site.legal.complaintsBook)" },
    { name: "does not apply", evidence: {"site.legal.complaintsBook":true}, profile: {country: "CO"}, status: 'not-applicable', en: "applies to organisations in PE; this one is in CO", es: "aplica a organizaciones de PE; esta es de CO" },
  ],
} satisfies CaseTable;
