// The interview page. It draws the steps the server sends and posts what the person
// does; the server's engine decides everything else (order, validation, saving).
// Every sentence comes from the server (the catalogue's interview messages, in ICU,
// and the checklists), and everything is shown as text, never parsed as HTML.

import { IntlMessageFormat } from './intl-messageformat.js';

const config = JSON.parse(document.getElementById('config').textContent);
const M = config.messages;
const lang = config.lang;
const numbers = new Intl.NumberFormat(config.locale, { maximumFractionDigits: 2 });
const dates = new Intl.DateTimeFormat(config.locale, { dateStyle: 'medium', timeStyle: 'short' });
const times = new Intl.DateTimeFormat(config.locale, { timeStyle: 'medium' });

const compiled = new Map();

/** The arguments a message counts with (plural, select): they take the number itself. */
function countedArgs(elements, out = new Set()) {
  for (const el of elements) {
    if (!el.options) continue;
    out.add(el.value);
    for (const o of Object.values(el.options)) countedArgs(o.value, out);
  }
  return out;
}

/** A catalogue message with its values, as the server's t() makes it: other numbers in the page's locale. */
function t(id, values = {}) {
  let c = compiled.get(id);
  if (!c) {
    const format = new IntlMessageFormat(M[id] ?? id, config.locale);
    c = { format, counted: countedArgs(format.getAst()) };
    compiled.set(id, c);
  }
  const args = {};
  for (const [k, v] of Object.entries(values)) args[k] = typeof v === 'number' && !c.counted.has(k) ? numbers.format(v) : v;
  return String(c.format.format(args));
}

// One id per page load: where this tab has been (back, facts left open) is kept under it.
const tab = Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('');

const view = document.getElementById('view');
const areas = document.getElementById('areas');
const statusBox = document.getElementById('status');

let current = null; // the step shown
let busy = false;

/** An element; strings become text nodes. */
function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'text') e.textContent = v;
    else if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) e.append(c);
  return e;
}

