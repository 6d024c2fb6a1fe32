/** CheckTester cases of the legal-mx area (see ../check-tester.ts): state and sentence per case. */
import type { CaseTable } from '../check-tester.js';

export default {
  'legal-mx.privacy-notice': [
    { evidence: {"site.policy.privacy":true}, profile: {country: "MX"}, status: 'pass', en: "published aviso de privacidad is yes; expected yes", es: "aviso de privacidad publicado es sí; se espera sí" },
    { evidence: {"site.policy.privacy":false}, profile: {country: "MX"}, status: 'fail', en: "published aviso de privacidad is no; expected yes", es: "aviso de privacidad publicado es no; se espera sí" },
    { name: "no evidence", evidence: {}, profile: {country: "MX"}, status: 'unknown', en: "the site was not probed (site.policy.privacy)", es: "no se sondeó el sitio (site.policy.privacy)" },
    { name: "does not apply", evidence: {"site.policy.privacy":true}, profile: {country: "CO"}, status: 'not-applicable', en: "applies to organisations in MX; this one is in CO", es: "aplica a organizaciones de MX; esta es de CO" },
  ],
  'legal-mx.seller-contact': [
    { evidence: {"site.legal.identity":["address", "phone", "email"]}, profile: {country: "MX"}, status: 'pass', en: "contact data for claims is address, phone, e-mail; expected all of address, phone, e-mail", es: "datos de contacto para reclamaciones es domicilio, teléfono, correo electrónico; se espera todos domicilio, teléfono, correo electrónico" },
    { evidence: {"site.legal.identity":["address", "phone"]}, profile: {country: "MX"}, status: 'partial', en: "contact data for claims is address, phone; missing e-mail", es: "datos de contacto para reclamaciones es domicilio, teléfono; faltan correo electrónico" },
    { evidence: {"site.legal.identity":[]}, profile: {country: "MX"}, status: 'fail', en: "contact data for claims is none; missing address, phone, e-mail", es: "datos de contacto para reclamaciones es ninguno; faltan domicilio, teléfono, correo electrónico" },
    { name: "no evidence", evidence: {}, profile: {country: "MX"}, status: 'unknown', en: "the site was not probed (site.legal.identity)", es: "no se sondeó el sitio (site.legal.identity)" },
    { name: "does not apply", evidence: {"site.legal.identity":["address", "phone", "email"]}, profile: {country: "CO"}, status: 'not-applicable', en: "applies to organisations in MX; this one is in CO", es: "aplica a organizaciones de MX; esta es de CO" },
  ],
} satisfies CaseTable;
