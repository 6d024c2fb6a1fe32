/**
 * The sign-in page, read the way a customer meets it (SS-6): is the page served over
 * HTTPS and does its sign-in form post to an HTTPS address, and can a customer who
 * forgot the password get back in on their own — a "¿Olvidaste tu contraseña?" link
 * or button, or a code sent to them — rather than by calling the organisation.
 *
 * The sign-in documents are the ones holding a sign-in form (a password field, or an
 * e-mail-first form that says it signs in); when no page holds one, the account pages
 * the login links lead to. Pure functions over `DocView`s: nothing is fetched, and what
 * a page said is read, never run. A second factor is not judged here: it shows after
 * signing in, when it shows at all, so it stays a question.
 */
import type { EvidenceItem, Source } from '../../types.js';
import { reason, type MessageId, type MessageValues } from '../../i18n/index.js';
import type { FormInfo } from '../types.js';
import { classifyForm } from './forms.js';
import { type DocView, type Finding, clip, fold, lines, src, withNotes } from './text.js';

/**
 * Words that offer password recovery, on folded text (lower case, no accents), whole
 * words: Spanish, Portuguese and English, as sites write them in links and buttons.
 */
export const RECOVERY_WORDS = new RegExp([
  // es: ¿Olvidaste tu contraseña? ¿Olvidó su clave? Olvidé mi contraseña. ¿No recuerdas tu contraseña?
  String.raw`\b(?:olvidaste|olvido|olvide|olvidate|olvidastes)\s+(?:(?:tu|su|mi|la|el|tus|sus)\s+)?(?:contrasena|clave|usuario|acceso)s?\b`,
  String.raw`\bno\s+recuerd(?:a|as|o)\s+(?:(?:tu|su|mi|la)\s+)?(?:contrasena|clave)\b`,
  // es/pt: Recuperar contraseña, Restablecer la clave, Recupera tu acceso, Redefinir senha
  String.raw`\b(?:recuperar|recupera|recupere|recuperacion de|restablecer|restablece|restablezca|reestablecer|restablecimiento de|redefinir|redefina|recuperacao de)\s+(?:(?:tu|su|mi|la|el|a|sua|minha)\s+)?(?:contrasena|clave|senha|acceso|acesso)\b`,
  // pt: Esqueci minha senha, Esqueceu sua senha?
  String.raw`\besque(?:ci|ceu|ceste)\s+(?:(?:a|minha|sua|meu|seu)\s+)?(?:senha|acesso)\b`,
  // en: Forgot your password? Forgotten password, Reset password, Lost your password? Can't sign in?
  String.raw`\b(?:forgot|forgotten|lost)\s+(?:(?:your|my|the)\s+)?(?:password|username or password|login details)\b`,
  String.raw`\b(?:reset|recover)\s+(?:(?:your|my|the)\s+)?(?:password|account)\b`,
  String.raw`\b(?:trouble|problems)\s+(?:signing|logging)\s+in\b|\bcan'?t\s+(?:sign|log)\s+in\b`,
].join('|'));

