/**
 * What a form is for. A contact form lets a visitor write to the organisation
 * (a message box plus a way to be answered); a complaint form does so for petitions,
 * complaints and claims (PQR/PQRS/PQRSD, "libro de reclamaciones"). Newsletter,
 * search, login/registration, comment, review, cart, job-application and tracking
 * forms are not contact forms — the last three feed other signals — and neither are
 * the forms of buying and sharing: checkout and payment (card number, CVC, expiry,
 * billing address), e-mail-a-friend, shipping and quote calculators, coupon and gift-
 * card boxes, and "notify me when it is back" boxes. A form is judged by its fields
 * first (what it asks for), then by its words (what it says it is for).
 *
 * Forms embedded from form services (Google Forms, HubSpot, JotForm, Typeform…) are
 * invisible to us (third-party frames are blocked); they are judged by the page they
 * sit on.
 */
import type { FormInfo, FrameInfo, PageKind } from '../types.js';
import { type DocView, type Finding, fold, splitCamelCase, src } from './text.js';

export type FormPurpose =
  | 'contact' | 'complaint' | 'newsletter' | 'search' | 'login' | 'register' | 'comment'
  | 'cart' | 'job' | 'tracking' | 'claimTracking' | 'invoice'
  | 'checkout' | 'share' | 'calculator' | 'coupon' | 'notify' | 'other';

// "Claim" is a claim made to the organisation, not claiming an invite or an offer (OnePlus's form.claim-invite, 'claim an invite').
const COMPLAINT_WORDS = /\b(?:pqrs?(?:d|f|sd|df)?|peticion(?:es)?|queja(?:s)?|reclamo(?:s)?|reclamacion(?:es)?|libro de reclamaciones|hoja de reclamaciones|complaint(?:s)?|claim(?![ -](?:(?:an?|your|this|the|my) )?(?:invites?|invitations?|offers?|prizes?|rewards?|discounts?|coupons?|codes?|vouchers?|gifts?|free|listings?|business|points?)\b)|grievance|denuncia(?:s)?|reclamacao|reclamacoes)\b/;
const CONTACT_WORDS = /\b(?:contacto|contactenos|contactanos|cont[aá]ctanos|contact(?: us)?|escribenos|escribanos|envianos|enviar mensaje|envia(?:r)? (?:tu|un|su) mensaje|mensaje|message|get in touch|send us|write to us|fale conosco|mensagem|contato|consulta|inquiry|enquiry|cotiza(?:cion|r)|solicitud de informacion|dejanos tus datos|te contactaremos|we will contact you|nos pondremos en contacto|comentarios|sugerencias|atencion al cliente|servicio al cliente)\b/;
// A broadcast list on WhatsApp ('¡Novedades de … en tu WhatsApp!': leave your number, get the news) is a
// mailing list too, whatever its instructions say about sending a message to join.
const NEWSLETTER_WORDS = /\b(?:newsletter|suscrib|subscri|boletin|novedades y ofertas|recibe (?:nuestras )?(?:ofertas|novedades|promociones)|inscreva|cadastre seu e-?mail|join our list|sign up for|promociones exclusivas|descuentos exclusivos|(?:novedades|noticias|ofertas|promociones|novidades|updates|news)\b[\w ]{0,40}\b(?:en tu|no seu|no teu|on|por|pelo|via) whatsapp)\w*/;
const COMMENT_WORDS = /\b(?:deja(?:r)? (?:un|tu) comentario|leave a (?:reply|comment|note)|responder (?:al |a un |a este |el |o |ao )?comentario|reply to (?:this |a |the )?comment|deja(?:r)? una nota|rate (?:this|the) recipe|post (?:a )?comment|publicar comentario|escribe (?:una|tu) (?:resena|opinion)|write a review|enviar resena|submit (?:a )?review|deixe (?:um|seu) comentario|califica (?:este|el) producto)\b/;
const JOB_WORDS = /\b(?:hoja de vida|curriculum|\bcv\b|resume|trabaja con nosotros|work with us|careers|empleo|vacante|postulate|postulacion|trabalhe conosco)\b/;
/** A webmail server's sign-in: its host or its Outlook Web App path. */
const WEBMAIL_ACTION = /^https?:\/\/(?:webmail|correo|owa|zimbra|mail)\.[^/]+|\/owa\/(?:auth|$)/i;
/** A case-number field: PJe's "numProcesso" (label "Processo"), "número do processo", "número de expediente". */
const CASE_NUMBER_FIELD = /\b(?:num(?:ero)? (?:do |de )?(?:processo|expediente|causa)|num processo|processo)\b/;
/** A party to the case: its name, tax number or lawyer. */
const PARTY_FIELD = /\b(?:nome (?:da )?parte|parte|cpf|cnpj|oab|nome (?:do )?advogado)\b/;
/** A court's case look-up named so by its heading, ids or fields ("formConsultaProcessual", TJMS's sidebar box). */
const CASE_LOOKUP_WORDS = /\b(?:consulta[ -](?:processual|de[ -]processos?|publica[ -]de[ -]processos?)|acompanhamento[ -]processual)\b/;
/** A case-law search's fields: the judge, the ruling, the judging body. */
const CASE_LAW_FIELD = /\b(?:relator|acordao|ementa|orgao julgador|jurisprudencia|julgamento)\b/;
/**
 * Words of an order or request look-up: a booking's reference is one too (Icelandair's "Mine
 * bookinger" box: "Bookingreference" and the surname find the trip). Whole words: an ad-viewability class
 * ("moat-trackable") around a newsletter box is no tracking; a guide ("Guia de tamanhos",
 * a size guide) is not a waybill ("número de guía", "tu guía").
 */
