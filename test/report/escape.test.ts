import { describe, expect, it } from 'vitest';
import { cdata, escapeHtml, escapeXml, escapeXmlAttr, ghData, ghProperty, mdCell, mdCode, mdText, safeHref } from '../../src/report/escape.js';
import { cells } from './markdown.js';
import { parseXml } from './xml.js';

describe('escapeHtml', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    [`" onload='x' a="`, '&quot; onload=&#39;x&#39; a=&quot;'],
    ['a & b &amp;', 'a &amp; b &amp;amp;'],
    ['nul\u0000 and bell\u0007', 'nul and bell'],
    [42, '42'],
    [undefined, ''],
  ])('%j → %j', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});

describe('safeHref', () => {
  it.each([
    ['https://www.example.com/a?b=1', 'https://www.example.com/a?b=1'],
    ['http://127.0.0.1:8080/', 'http://127.0.0.1:8080/'],
    ['javascript:alert(1)', undefined],
    [' JaVaScRiPt:alert(1)', undefined],
    ['java\tscript:alert(1)', undefined],
    ['data:text/html,<script>x</script>', undefined],
    ['vbscript:msgbox', undefined],
    ['/relative/path', undefined],
    ['//evil.example/x', undefined],
    ['not a url', undefined],
    ['', undefined],
    // Quotes and brackets are percent-encoded by the URL parser: no way out of the attribute.
    ['https://evil.example/a"><script>', 'https://evil.example/a%22%3E%3Cscript%3E'],
  ])('%j → %j', (input, expected) => {
    expect(safeHref(input)).toBe(expected);
  });
});

describe('XML', () => {
  it('escapes the five characters and drops what XML forbids', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
    expect(escapeXml('a\u0000b\u001bc\uFFFEd\uD800e\u0009f\ng')).toBe('abcde\tf\ng');
    expect(escapeXml('😀')).toBe('😀'); // a proper surrogate pair stays
  });

  it('keeps tabs and newlines in attributes as character references', () => {
    expect(escapeXmlAttr('a\tb\nc\rd')).toBe('a&#9;b&#10;c&#13;d');
    const el = parseXml(`<x v="${escapeXmlAttr('line 1\nline 2 & <more> "quoted"')}"/>`);
    expect(el.attrs.v).toBe('line 1\nline 2 & <more> "quoted"');
  });

  it('splits ]]> across CDATA sections', () => {
    const c = cdata('a]]>b]]>');
    expect(c).toBe('<![CDATA[a]]]]><![CDATA[>b]]]]><![CDATA[>]]>');
    expect(parseXml(`<x>${c}</x>`).text).toBe('a]]>b]]>');
  });
});

describe('Markdown', () => {
  it.each([
    ['a | b', 'a \\| b'],
    ['`code`', '\\`code\\`'],
    ['**bold** _em_ ~~s~~ $x$', '\\*\\*bold\\*\\* \\_em\\_ \\~\\~s\\~\\~ \\$x\\$'],
    ['[x](javascript:alert(1))', '\\[x\\](javascript:alert(1))'],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['&lt;b&gt;', '&amp;lt;b&amp;gt;'],
    ['line 1\nline 2\r\nline 3', 'line 1 line 2 line 3'],
    ['back\\slash|pipe', 'back\\\\slash\\|pipe'],
    ['# heading', '\\# heading'],
    ['- item', '\\- item'],
    ['1. item', '1\\. item'],
    ['37.5 % and -3', '37.5 % and -3'],
    ['a.b-c (d)', 'a.b-c (d)'],
  ])('mdText(%j) → %j', (input, expected) => {
    expect(mdText(input)).toBe(expected);
  });

  it('a cell with pipes, escaped pipes and backslashes stays one cell', () => {
    const nasty = 'a | b \\| c \\\\| d\n| --- |';
    const row = `| ${mdCell(nasty)} | next |`;
    expect(cells(row)).toHaveLength(2);
    expect(row.includes('\n')).toBe(false);
  });

  it('mdCell shortens long text and shows a dash for nothing', () => {
    expect(mdCell('')).toBe('—');
    expect(mdCell('x'.repeat(500), 10)).toBe(`${'x'.repeat(9)}…`);
  });

  it('mdCode uses a code span only for plain identifiers', () => {
    expect(mdCode('channels.phone-published')).toBe('`channels.phone-published`');
    expect(mdCode('a`b|c')).toBe('a\\`b\\|c');
  });
});

describe('GitHub workflow commands', () => {
  it.each([
    ['100% done\r\n::error::x', '100%25 done%0D%0A::error::x'],
  ])('ghData(%j) → %j', (input, expected) => {
    expect(ghData(input)).toBe(expected);
  });

  it('properties also escape : and ,', () => {
    expect(ghProperty('a: b, c%\n')).toBe('a%3A b%2C c%25%0A');
  });
});
