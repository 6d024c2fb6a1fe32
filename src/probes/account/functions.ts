/**
 * The self-service functions of an account area (SS-1, SS-2, MOD-1), found in what a
 * signed-in crawl read: where each one is and how many clicks it takes from the page
 * the sign-in landed on. Vocabulary in Spanish, English and Portuguese, on folded text
 * (lower-case, no accents). Pure.
 */
import { fold } from '../signals/text.js';
import type { CrawledPage, DocumentData } from '../types.js';

export const ACCOUNT_FUNCTIONS = [
  'statement', 'orders-in-progress', 'order-history', 'invoices', 'invoice-download',
  'payments-applied', 'claims', 'repeat-order', 'contact-update',
] as const;
export type AccountFunction = (typeof ACCOUNT_FUNCTIONS)[number];

/** How a function was seen: a page about it, a section of a page, a link or a button to it, a form, a file. */
export type FoundVia = 'page' | 'section' | 'link' | 'button' | 'form' | 'download';

export interface FunctionFinding {
  function: AccountFunction;
  found: boolean;
  /** Clicks from the landing page (0: on it). */
  clicks?: number;
  url?: string;
  via?: FoundVia;
  /** The words it was found by. */
  text?: string;
  selector?: string;
}

const WORDS: Record<Exclude<AccountFunction, 'invoice-download'>, RegExp> = {
  statement: /\b(?:estado de (?:tu |su |mi )?cuenta|estados de cuenta|extractos?|resumen de (?:tu |su |mi )?cuenta|(?:mi |tu |su )?saldo(?: pendiente| actual| a pagar)?|account statements?|statement of account|(?:account )?balance|extratos?|saldo devedor|minha fatura em aberto)\b/,
  'orders-in-progress': /\b(?:pedidos? (?:en curso|activos?|pendientes?|en proceso|en camino|abiertos?|vigentes?)|ordenes? (?:en curso|activas?|pendientes?|abiertas?)|compras? en curso|(?:estado|seguimiento) (?:de |del )?(?:tu |su |mi )?(?:pedido|orden|envio|despacho)s?|rastre(?:a|ar)(?: (?:tu|su|mi))? (?:pedido|orden|envio)s?|orders? in progress|open orders?|current orders?|active orders?|pending orders?|track (?:your |my )?orders?|order status|pedidos? em andamento|acompanhar (?:meu |seu )?pedido|encomendas? em curso)\b/,
  'order-history': /\b(?:historial de (?:pedidos|compras|ordenes)|pedidos anteriores|compras anteriores|ordenes anteriores|mis (?:pedidos|compras|ordenes)|tus (?:pedidos|compras)|order history|past orders|previous orders|purchase history|my orders|your orders|historico de (?:pedidos|compras)|meus pedidos|minhas compras|minhas encomendas)\b/,
  invoices: /\b(?:(?:mis |tus |sus )?facturas|factura(?:cion)? electronica|(?:ver|consultar|descargar) (?:tu |su |mi |la )?factura|invoices?|billing|bills|(?:minhas )?faturas|notas? fisca(?:l|is)|segunda via|boletos?)\b/,
  'payments-applied': /\b(?:pagos? (?:aplicados?|realizados?|recibidos?|registrados?)|aplicacion de (?:pagos|facturas)|(?:mis |tus |historial de )pagos|abonos(?: aplicados)?|payments? (?:applied|history|received|made)|(?:my |your )payments|payment history|pagamentos? (?:realizados?|aplicados?)|(?:meus |historico de )pagamentos)\b/,
  claims: /\b(?:(?:mis |tus |sus )(?:reclamos|reclamaciones|quejas|pqrs?d?|solicitudes|casos|tickets|peticiones)|(?:estado|seguimiento) (?:de |del )?(?:tu |su |mi )?(?:reclamo|reclamacion|queja|pqrs?d?|solicitud|caso|radicado)s?|radicar (?:un |una )?(?:reclamo|queja|pqrs?d?|solicitud)|reclamos|reclamaciones|pqrs?d?|(?:my |your )(?:claims|cases|tickets|complaints|requests)|support tickets|(?:case|claim|ticket) status|complaints|(?:meus |minhas )(?:chamados|solicitacoes|reclamacoes)|reclamacoes)\b/,
  'repeat-order': /\b(?:repetir (?:el |este |mi )?(?:pedido|compra|orden)|volver a (?:pedir|comprar)|comprar (?:de nuevo|otra vez|nuevamente)|pedir (?:de nuevo|otra vez|nuevamente)|reordenar|re-?order|order again|buy again|repeat (?:this |the |your )?(?:order|purchase)|comprar novamente|repetir (?:a )?compra|pedir novamente)\b/,
  'contact-update': /\b(?:(?:mis|tus|sus) datos(?: personales| de contacto)?|datos de contacto|actualiza(?:r)? (?:tus |mis |sus |los )?datos|editar (?:mi |tu )?(?:perfil|datos|cuenta)|mi perfil|(?:update|edit) (?:your |my )?(?:contact (?:details|data|information)|details|profile|information)|contact details|personal (?:details|information)|(?:my |your )(?:profile|details)|meus dados|atualizar (?:meus |seus )?dados|dados cadastrais|meu perfil)\b/,
};