const TRACKING_WORDS = /\b(?:rastre\w*|seguimiento|track(?:ing)?|estado de (?:tu |su |mi )?(?:pedido|orden|envio|solicitud|pqr)\w*|numero de (?:guia|pedido|orden|radicado)|order (?:number|id|#)|(?:tu|su|mi|la) guia|guia de (?:envio|despacho|transporte|remision)|radicado|rastreio|codigo de rastreamento|booking ?ref(?:erence)?|bookingreferen[a-z]+|rec_loc|pnr|reservation (?:number|code)|codigo de reserva|localizador|buchungsnummer|bokningsnummer)(?![a-z])/;
/** A box for reporting an error in the page ("Relatar erro", "Reportar un error", "Report a typo"). */
const ERROR_REPORT_WORDS = /\b(?:relatar|reportar|comunicar|informar|notificar|report|flag)(?: (?:un|uma|um|an?|el|o|this|este|esta))? (?:erro|error|errores|erros|errors?|typo|mistake|correction|correcao|correccion)\b/;
const CLAIM_WORDS = /\b(?:radicado|pqrs?d?|queja|reclamo|reclamacion|caso|ticket|complaint|claim)\b/;
const INVOICE_WORDS = /\b(?:factura|invoice|estado de cuenta|statement|segunda via|boleto|duplicado)\w*/;

/** Card and payment fields: name, id, label, placeholder or autocomplete. */
const CARD_FIELD = /\b(?:cc-(?:number|csc|exp(?:-month|-year)?|name|type)|card ?number|cardnumber|card_number|credit ?card|numero de (?:la )?tarjeta|n(?:umero|o\.?) (?:de )?tarjeta|tarjeta de credito|numero do cartao|cartao de credito|cvv2?|cvc|csc|codigo de seguridad|codigo de seguranca|security code|fecha de (?:vencimiento|expiracion)|expiry|expiration|exp ?date|mm ?\/ ?(?:aa|yy)|validade|vencimiento)\b/;
/** Checkout address and order fields (WooCommerce billing_*, Magento, VTEX checkout). */
const CHECKOUT_FIELD = /\b(?:billing[ _-]\w+|shipping[ _-](?:address|first|last|city|postcode|state)\w*|order[ _-](?:comments|notes)|customer_note|notas del pedido|order notes|direccion de facturacion|billing address|endereco de cobranca)\b/;
const CHECKOUT_WORDS = /\b(?:checkout|finalizar (?:la )?compra|realizar (?:el )?pedido|place order|pagar ahora|pay now|finalizar pedido|confirmar (?:la )?compra|metodo de pago|forma de pagamento|detalles de facturacion|billing details)\b/;
/** E-mail-a-friend and share-by-e-mail forms. */
const SHARE_WORDS = /\b(?:enviar (?:a|para) (?:un |um )?amig[oa]|envia(?:r|lo|la)? a (?:un|tu) amig[oa]|recomienda(?:lo|la)? a (?:un|tu) amig[oa]|recomendar a (?:un )?amig[oa]|indicar? (?:para )?(?:um )?amig[oa]|send (?:this |it )?to a friend|tell a friend|email (?:this |it )?to a friend|e-?mail a friend|share (?:this |it )?(?:by|via) e-?mail|compartir por (?:correo|e-?mail)|sendfriend|send-?to-?friend)\b/;
const FRIEND_FIELD = /\b(?:friend|amig[oa]s?|recipient|recipients|destinatario|destinatarios|to_email|email_to|emailto|para)\b/;
/** Shipping, delivery and quote calculators: they compute, nobody answers. */
const CALCULATOR_WORDS = /\b(?:calcula(?:r|dora|dor)?|calculate|calculator|simula(?:r|dor)?|simulate|estimate (?:shipping|delivery)|shipping estimate|cotiza(?:r)? (?:tu |el )?(?:envio|despacho|flete)|costo de envio|valor del envio|frete|consulta(?:r)? (?:el )?(?:envio|despacho|disponibilidad)|check (?:delivery|availability)|check-delivery|eircode|postcode[ -]?check(?:er)?|prazo de entrega|freight|cep da entrega|cep de entrega|informe (?:seu|o) cep|codigo postal de entrega)\b/;
/** Coupon, discount-code and gift-card boxes. */
const COUPON_WORDS = /\b(?:coupon|cupon(?:es)?|cupom|codigo (?:de )?(?:descuento|promocional|promocion|cupon|desconto)|discount(?: code)?|promo(?:tion(?:al)?)? code|gift ?card|tarjeta de regalo|giftcard|cartao (?:de )?presente|vale (?:de )?(?:compra|presente)|voucher|redeem)\b/;
/** "Tell me when it is back" boxes on product pages. */
const NOTIFY_WORDS = /\b(?:avise-?me|aviseme|avisame|notify me|notificarme|notifyme|back in stock|cuando (?:este|llegue|vuelva) (?:disponible|a estar)|quando (?:chegar|estiver disponivel)|me avise)\b/;
/** A field for a bank account's number, its branch or its cooperative. */
const ACCOUNT_NUMBER_FIELD = /\b(?:conta(?: corrente)?|agencia|cooperativa|numero de cuenta|account (?:number|no))\b/;
const LOGIN_CONTEXT = /\b(?:login|log-?in|signin|sign-?in|iniciar sesion|inicia sesion|ingresa a tu cuenta|acceder a (?:tu|mi) cuenta|minha conta|acesse sua conta|customer\/account|my-?account)\b/;
/**
 * The name, title or description of something a signed-in customer keeps on a site
 * (Ajinomoto's "Nome da Coleção" of recipes, #new-collection-description, a wish list's
 * name). Only naming it: "Missed collection date" on a waste collector's form is a message's.
 */
const OWN_ITEM = /\b(?:collection|playlist|wish-?list|wishlist|list|board|album|folder)[ _-]?(?:name|title|description|desc|note)\b|\b(?:nome|nombre|titulo|descricao|descripcion) d[aeo] (?:colecao|coleccion|playlist|lista)\b|\b(?:name|title|description) of (?:the |your )?(?:collection|playlist|list|wish ?list|board)\b/;
/**
 * Ids and classes that name a readers' comment box: a token of the form's own names or of
 * its ancestors' ("g-comments-form", "g-story-comments", "comments-area", wpDiscuz's
 * "wpd_comm_form", a "quick_reply" modal). A contact page's message box is not named so.
 */
const COMMENT_CONTEXT = /(?:^|[\s_-])(?:comments?|comentarios?|comentario|reply|quick_reply|respond)(?:$|[\s_-])|\bwpdiscuz\b|\bwpd_comm_form\b|\bdisqus_thread\b/i;
/** Words of sending a picture to be published ("Enviar foto", "Sube tu foto", "Upload your photo"). */
const PHOTO_WORDS = /\b(?:enviar|envie|envia|sube|subir|suba|upload|send|share|submit|comparte|compartir|compartilhe|compartilhar|adicione|add)\s+(?:(?:a|sua|seu|tu|su|your|una|uma|um|un|la|a sua)\s+)?(?:fotos?|photos?|imagem|imagens|imagen(?:es)?|pictures?|images?)\b/;
/** A field that asks for a password, whatever its type says (a text input named "password_join" until a script swaps it). */
const PASSWORD_FIELD = /\b(?:password|passwd|contrasena|senha)(?:\b|_)/;
function fieldText(f: FormInfo['fields'][number]): string {
  // Names written in camelCase ("userName", "emailId", "mobileNo" on CarDekho's feedback form)
  // are read word by word as well, after the name as written.
  const words = (n: string): string => {
    const split = splitCamelCase(n);
    return split === n ? '' : split;
  };
  return fold(`${f.name} ${f.id} ${f.label} ${f.placeholder} ${f.autocomplete} ${words(f.name)} ${words(f.id)}`);
}

/** The purposes of one form, judged on its fields, words and the page it sits on. */
export function classifyForm(form: FormInfo, pageKinds: PageKind[] = []): FormPurpose[] {
  // A message box hidden in a form whose other fields are shown is a trap for spam robots
  // (The Portugal News' newsletter hides a "location" textarea in a "d-none" box), not a message.
  const shown = form.fields.some((f) => !f.hidden);
  // Naming and describing something the customer keeps (Ajinomoto's "Nome da Coleção" and its
  // description box, for a collection of recipes) is not writing to the organisation.
  const fields = form.fields.filter((f) => !(shown && f.hidden && f.type === 'textarea') && !OWN_ITEM.test(fieldText(f)));
  const types = fields.map((f) => f.type);
  const ftexts = fields.map(fieldText);
  const own = fold(`${form.heading} ${form.text} ${form.submit.join(' ')} ${form.id} ${form.className} ${form.context} ${form.action} ${form.hidden.join(' ')}`);
  const named = fold(`${form.heading} ${form.text} ${form.submit.join(' ')}`);
  const options = fold(fields.flatMap((f) => f.options ?? []).join(' | '));
  const everything = `${own} ${ftexts.join(' ')}`;

  const has = (re: RegExp): boolean => ftexts.some((t) => re.test(t));
  const count = (re: RegExp): number => ftexts.filter((t) => re.test(t)).length;
  const hasPassword = types.includes('password') || has(PASSWORD_FIELD);
  const hasTextarea = types.includes('textarea');
  // Cyrillic words need their own edges: `\b` knows only ASCII letters.
  const hasEmail = types.includes('email') || has(/\b(?:e-?mail|correo|mail)\b|(?<![а-я])(?:эл(?:ектронная)?\.? ?почта|почта)(?![а-я])/);
  // Whole words: "tell us what you think" is not a telephone field.
  // German and Nordic fields run the words together (Mindfactory's callback form: "Ihre Telefonnummer", name="telnr").
  const hasPhone = types.includes('tel') || has(/\b(?:tel|telf|telnr|tlf|telefono|telefone|telefon(?:nummer|nr)?|rufnummer|phone|celular|cel|movil|mobile|whatsapp)\b|(?<![а-я])(?:телефон|тел)(?![а-я])/);
  const hasName = has(/\b(?:name|nombres?|apellidos?|nome|sobrenome|first|last|fname|lname|full ?name|razon social)\b|(?<![а-я])(?:имя|фио|фамилия)(?![а-я])/);
  // A field for whatever way the visitor wants to be answered (BSUIR's feedback form: 'Контактная информация').
  const hasReplyField = has(/\bcontact (?:info(?:rmation)?|details)\b|\b(?:datos|informacion) de contacto\b|(?<![а-я])контактн(?:ая|ые) (?:информация|данные)(?![а-я])/);
  // A choice is no message: Alkosto's order look-up offers "Consulta por Factura o Tiquete" and "Consulta por Pedido" as radios.
  const typed = (re: RegExp): boolean => fields.some((f) => !['checkbox', 'radio'].includes(f.type) && re.test(fieldText(f)));
  const hasMessage = hasTextarea || typed(/\b(?:mensaje|message|comentarios?|consulta|descripcion|detalle|asunto|subject|mensagem|your-message|observaciones)\b/);
  const inputs = fields.filter((f) => !['checkbox', 'radio'].includes(f.type));
  const out = new Set<FormPurpose>();

  if (form.hidden.some((h) => /^form_type=customer_login$/i.test(h))) return ['login'];
  if (form.hidden.some((h) => /^form_type=create_customer$/i.test(h))) return ['register'];
  if (hasPassword) {
    // The staff's webmail box on a public body's page (SEFAZ-TO's Zimbra form → webmail.sefaz.to.gov.br,
    // an Outlook Web App /owa/ form) signs employees in to their mail, not customers to an account.
    // So is a box whose own fields are named for the intranet (TCE-SE's header 'Fazer login:', inputs
    // #intranet-usuario and #intranet-senha posting to its personnel system).
    if (WEBMAIL_ACTION.test(form.action) || has(/\bzrememberme\b/) || has(/\bintranet\b/)) return ['other'];
    const submit = fold(form.submit.join(' '));
    const register = has(/confirm|repite|repeat|again|nuevamente/) ||
      /regist|sign ?up|crear (?:una |tu )?cuenta|create (?:an |your )?account|cadastr/.test(submit + ' ' + fold(form.heading));
    return [register ? 'register' : 'login'];
  }
  // A coupon or gift-card box ("número de tarjeta de regalo" is not a payment card).
  // (The field or its button must say so: a newsletter promising a discount is a newsletter.)
  if (!hasMessage && inputs.length <= 2 && COUPON_WORDS.test(`${ftexts.join(' ')} ${fold(`${form.submit.join(' ')} ${form.id} ${form.className}`)}`)) return ['coupon'];
  // Paying: a card number, CVC or expiry, or a checkout's billing and order fields. Order notes are not a message.
  if (has(CARD_FIELD) || fields.some((f) => /^cc-/.test(f.autocomplete)) || count(CHECKOUT_FIELD) >= 2 || count(CHECKOUT_FIELD) >= 1 && CHECKOUT_WORDS.test(own) || /\b(?:woocommerce-checkout|checkout)\b/.test(fold(`${form.id} ${form.className} ${form.action}`)) && !hasTextarea) return ['checkout'];
  // Sending a page to someone else: the recipient is not the organisation.
  // The friend's address is typed: a list's choice ("¿Cómo te enteraste? — Familiar/Amigo/Conocido"
  // on Betterware's join-and-ask form) names how the visitor heard of the shop, not a recipient.
  const friendField = fields.some((f) => !/^(?:select|checkbox|radio)/.test(f.type) && FRIEND_FIELD.test(fieldText(f)));
  if (SHARE_WORDS.test(everything) || friendField && (hasEmail || count(/\b(?:e-?mail|correo)\b/) >= 1) && /\bamig|friend|recipient|destinatari/.test(everything)) return ['share'];
  const shopifyContact = form.hidden.some((h) => /^form_type=contact$/i.test(h));
  // A help centre's ticket form (Zendesk /hc/…/requests, Freshdesk /support/tickets) is a contact form even before its fields load.
  if (/\bnew_request\b|\/hc\/[a-z-]+\/requests\b|\/support\/tickets\b/.test(own) || has(/^request\[(?:ticket_form_id|subject|description)\]/)) return ['contact'];
  // A comment posted under an article: the form's own name or address says so ("form#Comment"
  // → /comment/create, "comments-form"), whatever its fields ask for.
  const commentForm = /^comments?(?:[-_ ]?form)?$/i.test(form.id) || /(?:^|\/)comments?\/(?:create|add|new|post|save|submit)\b/i.test(form.action);
  if (commentForm || /\/wp-comments-post\.php|commentform|comment-form|comment-respond|review-form|spr-form|jdgm-form/.test(own) || COMMENT_WORDS.test(named)) return ['comment'];
  // A review platform's widget under a product (Yotpo's "Write A Review" and "Ask A Question" forms,
  // whose question box is named review_content): reviews and questions are published under the
  // product for other customers to read and answer, not written to the organisation.
  if (/\byotpo\b|\bstamped-(?:form|widget|reviews)|\bbv-(?:form|submission)|\bokendo\b/.test(own) || has(/^review[ _-]?(?:content|title|body|text)\b/)) return ['comment'];
  // A photo a reader sends to be shown with the page (a recipe site's "Suba a sua foto" box:
  // nome, e-mail, "Escreva uma legenda", a file, "Enviar foto"): it is published, not answered.
  if (types.includes('file') && PHOTO_WORDS.test(named)) return ['comment'];
  // A readers' comment box named so by its own or its ancestors' ids and classes (Granma's
  // "g-comments-form" under "g-story-comments", wpDiscuz's form in "comments-area").
  if (!shopifyContact && COMMENT_CONTEXT.test(`${form.id} ${form.className} ${form.context}`)) return ['comment'];
  if (/\/cart\/add|add-to-cart|agregar al carrito|anadir al carrito|add to cart|comprar ahora|buy now/.test(own) || has(/\b(?:quantity|cantidad|qty)\b/) && !hasMessage) return ['cart'];
  // Every field asks what to search for: the header's search box copied for each screen size
  // (three "searchTerm" fields, "What would you like to search today?") beside a menu item "tracker".
  const searchField = (t: string): boolean => /^(?:q|s|query|keywords?|term|ft)\b|search|\bbusca|\bpesquis/.test(t);
  if (types.includes('search') || form.context.includes('search') && inputs.length <= 2 && !hasMessage || inputs.length === 1 && has(/^(?:q|s|search|query|buscar|ft|keyword|term|search_\w+)\b/)
    || !hasMessage && inputs.length > 0 && inputs.every((x) => searchField(fieldText(x)))) return ['search'];
  // "Tell me when it is back", however much it asks (Colombo's "Avise-me quando chegar": CEP, name, e-mail, phone).
  if (!hasTextarea && !shopifyContact && NOTIFY_WORDS.test(own)) return ['notify'];
  if (!hasMessage && inputs.length <= 2 && !shopifyContact) {
    if (NOTIFY_WORDS.test(everything)) return ['notify'];
    // An e-mail-first sign-in ("Ingresa tu correo" → Continuar) shows no password yet.
    if (LOGIN_CONTEXT.test(own) && !NEWSLETTER_WORDS.test(own)) return ['login'];
  }
  // A bank's account-first sign-in: the branch or cooperative and the account number, the password
  // on the next screen (Sicoob's "Acesse sua conta" → ib.sicoobnet.com.br/inetbank/login.jsp).
  if (!hasMessage && !hasEmail && inputs.length <= 4 && has(ACCOUNT_NUMBER_FIELD) && LOGIN_CONTEXT.test(own) && !NEWSLETTER_WORDS.test(own)) return ['login'];
  if (!hasTextarea && !hasEmail && !hasName && CALCULATOR_WORDS.test(everything)) return ['calculator'];
  if (types.includes('file') && JOB_WORDS.test(own)) return ['job'];
  if (JOB_WORDS.test(fold(form.heading))) return ['job'];

  // A box that says it reports an error on the page ("Relatar erro", "Report an error") is a
  // message to the newsroom, whatever its ids are called (OAB/RN's form#forms-reclamacao-9494).
  const errorReport = ERROR_REPORT_WORDS.test(named) && !COMPLAINT_WORDS.test(named);
  const complaintWords = !errorReport && (COMPLAINT_WORDS.test(own) || COMPLAINT_WORDS.test(options) && /\b(?:queja|reclamo|complaint|reclamacion)/.test(options) || pageKinds.includes('complaints') && (hasMessage || inputs.length >= 4));
  // A message and a way to be answered: an e-mail or a phone, or a name under a heading that
  // says it writes to the organisation (a CMS panel's "article[name]" beside its text box is not a visitor's). Five or more fields
  // with an e-mail make a request form only inside a <form>: fields gathered from a whole page
  // (a shop's search, warranty radios and a hidden offers sign-up) are no one form.
  // On the contact page, a message box is a message to the organisation even when its fields'
  // labels could not be read (Shisler's ASP.NET form: unlabelled txtPQ… inputs beside a textarea).
  const isMessageForm = shopifyContact || hasMessage && (hasEmail || hasPhone || hasReplyField || hasName && CONTACT_WORDS.test(fold(`${form.heading} ${form.submit.join(' ')}`))) || hasTextarea && pageKinds.includes('contact') || !form.pseudo && inputs.length >= 5 && (hasEmail || hasPhone) && !NEWSLETTER_WORDS.test(own);

  // A court's public case look-up (PJe's "Consulta pública": the case number, or the party's
  // name, CPF/CNPJ or lawyer's OAB number) follows one's own case, as request tracking does;
  // a case-law search (judge, ruling, judging body, dates) looks up others' rulings.
  if (!hasMessage && has(CASE_NUMBER_FIELD) && has(PARTY_FIELD) && !has(CASE_LAW_FIELD)) return ['tracking'];
  // …and so does a box that calls itself the case look-up, whatever its fields are named (TJMS's
  // formConsultaProcessual: instance, district, search-by and the text to look up).
  // (Its fields' "consulta" is the look-up, not a message: only a text box would be one.)
  if (!hasTextarea && !has(CASE_LAW_FIELD) && CASE_LOOKUP_WORDS.test(`${named} ${fold(splitCamelCase(form.id))} ${ftexts.join(' ')}`)) return ['tracking'];
  if (!hasMessage && TRACKING_WORDS.test(everything) && inputs.length <= 3) {
    // Following a complaint or case is not following an order.
    return [CLAIM_WORDS.test(everything) || pageKinds.includes('complaints') || pageKinds.includes('claimsTracking') ? 'claimTracking' : 'tracking'];
  }
  if (!hasMessage && INVOICE_WORDS.test(everything) && inputs.length <= 3) return ['invoice'];
  if (!isMessageForm) {
    if (hasEmail && inputs.length <= 3 && (NEWSLETTER_WORDS.test(own) || !hasMessage)) return ['newsletter'];
    // A PQRS form is a complaint form even when it asks for no way to answer (anonymous PQRS).
    if (complaintWords && (inputs.length >= 3 || hasMessage)) return ['complaint'];
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

export interface FormHit extends Finding<FormPurpose> {
  /** The form is hidden (a pop-up's, a collapsed block's) until something on the page shows it. */
  hidden?: boolean;
}

/**
 * A form a visitor cannot see until something shows it: the form is hidden, every field it
 * asks is, or its password box is (a theme's log-in pop-up, "mfp-hide", gathered with the
 * article around it because its fields sit outside a <form>).
 */
function isHiddenForm(form: FormInfo): boolean {
  const fields = form.fields.filter((f) => f.type !== 'hidden');
  const passwords = fields.filter((f) => f.type === 'password');
  return !form.visible || fields.length > 0 && fields.every((f) => f.hidden) || passwords.length > 0 && passwords.every((f) => f.hidden);
}

export function extractForms(view: DocView, pageKinds: PageKind[]): FormHit[] {
  const hits: FormHit[] = [];
  const kinds = [...pageKinds];
  // Fields of a real <form> are that form's: a group gathered around them from outside any form
  // (Pew Research's div#content, holding the comment form and a stray short-link box) is not a second form.
  const key = (f: FormInfo['fields'][number]): string => `${f.tag}|${f.type}|${f.name}|${f.id}`;
  const inForms = new Set(view.doc.forms.filter((f) => !f.pseudo).flatMap((f) => f.fields.map(key)));
  for (const found of view.doc.forms) {
    const form = found.pseudo ? { ...found, fields: found.fields.filter((f) => !inForms.has(key(f))) } : found;
    if (!form.fields.length) continue;
    for (const purpose of classifyForm(form, kinds)) {
      hits.push({
        value: purpose,
        source: src(view, { selector: form.selector, snippet: form.heading || form.submit.join(' / ') || form.fields.map((f) => f.label || f.name).filter(Boolean).slice(0, 4).join(', ') }),
        ...(isHiddenForm(form) ? { hidden: true } : {}),
      });
    }
  }
  // Forms from form services, judged by the page they sit on.
  // A form service's frame in a sign-up box ("footer-signup", "newsletter") is a mailing-list form.
  const signUp = (f: FrameInfo): boolean => /sign-?up|newsletter|subscri|suscri|boletin|mailing/i.test(`${f.id} ${f.name} ${f.title} ${f.context ?? ''}`);
  const embeds = [
    ...view.doc.iframes.filter((f) => FORM_SERVICES.test(f.src) && !signUp(f)).map((f) => f.src),
    ...view.doc.scripts.filter((s) => /js\.hsforms\.net\/forms|jotform\.com\/jsform|embed\.typeform\.com|forms\.zohopublic/i.test(s.src)).map((s) => s.src),
  ];
  if (embeds.length) {
    const words = fold(`${view.doc.title} ${view.doc.h1.join(' ')}`);
    const complaint = pageKinds.includes('complaints') || COMPLAINT_WORDS.test(words);
    const contact = pageKinds.includes('contact') || CONTACT_WORDS.test(words);
    if (complaint) hits.push({ value: 'complaint', source: src(view, { snippet: embeds[0]!, note: { id: 'evidence.signal.note.formService' } }) });
    if (contact) hits.push({ value: 'contact', source: src(view, { snippet: embeds[0]!, note: { id: 'evidence.signal.note.formService' } }) });
  }
  return hits;
}
