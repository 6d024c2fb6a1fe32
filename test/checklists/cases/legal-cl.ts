/** CheckTester cases of the legal-cl area (see ../check-tester.ts): state and sentence per case. */
import type { CaseTable } from '../check-tester.js';

export default {
  'legal-cl.withdrawal-informed': [
    { evidence: {"site.legal.withdrawal":true}, profile: {country: "CL"}, status: 'pass', en: "right of withdrawal explained is yes; expected yes", es: "derecho a retracto explicado es sí; se espera sí" },
    { evidence: {"site.legal.withdrawal":false}, profile: {country: "CL"}, status: 'fail', en: "right of withdrawal explained is no; expected yes", es: "derecho a retracto explicado es no; se espera sí" },
    { name: "no evidence", evidence: {}, profile: {country: "CL"}, status: 'unknown', en: "the site was not probed (site.legal.withdrawal)", es: "no se sondeó el sitio (site.legal.withdrawal)" },
    { name: "does not apply", evidence: {"site.legal.withdrawal":true}, profile: {country: "CO"}, status: 'not-applicable', en: "applies to organisations in CL; this one is in CO", es: "aplica a organizaciones de CL; esta es de CO" },
  ],
} satisfies CaseTable;
