/** Small builders for snapshots, so extractor tables state only what matters. */
import type { DocView } from '../../src/probes/signals/text.js';
import type { CrawledPage, DocumentData, FieldInfo, FormInfo, LinkInfo, PageSnapshot } from '../../src/probes/types.js';

export const BASE = 'https://tienda.example/';

export function doc(p: Partial<DocumentData> = {}): DocumentData {
  return {
    url: BASE, title: '', lang: '', viewport: null, hreflang: [], canonical: '', meta: {}, h1: [], headings: [],
    links: [], buttons: [], text: '', hiddenText: '', forms: [], scripts: [], inlineScripts: [], iframes: [], jsonLd: [],
    microdata: [], globals: [], markers: [], chatCandidates: [], cfEmails: [], whatsappWidgets: [], searchInputs: 0,
    searchSelector: '', passwordInputs: 0, times: [],
    ...p,
  };
}

export function link(href: string, text = '', extra: Partial<LinkInfo> = {}): LinkInfo {
  let abs = href;
  try {
    if (!/^[a-z]+:/i.test(href)) abs = new URL(href, BASE).href;
  } catch {
    /* keep */
  }
  return { href: abs, text, label: '', visible: true, region: 'nav', selector: 'a', ...extra };
}

export function snapshot(p: Partial<PageSnapshot> = {}): PageSnapshot {
  return { ...doc(p), requestedUrl: p.url ?? BASE, finalUrl: p.url ?? BASE, status: 200, redirects: [], headers: {}, requests: [], frames: [], ...p };
}

export function crawled(p: Partial<CrawledPage> & { snapshot?: PageSnapshot } = {}): CrawledPage {
  return { url: p.snapshot?.url ?? BASE, status: 200, depth: 0, kinds: [], linkTexts: [], ...p };
}

export function view(d: Partial<DocumentData> = {}, page: Partial<CrawledPage> = {}): DocView {
  const snap = snapshot(d);
  const pg = crawled({ snapshot: snap, ...page });
  return { doc: snap, page: pg, snapshot: snap, url: snap.finalUrl, inFrame: false };
}

export function field(type: string, name: string, label = '', extra: Partial<FieldInfo> = {}): FieldInfo {
  return { tag: type === 'textarea' || type === 'select' ? type : 'input', type, name, id: '', label, placeholder: '', autocomplete: '', required: false, ...extra };
}

export function form(fields: FieldInfo[], p: Partial<FormInfo> = {}): FormInfo {
  return { action: '', method: 'post', id: '', className: '', heading: '', text: '', fields, hidden: [], submit: [], visible: true, pseudo: false, selector: 'form', context: '', ...p };
}
