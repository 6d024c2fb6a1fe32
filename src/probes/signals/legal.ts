/**
 * Legal duties a customer can see on a site (the legal-duties pack, checklists/legal-*.yaml):
 * the seller's identity (legal name, tax id, address, phone, e-mail), withdrawal
 * (retracto, botón de arrepentimiento), payment reversal, Peru's Libro de
 * Reclamaciones, Argentina's botón de baja, a filing number for complaints
 * (radicado), consent to personal-data processing in forms, and what public bodies
 * publish (PQRSD reports, the carta de trato digno, the transparency section). Brazil's
 * data-protection officer (encarregado) too.
 *
 * Pure functions over `DocView`s: nothing is fetched, and what a page said is read,
 * never run. Each finding keeps its page and snippet for the report.
 */
import type { EvidenceItem, Source } from '../../types.js';
import { reason, type MessageId } from '../../i18n/index.js';
import type { FormInfo } from '../types.js';
import { type DocView, type Finding, clip, fold, lines, src } from './text.js';

export type LegalSignal =
  | 'withdrawal'
  | 'withdrawalOnHome'
  | 'paymentReversal'
  | 'complaintsBook'
  | 'cancellationButton'
  | 'filingNumber'
  | 'pqrsdReport'
  | 'treatmentCharter'
  | 'transparency'
  | 'dpo';

/** Words that name each duty, on folded text (lower case, no accents). */
export const LEGAL_WORDS: Record<Exclude<LegalSignal, 'withdrawalOnHome' | 'filingNumber'>, RegExp> = {
  withdrawal: /\b(?:derecho (?:de|a) retracto|derecho de retractacion|retracto|retractarse|boton de arrepentimiento|derecho de arrepentimiento|arrepentimiento de (?:compra|la compra)|revocar (?:la|su|tu) (?:compra|aceptacion)|direito de arrependimento|arrependimento)\b/,
  paymentReversal: /\b(?:reversion (?:del|de(?:l)? los|de) pagos?|reversar (?:el|un|su|tu) pago|reverso (?:del|de) pago|solicitud de reversion)\b/,
  complaintsBook: /\blibro de reclamaciones\b/,
  cancellationButton: /\b(?:boton de baja|baja (?:de|del) (?:servicio|contrato|plan)s?|dar(?:se|te)? de baja (?:el|del|tu|su) (?:servicio|contrato|plan))\b/,
  pqrsdReport: /\binformes? (?:(?:trimestral|semestral|mensual|anual)(?:es)? )?(?:de (?:gestion de |seguimiento (?:a |de )?(?:las )?)?)?(?:pqrs?d?f?|peticiones,? quejas|solicitudes,? (?:denuncias|quejas)|solicitudes de acceso a (?:la )?informacion)\b/,
  treatmentCharter: /\bcarta (?:de )?trato digno\b/,
  transparency: /\btransparencia y acceso a (?:la )?informacion publica\b/,
  dpo: /\b(?:encarregad[oa] (?:de|pelo|do) (?:tratamento|protecao) de dados(?: pessoais)?|encarregad[oa] de dados|dpo|data protection officer|oficial de (?:proteccion|privacidad) de datos|delegado de proteccion de datos)\b/,
};

/** A promise of a filing number for a complaint: "recibirá un número de radicado", "número de reclamo". */
const FILING = /\b(?:numero de radicad[oa]|radicado (?:n|no|numero)|(?:recibira|recibiras|obtendra|obtendras|se (?:le )?(?:asignara|entregara|generara)|te (?:asignaremos|enviaremos|daremos)|le (?:asignaremos|enviaremos|daremos))[^.]{0,40}\b(?:radicado|numero de (?:reclamo|caso|ticket|solicitud|seguimiento|pqrs?)|codigo de (?:seguimiento|reclamo|consulta))|numero de (?:reclamo|caso|ticket|solicitud|seguimiento) (?:para|con el que|con el cual)|consulte? (?:el estado|su (?:pqrs?d?|radicado|solicitud)) con (?:el|su) (?:numero|radicado|codigo))\b/;

