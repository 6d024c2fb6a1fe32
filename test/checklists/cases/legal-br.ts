/** CheckTester cases of the legal-br area (see ../check-tester.ts): state and sentence per case. */
import type { CaseTable } from '../check-tester.js';

export default {
  'legal-br.seller-identity': [
    { evidence: {"site.legal.identity":["legalName", "taxId", "address", "email"]}, profile: {country: "BR"}, status: 'pass', en: "seller identity shown on the site is legal name (razão social), CNPJ, address, e-mail; expected all of legal name (razão social), CNPJ, address, e-mail", es: "identificación del vendedor en el sitio es razón social (razão social), CNPJ, dirección, correo electrónico; se espera todos razón social (razão social), CNPJ, dirección, correo electrónico" },
    { evidence: {"site.legal.identity":["legalName", "taxId"]}, profile: {country: "BR"}, status: 'partial', en: "seller identity shown on the site is legal name (razão social), CNPJ; missing address, e-mail", es: "identificación del vendedor en el sitio es razón social (razão social), CNPJ; faltan dirección, correo electrónico" },
    { evidence: {"site.legal.identity":[]}, profile: {country: "BR"}, status: 'fail', en: "seller identity shown on the site is none; missing legal name (razão social), CNPJ, address, e-mail", es: "identificación del vendedor en el sitio es ninguno; faltan razón social (razão social), CNPJ, dirección, correo electrónico" },
    { name: "no evidence", evidence: {}, profile: {country: "BR"}, status: 'unknown', en: "the site was not probed (site.legal.identity)", es: "no se sondeó el sitio (site.legal.identity)" },
    { name: "does not apply", evidence: {"site.legal.identity":["legalName", "taxId", "address", "email"]}, profile: {country: "CO"}, status: 'not-applicable', en: "applies to organisations in BR; this one is in CO", es: "aplica a organizaciones de BR; esta es de CO" },
  ],
  'legal-br.data-officer': [
    { evidence: {"site.legal.dpo":true}, profile: {country: "BR"}, status: 'pass', en: "data-protection officer named is yes; expected yes", es: "encargado de protección de datos publicado es sí; se espera sí" },
    { evidence: {"site.legal.dpo":false}, profile: {country: "BR"}, status: 'fail', en: "data-protection officer named is no; expected yes", es: "encargado de protección de datos publicado es no; se espera sí" },
    { name: "no evidence", evidence: {}, profile: {country: "BR"}, status: 'unknown', en: "the site was not probed (site.legal.dpo)", es: "no se sondeó el sitio (site.legal.dpo)" },
    { name: "does not apply", evidence: {"site.legal.dpo":true}, profile: {country: "CO"}, status: 'not-applicable', en: "applies to organisations in BR; this one is in CO", es: "aplica a organizaciones de BR; esta es de CO" },
  ],
  'legal-br.online-service-channel': [
    { evidence: {"site.contact.emails":["atendimento@loja.example"]}, profile: {country:"BR"}, status: 'pass', en: "e-mail addresses published is atendimento@loja.example; expected at least one", es: "correos publicados es atendimento@loja.example; se espera al menos uno" },
    { evidence: {"site.contact.emails":[]}, profile: {country:"BR"}, status: 'fail', en: "e-mail addresses published is none; expected at least one", es: "correos publicados es ninguno; se espera al menos uno" },
    { name: "no evidence", evidence: {}, profile: {country:"BR"}, status: 'unknown', en: "the site was not probed (site.contact.emails)", es: "no se sondeó el sitio (site.contact.emails)" },
    { name: "does not apply", evidence: {"site.contact.emails":[]}, profile: {country:"CO"}, status: 'not-applicable', en: "applies to organisations in BR; this one is in CO", es: "aplica a organizaciones de BR; esta es de CO" },
  ],
  'legal-br.privacy-notice': [
    { evidence: {"site.policy.privacy":true}, profile: {country:"BR"}, status: 'pass', en: "published privacy notice is yes; expected yes", es: "aviso de privacidad publicado es sí; se espera sí" },
    { evidence: {"site.policy.privacy":false}, profile: {country:"BR"}, status: 'fail', en: "published privacy notice is no; expected yes", es: "aviso de privacidad publicado es no; se espera sí" },
    { name: "no evidence", evidence: {}, profile: {country:"BR"}, status: 'unknown', en: "the site was not probed (site.policy.privacy)", es: "no se sondeó el sitio (site.policy.privacy)" },
    { name: "does not apply", evidence: {"site.policy.privacy":true}, profile: {country:"CO"}, status: 'not-applicable', en: "applies to organisations in BR; this one is in CO", es: "aplica a organizaciones de BR; esta es de CO" },
  ],
} satisfies CaseTable;
