/**
 * The code that runs inside the page. It only reads the DOM and returns plain data
 * (DocumentData); it is serialised with Function.prototype.toString, so it must not
 * reference anything outside its own body. Every list and string is bounded so a
 * hostile or huge page cannot blow up the snapshot.
 */
import type { DocumentData } from './types.js';

export interface CollectConfig {
  globals: string[];
  markers: string[];
  maxText: number;
  maxLinks: number;
}

export function collectDocument(cfg: CollectConfig): DocumentData {
  // Pages can clobber properties (a form with <input name="id"> makes form.id an element): coerce.
  const norm = (s: unknown, max = 200): string => {
    const t = (typeof s === 'string' ? s : '').replace(/\s+/g, ' ').trim();
    return t.length > max ? t.slice(0, max) : t;
  };
  const abs = (u: string | null | undefined): string => {
    if (!u) return '';
    const raw = u.trim();
    if (/^(?:tel|mailto|sms|whatsapp|callto|javascript|data):/i.test(raw)) return raw.slice(0, 500);
    try {
      return new URL(raw, document.baseURI).href.slice(0, 1000);
    } catch {
      return raw.slice(0, 500);
    }
  };
  const isVisible = (el: Element): boolean => {
    const h = el as HTMLElement;
    if (typeof h.checkVisibility === 'function') {
      try {
        return h.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true } as CheckVisibilityOptions);
      } catch {
        /* fall through */
      }
    }
    return h.getClientRects().length > 0;
  };
  // Bootstrap's "d-none" hides an element at every width unless a responsive class
  // shows it again ("d-none d-lg-block"). Read from the class, it still holds when the
  // stylesheet did not load (a CDN stylesheet refused by the crawl, a saved capture).
  const hiddenByClass = (el: Element): boolean => {
    for (let cur: Element | null = el, up = 0; cur && up < 8; cur = cur.parentElement, up++) {
      const cls = Array.from(cur.classList);
      if (cls.includes('d-none') && !cls.some((c) => /^d-(?:sm|md|lg|xl|xxl)-(?!none)/.test(c))) return true;
      // Magnific Popup's "mfp-hide" keeps a pop-up's content (a theme's sign-in box) hidden until the pop-up opens it.
      if (cls.includes('mfp-hide')) return true;
    }
    return false;
  };
  const cssPath = (el: Element): string => {
    const parts: string[] = [];
    let cur: Element | null = el;
    for (let i = 0; cur && i < 4; i++) {
      const tag = cur.tagName.toLowerCase();
      const id = cur.getAttribute('id') || '';
      if (id && /^[A-Za-z][\w-]{0,40}$/.test(id)) {
        parts.unshift(`${tag}#${id}`);
        break;
      }
      const named = Array.from(cur.classList).filter((c) => /^[A-Za-z][\w-]{0,40}$/.test(c));
      // The first two classes, and a later one that names a sign-in (Ceneo's icon-only account link
      // a.link.link--dark…js_open-login-popup-button): what the element is for may come last.
      const cls = named.slice(0, 2).concat(named.slice(2).filter((c) => /log-?in|sign-?in/i.test(c)).slice(0, 1));
      parts.unshift(tag + (cls.length ? '.' + cls.join('.') : ''));
      cur = cur.parentElement;
    }
    return parts.join(' > ').slice(0, 200);
  };
  const regionOf = (el: Element): string => {
    const r = el.closest('header, nav, footer, main, aside, [role="navigation"], [role="contentinfo"], [role="banner"]');
    if (!r) return 'other';
    const role = r.getAttribute('role');
    if (role === 'navigation') return 'nav';
    if (role === 'contentinfo') return 'footer';
    if (role === 'banner') return 'header';
    return r.tagName.toLowerCase();
  };
  const textOf = (el: Element, max = 200): string => {
    const h = el as HTMLElement;
    const t = (h.innerText && h.innerText.trim()) || h.textContent || '';
    return norm(t, max);
  };
  const labelOf = (el: Element): string => {
    const aria = el.getAttribute('aria-label') || el.getAttribute('title') || '';
    if (aria) return norm(aria, 120);
    // An image map's <area> is named by its alt text, as an image is.
    if (el.tagName === 'AREA') return norm(el.getAttribute('alt') || '', 120);
    const img = el.querySelector('img[alt], svg[aria-label], [aria-label]');
    if (img) return norm(img.getAttribute('alt') || img.getAttribute('aria-label') || '', 120);
    return '';
  };

  // An <area> has no box of its own: it shows where the image that uses its <map> shows
  // (SEFAZ-TO's footer image map: 'Dúvidas?', 'Fale conosco').
  const areaVisible = (area: Element): boolean => {
    const name = area.closest('map')?.getAttribute('name');
    if (!name) return false;
    const img = Array.from(document.querySelectorAll('img[usemap], object[usemap]')).find((i) => (i.getAttribute('usemap') || '').replace(/^#/, '') === name);
    return !!img && isVisible(img) && !hiddenByClass(img);
  };

  const body = document.body || document.documentElement;

  // ---- links
  const links: DocumentData['links'] = [];
  // Past the cap, keep both ends: site-wide menus (the sign-in link) sit at the start of a
  // document and the footer (privacy, terms) at its end; a mega-menu or catalogue fills the
  // middle (cl-retail-paris-producto has 2,341 links, its footer after the 2,200th).
  const allAnchors = Array.from(document.querySelectorAll('a[href], area[href]'));
  const tail = Math.floor(cfg.maxLinks / 3);
  const anchors = allAnchors.length > cfg.maxLinks ? [...allAnchors.slice(0, cfg.maxLinks - tail), ...allAnchors.slice(-tail)] : allAnchors;
  // The entry of a listing a tel: link sits in: the nearest box around it that repeats beside
  // boxes like it (a directory's cards, a carousel's slides), with its heading and the web
  // addresses it links to — a business directory gives each advertiser's line in its own card.
  const entryOf = (a: Element): { name: string; sites: string[] } | undefined => {
    let el = a.parentElement;
    for (let depth = 0; el && el !== body && depth < 8; depth++, el = el.parentElement) {
      const parent = el.parentElement;
      if (!parent) break;
      const first = el.classList[0] ?? '';
      let alike = 0;
      for (const c of Array.from(parent.children)) if (c !== el && c.tagName === el.tagName && (c.classList[0] ?? '') === first) alike++;
      if (alike < 2) continue;
      const heading = el.querySelector('h1, h2, h3, h4, h5, h6');
      const sites = Array.from(el.querySelectorAll('a[href]')).map((x) => abs(x.getAttribute('href'))).filter((h) => /^https?:/i.test(h)).slice(0, 6);
      return { name: heading ? norm(heading.textContent, 80) : '', sites };
    }
    return undefined;
  };
  // The menu item a submenu hangs from: the words of the <li> above the link's list, read from its
  // own children that hold no list ('PÚBLICO INTERNO' over TJES's staff tools).
  const menuOf = (a: Element): string => {
    const list = a.closest('li')?.parentElement;
    if (!list || !/^(?:UL|OL)$/.test(list.tagName)) return '';
    const above = list.parentElement?.closest('li');
    if (!above) return '';
    const head = Array.from(above.children).find((c) => c !== list && !c.contains(list) && !c.querySelector('li'));
    return head ? textOf(head, 60) : '';
  };
  for (const a of anchors) {
    const rawHref = (a.getAttribute('href') || '').trim();
    // A link that goes nowhere by its href but opens a page from its click handler (Zazzle's
    // <a href="javascript://" onclick="zPage.openIframeDialog({…'url':'http://www.zazzle.com/help'…})">Help</a>,
    // an old site's window.open popup) leads to that page.
    const nowhere = !rawHref || /^(?:javascript:|#)/i.test(rawHref);
    const opened = nowhere ? abs(/["'`]((?:https?:)?\/\/[^"'`\s<>]+)/i.exec(a.getAttribute('onclick') || '')?.[1]) : '';
    // Its click handler, or that of the element it wraps, says what it opens when its words do not.
    const handlerEl = nowhere ? (a.hasAttribute('onclick') ? a : a.querySelector('[onclick]')) : null;
    const handler = handlerEl ? norm(handlerEl.getAttribute('onclick'), 120) : '';
    const entry = /^tel:/i.test(rawHref) ? entryOf(a) : undefined;
    const menu = menuOf(a);
    links.push({
      href: abs(a.getAttribute('href')),
      text: textOf(a, 160),
      label: labelOf(a),
      visible: a.tagName === 'AREA' ? areaVisible(a) : isVisible(a) && !hiddenByClass(a),
      region: regionOf(a),
      selector: cssPath(a),
      ...(opened ? { opens: opened.slice(0, 300) } : {}),
      ...(handler ? { handler } : {}),
      // Inside a sign-in form (one with a password field): the box's own links, not what opens it.
      ...(a.closest('form')?.querySelector('input[type="password"]') ? { inSigninForm: true } : {}),
      ...(entry ? { entry } : {}),
      ...(menu ? { menu } : {}),
    });
  }

  // ---- links a widget draws from the JSON in one of its data-* attributes: SWISS's header is an
  // empty div#nav whose data-dcep lists the menu ({"label":"Manage my bookings","href":"/en/login"}).
  // When the widget's script does not run (it is served from a CDN host the crawl refuses, or the
  // page is a saved copy), that JSON is all the page says of its menu. Only label/href pairs whose
  // address is a page (http(s) or a path) are read: no tel:, mailto: or script.
  const configLinks: DocumentData['links'] = [];
  const CONFIG_TEXT = ['label', 'title', 'text', 'name', 'linkText'];
  const CONFIG_HREF = ['href', 'url', 'link', 'path'];
  const readConfig = (node: unknown, el: Element, attr: string, depth: number): void => {
    if (configLinks.length >= 200 || depth > 10 || !node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const item of node.slice(0, 200)) readConfig(item, el, attr, depth + 1);
      return;
    }
    const o = node as Record<string, unknown>;
    const text = CONFIG_TEXT.map((k) => o[k]).find((v): v is string => typeof v === 'string' && v.trim().length > 0);
    const href = CONFIG_HREF.map((k) => o[k]).find((v): v is string => typeof v === 'string' && /^(?:https?:\/\/|\/(?!\/))[^\s<>"']*$/i.test(v.trim()));
    if (text && href) {
      configLinks.push({ href: abs(href.trim()), text: norm(text, 160), label: '', visible: isVisible(el) && !hiddenByClass(el), region: regionOf(el), selector: `${cssPath(el)}[${attr}]` });
    }
    for (const v of Object.values(o).slice(0, 100)) if (v && typeof v === 'object') readConfig(v, el, attr, depth + 1);
  };
  for (const el of Array.from(body.querySelectorAll('*')).slice(0, 20000)) {
    if (configLinks.length >= 200) break;
    for (const at of Array.from(el.attributes)) {
      if (!at.name.startsWith('data-') || at.value.length < 20 || at.value.length > 200000) continue;
      if (!/^\s*[[{]/.test(at.value) || !/"(?:href|url|link|path)"\s*:/i.test(at.value)) continue;
      let data: unknown;
      try {
        data = JSON.parse(at.value);
      } catch {
        continue;
      }
      readConfig(data, el, at.name, 0);
    }
  }
  links.push(...configLinks);

  // ---- elements that act as links without an href (<span onclick="go_lien(this)">Ajuda</span>, and
  // an <a> with no href at all that a script binds: El Nuevo Día's <a id="gigyaLoginLink">Log in</a>)
  const scriptLinkEls = Array.from(document.querySelectorAll('[onclick]:not(a):not(button):not(input):not(select):not(textarea):not(form), [role="link"]:not(a), a:not([href])'))
    .filter((el) => !el.closest('a[href], button') && !el.querySelector('a[href], button, input, select, textarea'));
  const byText = new Map<string, Element>();
  for (const el of scriptLinkEls) {
    const t = textOf(el, 120);
    if (t.length < 2 || t.length > 80) continue;
    const key = t.toLowerCase();
    // One per text; a visible copy (the desktop menu) wins over a hidden one (the mobile menu).
    const kept = byText.get(key);
    if (!kept || !isVisible(kept) && isVisible(el)) byText.set(key, el);
  }
  const uniqueScriptLinks = [...byText.values()];
  // Site-wide menus sit at the start of a document and footers at its end; catalogue items fill the middle.
  const keptScriptLinks = uniqueScriptLinks.length > 300 ? [...uniqueScriptLinks.slice(0, 150), ...uniqueScriptLinks.slice(-150)] : uniqueScriptLinks;
  const boundBy = (window as unknown as { __readinessState?: { bound?: WeakSet<object> } }).__readinessState?.bound;
  // A framework's own handler props: React's (one listener at the root), Vue 3's invokers.
  const frameworkBound = (el: Element): boolean => Object.keys(el).some((k) => {
    const v = (el as unknown as Record<string, unknown>)[k] as Record<string, unknown> | null | undefined;
    return /^__reactProps\$/.test(k) && !!v && typeof v.onClick === 'function' || k === '_vei' && !!v && !!v.onClick;
  });
  const scriptLinks: NonNullable<DocumentData['scriptLinks']> = keptScriptLinks.map((el) => ({
    ...(el.tagName === 'A' && !el.hasAttribute('onclick') && !el.hasAttribute('role') && !boundBy?.has(el) && !frameworkBound(el) ? { bare: true } : {}),
    text: textOf(el, 80),
    label: norm(el.getAttribute('aria-label') || el.getAttribute('title'), 120),
    visible: isVisible(el) && !hiddenByClass(el),
    region: regionOf(el),
    selector: cssPath(el),
    onclick: norm(el.getAttribute('onclick'), 120),
  }));

  // ---- buttons (login / chat launchers are often buttons, not links)
  const buttons: DocumentData['buttons'] = [];
  // A <label for> that opens a menu by ticking a checkbox outside any form (a CSS-only menu:
  // idealo's "Mi idealo · Iniciar sesión" label for input#MyidealoToggle aria-haspopup) is a
  // button. A visible "Remember me" box's label sends nothing of its own and is not one.
  const toggles = Array.from(document.querySelectorAll('label[for]')).filter((l) => {
    const c = (l as HTMLLabelElement).control;
    return c instanceof HTMLInputElement && /^(?:checkbox|radio)$/i.test(c.type) && !c.form
      && (c.hasAttribute('aria-controls') || c.hasAttribute('aria-haspopup') || c.hasAttribute('aria-expanded') || !isVisible(c));
  });
  // An element styled as a button whose script listens for the click (Fincaraíz's header
  // <span class="header_btn_mobile btn-secondary">Ingresar</span>) is one too, when it holds
  // no control of its own.
  const styled = Array.from(document.querySelectorAll('span[class*="btn" i], div[class*="btn" i], span[class*="button" i]'))
    .filter((el) => /(?:^|[\s_-])(?:btn|button)(?:$|[\s_-])/i.test(el.getAttribute('class') || '') && !el.querySelector('a, button, input, select, textarea, [role="button"]') && !el.closest('a, button, label, [role="button"]'));
  // A custom element its page names a button (ABCmouse's header <login-button>Log In</login-button>,
  // a web component whose script defines what the click does) is one, whether or not its script ran.
  const customButtons = Array.from(document.body ? document.body.getElementsByTagName('*') : [])
    .filter((el) => /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*-(?:button|btn)$/i.test(el.localName) && !el.matches('[role="button"]') && !el.querySelector('a, button, input, select, textarea') && !el.closest('a, button, label'));
  for (const b of [...Array.from(document.querySelectorAll('button, [role="button"], input[type="button"], input[type="submit"]')).slice(0, 300), ...toggles.slice(0, 20), ...styled.slice(0, 40), ...customButtons.slice(0, 40)]) {
    const text = b instanceof HTMLInputElement ? norm(b.value, 80) : textOf(b, 80);
    const label = labelOf(b);
    if (!text && !label) continue;
    buttons.push({ text, label, visible: isVisible(b) && !hiddenByClass(b), selector: cssPath(b) });
  }

  // ---- text, visible and hidden
  const text = ((body as HTMLElement).innerText || '').slice(0, cfg.maxText);
  const hiddenParts: string[] = [];
  let hiddenLen = 0;
  // A textarea's text is a field's value, which innerText leaves out of the visible text too; a
  // hidden one is often a page builder's data store (Umeng+'s 'local-page-info' JSON, whose
  // module ids read like phone numbers), never copy a visitor would see.
  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'IFRAME', 'OBJECT', 'HEAD', 'META', 'LINK', 'CANVAS', 'VIDEO', 'AUDIO', 'SELECT', 'OPTION', 'TEXTAREA']);
  const walk = (el: Element, depth: number): void => {
    if (hiddenLen > 40000 || depth > 60) return;
    for (const child of Array.from(el.children)) {
      if (SKIP.has(child.tagName)) continue;
      if (!isVisible(child)) {
        const clone = child.cloneNode(true) as Element;
        clone.querySelectorAll('script, style, noscript, template, svg, select, textarea').forEach((n) => n.remove());
        // Separate block-ish children so words from different items do not run together.
        clone.querySelectorAll('li, p, div, br, h1, h2, h3, h4, h5, h6, tr, td, dd, dt, section, article').forEach((n) => n.append('\n'));
        const t = (clone.textContent || '').replace(/[ \t\r\f\v]+/g, ' ').replace(/\n\s*/g, '\n').trim();
        if (t) {
          hiddenParts.push(t.slice(0, 5000));
          hiddenLen += t.length;
        }
      } else {
        walk(child, depth + 1);
      }
    }
  };
  walk(body, 0);

  // ---- forms
  const fieldsOf = (root: Element, only?: Element[]): DocumentData['forms'][number]['fields'] => {
    const out: DocumentData['forms'][number]['fields'] = [];
    for (const f of (only ?? Array.from(root.querySelectorAll('input, textarea, select'))).slice(0, 60)) {
      const el = f as HTMLInputElement;
      const type = (f.tagName === 'INPUT' ? (el.getAttribute('type') || 'text') : f.tagName.toLowerCase()).toLowerCase();
      if (type === 'hidden' || type === 'submit' || type === 'button' || type === 'image' || type === 'reset') continue;
      let label = '';
      const labels = (el as HTMLInputElement).labels;
      if (labels && labels.length) label = textOf(labels[0]!, 120);
      if (!label) label = norm(el.getAttribute('aria-label'), 120);
      if (!label) {
        const by = el.getAttribute('aria-labelledby');
        if (by) label = norm(by.split(/\s+/).map((id) => document.getElementById(id)?.textContent || '').join(' '), 120);
      }
      let wrap: Element | null = null;
      if (!label) {
        wrap = el.closest('label, .form-group, .field, .form-field, p, li');
        if (wrap && wrap !== root) label = textOf(wrap, 120);
      }
      // A label written in the box or cell before the field's own ("<div class="form-label">Email
      // Address:</div><div class="form-field"><input>", "<td>Name:</td><td><input></td>").
      if (!label) {
        const box = wrap && wrap !== root && root.contains(wrap) ? wrap : el.parentElement && el.parentElement !== root ? el.parentElement : null;
        const prev = box && box.children.length === 1 ? box.previousElementSibling : null;
        if (prev && !prev.querySelector('input, textarea, select, button')) {
          const t = textOf(prev, 120);
          if (t.length <= 60) label = t;
        }
      }
      const info: DocumentData['forms'][number]['fields'][number] = {
        tag: f.tagName.toLowerCase(),
        type,
        name: norm(el.getAttribute('name'), 80),
        id: norm(el.getAttribute('id'), 80),
        label,
        placeholder: norm(el.getAttribute('placeholder'), 120),
        autocomplete: norm(el.getAttribute('autocomplete'), 40),
        required: el.required === true || el.getAttribute('aria-required') === 'true',
      };
      if (f.tagName === 'SELECT') info.options = Array.from((f as HTMLSelectElement).options).slice(0, 20).map((o) => norm(o.text, 60));
      if (!isVisible(el) || hiddenByClass(el)) info.hidden = true;
      out.push(info);
    }
    return out;
  };
  const headingNear = (el: Element): string => {
    const own = el.querySelector('h1, h2, h3, h4, legend');
    if (own) return textOf(own, 120);
    let cur: Element | null = el;
    for (let up = 0; cur && up < 5; up++) {
      let sib: Element | null = cur.previousElementSibling;
      for (let n = 0; sib && n < 6; n++) {
        if (/^H[1-4]$/.test(sib.tagName)) return textOf(sib, 120);
        const inner = sib.querySelectorAll('h1, h2, h3, h4');
        if (inner.length) return textOf(inner[inner.length - 1]!, 120);
        sib = sib.previousElementSibling;
      }
      cur = cur.parentElement;
    }
    return '';
  };
  const contextOf = (el: Element): string => {
    const toks: string[] = [];
    let cur: Element | null = el;
    for (let up = 0; cur && up < 6; up++) {
      toks.push(cur.getAttribute('id') || '', cur.getAttribute('class') || '', cur.getAttribute('data-form-type') || '', cur.getAttribute('aria-label') || '');
      cur = cur.parentElement;
    }
    return norm(toks.filter(Boolean).join(' '), 400);
  };
  const forms: DocumentData['forms'] = [];
  const formEls = Array.from(document.querySelectorAll('form')).slice(0, 40);
  const SUBMIT = 'button, input[type="submit"], input[type="image"], input[type="button"], [role="button"]';
  const FIELD = 'input:not([type="hidden"]):not([type="submit"]):not([type="button"]):not([type="image"]):not([type="reset"]), textarea, select';
  const submitsOf = (el: Element): string[] => Array.from(el.querySelectorAll(SUBMIT)).slice(0, 5)
    .map((b) => (b instanceof HTMLInputElement ? norm(b.value || b.getAttribute('alt'), 60) : textOf(b, 60))).filter(Boolean);
  /** A form as read: `box` is the form itself, or one box of a page-wide form posting where `form` does. */
  const formRecord = (form: Element, box: Element, hidden: string[], submit: string[], fields?: Element[]): DocumentData['forms'][number] => ({
    action: abs(form.getAttribute('action') || ''),
    method: (form.getAttribute('method') || 'get').toLowerCase(),
    id: norm(box.getAttribute('id'), 80),
    className: norm(box.getAttribute('class'), 160),
    heading: headingNear(box),
    text: textOf(box, 600),
    fields: fieldsOf(box, fields),
    hidden,
    submit,
    visible: isVisible(box) && !hiddenByClass(box),
    pseudo: false,
    selector: cssPath(box),
    context: contextOf(box),
  });
  for (const form of formEls) {
    const hidden = Array.from(form.querySelectorAll('input[type="hidden"]')).slice(0, 20)
      .map((h) => `${norm(h.getAttribute('name'), 40)}=${norm((h as HTMLInputElement).value, 40)}`);
    // A page-wide form (ASP.NET WebForms wraps the whole page in <form id="aspnetForm"> with its
    // __VIEWSTATE) holds every box of the page: a header sign-in's password beside a feedback
    // box's message would read as one sign-in form. Its fields are grouped by their own box — the
    // nearest block inside the form holding them and a button — and each box is read as a form
    // that posts where the page's form does; fields in no such box stay together.
    if (form.querySelector('input[name="__VIEWSTATE"]') && forms.length < 40) {
      const boxes = new Map<Element, Element[]>();
      const loose: Element[] = [];
      for (const f of Array.from(form.querySelectorAll(FIELD)).slice(0, 120)) {
        let box: Element | null = f.parentElement;
        while (box && box !== form && !box.querySelector(SUBMIT)) box = box.parentElement;
        if (!box || box === form) loose.push(f);
        else boxes.set(box, [...(boxes.get(box) ?? []), f]);
      }
      if (boxes.size >= 2) {
        const parts: [Element, Element[]][] = [...boxes.entries()];
        if (loose.length) parts.push([form, loose]);
        for (const [box, fields] of parts.slice(0, 10)) forms.push(formRecord(form, box, hidden, box === form ? [] : submitsOf(box), fields));
        continue;
      }
    }
    const submit = Array.from(form.querySelectorAll('button, input[type="submit"], [role="button"]')).slice(0, 5)
      .map((b) => (b instanceof HTMLInputElement ? norm(b.value, 60) : textOf(b, 60))).filter(Boolean);
    forms.push(formRecord(form, form, hidden, submit));
  }
  // Fields outside any <form>: group them by the nearest ancestor that also holds a button.
  const seenGroups = new Set<Element>();
  for (const f of Array.from(document.querySelectorAll('textarea, input[type="email"], input[type="tel"], input[type="text"], input:not([type])')).slice(0, 200)) {
    if (f.closest('form')) continue;
    let group: Element | null = f.parentElement;
    for (let up = 0; group && up < 6; up++) {
      if (group.querySelector('button, input[type="submit"], [role="button"]') && group.querySelectorAll('input, textarea, select').length >= 2) break;
      group = group.parentElement;
    }
    // A box that names what to type and has no button near it of its own (Paquetexpress's header
    // input placeholder="RASTREO DE ENVÍOS", sent by the Enter key from a script): reaching the
    // whole page for one would lump it with every other field, so it is a form by itself.
    if ((!group || group === body) && f.tagName === 'INPUT' && f.parentElement && f.parentElement !== body && (f.getAttribute('placeholder') || f.getAttribute('aria-label') || '').trim()) group = f.parentElement;
    if (!group || group === body || seenGroups.has(group) || forms.length >= 50) continue;
    seenGroups.add(group);
    forms.push({
      action: '',
      method: '',
      id: norm(group.getAttribute('id'), 80),
      className: norm(group.getAttribute('class'), 160),
      heading: headingNear(group),
      text: textOf(group, 600),
      fields: fieldsOf(group),
      hidden: [],
      submit: Array.from(group.querySelectorAll('button, input[type="submit"], [role="button"]')).slice(0, 5).map((b) => textOf(b, 60)).filter(Boolean),
      visible: isVisible(group) && !hiddenByClass(group),
      pseudo: true,
      selector: cssPath(group),
      context: contextOf(group),
    });
  }

  // ---- scripts (src, deferred-loader attributes, inline bodies as data)
  const scripts: DocumentData['scripts'] = [];
  // application/ld+json, also written with typographic quotes around it (“application/ld+json”).
  const LD_JSON_TYPE = /^[\s"\u201c\u201d]*application\/ld\+json[\s"\u201c\u201d]*$/;
  const inlineScripts: string[] = [];
  const chatEndpoints: string[] = [];
  let inlineLen = 0;
  for (const s of Array.from(document.querySelectorAll('script')).slice(0, 400)) {
    const type = (s.getAttribute('type') || '').toLowerCase();
    if (LD_JSON_TYPE.test(type)) continue;
    const srcAttr = s.getAttribute('src') || s.getAttribute('data-src') || s.getAttribute('data-rocket-src') || s.getAttribute('data-lazy-src') || s.getAttribute('data-pagespeed-orig-src') || '';
    if (srcAttr) {
      scripts.push({ src: abs(srcAttr), id: norm(s.getAttribute('id'), 60), type });
    } else if (inlineScripts.length < 80 && inlineLen < 200000) {
      const full = s.textContent || '';
      const body = full.slice(0, 6000);
      if (body.trim()) {
        inlineScripts.push(body);
        inlineLen += body.length;
      }
      // A page-state JSON names its chat's servers far past the part kept (ca-retail-bestbuy-product: 19 kB in).
      if (full.length > 6000) {
        for (const m of full.slice(6000, 2_000_000).matchAll(/https?:\/\/[^"'\s\\<>]*(?:liveagent|chat)[^"'\s\\<>]*/gi)) {
          if (chatEndpoints.length >= 20) break;
          chatEndpoints.push(m[0].slice(0, 200));
        }
      }
    }
  }

  // ---- pages that inline handlers open ("<img src=…vButton.asp onClick=\"window.open('…/rRouter.asp…')\">",
  // Talisma's "Login to Chat" link to cimlogin.aspx): an old-style chat button leaves no other trace.
  const openedUrls: string[] = [];
  for (const el of Array.from(document.querySelectorAll('[onclick]')).slice(0, 400)) {
    if (openedUrls.length >= 40) break;
    for (const m of (el.getAttribute('onclick') || '').matchAll(/["'`]((?:https?:)?\/\/[^"'`\s<>]+)/gi)) {
      const u = abs(m[1]);
      if (u && !openedUrls.includes(u)) openedUrls.push(u.slice(0, 300));
    }
  }

  // ---- stylesheets (a site's own chat module may show only as its stylesheet)
  const stylesheets = Array.from(document.querySelectorAll('link[rel~="stylesheet" i][href]')).slice(0, 60).map((l) => abs(l.getAttribute('href')));

  // ---- frames
  const iframes: DocumentData['iframes'] = Array.from(document.querySelectorAll('iframe, frame')).slice(0, 30).map((f) => ({
    src: abs(f.getAttribute('src') || f.getAttribute('data-src') || ''),
    title: norm(f.getAttribute('title'), 120),
    name: norm(f.getAttribute('name'), 80),
    id: norm(f.getAttribute('id'), 80),
    visible: isVisible(f),
    context: contextOf(f),
  }));

  // ---- structured data
  // A type an editor "smartened" along with the block (Missguided's <script type="“application/ld+json”">)
  // is still the organisation's schema.org data; browsers run no script of such a type.
  const jsonLd = Array.from(document.querySelectorAll('script[type]')).filter((s) => LD_JSON_TYPE.test((s.getAttribute('type') || '').toLowerCase())).slice(0, 30)
    .map((s) => (s.textContent || '').slice(0, 100000));
  const itemValue = (el: Element): string => {
    const tag = el.tagName;
    if (tag === 'META') return norm(el.getAttribute('content'), 300);
    if (tag === 'A' || tag === 'LINK' || tag === 'AREA') return abs(el.getAttribute('href'));
    if (tag === 'IMG' || tag === 'AUDIO' || tag === 'VIDEO' || tag === 'SOURCE' || tag === 'IFRAME' || tag === 'EMBED') return abs(el.getAttribute('src'));
    if (tag === 'TIME') return norm(el.getAttribute('datetime') || el.textContent, 100);
    if (tag === 'DATA' || tag === 'METER') return norm(el.getAttribute('value'), 100);
    if (el.hasAttribute('content')) return norm(el.getAttribute('content'), 300);
    return norm(el.textContent, 300);
  };
  let itemCount = 0;
  const readItem = (scope: Element, depth: number): DocumentData['microdata'][number] => {
    itemCount++;
    const item: DocumentData['microdata'][number] = {
      types: (scope.getAttribute('itemtype') || '').split(/\s+/).filter(Boolean).slice(0, 5),
      props: {},
    };
    const stack: Element[] = Array.from(scope.children);
    while (stack.length) {
      const el = stack.shift()!;
      const prop = el.getAttribute('itemprop');
      const isScope = el.hasAttribute('itemscope');
      if (prop) {
        for (const name of prop.split(/\s+/).filter(Boolean).slice(0, 3)) {
          const list = (item.props[name] ??= []);
          if (list.length >= 20) continue;
          list.push(isScope && depth < 5 && itemCount < 200 ? readItem(el, depth + 1) : itemValue(el));
        }
      }
      if (!isScope) stack.push(...Array.from(el.children));
    }
    return item;
  };
  const microdata: DocumentData['microdata'] = [];
  for (const scope of Array.from(document.querySelectorAll('[itemscope]')).slice(0, 300)) {
    if (scope.hasAttribute('itemprop')) continue;
    if (microdata.length >= 40 || itemCount >= 200) break;
    microdata.push(readItem(scope, 0));
  }

  // ---- chat vendors: globals and containers (names come from the vendor table)
  const globals: string[] = [];
  for (const path of cfg.globals) {
    try {
      let obj: unknown = window;
      for (const k of path.split('.')) {
        obj = obj == null ? undefined : (obj as Record<string, unknown>)[k];
      }
      if (obj !== undefined && obj !== null) globals.push(path);
    } catch {
      /* a getter threw: treat as absent */
    }
  }
  const markers: DocumentData['markers'] = [];
  for (const sel of cfg.markers) {
    try {
      const el = document.querySelector(sel);
      if (el) markers.push({ selector: sel, snippet: el.outerHTML.slice(0, 160) });
    } catch {
      /* invalid selector in this engine */
    }
  }
  const chatCandidates: DocumentData['chatCandidates'] = [];
  const candidateEls = Array.from(document.querySelectorAll('[id*="chat" i], [class*="chat" i], iframe[title*="chat" i], iframe[title*="messag" i], iframe[title*="mensaje" i], [aria-label*="chat" i]')).slice(0, 60);
  for (const el of candidateEls) {
    let fixed = false;
    let cur: Element | null = el;
    for (let up = 0; cur && up < 5 && !fixed; up++) {
      const pos = getComputedStyle(cur).position;
      fixed = pos === 'fixed' || pos === 'sticky';
      cur = cur.parentElement;
    }
    const html = el.outerHTML.slice(0, 3000);
    chatCandidates.push({
      tag: el.tagName.toLowerCase(),
      id: norm(el.getAttribute('id'), 80),
      className: norm(el.getAttribute('class'), 160),
      title: norm(el.getAttribute('title'), 80),
      label: norm(el.getAttribute('aria-label'), 80),
      text: textOf(el, 80),
      // An icon inside a link (<a href="…"><i class="icon-chat"></i>Compre pelo chat</a>) goes where the link goes.
      href: abs(el.getAttribute('href') || el.closest('a[href]')?.getAttribute('href') || ''),
      fixed,
      visible: isVisible(el),
      whatsapp: /whatsapp|wa\.me\//i.test(html),
      selector: cssPath(el),
    });
    if (chatCandidates.length >= 30) break;
  }

  // ---- head
  const meta: Record<string, string> = {};
  for (const m of Array.from(document.querySelectorAll('meta[name], meta[property], meta[http-equiv]')).slice(0, 80)) {
    const key = (m.getAttribute('name') || m.getAttribute('property') || m.getAttribute('http-equiv') || '').toLowerCase();
    if (!key || key in meta) continue;
    if (/^(?:generator|description|og:locale|og:site_name|og:type|content-language|application-name|theme-color)$/.test(key)) {
      meta[key] = norm(m.getAttribute('content'), 200);
    }
  }
  const viewportEl = document.querySelector('meta[name="viewport" i]');
  const hreflang = Array.from(document.querySelectorAll('link[rel~="alternate" i][hreflang]')).slice(0, 60).map((l) => ({
    lang: norm(l.getAttribute('hreflang'), 20),
    href: abs(l.getAttribute('href')),
  }));
  const headings = Array.from(document.querySelectorAll('h1, h2, h3, h4')).slice(0, 60).map((h) => textOf(h, 160)).filter(Boolean);
  const h1 = Array.from(document.querySelectorAll('h1')).slice(0, 5).map((h) => textOf(h, 160)).filter(Boolean);

  const cfEmails = Array.from(document.querySelectorAll('[data-cfemail]')).slice(0, 30).map((e) => norm(e.getAttribute('data-cfemail'), 200));
  for (const a of Array.from(document.querySelectorAll('a[href*="/cdn-cgi/l/email-protection#"]')).slice(0, 30)) {
    const h = a.getAttribute('href') || '';
    cfEmails.push(h.slice(h.indexOf('#') + 1, h.indexOf('#') + 201));
  }
  const whatsappWidgets: string[] = [];
  for (const el of Array.from(document.querySelectorAll('.joinchat, [class*="whatsapp" i], [id*="whatsapp" i], [class*="ctc" i], [data-whatsapp], [data-wa-number]')).slice(0, 20)) {
    const attrs = Array.from(el.attributes).filter((a) => a.name.startsWith('data-')).map((a) => `${a.name}=${a.value}`).join(' ');
    if (attrs) whatsappWidgets.push(norm(attrs, 600));
  }
  // ---- icons that label a contact line instead of a word ("<i class="fa fa-whatsapp"></i>11-5799-0114")
  const iconLabels: NonNullable<DocumentData['iconLabels']> = [];
  for (const el of Array.from(document.querySelectorAll('[class*="whatsapp" i], img[alt*="whatsapp" i], img[src*="whatsapp" i], [class*="fa-fax" i], [class*="icon-fax" i], [class*="icon_fax" i]')).slice(0, 60)) {
    if (iconLabels.length >= 20) break;
    if (el.closest('a[href]')) continue; // a WhatsApp link or button is read from its href
    const attrs = `${el.getAttribute('class') || ''} ${el.getAttribute('alt') || ''} ${el.getAttribute('src') || ''}`.toLowerCase();
    const icon = /whatsapp/.test(attrs) ? 'whatsapp' : 'fax';
    const own = textOf(el, 120);
    const t = /\d{3}/.test(own) ? own : el.parentElement && el.parentElement !== body ? textOf(el.parentElement, 120) : '';
    if (/\d{3}/.test(t)) iconLabels.push({ icon, text: t });
  }
  // ---- icon-font glyphs: a one- or two-character icon whose character the page's text runs into the next word
  const glyphRuns: NonNullable<DocumentData['glyphRuns']> = [];
  for (const el of Array.from(document.querySelectorAll('[class*="icon" i], [class*="fa-" i], [class*="glyph" i]')).slice(0, 600)) {
    if (glyphRuns.length >= 30) break;
    const glyph = (el.textContent || '').trim();
    if (!glyph || glyph.length > 2 || el.children.length) continue;
    let after = '';
    for (let n = el.nextSibling; n && after.length < 80; n = n.nextSibling) after += n.textContent || '';
    after = norm(after, 80);
    if (after.includes('@')) glyphRuns.push({ glyph, after });
  }
  const searchEls = Array.from(document.querySelectorAll('input[type="search"], [role="search"] input, input[name="q"], input[name="s"], input[name="ft"], input[name="search"], input[name="query"], input[name="buscar"]'));
  const times = Array.from(document.querySelectorAll('time[datetime]')).slice(0, 50).map((t) => norm(t.getAttribute('datetime'), 40));

  return {
    url: location.href,
    title: norm(document.title, 300),
    lang: norm(document.documentElement.getAttribute('lang') || document.documentElement.getAttribute('xml:lang'), 40),
    viewport: viewportEl ? norm(viewportEl.getAttribute('content'), 200) : null,
    hreflang,
    canonical: abs(document.querySelector('link[rel="canonical" i]')?.getAttribute('href')),
    meta,
    h1,
    headings,
    links,
    scriptLinks,
    buttons,
    text,
    hiddenText: hiddenParts.join('\n').slice(0, 50000),
    forms,
    scripts,
    stylesheets,
    chatEndpoints,
    openedUrls,
    inlineScripts,
    iframes,
    jsonLd,
    microdata,
    globals,
    markers,
    chatCandidates,
    cfEmails,
    whatsappWidgets,
    iconLabels,
    glyphRuns,
    searchInputs: searchEls.length,
    searchSelector: searchEls[0] ? cssPath(searchEls[0]) : '',
    passwordInputs: document.querySelectorAll('input[type="password"]').length,
    times,
  };
}

/** Runs before any page script: tracks pending short timers and DOM mutations so the
 *  crawler can wait for late widgets, and stops pages from opening pop-ups. */
export function instrumentPage(): void {
  const w = window as unknown as Record<string, unknown> & Window;
  const st = w.setTimeout.bind(w);
  const ct = w.clearTimeout.bind(w);
  const state = {
    timers: new Set<number>(),
    lastMutation: 0,
    /** Elements the page's scripts made clickable (a click, pointer or touch handler of their own). */
    bound: new WeakSet<object>(),
    /** Resolves true once no short timer is pending and the DOM has been still for quietMs; false at the cap. */
    wait(quietMs: number, capMs: number): Promise<boolean> {
      const end = performance.now() + capMs;
      return new Promise<boolean>((resolve) => {
        const check = (): void => {
          const now = performance.now();
          if (state.timers.size === 0 && now - state.lastMutation >= quietMs) resolve(true);
          else if (now >= end) resolve(false);
          else st(check, 40);
        };
        check();
      });
    },
  };
  try {
    Object.defineProperty(w, '__readinessState', { value: state, enumerable: false, configurable: false, writable: false });
  } catch {
    return;
  }
  w.open = () => null;
  // Which elements a script of the page binds a click to: an <a> with no address is a link
  // only when something makes it one (see collectDocument's scriptLinks).
  const CLICKS = /^(?:click|mousedown|mouseup|pointerdown|pointerup|touchstart|touchend)$/;
  try {
    const add = EventTarget.prototype.addEventListener;
    EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions): void {
      if (typeof type === 'string' && CLICKS.test(type) && this instanceof Element) state.bound.add(this);
      return add.call(this, type, listener, options);
    };
    const onclick = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'onclick');
    if (onclick?.set && onclick.get) {
      const set = onclick.set;
      Object.defineProperty(HTMLElement.prototype, 'onclick', {
        ...onclick,
        set(this: HTMLElement, v: unknown) {
          if (v) state.bound.add(this);
          set.call(this, v);
        },
      });
    }
  } catch {
    /* a page that froze the prototypes: nothing is known bound */
  }
  // Only timers a widget loader would use (a few seconds at most) are worth waiting for.
  (w as { setTimeout: unknown }).setTimeout = function (handler: unknown, ms?: number, ...args: unknown[]): number {
    const delay = Number(ms) || 0;
    if (typeof handler !== 'function' || delay > 4000 || state.timers.size > 50) return st(handler as TimerHandler, ms, ...args);
    const id: number = st(function (this: unknown, ...a: unknown[]) {
      state.timers.delete(id);
      return (handler as (...x: unknown[]) => unknown).apply(this, a);
    }, ms, ...args);
    state.timers.add(id);
    return id;
  };
  (w as { clearTimeout: unknown }).clearTimeout = function (id?: number): void {
    if (id !== undefined) state.timers.delete(id);
    ct(id);
  };
  const observe = (): void => {
    state.lastMutation = performance.now();
    try {
      new MutationObserver(() => {
        state.lastMutation = performance.now();
      }).observe(document.documentElement, { childList: true, subtree: true, attributes: false });
    } catch {
      /* no document yet */
    }
  };
  if (document.documentElement) observe();
  else document.addEventListener('DOMContentLoaded', observe, { once: true });
}

/** The collector as an expression string, safe from transpiler helpers (esbuild's __name). */
export function collectExpression(cfg: CollectConfig): string {
  return `(() => { const __name = (f) => f; return (${collectDocument.toString()})(${JSON.stringify(cfg)}); })()`;
}

export function instrumentSource(): string {
  return `(() => { const __name = (f) => f; (${instrumentPage.toString()})(); })()`;
}
