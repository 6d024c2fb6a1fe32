/**
 * Just enough HTML reading for a configured freshness source (`source: page`), which
 * fetches a page the crawl may not have read: the text a person reads (block elements
 * become lines) and the text of the first element matching a simple selector. Regular
 * expressions over bounded input — no DOM, no script execution.
 */

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', copy: '©', reg: '®', ndash: '–', mdash: '—',
  middot: '·', laquo: '«', raquo: '»', aacute: 'á', eacute: 'é', iacute: 'í', oacute: 'ó', uacute: 'ú',
  Aacute: 'Á', Eacute: 'É', Iacute: 'Í', Oacute: 'Ó', Uacute: 'Ú', ntilde: 'ñ', Ntilde: 'Ñ', uuml: 'ü',
  Uuml: 'Ü', deg: '°', ordm: 'º', ordf: 'ª', hellip: '…', bull: '•', iexcl: '¡', iquest: '¿', rsquo: '’',
  lsquo: '‘', ldquo: '“', rdquo: '”', times: '×', euro: '€',
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return NAMED[e] ?? m;
  });
}

const BLOCK = /<\/?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|nav|main|aside|address|dd|dt|dl|form|fieldset|legend|blockquote|pre|figure|figcaption|details|summary|option|label|hr)\b[^>]*>/gi;

/** Removes elements whose content is not read text (scripts, styles, templates, head). */
function dropInvisible(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|noscript|template|svg|head|iframe|object)\b[\s\S]*?<\/\1\s*>/gi, ' ');
}

/** The readable text of an HTML document or fragment: one line per block, spaces collapsed. */
export function htmlToText(html: string): string {
  const t = dropInvisible(html).replace(BLOCK, '\n').replace(/<[^>]*>/g, ' ');
  return decodeEntities(t)
    .split('\n')
    .map((l) => l.replace(/[ \t\r\f\v\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** The value of an attribute in a tag's attribute string (quoted or not), decoded. */
export function attr(attrs: string, name: string): string | undefined {
  const re = new RegExp(String.raw`(?:^|\s)${name}\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))`, 'i');
  const m = re.exec(attrs);
  if (!m) return undefined;
  return decodeEntities(m[1] ?? m[2] ?? m[3] ?? '');
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

export interface SimpleSelector {
  tag?: string;
  id?: string;
  className?: string;
  attrName?: string;
  attrValue?: string;
}

/**
 * Selectors understood without a DOM: `tag`, `#id`, `.class`, `tag#id`, `tag.class`,
 * `[attr]`, `[attr=value]`, `tag[attr="value"]` — one compound selector, no
 * combinators. Undefined for anything else.
 */
export function parseSimpleSelector(sel: string): SimpleSelector | undefined {
  const m = /^\s*([a-z][a-z0-9-]*)?(?:#([\w-]+))?(?:\.([\w-]+))?(?:\[\s*([\w:-]+)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\]\s]+)))?\s*\])?\s*$/i.exec(sel);
  if (!m || !(m[1] || m[2] || m[3] || m[4])) return undefined;
  const out: SimpleSelector = {};
  if (m[1]) out.tag = m[1].toLowerCase();
  if (m[2]) out.id = m[2];
  if (m[3]) out.className = m[3];
  if (m[4]) {
    out.attrName = m[4].toLowerCase();
    const v = m[5] ?? m[6] ?? m[7];
    if (v !== undefined) out.attrValue = v;
  }
  return out;
}

export interface SelectedElement {
  tag: string;
  /** datetime / content / value attribute when the element carries one. */
  attrValue?: string;
  text: string;
}

/** The first element matching a simple selector, with its text. */
export function selectFirst(html: string, selector: string): SelectedElement | undefined {
  const sel = parseSimpleSelector(selector);
  if (!sel) return undefined;
  const src = dropInvisible(html.replace(/<head\b/i, '<x-head').replace(/<\/head\s*>/i, '</x-head>'));
  const open = /<([a-z][a-z0-9-]*)\b([^>]*)>/gi;
  let m: RegExpExecArray | null;
  while ((m = open.exec(src))) {
    const tag = m[1]!.toLowerCase();
    const attrs = m[2] ?? '';
    if (sel.tag && sel.tag !== tag && !(sel.tag === 'head' && tag === 'x-head')) continue;
    if (sel.id && attr(attrs, 'id') !== sel.id) continue;
    if (sel.className && !(attr(attrs, 'class') ?? '').split(/\s+/).includes(sel.className)) continue;
    if (sel.attrName) {
      const v = attr(attrs, sel.attrName);
      if (v === undefined || (sel.attrValue !== undefined && v !== sel.attrValue)) continue;
    }
    const attrValue = attr(attrs, 'datetime') ?? attr(attrs, 'content') ?? (tag === 'data' ? attr(attrs, 'value') : undefined);
    if (VOID.has(tag) || /\/\s*$/.test(attrs)) return { tag, attrValue, text: '' };
    // Find the matching close tag, counting nested elements of the same name.
    const start = open.lastIndex;
    const re = new RegExp(String.raw`<(/?)${tag}\b[^>]*>`, 'gi');
    re.lastIndex = start;
    let depth = 1;
    let end = src.length;
    let t: RegExpExecArray | null;
    while ((t = re.exec(src))) {
      depth += t[1] ? -1 : 1;
      if (depth === 0) {
        end = t.index;
        break;
      }
    }
    return { tag, attrValue, text: htmlToText(src.slice(start, end)) };
  }
  return undefined;
}
