/**
 * A small, strict XML 1.0 well-formedness checker for the JUnit tests (no
 * dependency): one root, balanced tags, quoted and unique attributes, only the
 * predefined and numeric entity references, no `<` or stray `&` in text or
 * attribute values, no `]]>` in text, no characters XML forbids. Returns the
 * element tree with attributes and text decoded; throws on the first error.
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const INVALID_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const NAME = /^[A-Za-z_][\w.-]*$/;
const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#(\d+)|#x([0-9a-fA-F]+));/g;

function decode(s: string, where: string): string {
  const stray = s.replace(ENTITY, '').indexOf('&');
  if (stray >= 0) throw new Error(`${where}: stray & or unknown entity in ${JSON.stringify(s.slice(0, 80))}`);
  return s.replace(ENTITY, (_, named: string | undefined, dec: string | undefined, hex: string | undefined) => {
    if (named) return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[named]!;
    return String.fromCodePoint(parseInt(dec ?? hex!, dec ? 10 : 16));
  });
}

export function parseXml(xml: string): XmlElement {
  if (INVALID_CHAR.test(xml)) throw new Error(`character not allowed in XML at ${xml.search(INVALID_CHAR)}`);
  let i = 0;
  if (xml.startsWith('<?xml')) {
    const end = xml.indexOf('?>');
    if (end < 0) throw new Error('unterminated XML declaration');
    i = end + 2;
  }
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt < 0 ? xml.length : lt);
    if (text) {
      if (text.includes(']]>')) throw new Error(`]]> in text at ${i}`);
      if (stack.length === 0) {
        if (text.trim()) throw new Error(`text outside the root element at ${i}`);
      } else {
        stack[stack.length - 1]!.text += decode(text, `text at ${i}`);
      }
    }
    if (lt < 0) break;
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      if (end < 0) throw new Error('unterminated comment');
      i = end + 3;
      continue;
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      if (stack.length === 0) throw new Error('CDATA outside the root');
      const end = xml.indexOf(']]>', lt + 9);
      if (end < 0) throw new Error('unterminated CDATA');
      stack[stack.length - 1]!.text += xml.slice(lt + 9, end);
      i = end + 3;
      continue;
    }
    const gt = findTagEnd(xml, lt);
    const tag = xml.slice(lt + 1, gt);
    i = gt + 1;
    if (tag.startsWith('/')) {
      const name = tag.slice(1).trim();
      const open = stack.pop();
      if (!open || open.name !== name) throw new Error(`</${name}> closes <${open?.name ?? 'nothing'}> at ${lt}`);
      continue;
    }
    const selfClosing = tag.endsWith('/');
    const body = selfClosing ? tag.slice(0, -1) : tag;
    const m = /^([^\s/>]+)([\s\S]*)$/.exec(body);
    if (!m || !NAME.test(m[1]!)) throw new Error(`bad element name at ${lt}: ${JSON.stringify(body.slice(0, 40))}`);
    const el: XmlElement = { name: m[1]!, attrs: {}, children: [], text: '' };
    let rest = m[2]!;
    const ATTR = /^\s+([A-Za-z_][\w.:-]*)\s*=\s*"([^"<]*)"/;
    while (rest.trim()) {
      const a = ATTR.exec(rest);
      if (!a) throw new Error(`bad attribute in <${el.name}> at ${lt}: ${JSON.stringify(rest.slice(0, 60))}`);
      if (a[1]! in el.attrs) throw new Error(`duplicate attribute ${a[1]} in <${el.name}>`);
      el.attrs[a[1]!] = decode(a[2]!, `attribute ${a[1]} of <${el.name}>`);
      rest = rest.slice(a[0].length);
    }
    if (stack.length) stack[stack.length - 1]!.children.push(el);
    else if (root) throw new Error(`a second root element <${el.name}>`);
    else root = el;
    if (!selfClosing) stack.push(el);
  }
  if (stack.length) throw new Error(`<${stack[stack.length - 1]!.name}> is never closed`);
  if (!root) throw new Error('no root element');
  return root;
}

/** The end of a tag, skipping `>` inside quoted attribute values. */
function findTagEnd(xml: string, lt: number): number {
  let quote: string | null = null;
  for (let j = lt + 1; j < xml.length; j++) {
    const ch = xml[j];
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '<') throw new Error(`< inside a tag at ${j}`);
    else if (ch === '>') return j;
  }
  throw new Error(`unterminated tag at ${lt}`);
}

export function findAll(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    if (e.name === name) out.push(e);
    e.children.forEach(walk);
  };
  walk(el);
  return out;
}