const TAX_IDS: { kind: string; re: RegExp; norm: (m: RegExpMatchArray) => string }[] = [
  // Colombia: NIT 900.123.456-7 (the check digit after a dash).
  { kind: 'NIT', re: /\bN\.?\s?I\.?\s?T\.?\s*(?:No\.?|N[°º]\.?|numero|número)?\s*:?\s*(\d{1,3}(?:[.\s]?\d{3}){2,3})\s*[-–]\s*(\d)\b/gi, norm: (m) => `NIT ${m[1].replace(/\D/g, '')}-${m[2]}` },
  // Peru: RUC of 11 digits.
  { kind: 'RUC', re: /\bR\.?U\.?C\.?\s*(?:No\.?|N[°º]\.?)?\s*:?\s*(\d{11})\b/gi, norm: (m) => `RUC ${m[1]}` },
  // Argentina: CUIT 30-12345678-9.
  { kind: 'CUIT', re: /\bC\.?U\.?I\.?T\.?\s*(?:No\.?|N[°º]\.?)?\s*:?\s*(\d{2})-?(\d{8})-?(\d)\b/gi, norm: (m) => `CUIT ${m[1]}-${m[2]}-${m[3]}` },
  // Chile: RUT 76.123.456-K.
  { kind: 'RUT', re: /\bR\.?U\.?T\.?\s*(?:No\.?|N[°º]\.?)?\s*:?\s*(\d{1,2}\.?\d{3}\.?\d{3})-([\dkK])\b/gi, norm: (m) => `RUT ${m[1].replace(/\./g, '')}-${m[2].toUpperCase()}` },
  // Brazil: CNPJ 12.345.678/0001-90.
  { kind: 'CNPJ', re: /\bCNPJ\s*(?:n[°º.o]*|sob o n[°º.o]*)?\s*:?\s*(\d{2}\.?\d{3}\.?\d{3}\/?\d{4}-?\d{2})\b/gi, norm: (m) => `CNPJ ${m[1].replace(/\D/g, '')}` },
  // Mexico: RFC of a company (3 letters, 6 digits, 3 characters).
  { kind: 'RFC', re: /\bR\.?F\.?C\.?\s*:?\s*([A-ZÑ&]{3}\d{6}[A-Z0-9]{3})\b/g, norm: (m) => `RFC ${m[1]}` },
];

