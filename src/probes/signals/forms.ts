/**
 * What a form is for. A contact form lets a visitor write to the organisation
 * (a message box plus a way to be answered); a complaint form does so for petitions,
 * complaints and claims (PQR/PQRS/PQRSD, "libro de reclamaciones"). Newsletter,
 * search, login/registration, comment, review, cart, job-application and tracking
 * forms are not contact forms — the last three feed other signals.
 *
 * Forms embedded from form services (Google Forms, HubSpot, JotForm, Typeform…) are
 * invisible to us (third-party frames are blocked); they are judged by the page they
 * sit on.
 */
import type { FormInfo, PageKind } from '../types.js';
import { type DocView, type Finding, fold, src } from './text.js';

export type FormPurpose =
  | 'contact' | 'complaint' | 'newsletter' | 'search' | 'login' | 'register' | 'comment'
  | 'cart' | 'job' | 'tracking' | 'claimTracking' | 'invoice' | 'other';

const COMPLAINT_WORDS = /\b(?:pqrs?(?:d|f|sd|df)?|peticion(?:es)?|queja(?:s)?|reclamo(?:s)?|reclamacion(?:es)?|libro de reclamaciones|hoja de reclamaciones|complaint(?:s)?|claim|grievance|denuncia(?:s)?|reclamacao|reclamacoes)\b/;
const CONTACT_WORDS = /\b(?:contacto|contactenos|contactanos|cont[aá]ctanos|contact(?: us)?|escribenos|escribanos|envianos|enviar mensaje|envia(?:r)? (?:tu|un|su) mensaje|mensaje|message|get in touch|send us|write to us|fale conosco|mensagem|contato|consulta|inquiry|enquiry|cotiza(?:cion|r)|solicitud de informacion|dejanos tus datos|te contactaremos|we will contact you|nos pondremos en contacto|comentarios|sugerencias|atencion al cliente|servicio al cliente)\b/;
const NEWSLETTER_WORDS = /\b(?:newsletter|suscrib|subscri|boletin|novedades y ofertas|recibe (?:nuestras )?(?:ofertas|novedades|promociones)|inscreva|cadastre seu e-?mail|join our list|sign up for|promociones exclusivas|descuentos exclusivos)\w*/;
const COMMENT_WORDS = /\b(?:deja(?:r)? (?:un|tu) comentario|leave a (?:reply|comment)|post (?:a )?comment|publicar comentario|escribe (?:una|tu) (?:resena|opinion)|write a review|enviar resena|submit (?:a )?review|deixe (?:um|seu) comentario|califica (?:este|el) producto)\b/;
const JOB_WORDS = /\b(?:hoja de vida|curriculum|\bcv\b|resume|trabaja con nosotros|work with us|careers|empleo|vacante|postulate|postulacion|trabalhe conosco)\b/;
const TRACKING_WORDS = /\b(?:rastre|seguimiento|track|estado de (?:tu |su |mi )?(?:pedido|orden|envio|solicitud|pqr)|numero de (?:guia|pedido|orden|radicado)|order (?:number|id|#)|tracking number|guia|radicado|rastreio|codigo de rastreamento)\w*/;
const CLAIM_WORDS = /\b(?:radicado|pqrs?d?|queja|reclamo|reclamacion|caso|ticket|complaint|claim)\b/;
const INVOICE_WORDS = /\b(?:factura|invoice|estado de cuenta|statement|segunda via|boleto|duplicado)\w*/;

function fieldText(f: FormInfo['fields'][number]): string {
  return fold(`${f.name} ${f.id} ${f.label} ${f.placeholder} ${f.autocomplete}`);
}

/** The purposes of one form, judged on its fields, words and the page it sits on. */
export function classifyForm(form: FormInfo, pageKinds: PageKind[] = []): FormPurpose[] {
  const fields = form.fields;
  const types = fields.map((f) => f.type);
  const ftexts = fields.map(fieldText);
  const own = fold(`${form.heading} ${form.text} ${form.submit.join(' ')} ${form.id} ${form.className} ${form.context} ${form.action} ${form.hidden.join(' ')}`);
  const options = fold(fields.flatMap((f) => f.options ?? []).join(' | '));

  const has = (re: RegExp): boolean => ftexts.some((t) => re.test(t));
  const hasPassword = types.includes('password');
  const hasTextarea = types.includes('textarea');
  const hasEmail = types.includes('email') || has(/\b(?:e-?mail|correo|mail)\b/);
  const hasPhone = types.includes('tel') || has(/\b(?:tel|telefono|phone|celular|movil|mobile|whatsapp)\w*/);
  const hasName = has(/\b(?:name|nombres?|apellidos?|nome|first|last|fname|lname|full ?name|razon social)\b/);
  const hasMessage = hasTextarea || has(/\b(?:mensaje|message|comentarios?|consulta|descripcion|detalle|asunto|subject|mensagem|your-message|observaciones)\b/);
  const inputs = fields.filter((f) => !['checkbox', 'radio'].includes(f.type));
  const out = new Set<FormPurpose>();

  if (form.hidden.some((h) => /^form_type=customer_login$/i.test(h))) return ['login'];
  if (form.hidden.some((h) => /^form_type=create_customer$/i.test(h))) return ['register'];
  if (hasPassword) {
    const submit = fold(form.submit.join(' '));
    const register = has(/confirm|repite|repeat|again|nuevamente/) ||
      /regist|sign ?up|crear (?:una |tu )?cuenta|create (?:an |your )?account|cadastr/.test(submit + ' ' + fold(form.heading));
    return [register ? 'register' : 'login'];
  }
  const shopifyContact = form.hidden.some((h) => /^form_type=contact$/i.test(h));
  if (/\/wp-comments-post\.php|commentform|comment-form|comment-respond|review-form|spr-form|jdgm-form/.test(own) || COMMENT_WORDS.test(fold(`${form.heading} ${form.submit.join(' ')}`))) return ['comment'];
  if (/\/cart\/add|add-to-cart|agregar al carrito|anadir al carrito|add to cart|comprar ahora|buy now/.test(own) || has(/\b(?:quantity|cantidad|qty)\b/) && !hasMessage) return ['cart'];
  if (types.includes('search') || form.context.includes('search') && inputs.length <= 2 && !hasMessage || inputs.length === 1 && has(/^(?:q|s|search|query|buscar|ft|keyword|term)\b/)) return ['search'];
  if (types.includes('file') && JOB_WORDS.test(own)) return ['job'];
  if (JOB_WORDS.test(fold(form.heading))) return ['job'];

  const complaintWords = COMPLAINT_WORDS.test(own) || COMPLAINT_WORDS.test(options) && /\b(?:queja|reclamo|complaint|reclamacion)/.test(options) || pageKinds.includes('complaints') && (hasMessage || inputs.length >= 4);
  const isMessageForm = shopifyContact || hasMessage && (hasEmail || hasPhone || hasName) || inputs.length >= 5 && (hasEmail || hasPhone) && !NEWSLETTER_WORDS.test(own);

  if (!hasMessage && TRACKING_WORDS.test(own + ' ' + ftexts.join(' ')) && inputs.length <= 3) {
    // Following a complaint or case is not following an order.
    return [CLAIM_WORDS.test(own + ' ' + ftexts.join(' ')) || pageKinds.includes('complaints') || pageKinds.includes('claimsTracking') ? 'claimTracking' : 'tracking'];
  }
  if (!hasMessage && INVOICE_WORDS.test(own + ' ' + ftexts.join(' ')) && inputs.length <= 3) return ['invoice'];
  if (!isMessageForm) {
    if (hasEmail && inputs.length <= 3 && (NEWSLETTER_WORDS.test(own) || !hasMessage)) return ['newsletter'];
    if (complaintWords && inputs.length >= 3) return ['complaint'];
    return ['other'];
  }
  if (NEWSLETTER_WORDS.test(own) && !hasTextarea && !shopifyContact) return ['newsletter'];
  if (complaintWords) out.add('complaint');
  // A message form is a contact form unless it is only a complaint book.
  const onlyComplaintBook = /libro de reclamaciones|hoja de reclamaciones/.test(own) && !CONTACT_WORDS.test(fold(form.heading));
  if (!onlyComplaintBook) out.add('contact');
  return [...out];
}

const FORM_SERVICES = /docs\.google\.com\/forms|forms\.gle\/|forms\.office\.com|jotform\.com|typeform\.com|hsforms\.(?:com|net)|share\.hsforms|forms\.zohopublic\.|formstack\.com|wufoo\.com|cognitoforms\.com|tally\.so\/|form\.jotform|123formbuilder|formsite\.com|paperform\.co|forms\.monday\.com|airtable\.com\/embed/i;

export interface FormHit extends Finding<FormPurpose> {}

export function extractForms(view: DocView, pageKinds: PageKind[]): FormHit[] {
  const hits: FormHit[] = [];
  const kinds = [...pageKinds];
  for (const form of view.doc.forms) {
    if (!form.fields.length) continue;
    for (const purpose of classifyForm(form, kinds)) {
      hits.push({
        value: purpose,
        source: src(view, { selector: form.selector, snippet: form.heading || form.submit.join(' / ') || form.fields.map((f) => f.label || f.name).filter(Boolean).slice(0, 4).join(', ') }),
      });
    }
  }
  // Forms from form services, judged by the page they sit on.
  const embeds = [
    ...view.doc.iframes.filter((f) => FORM_SERVICES.test(f.src)).map((f) => f.src),
    ...view.doc.scripts.filter((s) => /js\.hsforms\.net\/forms|jotform\.com\/jsform|embed\.typeform\.com|forms\.zohopublic/i.test(s.src)).map((s) => s.src),
  ];
  if (embeds.length) {
    const words = fold(`${view.doc.title} ${view.doc.h1.join(' ')}`);
    const complaint = pageKinds.includes('complaints') || COMPLAINT_WORDS.test(words);
    const contact = pageKinds.includes('contact') || CONTACT_WORDS.test(words);
    if (complaint) hits.push({ value: 'complaint', source: src(view, { snippet: embeds[0]!, note: 'form embedded from a form service' }) });
    if (contact) hits.push({ value: 'contact', source: src(view, { snippet: embeds[0]!, note: 'form embedded from a form service' }) });
  }
  return hits;
}
