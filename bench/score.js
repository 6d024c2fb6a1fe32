/**
 * Precision and recall of the probe's signals against labels, shared by the fixture-site
 * test (test/probes/fixtures.test.ts) and the real-page benchmark
 * (bench/real-pages-bench.js), so both figures are counted the same way.
 *
 * Set signals (phones, e-mails, WhatsApp, chat vendors…) are scored per item; the rest
 * are booleans scored per page. An evidence item in error counts as "not found".
 */

/** Signals whose value is a set of items (each item is scored); the rest are booleans. */
export const SET_SIGNALS = new Set(['site.contact.phones', 'site.contact.emails', 'site.contact.whatsapp', 'site.chat.vendors', 'site.structuredData.types', 'site.hreflang', 'site.lang']);
/** Signals labelled as "present or not" although the evidence value is a list. */
export const PRESENCE_SIGNALS = new Set(['site.contact.hours', 'site.contact.addresses']);

/**
 * @typedef {{ tp: number, fp: number, fn: number, tn: number, misses: string[] }} Tally
 */

function asSet(v) {
  if (Array.isArray(v)) return v.map(String);
  if (typeof v === 'string') return v ? [v] : [];
  return [];
}

/** Signals whose items are telephone numbers in E.164. */
const NUMBER_SIGNALS = new Set(['site.contact.phones', 'site.contact.whatsapp']);

/**
 * One Colombian landline in the numbering plan of today: on 1 September 2021 every area
 * code gained "60" ("+57 1 364 9734", Bogotá as pages wrote it before, is "+57 601 364
 * 9734" now). So is a Brazilian mobile written before its area gained the ninth digit
 * (2012–2016: "+55 98 9116-3011" is "+55 98 99116-3011" now). A label written as the page
 * showed it and the tool's reading in the current plan are the same line, and are counted as one.
 * @param {string} n
 */
function currentPlan(n) {
  return n.replace(/^\+57([1-8])(\d{7})$/, '+5760$1$2').replace(/^\+55([1-9]\d)([6-9]\d{7})$/, '+55$19$2');
}

/**
 * Adds one site's or page's result to the per-signal tallies.
 * @param {Map<string, Tally>} tallies
 * @param {string} site
 * @param {Record<string, unknown>} labels
 * @param {Record<string, { value?: unknown, error?: { message: string }, sources?: unknown[] }>} evidence
 */
export function score(tallies, site, labels, evidence) {
  for (const [key, expected] of Object.entries(labels)) {
    const t = tallies.get(key) ?? { tp: 0, fp: 0, fn: 0, tn: 0, misses: [] };
    tallies.set(key, t);
    const item = evidence[key];
    const value = item && !item.error ? item.value : undefined;
    if (SET_SIGNALS.has(key)) {
      const same = NUMBER_SIGNALS.has(key) ? currentPlan : (/** @type {string} */ x) => x;
      const want = new Set(asSet(expected).map(same));
      const got = new Set(asSet(value).map(same));
      for (const g of got) {
        if (want.has(g)) t.tp++;
        else {
          t.fp++;
          t.misses.push(`${site}: unexpected ${g}`);
        }
      }
      for (const w of want) {
        if (!got.has(w)) {
          t.fn++;
          t.misses.push(`${site}: missed ${w}${item?.error ? ` (error: ${item.error.message})` : ''}`);
        }
      }
      if (!want.size && !got.size) t.tn++;
    } else {
      const want = expected === true;
      const got = PRESENCE_SIGNALS.has(key) ? Array.isArray(value) && value.length > 0 : value === true;
      if (want && got) t.tp++;
      else if (!want && !got) t.tn++;
      else if (got) {
        t.fp++;
        t.misses.push(`${site}: false positive (${JSON.stringify(item?.sources?.[0] ?? {})})`);
      } else {
        t.fn++;
        t.misses.push(`${site}: missed${item?.error ? ` (error: ${item.error.message})` : ''}`);
      }
    }
  }
}

/** @param {Tally} t */
export function precision(t) {
  return t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
}

/** @param {Tally} t */
export function recall(t) {
  return t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
}

/** @param {Map<string, Tally>} tallies */
export function table(tallies) {
  const rows = [...tallies.entries()].sort(([a], [b]) => a.localeCompare(b));
  const lines = [`${'signal'.padEnd(34)} ${'TP'.padStart(4)} ${'FP'.padStart(4)} ${'FN'.padStart(4)} ${'TN'.padStart(4)}  precision  recall`];
  for (const [k, t] of rows) {
    lines.push(`${k.padEnd(34)} ${String(t.tp).padStart(4)} ${String(t.fp).padStart(4)} ${String(t.fn).padStart(4)} ${String(t.tn).padStart(4)}  ${precision(t).toFixed(3).padStart(9)}  ${recall(t).toFixed(3).padStart(6)}`);
  }
  return lines.join('\n');
}
