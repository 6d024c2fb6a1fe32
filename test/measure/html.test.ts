import { describe, expect, it } from 'vitest';
import { selectFirst } from '../../src/measure/html.js';

describe('simple selectors', () => {
  const html = '<html><head><meta property="article:modified_time" content="2026-11-20T10:00:00Z"></head><body><div id="a" class="x y"><div>inner</div> Actualizado <b>7 de mayo de 2026</b></div><time class="t" datetime="2026-11-01">1 nov</time><p class="y">p</p></body></html>';
  it.each([
    ['#a', 'inner\nActualizado 7 de mayo de 2026', undefined],
    ['div.y', 'inner\nActualizado 7 de mayo de 2026', undefined],
    ['time.t', '1 nov', '2026-11-01'],
    ['meta[property="article:modified_time"]', '', '2026-11-20T10:00:00Z'],
    ['p', 'p', undefined],
  ])('%s', (sel, text, attrValue) => {
    const el = selectFirst(html, sel)!;
    expect(el.text).toBe(text);
    expect(el.attrValue).toBe(attrValue);
  });
  it('says no to combinators', () => {
    expect(selectFirst(html, 'div > p')).toBeUndefined();
  });
});
