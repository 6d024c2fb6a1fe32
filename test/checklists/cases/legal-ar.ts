/** CheckTester cases of the legal-ar area (see ../check-tester.ts): state and sentence per case. */
import type { CaseTable } from '../check-tester.js';

export default {
  'legal-ar.withdrawal-button': [
    { evidence: {"site.legal.withdrawalOnHome":true}, profile: {country: "AR"}, status: 'pass', en: "botón de arrepentimiento on the home page is yes; expected yes", es: "botón de arrepentimiento en la página de inicio es sí; se espera sí" },
    { evidence: {"site.legal.withdrawalOnHome":false}, profile: {country: "AR"}, status: 'fail', en: "botón de arrepentimiento on the home page is no; expected yes", es: "botón de arrepentimiento en la página de inicio es no; se espera sí" },
    { name: "no evidence", evidence: {}, profile: {country: "AR"}, status: 'unknown', en: "the site was not probed (site.legal.withdrawalOnHome)", es: "no se sondeó el sitio (site.legal.withdrawalOnHome)" },
    { name: "does not apply", evidence: {"site.legal.withdrawalOnHome":true}, profile: {country: "CO"}, status: 'not-applicable', en: "applies to organisations in AR; this one is in CO", es: "aplica a organizaciones de AR; esta es de CO" },
  ],
  'legal-ar.cancellation-button': [
    { evidence: {"site.legal.cancellationButton":true}, profile: {country: "AR"}, status: 'pass', en: "botón de baja is yes; expected yes", es: "botón de baja es sí; se espera sí" },
    { evidence: {"site.legal.cancellationButton":false}, profile: {country: "AR"}, status: 'fail', en: "botón de baja is no; expected yes", es: "botón de baja es no; se espera sí" },
    { name: "no evidence", evidence: {}, profile: {country: "AR"}, status: 'unknown', en: "the site was not probed (site.legal.cancellationButton)", es: "no se sondeó el sitio (site.legal.cancellationButton)" },
    { name: "does not apply", evidence: {"site.legal.cancellationButton":true}, profile: {country: "CO"}, status: 'not-applicable', en: "applies to organisations in AR; this one is in CO", es: "aplica a organizaciones de AR; esta es de CO" },
  ],
} satisfies CaseTable;