/** Says something in the status area (announced by screen readers); the last few stay visible. */
function announce(text, kind = 'info') {
  statusBox.append(el('p', { class: kind, text }));
  while (statusBox.children.length > 2) statusBox.firstElementChild.remove();
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function getJson(path) {
  for (let attempt = 0; ; attempt++) {
    try {
      const res = await fetch(path, { headers: { Accept: 'application/json' } });
      return await res.json();
    } catch {
      if (attempt === 0) announce(t('interview.web.unreachable'), 'warn');
      await sleep(Math.min(5000, 1000 * 2 ** attempt));
    }
  }
}

/** Posts an answer; on a network failure it keeps it and sends it again until the server is back. */
async function postAnswer(body) {
  for (let attempt = 0; ; attempt++) {
    try {
      const res = await fetch('api/answer', { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(body) });
      const data = await res.json().catch(() => ({ error: t('interview.web.badRequest') }));
      return { status: res.status, data };
    } catch {
      if (attempt === 0) announce(t('interview.web.offline'), 'warn');
      await sleep(Math.min(5000, 1000 * 2 ** attempt));
    }
  }
}

const query = (params) => `?${new URLSearchParams({ ...params, lang, tab })}`;

// ------------------------------------------------------------------ index

function renderIndex(list) {
  areas.replaceChildren(...list.map((a) => {
    const fraction = a.total ? a.done / a.total : 1;
    const bar = el('span', { class: 'bar', 'aria-hidden': 'true' }, el('span', { class: 'fill' }));
    bar.firstChild.style.width = `${Math.round(fraction * 100)}%`;
    const done = a.total > 0 && a.done === a.total;
    const button = el('button', { type: 'button', class: 'area', 'data-area': a.id, 'aria-current': current && current.area === a.id ? 'step' : undefined, onclick: () => go({ area: a.id }) },
      el('span', { class: 'name', text: a.title }),
      el('span', { class: 'count', text: t(done ? 'interview.web.areaComplete' : 'interview.web.areaCount', { done: a.done, total: a.total }) }),
      bar);
    return el('li', {}, button);
  }));
}

// ------------------------------------------------------------------ a step

function currentLine(step) {
  if (step.status) return t(step.status === 'dont-know' ? 'interview.web.currentDontKnow' : 'interview.web.currentSkipped');
  if (step.shown !== undefined) return t('interview.web.current', { answer: step.shown });
  return '';
}

function currentText(step) {
  const line = currentLine(step);
  if (!line) return '';
  return step.answeredAt ? t('interview.web.answeredAt', { line, date: dates.format(new Date(step.answeredAt)) }) : line;
}

function control(step) {
  if (step.type === 'input') {
    return el('div', { class: 'typed' },
      el('label', { for: 'answer', text: t('interview.web.yourAnswer') }),
      el('input', { id: 'answer', name: 'answer', type: 'text', autocomplete: 'off', spellcheck: 'false', value: step.text, 'aria-describedby': 'error' }));
  }
  const multi = step.type === 'multiChoice';
  const group = el('div', { class: 'options', role: multi ? 'group' : 'radiogroup', 'aria-labelledby': 'prompt', 'aria-describedby': 'error' });
  step.options.forEach((o, i) => {
    const id = `opt-${i}`;
    const input = el('input', { type: multi ? 'checkbox' : 'radio', name: 'answer', id, value: String(i), checked: step.selected.includes(i), 'aria-describedby': o.description ? `${id}-desc` : undefined, 'data-none': o.none ? 'true' : undefined });
    if (multi) {
      input.addEventListener('change', () => {
        if (!input.checked) return;
        // "None of these" and the other options exclude each other.
        for (const other of group.querySelectorAll('input')) {
          if (other !== input && (o.none || other.dataset.none)) other.checked = false;
        }
      });
    }
    group.append(el('div', { class: 'option' },
      input,
      el('label', { for: id, text: o.label }),
      o.description ? el('p', { class: 'desc', id: `${id}-desc`, text: o.description }) : null));
  });
  return group;
}

function readForm(form) {
  if (current.type === 'input') return { kind: 'answer', text: form.querySelector('#answer').value };
  const ticked = [...form.querySelectorAll('input[name=answer]:checked')].map((i) => Number(i.value));
  return current.type === 'multiChoice' ? { kind: 'answer', choices: ticked } : { kind: 'answer', choice: ticked.length ? ticked[0] : null };
}

function showError(text) {
  const box = document.getElementById('error');
  box.textContent = text;
  box.hidden = false;
  const input = document.getElementById('answer');
  if (input) {
    input.setAttribute('aria-invalid', 'true');
    input.focus();
  } else {
    const first = view.querySelector('input[name=answer]:checked') || view.querySelector('input[name=answer]');
    if (first) first.focus();
  }
}

function renderStep(step) {
  const why = el('section', { id: 'why', class: 'why', hidden: true, 'aria-labelledby': 'why-title' },
    el('h3', { id: 'why-title', text: t('interview.web.whyHeading') }),
    el('p', { text: step.why.text }),
    step.why.basis.length ? el('p', { class: 'basis', text: t('interview.basis', { ids: step.why.basis.join(', ') }) }) : null,
    step.why.check ? el('p', { class: 'check', text: t('interview.web.check', { id: step.why.check.id, title: step.why.check.title }) }) : null);
  const whyButton = el('button', { type: 'button', class: 'secondary', id: 'why-button', 'aria-expanded': 'false', 'aria-controls': 'why', text: t('interview.web.why') });
  whyButton.addEventListener('click', () => {
    const open = whyButton.getAttribute('aria-expanded') !== 'true';
    whyButton.setAttribute('aria-expanded', String(open));
    why.hidden = !open;
  });

  const action = (kind, label) => el('button', { type: 'button', class: 'secondary', 'data-kind': kind, text: label, onclick: () => submit({ kind }) });
  const form = el('form', { id: 'question', novalidate: true, 'aria-labelledby': 'prompt' },
    el('h2', { id: 'prompt', tabindex: '-1', text: step.prompt }),
    step.help ? el('p', { class: 'help', text: step.help }) : null,
    step.prefilled ? el('p', { class: 'prefilled', text: t('interview.prefilled') }) : null,
    el('p', { id: 'current', class: 'current', text: currentText(step), hidden: !currentText(step) }),
    el('p', { id: 'elsewhere', class: 'notice', hidden: true }),
    control(step),
    el('p', { id: 'error', class: 'error', hidden: true }),
    el('div', { class: 'actions' },
      el('button', { type: 'submit', class: 'primary', text: t('interview.web.save') }),
      step.allowUnknown ? action('dont-know', t('interview.web.dontKnow')) : null,
      step.allowUnknown ? action('skip', t('interview.web.skip')) : null,
      whyButton,
      step.first ? null : el('button', { type: 'button', class: 'secondary', 'data-kind': 'back', text: t('interview.web.back'), onclick: () => go({ before: step.id }) })),
    why);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    submit(readForm(form));
  });

  const findings = step.findings.length
    ? el('aside', { class: 'findings', 'aria-labelledby': 'findings-title' },
      el('h3', { id: 'findings-title', text: t('interview.web.findings') }),
      el('ul', {}, step.findings.map((f) => el('li', { text: f }))))
    : null;

  view.replaceChildren(
    el('p', { class: 'progress', id: 'progress', text: t('interview.progress', { area: step.areaTitle, n: step.progress.inArea, total: step.progress.areaTotal, overall: step.progress.overall, all: step.progress.total }) }),
    el('div', { class: findings ? 'step with-findings' : 'step' }, form, findings));
}