/** Words that contain a function's words but mean something else. */
const NEGATIVES: Partial<Record<AccountFunction, RegExp>> = {
  'contact-update': /\b(?:tratamiento de (?:los )?datos|politica|proteccion de datos|privacy|privacidad|privacidade|habeas)\b/,
  claims: /\b(?:libro de reclamaciones fisico|sin reclamos)\b/,
  statement: /\b(?:balance general|balance sheet|estados financieros)\b/,
};

/** A link or button that fetches a document (the invoice's PDF or XML). */
const DOWNLOAD_WORDS = /\b(?:descarga(?:r)?|descargue|download|baixar|pdf|xml|imprimir|print|ver factura|2a via)\b/;
const FILE_HREF = /\.(?:pdf|xml|zip)(?:$|[?#])|[?&](?:format|formato)=(?:pdf|xml)|\/(?:download|descargar|pdf)(?:\/|$|\?)/i;
const INVOICE_WORDS = /\b(?:factura|facturas|invoice|invoices|fatura|faturas|nota fiscal|boleto|comprobante|recibo|receipt)\b/;

/** Links that end the session or change the account: never followed by a signed-in crawl. */
const SESSION_ENDING = /\b(?:cerrar (?:la )?sesion|salir(?: de la cuenta)?|desconectar(?:se)?|log ?out|sign ?out|sair(?: da conta)?|encerrar sessao|eliminar (?:mi |la )?cuenta|borrar (?:mi |la )?cuenta|delete (?:my |your )?account|close (?:my |your )?account|darme de baja|cancelar (?:mi |la )?cuenta|unsubscribe)\b/;
const SESSION_ENDING_URL = /\/(?:logout|log-out|logoff|signout|sign-out|salir|cerrar-?sesion|sair|end-?session|session\/(?:destroy|end)|delete-?account|eliminar-?cuenta|baja)(?:\/|$|\?|\.)|[?&](?:action|do)=(?:logout|signout|salir)/i;

export function endsSession(href: string, text: string, label = ''): boolean {
  return SESSION_ENDING_URL.test(href) || SESSION_ENDING.test(fold(`${text} ${label}`));
}

const VIA_ORDER: FoundVia[] = ['page', 'section', 'form', 'download', 'link', 'button'];

function functionsIn(words: string): AccountFunction[] {
  const t = fold(words).replace(/[|•·»«>›‹→←¿?¡!:"“”()[\]]/g, ' ').replace(/\s+/g, ' ').trim();
  if (!t || t.length > 160) return [];
  const out: AccountFunction[] = [];
  for (const [f, re] of Object.entries(WORDS) as [AccountFunction, RegExp][]) {
    if (re.test(t) && !NEGATIVES[f]?.test(t)) out.push(f);
  }
  return out;
}

function isDownload(href: string, words: string, onInvoicePage: boolean): boolean {
  const t = fold(words);
  const fileish = FILE_HREF.test(href) || DOWNLOAD_WORDS.test(t);
  if (!fileish) return false;
  return onInvoicePage || INVOICE_WORDS.test(t) || /factura|invoice|fatura/i.test(href);
}

/**
 * Where each function is, from the pages a signed-in crawl read starting at the landing
 * page (depth 0). The fewest clicks win; at equal clicks, a page about it beats a section,
 * a link or a button.
 */
export function findAccountFunctions(pages: readonly CrawledPage[]): FunctionFinding[] {
  const best = new Map<AccountFunction, FunctionFinding>();
  const offer = (f: FunctionFinding): void => {
    const cur = best.get(f.function);
    if (!cur || f.clicks! < cur.clicks! || f.clicks === cur.clicks && VIA_ORDER.indexOf(f.via!) < VIA_ORDER.indexOf(cur.via!)) best.set(f.function, f);
  };
  for (const page of pages) {
    const snap = page.snapshot;
    const depth = page.depth ?? 0;
    const url = snap?.finalUrl ?? page.finalUrl ?? page.url;
    if (!snap) {
      // A file the crawl was led to (an invoice's PDF).
      if (page.kinds.includes('document') && !page.error && /factura|invoice|fatura/i.test(`${page.url} ${page.linkTexts.join(' ')}`)) {
        offer({ function: 'invoice-download', found: true, clicks: depth, url: page.url, via: 'download', text: page.linkTexts[0] });
      }
      continue;
    }
    const docs: DocumentData[] = [snap, ...snap.frames, ...(snap.asServed ? [snap.asServed] : [])];
    const titleWords = [snap.title, ...snap.h1].filter(Boolean);
    const pageFunctions = new Set(titleWords.flatMap((w) => functionsIn(w)));
    for (const f of pageFunctions) offer({ function: f, found: true, clicks: depth, url, via: 'page', text: titleWords.find((w) => functionsIn(w).includes(f)) });
    const onInvoicePage = pageFunctions.has('invoices');
    for (const doc of docs) {
      for (const h of doc.headings) {
        for (const f of functionsIn(h)) offer({ function: f, found: true, clicks: depth, url, via: 'section', text: h });
      }
      for (const form of doc.forms) {
        const fields = form.fields.map((x) => `${x.type} ${x.name} ${x.id} ${x.autocomplete}`).join(' ').toLowerCase();
        const contactFields = /\b(?:email|e-mail|correo|tel|phone|telefono|celular|mobile|direccion|address)\b/.test(fields);
        const credentialForm = form.fields.some((x) => x.type === 'password');
        if (contactFields && !credentialForm && functionsIn(`${form.heading} ${form.text}`).includes('contact-update')) {
          offer({ function: 'contact-update', found: true, clicks: depth, url, via: 'form', text: form.heading || undefined, selector: form.selector });
        }
      }
      const links = [...doc.links].sort((a, b) => Number(b.visible) - Number(a.visible));
      for (const l of links) {
        if (!/^https?:/i.test(l.href) || endsSession(l.href, l.text, l.label)) continue;
        const words = l.text || l.label;
        if (isDownload(l.href, words, onInvoicePage)) offer({ function: 'invoice-download', found: true, clicks: depth + 1, url: l.href, via: 'download', text: words || undefined, selector: l.selector });
        for (const f of functionsIn(words)) offer({ function: f, found: true, clicks: depth + 1, url: l.href, via: 'link', text: words, selector: l.selector });
      }
      for (const b of doc.buttons) {
        const words = b.text || b.label;
        if (endsSession('', words)) continue;
        if (isDownload('', words, onInvoicePage)) offer({ function: 'invoice-download', found: true, clicks: depth + 1, url, via: 'download', text: words, selector: b.selector });
        for (const f of functionsIn(words)) offer({ function: f, found: true, clicks: depth + 1, url, via: 'button', text: words, selector: b.selector });
      }
    }
  }
  return ACCOUNT_FUNCTIONS.map((f) => best.get(f) ?? { function: f, found: false });
}
