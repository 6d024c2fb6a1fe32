/** CheckTester cases of the legal-co area (see ../check-tester.ts): state and sentence per case. */
import type { CaseTable } from '../check-tester.js';

export default {
  'legal-co.pqrs-answered-in-term': [
    { evidence: {"data.pqrs.answeredInTermRate":0.95}, profile: {country: "CO"}, status: 'pass', en: "PQRS answered within the legal term (business days) is 95 %; target ≥ 95 %", es: "PQRS respondidas dentro del término legal (días hábiles) es 95 %; meta ≥ 95 %" },
    { evidence: {"data.pqrs.answeredInTermRate":0.825}, profile: {country: "CO"}, status: 'partial', en: "PQRS answered within the legal term (business days) is 82.5 %; target ≥ 95 %", es: "PQRS respondidas dentro del término legal (días hábiles) es 82,5 %; meta ≥ 95 %" },
    { evidence: {"data.pqrs.answeredInTermRate":0.7}, profile: {country: "CO"}, status: 'fail', en: "PQRS answered within the legal term (business days) is 70 %; target ≥ 95 %", es: "PQRS respondidas dentro del término legal (días hábiles) es 70 %; meta ≥ 95 %" },
    { name: "no evidence", evidence: {}, profile: {country: "CO"}, status: 'unknown', en: "no data export provides data.pqrs.answeredInTermRate", es: "ninguna exportación de datos aporta data.pqrs.answeredInTermRate" },
    { name: "does not apply", evidence: {"data.pqrs.answeredInTermRate":0.95}, profile: {country: "PE"}, status: 'not-applicable', en: "applies to organisations in CO; this one is in PE", es: "aplica a organizaciones de CO; esta es de PE" },
  ],
  'legal-co.utility-pqr-regime': [
    { answer: "ninety-five-or-more", profile: {country: "CO"}, status: 'pass', en: "answer: 95 % or more", es: "respuesta: El 95 % o más" },
    { answer: "seventy-to-ninety-five", profile: {country: "CO"}, status: 'partial', en: "answer: 70 % to 95 %", es: "respuesta: Entre el 70 % y el 95 %" },
    { answer: "not-measured", profile: {country: "CO"}, status: 'fail', en: "answer: It is not measured", es: "respuesta: No se mide" },
    { answer: "not-a-utility", profile: {country: "CO"}, status: 'not-applicable', en: "answer: The organisation provides no household public service", es: "respuesta: La organización no presta servicios públicos domiciliarios" },
    { answer: {status: "skipped"}, profile: {country: "CO"}, status: 'unknown', en: "question skipped", es: "pregunta omitida" },
    { name: "does not apply", answer: "ninety-five-or-more", profile: {country: "PE"}, status: 'not-applicable', en: "applies to organisations in CO; this one is in PE", es: "aplica a organizaciones de CO; esta es de PE" },
  ],
  'legal-co.seller-identity': [
    { evidence: {"site.legal.identity":["legalName", "taxId", "address", "phone", "email"]}, profile: {country: "CO"}, status: 'pass', en: "seller identity shown on the site is legal name (razón social), NIT, address, phone, e-mail; expected all of legal name (razón social), NIT, address, phone, e-mail", es: "identificación del vendedor en el sitio es razón social, NIT, dirección, teléfono, correo electrónico; se espera todos razón social, NIT, dirección, teléfono, correo electrónico" },
    { evidence: {"site.legal.identity":["legalName", "taxId", "address"]}, profile: {country: "CO"}, status: 'partial', en: "seller identity shown on the site is legal name (razón social), NIT, address; missing phone, e-mail", es: "identificación del vendedor en el sitio es razón social, NIT, dirección; faltan teléfono, correo electrónico" },
    { evidence: {"site.legal.identity":[]}, profile: {country: "CO"}, status: 'fail', en: "seller identity shown on the site is none; missing legal name (razón social), NIT, address, phone, e-mail", es: "identificación del vendedor en el sitio es ninguno; faltan razón social, NIT, dirección, teléfono, correo electrónico" },
    { name: "no evidence", evidence: {}, profile: {country: "CO"}, status: 'unknown', en: "the site was not probed (site.legal.identity)", es: "no se sondeó el sitio (site.legal.identity)" },
    { name: "does not apply", evidence: {"site.legal.identity":["legalName", "taxId", "address", "phone", "email"]}, profile: {country: "PE"}, status: 'not-applicable', en: "applies to organisations in CO; this one is in PE", es: "aplica a organizaciones de CO; esta es de PE" },
  ],
  'legal-co.pqr-filing-number': [
    { evidence: {"site.legal.filingNumber":true}, profile: {country: "CO"}, status: 'pass', en: "a filing number promised for online complaints is yes; expected yes", es: "número de radicado prometido para las PQR en línea es sí; se espera sí" },
    { evidence: {"site.legal.filingNumber":false}, profile: {country: "CO"}, status: 'fail', en: "a filing number promised for online complaints is no; expected yes", es: "número de radicado prometido para las PQR en línea es no; se espera sí" },
    { name: "no evidence", evidence: {}, profile: {country: "CO"}, status: 'unknown', en: "the site was not probed (site.legal.filingNumber)", es: "no se sondeó el sitio (site.legal.filingNumber)" },
    { name: "does not apply", evidence: {"site.legal.filingNumber":true}, profile: {country: "PE"}, status: 'not-applicable', en: "applies to organisations in CO; this one is in PE", es: "aplica a organizaciones de CO; esta es de PE" },
  ],
  'legal-co.withdrawal-published': [
    { evidence: {"site.legal.withdrawal":true}, profile: {country: "CO"}, status: 'pass', en: "right of withdrawal explained is yes; expected yes", es: "derecho de retracto explicado es sí; se espera sí" },
    { evidence: {"site.legal.withdrawal":false}, profile: {country: "CO"}, status: 'fail', en: "right of withdrawal explained is no; expected yes", es: "derecho de retracto explicado es no; se espera sí" },
    { name: "no evidence", evidence: {}, profile: {country: "CO"}, status: 'unknown', en: "the site was not probed (site.legal.withdrawal)", es: "no se sondeó el sitio (site.legal.withdrawal)" },
    { name: "does not apply", evidence: {"site.legal.withdrawal":true}, profile: {country: "PE"}, status: 'not-applicable', en: "applies to organisations in CO; this one is in PE", es: "aplica a organizaciones de CO; esta es de PE" },
  ],
  'legal-co.payment-reversal-published': [
    { evidence: {"site.legal.paymentReversal":true}, profile: {country: "CO"}, status: 'pass', en: "payment reversal explained is yes; expected yes", es: "reversión del pago explicada es sí; se espera sí" },
    { evidence: {"site.legal.paymentReversal":false}, profile: {country: "CO"}, status: 'fail', en: "payment reversal explained is no; expected yes", es: "reversión del pago explicada es no; se espera sí" },
    { name: "no evidence", evidence: {}, profile: {country: "CO"}, status: 'unknown', en: "the site was not probed (site.legal.paymentReversal)", es: "no se sondeó el sitio (site.legal.paymentReversal)" },
    { name: "does not apply", evidence: {"site.legal.paymentReversal":true}, profile: {country: "PE"}, status: 'not-applicable', en: "applies to organisations in CO; this one is in PE", es: "aplica a organizaciones de CO; esta es de PE" },
  ],
  'legal-co.data-policy-published': [
    { evidence: {"site.policy.privacy":true}, profile: {country: "CO"}, status: 'pass', en: "published data-processing policy is yes; expected yes", es: "política de tratamiento de datos publicada es sí; se espera sí" },
    { evidence: {"site.policy.privacy":false}, profile: {country: "CO"}, status: 'fail', en: "published data-processing policy is no; expected yes", es: "política de tratamiento de datos publicada es no; se espera sí" },
    { name: "no evidence", evidence: {}, profile: {country: "CO"}, status: 'unknown', en: "the site was not probed (site.policy.privacy)", es: "no se sondeó el sitio (site.policy.privacy)" },
    { name: "does not apply", evidence: {"site.policy.privacy":true}, profile: {country: "PE"}, status: 'not-applicable', en: "applies to organisations in CO; this one is in PE", es: "aplica a organizaciones de CO; esta es de PE" },
  ],
  'legal-co.consent-in-forms': [
    { evidence: {"site.legal.consentShare":1}, profile: {country: "CO"}, status: 'pass', en: "forms asking for personal data that ask for consent is 100 %; target ≥ 100 %", es: "formularios con datos personales que piden autorización es 100 %; meta ≥ 100 %" },
    { evidence: {"site.legal.consentShare":0.5}, profile: {country: "CO"}, status: 'partial', en: "forms asking for personal data that ask for consent is 50 %; target ≥ 100 %", es: "formularios con datos personales que piden autorización es 50 %; meta ≥ 100 %" },
    { evidence: {"site.legal.consentShare":0}, profile: {country: "CO"}, status: 'fail', en: "forms asking for personal data that ask for consent is 0 %; target ≥ 100 %", es: "formularios con datos personales que piden autorización es 0 %; meta ≥ 100 %" },
    { name: "no evidence", evidence: {}, profile: {country: "CO"}, status: 'unknown', en: "the site was not probed (site.legal.consentShare)", es: "no se sondeó el sitio (site.legal.consentShare)" },
    { name: "does not apply", evidence: {"site.legal.consentShare":1}, profile: {country: "PE"}, status: 'not-applicable', en: "applies to organisations in CO; this one is in PE", es: "aplica a organizaciones de CO; esta es de PE" },
  ],
  'legal-co.whatsapp-consent': [
    { answer: "first-message-recorded", profile: {country: "CO"}, status: 'pass', en: "answer: In the first message, before any personal data is asked, and the answer is recorded in the case", es: "respuesta: En el primer mensaje, antes de pedir cualquier dato, y la respuesta queda registrada en el caso" },
    { answer: "link-only", profile: {country: "CO"}, status: 'partial', en: "answer: A link to the policy is sent but the answer is not recorded", es: "respuesta: Se envía el enlace a la política pero la respuesta no se registra" },
    { answer: "not-asked", profile: {country: "CO"}, status: 'fail', en: "answer: It is not asked", es: "respuesta: No se pide" },
    { answer: {status: "skipped"}, profile: {country: "CO"}, status: 'unknown', en: "question skipped", es: "pregunta omitida" },
    { name: "does not apply", answer: "first-message-recorded", profile: {country: "PE"}, status: 'not-applicable', en: "applies to organisations in CO; this one is in PE", es: "aplica a organizaciones de CO; esta es de PE" },
  ],
  'legal-co.data-requests-in-term': [
    { answer: "ninety-five-or-more", profile: {country: "CO"}, status: 'pass', en: "answer: 95 % or more", es: "respuesta: El 95 % o más" },
    { answer: "seventy-to-ninety-five", profile: {country: "CO"}, status: 'partial', en: "answer: 70 % to 95 %", es: "respuesta: Entre el 70 % y el 95 %" },
    { answer: "not-tracked", profile: {country: "CO"}, status: 'fail', en: "answer: They are not tracked apart from other PQRS", es: "respuesta: No se les hace seguimiento aparte de las demás PQRS" },
    { answer: {status: "skipped"}, profile: {country: "CO"}, status: 'unknown', en: "question skipped", es: "pregunta omitida" },
    { name: "does not apply", answer: "ninety-five-or-more", profile: {country: "PE"}, status: 'not-applicable', en: "applies to organisations in CO; this one is in PE", es: "aplica a organizaciones de CO; esta es de PE" },
  ],
  'legal-co.pqrsd-report-published': [
    { evidence: {"site.legal.pqrsdReport":true}, profile: {country: "CO", businessModel: "public"}, status: 'pass', en: "published PQRSD report is yes; expected yes", es: "informe de PQRSD publicado es sí; se espera sí" },
    { evidence: {"site.legal.pqrsdReport":false}, profile: {country: "CO", businessModel: "public"}, status: 'fail', en: "published PQRSD report is no; expected yes", es: "informe de PQRSD publicado es no; se espera sí" },
    { name: "no evidence", evidence: {}, profile: {country: "CO", businessModel: "public"}, status: 'unknown', en: "the site was not probed (site.legal.pqrsdReport)", es: "no se sondeó el sitio (site.legal.pqrsdReport)" },
    { name: "does not apply", evidence: {"site.legal.pqrsdReport":true}, profile: {country: "PE"}, status: 'not-applicable', en: "applies to public sector; this organisation: B2C (consumers)", es: "aplica a sector público; esta organización: B2C (consumidores)" },
  ],
  'legal-co.treatment-charter': [
    { evidence: {"site.legal.treatmentCharter":true}, profile: {country: "CO", businessModel: "public"}, status: 'pass', en: "published carta de trato digno is yes; expected yes", es: "carta de trato digno publicada es sí; se espera sí" },
    { evidence: {"site.legal.treatmentCharter":false}, profile: {country: "CO", businessModel: "public"}, status: 'fail', en: "published carta de trato digno is no; expected yes", es: "carta de trato digno publicada es no; se espera sí" },
    { name: "no evidence", evidence: {}, profile: {country: "CO", businessModel: "public"}, status: 'unknown', en: "the site was not probed (site.legal.treatmentCharter)", es: "no se sondeó el sitio (site.legal.treatmentCharter)" },
    { name: "does not apply", evidence: {"site.legal.treatmentCharter":true}, profile: {country: "PE"}, status: 'not-applicable', en: "applies to public sector; this organisation: B2C (consumers)", es: "aplica a sector público; esta organización: B2C (consumidores)" },
  ],
  'legal-co.public-accessibility': [
    { evidence: {"lighthouse.accessibility":90}, profile: {country: "CO", businessModel: "public"}, status: 'pass', en: "Lighthouse accessibility score is 90/100; target ≥ 90/100", es: "puntaje de accesibilidad de Lighthouse es 90/100; meta ≥ 90/100" },
    { evidence: {"lighthouse.accessibility":70}, profile: {country: "CO", businessModel: "public"}, status: 'partial', en: "Lighthouse accessibility score is 70/100; target ≥ 90/100", es: "puntaje de accesibilidad de Lighthouse es 70/100; meta ≥ 90/100" },
    { evidence: {"lighthouse.accessibility":50}, profile: {country: "CO", businessModel: "public"}, status: 'fail', en: "Lighthouse accessibility score is 50/100; target ≥ 90/100", es: "puntaje de accesibilidad de Lighthouse es 50/100; meta ≥ 90/100" },
    { name: "no evidence", evidence: {}, profile: {country: "CO", businessModel: "public"}, status: 'unknown', en: "Lighthouse did not run (lighthouse.accessibility)", es: "Lighthouse no se ejecutó (lighthouse.accessibility)" },
    { name: "does not apply", evidence: {"lighthouse.accessibility":90}, profile: {country: "PE"}, status: 'not-applicable', en: "applies to public sector; this organisation: B2C (consumers)", es: "aplica a sector público; esta organización: B2C (consumidores)" },
  ],
  'legal-co.transparency-section': [
    { evidence: {"site.legal.transparency":true}, profile: {country: "CO", businessModel: "public"}, status: 'pass', en: "transparency section linked is yes; expected yes", es: "sección de transparencia enlazada es sí; se espera sí" },
    { evidence: {"site.legal.transparency":false}, profile: {country: "CO", businessModel: "public"}, status: 'fail', en: "transparency section linked is no; expected yes", es: "sección de transparencia enlazada es no; se espera sí" },
    { name: "no evidence", evidence: {}, profile: {country: "CO", businessModel: "public"}, status: 'unknown', en: "the site was not probed (site.legal.transparency)", es: "no se sondeó el sitio (site.legal.transparency)" },
    { name: "does not apply", evidence: {"site.legal.transparency":true}, profile: {country: "PE"}, status: 'not-applicable', en: "applies to public sector; this organisation: B2C (consumers)", es: "aplica a sector público; esta organización: B2C (consumidores)" },
  ],
} satisfies CaseTable;