/** A company name with its legal form: "Tienda Andina S.A.S.", "Comercial Lima S.A.C.", "Loja Exemplo Ltda.". */
const LEGAL_NAME = /((?:[A-ZÁÉÍÓÚÑ][\wÁÉÍÓÚÑáéíóúñ&'-]*\.?\s){1,6}(?:S\.\s?A\.\s?S\.?|S\.A\.S\b|SAS\b|S\.\s?A\.\s?C\.?|SAC\b|S\.\s?R\.\s?L\.?|SRL\b|E\.\s?I\.\s?R\.\s?L\.?|S\.\s?A\.(?:\s?de\s?C\.\s?V\.?)?|S\.A\b|Ltda\.?|LTDA\.?|E\.\s?S\.\s?P\.?|SpA\b|EIRELI\b))/;

/** Where a legal name is stated as such: near its tax id, a copyright line or "razón social". */
const NAME_CONTEXT = /\b(?:razon social|nit|ruc|cuit|rut|cnpj|rfc|todos los derechos|derechos reservados|copyright|operad[oa] por|propiedad de)\b|©/;

export interface LegalReading {
  signals: Finding<LegalSignal>[];
  taxIds: Finding<string>[];
  legalNames: Finding<string>[];
  /** One per form that asks for personal data: whether it asks for consent to process it. */
  consent: Finding<boolean>[];
}

function isHome(view: DocView): boolean {
  return !view.inFrame && (view.page.depth === 0 || view.page.kinds.includes('home'));
}

function isComplaintPage(view: DocView): boolean {
  return view.page.kinds.includes('complaints') || view.page.kinds.includes('claimsTracking');
}

/** Every legal signal, tax id, legal name and consent finding of one document. */
export function extractLegal(view: DocView): LegalReading {
  const out: LegalReading = { signals: [], taxIds: [], legalNames: [], consent: [] };
  const seen = new Set<LegalSignal>();
  const hit = (signal: LegalSignal, source: Source): void => {
    if (seen.has(signal)) return;
    seen.add(signal);
    out.signals.push({ value: signal, source });
  };
  // Links and buttons first: a duty a customer can click is the best evidence.
  const clickables = [
    ...view.doc.links.filter((l) => !/^(?:tel|mailto|whatsapp|sms):/i.test(l.href)).map((l) => ({ text: l.text || l.label, selector: l.selector, href: l.href })),
    ...view.doc.buttons.map((b) => ({ text: b.text || b.label, selector: b.selector, href: '' })),
  ];
  for (const c of clickables) {
    const t = fold(c.text);
    if (!t || t.length > 90) continue;
    for (const [signal, re] of Object.entries(LEGAL_WORDS) as [LegalSignal, RegExp][]) {
      if (!re.test(t)) continue;
      const source = src(view, { snippet: c.href ? `${c.text} → ${c.href.slice(0, 120)}` : c.text, selector: c.selector });
      hit(signal, source);
      if (signal === 'withdrawal' && isHome(view)) hit('withdrawalOnHome', source);
    }
  }
  // Headings and short lines of text: a section or a paragraph that states the duty.
  const texts = [...view.doc.headings, ...lines(view.doc.text).filter((l) => l.length <= 300)];
  for (const line of texts) {
    const t = fold(line);
    for (const [signal, re] of Object.entries(LEGAL_WORDS) as [LegalSignal, RegExp][]) {
      // The cancellation and withdrawal buttons are buttons: a sentence about them is not one.
      if (signal === 'cancellationButton') continue;
      if (re.test(t)) hit(signal, src(view, { snippet: clip(line, 160) }));
    }
    if (!seen.has('filingNumber') && FILING.test(t) && (isComplaintPage(view) || /\bpqrs?d?\b|\bqueja|\breclamo/.test(t))) hit('filingNumber', src(view, { snippet: clip(line, 160) }));
    if (NAME_CONTEXT.test(t)) {
      const m = line.match(LEGAL_NAME);
      if (m) out.legalNames.push({ value: m[1].replace(/\s+/g, ' ').trim(), source: src(view, { snippet: clip(line, 160) }) });
    }
    for (const id of TAX_IDS) {
      for (const m of line.matchAll(id.re)) out.taxIds.push({ value: id.norm(m), source: src(view, { snippet: clip(line, 160) }) });
    }
  }
  for (const f of view.doc.forms) {
    const has = formConsent(f);
    if (has === undefined) continue;
    out.consent.push({ value: has, source: src(view, { snippet: clip(f.heading || f.text || f.action || 'form', 120), selector: f.selector, note: { id: has ? 'evidence.signal.note.consentAsked' : 'evidence.signal.note.consentMissing' } }) });
  }
  // Complaint forms promise the filing number in their own text too.
  if (!seen.has('filingNumber')) {
    for (const f of view.doc.forms) {
      const t = fold(`${f.heading} ${f.text}`);
      if (FILING.test(t)) {
        hit('filingNumber', src(view, { snippet: clip(f.heading || f.text, 160), selector: f.selector }));
        break;
      }
    }
  }
  return out;
}

const PERSONAL_FIELD = /\b(?:nombres?|apellidos?|name|nome|correo|e-?mail|telefono|celular|movil|phone|telefone|documento|cedula|dni|rut|cpf|direccion|address|endereco)\b/;
const CONSENT = /\b(?:autorizo|acepto|aceptar|consiento|doy mi consentimiento|he leido|declaro|li e aceito|aceito|concordo|i agree|i accept|i consent)\b[^.]{0,160}\b(?:datos|privacidad|tratamiento|habeas data|dados|privacidade|lgpd|privacy|personal data)\b|\bautorizacion (?:para el |de )?tratamiento de (?:mis |los |sus )?datos\b|\bhabeas data\b/;

/**
 * Whether a form that asks for personal data asks for consent to process it; undefined
 * for forms that ask for none (search, login, a coupon box).
 */
export function formConsent(f: FormInfo): boolean | undefined {
  if (f.fields.some((x) => x.type === 'password')) return undefined;
  const personal = f.fields.filter((x) => x.type !== 'hidden' && x.type !== 'checkbox' && x.type !== 'submit' && x.type !== 'search' && (x.type === 'email' || x.type === 'tel' || PERSONAL_FIELD.test(fold(`${x.name} ${x.id} ${x.label} ${x.placeholder} ${x.autocomplete}`.replace(/[_-]/g, ' ')))));
  if (!personal.length) return undefined;
  // A look-up (track an order, find an invoice, check a filing number) identifies the
  // customer to show their own record: it collects nothing new, so it asks no consent.
  const lookup = /\b(?:consult|busca|buscar|rastre|seguimiento|track|search|estado de)\w*/.test(fold(`${f.heading} ${f.submit.join(' ')}`));
  if (lookup && !f.fields.some((x) => x.tag === 'textarea')) return undefined;
  const boxes = f.fields.filter((x) => x.type === 'checkbox').map((x) => fold(`${x.label} ${x.name}`));
  return boxes.some((b) => CONSENT.test(b)) || CONSENT.test(fold(f.text));
}

export type IdentityElement = 'legalName' | 'taxId' | 'address' | 'phone' | 'email';

/** Every key the legal reading writes, in the order the registry lists them. */
export const LEGAL_KEYS = [
  'site.legal.identity', 'site.legal.taxIds', 'site.legal.withdrawal', 'site.legal.withdrawalOnHome', 'site.legal.paymentReversal',
  'site.legal.complaintsBook', 'site.legal.cancellationButton', 'site.legal.filingNumber', 'site.legal.consentShare',
  'site.legal.pqrsdReport', 'site.legal.treatmentCharter', 'site.legal.transparency', 'site.legal.dpo',
] as const;

const SIGNAL_KEY: Record<LegalSignal, (typeof LEGAL_KEYS)[number]> = {
  withdrawal: 'site.legal.withdrawal',
  withdrawalOnHome: 'site.legal.withdrawalOnHome',
  paymentReversal: 'site.legal.paymentReversal',
  complaintsBook: 'site.legal.complaintsBook',
  cancellationButton: 'site.legal.cancellationButton',
  filingNumber: 'site.legal.filingNumber',
  pqrsdReport: 'site.legal.pqrsdReport',
  treatmentCharter: 'site.legal.treatmentCharter',
  transparency: 'site.legal.transparency',
  dpo: 'site.legal.dpo',
};

function missing(id: MessageId): Pick<EvidenceItem, 'missing' | 'missingReason'> {
  const r = reason(id);
  return { missing: r.message, missingReason: r.reason };
}

/**
 * The legal evidence of a crawl, from the documents that could be read and the contact
 * data the other extractors found on them (the identity a seller must show is its
 * legal name and tax id together with its address, telephone and e-mail).
 */
export function legalEvidence(views: DocView[], contact: { phones: Finding<string>[]; emails: Finding<string>[]; addresses: Finding<string>[] }): Record<(typeof LEGAL_KEYS)[number], EvidenceItem> {
  const out = {} as Record<(typeof LEGAL_KEYS)[number], EvidenceItem>;
  if (!views.length) {
    for (const k of LEGAL_KEYS) out[k] = { sources: [], origin: 'probe', ...missing('checklists.legal.noPages') };
    return out;
  }
  const readings = views.map(extractLegal);
  const signals = readings.flatMap((r) => r.signals);
  for (const [signal, key] of Object.entries(SIGNAL_KEY) as [LegalSignal, (typeof LEGAL_KEYS)[number]][]) {
    const found = signals.filter((s) => s.value === signal);
    out[key] = { value: found.length > 0, sources: found.slice(0, 5).map((f) => f.source), origin: 'probe' };
  }
  const taxIds = uniqueFindings(readings.flatMap((r) => r.taxIds));
  out['site.legal.taxIds'] = { value: taxIds.map((f) => f.value), sources: taxIds.slice(0, 5).map((f) => f.source), origin: 'probe' };
  const names = uniqueFindings(readings.flatMap((r) => r.legalNames));
  const elements: Finding<IdentityElement>[] = [];
  if (names.length) elements.push({ value: 'legalName', source: names[0].source });
  if (taxIds.length) elements.push({ value: 'taxId', source: taxIds[0].source });
  if (contact.addresses.length) elements.push({ value: 'address', source: contact.addresses[0].source });
  if (contact.phones.length) elements.push({ value: 'phone', source: contact.phones[0].source });
  if (contact.emails.length) elements.push({ value: 'email', source: contact.emails[0].source });
  out['site.legal.identity'] = { value: elements.map((e) => e.value), sources: elements.map((e) => e.source), origin: 'probe' };
  const consent = readings.flatMap((r) => r.consent);
  out['site.legal.consentShare'] = consent.length
    ? { value: consent.filter((c) => c.value).length / consent.length, sources: [...consent.filter((c) => !c.value), ...consent.filter((c) => c.value)].slice(0, 8).map((c) => c.source), origin: 'probe' }
    : { sources: [], origin: 'probe', ...missing('checklists.legal.noPersonalDataForm') };
  // Order the keys as the registry does, so saved evidence reads the same every run.
  return Object.fromEntries(LEGAL_KEYS.map((k) => [k, out[k]])) as Record<(typeof LEGAL_KEYS)[number], EvidenceItem>;
}

function uniqueFindings<T>(xs: Finding<T>[]): Finding<T>[] {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = String(x.value).toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