function renderSummary(summary, audit) {
  const open = summary.open;
  const head = open === 0 ? t('interview.allAnswered') : t('interview.web.openLeft', { n: open });
  const table = el('table', { class: 'summary' },
    el('caption', { text: t('interview.summary') }),
    el('thead', {}, el('tr', {}, ['interview.col.area', 'interview.col.answered', 'interview.col.dontKnow', 'interview.col.skipped', 'interview.col.open'].map((c) => el('th', { scope: 'col', text: t(c) })))),
    el('tbody', {}, summary.rows.map((r) => el('tr', {},
      el('th', { scope: 'row', text: r.title }),
      [r.answered, r.dontKnow, r.skipped, r.open].map((n) => el('td', { text: numbers.format(n) }))))));
  const na = summary.rows.reduce((s, r) => s + r.notApplicable, 0);
  const first = areas.querySelector('button.area');
  view.replaceChildren(
    el('h2', { id: 'prompt', tabindex: '-1', text: head }),
    table,
    na ? el('p', { text: t('interview.notApplicable', { n: na }) }) : null,
    el('p', { text: t('interview.nextAudit') }),
    el('pre', {}, el('code', { text: audit })),
    first ? el('button', { type: 'button', class: 'secondary', text: t('interview.web.review'), onclick: () => go({ area: first.dataset.area }) }) : null);
}

/** Draws a state; after the first, focus moves to the new question so it is read out and Tab starts there. */
function render(state, focus = true) {
  current = state.step;
  renderIndex(state.index);
  if (state.step) renderStep(state.step);
  else renderSummary(state.summary, state.audit);
  const hash = state.step ? `#q=${encodeURIComponent(state.step.id)}` : '';
  history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
  for (const a of document.querySelectorAll('.langs a')) a.setAttribute('href', `?lang=${a.getAttribute('hreflang')}${hash}`);
  if (focus) document.getElementById('prompt').focus();
}

async function go(params, focus = true) {
  if (busy) return;
  busy = true;
  try {
    render(await getJson(`api/state${query(params)}`), focus);
  } finally {
    busy = false;
  }
}

async function submit(outcome) {
  if (busy || !current) return;
  busy = true;
  view.setAttribute('aria-busy', 'true');
  try {
    const { status, data } = await postAnswer({ tab, lang, id: current.id, stamp: current.stamp, outcome });
    if (status === 422 || (status >= 400 && !data.index)) {
      showError(data.error || t('interview.web.badRequest'));
      return;
    }
    if (status === 409) announce(data.error, 'warn');
    else if (data.leftOpen) announce(t('interview.factLeftOpen'));
    else if (data.onDisk) announce(t('interview.web.saved', { file: config.file, time: times.format(new Date()) }), 'saved');
    else announce(t('interview.web.held'), 'warn');
    if (data.replaced) announce(t('interview.web.replaced', { answer: data.replaced.shown }), 'warn');
    render(data);
  } finally {
    busy = false;
    view.removeAttribute('aria-busy');
  }
}

// ------------------------------------------------------------------ other tabs

/**
 * Brings the index up to date after an answer saved elsewhere: by another tab
 * (source "tab") or by another program writing the file (source "file"). When it is
 * the question shown here, the page says so and shows the answer now recorded; the
 * form is left as the person is filling it in, and their answer, if they give one,
 * replaces the other.
 */
async function refresh(id, source) {
  const data = await getJson(`api/status${query(id ? { id } : {})}`);
  renderIndex(data.index);
  const s = data.step;
  if (!s) return;
  const answer = s.status ? t(s.status === 'dont-know' ? 'interview.web.dontKnowShown' : 'interview.web.skippedShown') : s.shown;
  if (current && current.id === s.id && (source === 'tab' || s.stamp !== current.stamp)) {
    const line = document.getElementById('current');
    line.textContent = currentText(s);
    line.hidden = !line.textContent;
    const text = t(source === 'tab' ? 'interview.web.otherTabHere' : 'interview.web.changedHere', { answer });
    const notice = document.getElementById('elsewhere');
    notice.textContent = text;
    notice.hidden = false;
    announce(text, 'warn');
  } else if (source === 'tab') {
    announce(t('interview.web.otherTab', { question: s.prompt, answer }));
  }
}

function listen() {
  const events = new EventSource(`api/events${query({})}`);
  events.addEventListener('answer', (e) => {
    const d = JSON.parse(e.data);
    if (d.tab !== tab) refresh(d.id, 'tab');
  });
  events.addEventListener('changed', () => {
    announce(t('interview.web.changedOutside'));
    refresh(current && current.id, 'file');
  });
}

// The address names the question shown (#q=<id>): reloading, switching language or
// following a bookmark comes back to it.
const asked = () => new URLSearchParams(location.hash.slice(1)).get('q');
window.addEventListener('hashchange', () => {
  const at = asked();
  if (at && (!current || current.id !== at)) go({ at });
});
const at = asked();
go(at ? { at } : {}, false).then(listen);