/** A recovery page's address: /lost-password/, /account/login#recover, /recuperar-contrasena. */
const RECOVERY_PATH = /(?:^|[/#?&=_.-])(?:(?:forgot|forgotten|lost|reset|recover|recovery)[-_]?(?:your[-_]?|my[-_]?)?(?:password|passwd|pass|pw)|password[-_/]?(?:reset|recovery|recover|forgot|forgotten|lost)|recover|(?:recuperar|restablecer|redefinir|reestablecer)[-_]?(?:la[-_]?|tu[-_]?|su[-_]?|a[-_]?)?(?:contrasena|clave|senha|acceso)|olvid[eo][-_]?(?:mi[-_]?)?(?:contrasena|clave)|esqueci[-_]?(?:minha[-_]?|a[-_]?)?senha)(?:$|[/#?&=_.-])/;

/** Link texts that say nothing of where they lead ("aquí", "click here"): the address speaks for them. */
const GENERIC_TEXT = /^(?:|aqui|haga clic aqui|haz clic aqui|de clic aqui|clic aqui|click aqui|click here|here|this link|este enlace|clique aqui|aqui\.)$/;

/** A sentence that sends a code or a link to the customer: recovery without calling. */
const SENDS_CODE = /\b(?:(?:te|le|les)\s+(?:enviaremos|enviamos|llegara)|recibiras|recibira|we(?:'ll| will)\s+(?:send|e-?mail|text)|(?:enviaremos|enviamos)\s+(?:um|o|seu|uma)|voce recebera)\b[^.]{0,80}\b(?:codigo|enlace|link|correo|sms|mensaje|code|e-?mail)\b/;

/** A sentence that asks the customer to call or write to someone to recover access. */
const ASKS_TO_CALL = /\b(?:comuniquese|comunicate|comunicarse|llame|llamar|llamanos|llamenos|call us|call our|phone us|ligue|entre em contato|pbx|linea de atencion|escribanos|escribenos|contacte|contactenos|contact (?:us|support|our)|su asesor|tu asesor|area de sistemas)\b/;

export type RecoveryVia = 'link' | 'button' | 'address' | 'text';

/** One sign-in form, where it is and where it posts. */
export interface SigninForm {
  /** The page (or frame) URL it sits on. */
  page: string;
  /** Where it posts: its action, the page itself when it names none, '' when a script sends it. */
  action: string;
  secure: boolean;
  source: Source;
}

export interface SigninReading {
  forms: SigninForm[];
  recovery: Finding<RecoveryVia>[];
  /** Recovery sentences that ask the customer to call or write instead. */
  byCall: Finding<string>[];
}

const isHttps = (u: string): boolean => /^https:\/\//i.test(u);

function isSigninForm(f: FormInfo, view: DocView): boolean {
  return classifyForm(f, view.page.kinds).includes('login');
}

/** A link's path, query and hash, decoded; as written when it is no URL or not decodable. */
function decodedPath(href: string): string {
  try {
    const u = new URL(href);
    return decodeURIComponent(u.pathname + u.search + u.hash);
  } catch {
    return href;
  }
}

/** Whether a link's text, or else its address, offers password recovery. */
export function recoveryLink(text: string, href: string): boolean {
  if (/^(?:tel|mailto|sms|whatsapp|callto):/i.test(href)) return false;
  const t = fold(text);
  if (t.length > 90) return false;
  if (RECOVERY_WORDS.test(t)) return true;
  // Text before address: a link that names something else is that thing.
  if (!GENERIC_TEXT.test(t.replace(/[¿?¡!.:»>›→]+/g, '').trim())) return false;
  return RECOVERY_PATH.test(fold(decodedPath(href)));
}

/**
 * Whether a link is only a password recovery: its words offer it ("Forgot your password?",
 * "¿Contraseña olvidada?"), or it has no words of its own and its address is a recovery
 * page (wp-login.php?action=lostpassword). Such a link belongs to a sign-in box.
 */
export function isRecoveryOnly(text: string, href: string): boolean {
  const t = fold(text).replace(/[¿?¡!.:]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (RECOVERY_WORDS.test(t) || /^(?:(?:contrasena|clave|senha|password)s? (?:olvidad[oa]|esquecid[oa])|forgotten password)s?$/.test(t)) return true;
  // An address speaks only for words that say nothing ("here", an icon): "Ingresar" → /account/login#recover is the sign-in.
  if (!GENERIC_TEXT.test(t)) return false;
  return RECOVERY_PATH.test(fold(decodedPath(href)).replace(/\s+/g, '-'));
}

/** Whether a sentence on the sign-in page offers recovery by a code or link sent to the customer. */
export function recoverySentence(line: string): 'self' | 'call' | undefined {
  const t = fold(line);
  if (t.length > 300 || !RECOVERY_WORDS.test(t)) return undefined;
  if (ASKS_TO_CALL.test(t)) return 'call';
  return SENDS_CODE.test(t) ? 'self' : undefined;
}

/** What one sign-in document says: its sign-in forms and how a customer recovers access. */
export function readSignin(view: DocView): SigninReading {
  return { forms: signinForms(view), ...recoveryOf(view) };
}

/** The sign-in forms of a document, with where each posts. */
function signinForms(view: DocView): SigninForm[] {
  const forms: SigninForm[] = [];
  for (const f of view.doc.forms) {
    if (!isSigninForm(f, view)) continue;
    // A form without an action posts to its own page; fields outside a <form> are sent by a script.
    const action = f.pseudo || /^javascript:/i.test(f.action) ? '' : f.action || view.url;
    const secure = isHttps(view.url) && (action === '' || isHttps(action));
    forms.push({ page: view.url, action, secure, source: src(view, { snippet: clip(`${f.heading || f.submit[0] || 'form'} → ${action || view.url}`, 160), selector: f.selector }) });
  }
  return forms;
}

/** How a document offers password recovery, and the sentences that send the customer to call instead. */
function recoveryOf(view: DocView): Pick<SigninReading, 'recovery' | 'byCall'> {
  const out: Pick<SigninReading, 'recovery' | 'byCall'> = { recovery: [], byCall: [] };
  for (const l of view.doc.links) {
    if (recoveryLink(l.text || l.label, l.href)) {
      const named = RECOVERY_WORDS.test(fold(l.text || l.label));
      out.recovery.push({ value: named ? 'link' : 'address', source: src(view, { snippet: `${l.text || l.label} → ${l.href.slice(0, 120)}`, selector: l.selector }) });
    }
  }
  for (const b of view.doc.buttons) {
    const t = fold(b.text || b.label);
    if (t.length <= 90 && RECOVERY_WORDS.test(t)) out.recovery.push({ value: 'button', source: src(view, { snippet: b.text || b.label, selector: b.selector }) });
  }
  for (const line of lines(view.doc.text)) {
    const s = recoverySentence(line);
    if (s === 'self') out.recovery.push({ value: 'text', source: src(view, { snippet: clip(line, 160) }) });
    else if (s === 'call') out.byCall.push({ value: line, source: src(view, { snippet: clip(line, 160) }) });
  }
  return out;
}

/** Every key the sign-in reading writes, in the order the registry lists them. */
export const SIGNIN_KEYS = ['site.signin.https', 'site.signin.recovery'] as const;
export type SigninKey = (typeof SIGNIN_KEYS)[number];

function noted(id: MessageId, values?: MessageValues): Pick<Source, 'note' | 'noteReason'> {
  const r = reason(id, values);
  return { note: r.message, noteReason: r.reason };
}

function withNote(s: Source, id: MessageId, values?: MessageValues): Source {
  return withNotes(s, values ? { id, values } : { id });
}

/**
 * The sign-in evidence of a crawl, from the documents that could be read. The pages
 * the login links lead to (account pages) are read when no page holds a sign-in form.
 * With no sign-in document both keys say why they have no value.
 */
export function signinEvidence(views: DocView[]): Record<SigninKey, EvidenceItem> {
  let docs = views.map((v) => ({ view: v, forms: signinForms(v) })).filter((x) => x.forms.length > 0);
  // No sign-in form anywhere: the page the login link leads to (an account page) is the sign-in page.
  if (!docs.length) docs = views.filter((v) => !v.inFrame && v.page.kinds.includes('account')).map((v) => ({ view: v, forms: [] }));
  const readings = docs.map((x) => ({ view: x.view, r: { forms: x.forms, ...recoveryOf(x.view) } }));
  if (!readings.length) {
    const r = reason('evidence.crawl.noSignin');
    const none = { sources: [], origin: 'probe' as const, missing: r.message, missingReason: r.reason };
    return { 'site.signin.https': { ...none }, 'site.signin.recovery': { ...none } };
  }
  const forms = readings.flatMap((x) => x.r.forms);
  let https: EvidenceItem;
  if (forms.length) {
    const insecure = forms.filter((f) => !f.secure);
    const shown = [...insecure, ...forms.filter((f) => f.secure)].slice(0, 5);
    https = {
      value: insecure.length === 0,
      sources: shown.map((f) => withNote(f.source, f.secure ? (f.action ? 'evidence.crawl.note.signinSecure' : 'evidence.crawl.note.signinScript') : 'evidence.crawl.note.signinInsecure', { page: f.page, action: f.action || f.page })),
      origin: 'probe',
    };
  } else {
    const pages = readings.map((x) => x.view.url);
    const insecure = pages.filter((u) => !isHttps(u));
    https = {
      value: insecure.length === 0,
      sources: [...insecure, ...pages.filter(isHttps)].slice(0, 5).map((u) => ({ url: u, ...noted(isHttps(u) ? 'evidence.crawl.note.signinPageSecure' : 'evidence.crawl.note.signinPageInsecure') })),
      origin: 'probe',
    };
  }
  const found = readings.flatMap((x) => x.r.recovery);
  const byCall = readings.flatMap((x) => x.r.byCall);
  const recovery: EvidenceItem = found.length
    ? { value: true, sources: uniqueSources(found.map((f) => f.source)).slice(0, 5), origin: 'probe' }
    : {
        value: false,
        sources: [
          ...uniqueSources(byCall.map((f) => f.source)).slice(0, 3).map((s) => withNote(s, 'evidence.crawl.note.recoveryByCall')),
          ...[...new Set(readings.map((x) => x.view.url))].slice(0, 3).map((u) => ({ url: u, ...noted('evidence.crawl.note.noRecovery') })),
        ],
        origin: 'probe',
      };
  return { 'site.signin.https': https, 'site.signin.recovery': recovery };
}

function uniqueSources(xs: Source[]): Source[] {
  const seen = new Set<string>();
  return xs.filter((s) => {
    const k = `${s.url} ${s.snippet ?? ''} ${s.selector ?? ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
