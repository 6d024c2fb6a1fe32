/**
 * Escaping for every output format. Everything a report carries may come from a
 * probed site or a profile (titles, snippets, URLs, notes, answers), so renderers
 * pass every piece of text through one of these and never build markup by hand
 * from raw strings.
 */

// ------------------------------------------------------------------ HTML

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML element content and for quoted attribute values alike. */
export function escapeHtml(value: unknown): string {
  return stripControl(String(value ?? '')).replace(/[&<>"']/g, (ch) => HTML_ENTITIES[ch]!);
}

/**
 * The URL when it is safe to link to (absolute http or https), else undefined:
 * `javascript:`, `data:`, `vbscript:`, relative and malformed URLs are shown as
 * text only. The URL is returned normalised by the WHATWG parser, which also
 * percent-encodes whitespace and control characters.
 */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  return parsed.href;
}

// ------------------------------------------------------------------ XML

/**
 * Characters XML 1.0 does not allow at all (C0 controls other than tab, LF and CR,
 * U+FFFE/U+FFFF and unpaired surrogates); they are dropped, not escaped, because
 * no escape for them is well-formed either.
 */
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function stripControl(s: string): string {
  return s.replace(XML_INVALID, '');
}

const XML_ENTITIES: Record<string, string> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;',
  '\t': '&#9;', '\n': '&#10;', '\r': '&#13;',
};

/**
 * XML element text: the five predefined entities, CR as a character reference (a
 * parser would turn a raw CR into LF), invalid characters removed.
 */
export function escapeXml(value: unknown): string {
  return stripControl(String(value ?? '')).replace(/[&<>"'\r]/g, (ch) => XML_ENTITIES[ch]!);
}

/**
 * XML attribute values: as text, plus tab, CR and LF as character references so
 * that attribute-value normalisation does not fold them into spaces.
 */
export function escapeXmlAttr(value: unknown): string {
  return stripControl(String(value ?? '')).replace(/[&<>"'\t\n\r]/g, (ch) => XML_ENTITIES[ch]!);
}

/** CDATA content with `]]>` split across two sections, for callers that prefer CDATA. */
export function cdata(value: unknown): string {
  return `<![CDATA[${stripControl(String(value ?? '')).replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

// ------------------------------------------------------------------ Markdown

/**
 * Inline Markdown text, safe in a table cell, a list item or a paragraph:
 * - newlines become spaces (a cell or item cannot span lines);
 * - `&`, `<` and `>` become entities, so no raw HTML and no autolink survives;
 * - the punctuation that forms inline Markdown is backslash-escaped (CommonMark allows
 *   escaping any ASCII punctuation): no emphasis, code span, link or image (`[` is
 *   escaped, so `(` and `!` are inert), strike-through or math forms, and a `|`
 *   cannot split a GFM table cell;
 * - a leading `-`, `+`, `=`, `#` or `1.` is escaped so no list, heading or rule starts.
 */
export function mdText(value: unknown): string {
  return stripControl(String(value ?? ''))
    .replace(/\r\n?|\n|\u2028|\u2029/g, ' ')
    .replace(/[\\`*_[\]|~$]/g, (ch) => `\\${ch}`)
    .replace(/[&<>]/g, (ch) => HTML_ENTITIES[ch]!)
    // A line that begins with these would start a block (list, quote, heading, rule).
    .replace(/^(\s*)([-+=]|#{1,6})(?=[\s\-+=]|$)/, '$1\\$2')
    .replace(/^(\s*\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/** An identifier in a code span when it is plain; otherwise escaped text. */
export function mdCode(value: string): string {
  return /^[\w.:/@-]+$/.test(value) ? `\`${value}\`` : mdText(value);
}

/** A table cell: inline text with a maximum length, `—` when empty. */
export function mdCell(value: unknown, max = 400): string {
  const s = String(value ?? '').trim();
  if (!s) return '—';
  return mdText(s.length > max ? `${s.slice(0, max - 1)}…` : s);
}

// ------------------------------------------------------------------ GitHub Actions

/** The message part of a workflow command (`::error ...::<message>`). */
export function ghData(value: unknown): string {
  return String(value ?? '').replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value of a workflow command (`title=<value>`): also `:` and `,`. */
export function ghProperty(value: unknown): string {
  return ghData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

// ------------------------------------------------------------------ values

/** A short, single-line rendering of an evidence value of any shape. */
export function describeValue(value: unknown, max = 300): string {
  if (value === undefined) return '';
  let s: string;
  if (typeof value === 'string') s = value;
  else if (typeof value === 'number' || typeof value === 'boolean' || value === null) s = String(value);
  else {
    try {
      s = JSON.stringify(value) ?? '';
    } catch {
      s = String(value);
    }
  }
  s = s.replace(/\s+/g, ' ').trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** The policy of every HTML document the tool writes (report, portfolio summary): no script, nothing fetched, inline styles and data: images only. */
export const HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
