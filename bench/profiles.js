// Deterministic synthetic profiles for the engine benchmark: every question answered
// with a random valid value (or don't know), and random figures for the data keys.
import { EVIDENCE_KEYS } from '../dist/evidence/keys.js';

function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/**
 * @param {import('../dist/types.js').Checklist[]} checklists
 * @param {number} n
 * @param {number} [seed]
 * @returns {import('../dist/types.js').Profile[]}
 */
export function generateProfiles(checklists, n, seed = 1) {
  const rand = rng(seed);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  /** @type {any[]} */
  const questions = checklists.flatMap((l) => l.checks.filter((c) => c.question).map((c) => c.question));
  const dataKeys = Object.entries(EVIDENCE_KEYS).filter(([, d]) => d.source === 'data');
  /** @type {any[]} */
  const out = [];
  for (let i = 0; i < n; i++) {
    const answers = {};
    for (const q of questions) {
      if (rand() < 0.1) { answers[q.id] = { status: 'dont-know' }; continue; }
      switch (q.type) {
        case 'yesNo': answers[q.id] = rand() < 0.5; break;
        case 'scale': answers[q.id] = (q.scale?.min ?? 1) + Math.floor(rand() * ((q.scale?.max ?? 5) - (q.scale?.min ?? 1) + 1)); break;
        case 'choice': answers[q.id] = pick(q.options).value; break;
        case 'multiChoice': answers[q.id] = q.options.filter(() => rand() < 0.4).map((o) => o.value); break;
        case 'number': answers[q.id] = Math.round(rand() * 100); break;
        case 'duration': answers[q.id] = `${1 + Math.floor(rand() * 48)}h`; break;
        default: answers[q.id] = 'documented';
      }
    }
    const metrics = {};
    for (const [k, d] of dataKeys) {
      if (rand() < 0.3) continue;
      metrics[k] = d.type === 'ratio' ? rand() : d.type === 'duration' ? Math.round(rand() * 3 * 86_400_000) : Math.round(rand() * 100);
    }
    out.push({
      organisation: { name: `Org ${i}`, country: 'CO', businessModel: pick(['b2b', 'b2c', 'public']), serviceModel: pick(['MOD-1', 'MOD-2', 'MOD-3', 'MOD-4']) },
      channels: [{ type: 'phone', value: '+57 601 555 0100' }, ...(rand() < 0.5 ? [{ type: 'whatsapp', value: '+57 300 123 4567' }] : [])],
      locations: rand() < 0.5 ? [{ name: 'Centro', address: 'Cra. 7 # 32-16' }] : [],
      answers,
      metrics,
    });
  }
  return out;
}
