// Rendering speed of the report formats: a synthetic report of 300 checks across
// ten areas, every state represented, with evidence sources and snippets.
//   npm run build && node bench/render-bench.js [--runs N] [--pdf]
// Prints the median milliseconds per render; the target is well under a second.
import { render } from '../dist/report/index.js';
import { maturityOf, scoreAreas, scoreChecks } from '../dist/engine/scoring.js';

const args = process.argv.slice(2);
const runs = args.includes('--runs') ? Math.max(1, Number(args[args.indexOf('--runs') + 1]) || 10) : 10;
const withPdf = args.includes('--pdf');

const STATUSES = ['pass', 'partial', 'fail', 'not-applicable', 'unknown', 'error', 'waived'];
const SEVERITIES = ['critical', 'high', 'medium', 'low'];
const EFFORTS = ['low', 'medium', 'high'];
const loc = (s) => ({ en: s, es: `${s} (es)` });

/** @returns {import('../dist/types.js').Report} */
function syntheticReport(n = 300, areaCount = 10) {
  // Plain synthetic data, shaped like a report; typed at the boundary (the return).
  /** @type {any[]} */
  const checks = [];
  for (let i = 0; i < n; i++) {
    const area = `area-${i % areaCount}`;
    const status = STATUSES[(i * 3) % STATUSES.length];
    const score = status === 'pass' ? 1 : status === 'fail' ? 0 : status === 'partial' ? ((i % 9) + 1) / 10 : null;
    checks.push({
      id: `${area}.check-${i}`,
      area,
      title: loc(`Check number ${i} of ${area} is met`),
      failureTitle: loc(`Check number ${i} of ${area} is not met`),
      why: loc('Customers who cannot serve themselves call, write and wait; every unanswered need is a cost and a risk. '.repeat(2)),
      remediation: loc('Publish the information where customers look for it, keep it current from the source system, and measure that it is used. '.repeat(2)),
      basis: ['SS-1', 'GAP-5', 'PS-3'],
      status,
      score,
      weight: (i % 5) + 1,
      severity: SEVERITIES[i % 4],
      effort: EFFORTS[i % 3],
      required: i % 50 === 0,
      evidence: {
        keys: [`site.key${i}`],
        key: `site.key${i}`,
        value: status === 'unknown' ? undefined : { found: i % 3, pages: [`/page-${i}`, `/other-${i}`] },
        origin: 'probe',
        sources: status === 'unknown' ? [] : [
          { url: `https://www.example.com/page-${i}`, snippet: `<a href="tel:+5760100${i}">Llámenos</a> & <b>horario</b> 8–18 h`, selector: `footer > a:nth-child(${i % 7})` },
          { file: 'profile.yaml', line: i + 1, note: 'CRM export, Q3 2026' },
        ],
      },
      expectation: loc(`measured value is ${i % 100} %; target ≥ 90 %`),
      ...(status === 'unknown' || status === 'error' || status === 'not-applicable' ? { reason: loc(status === 'error' ? 'the probe timed out after 30 s' : 'question not answered') } : {}),
      ...(status === 'waived' ? { waiver: { check: `${area}.check-${i}`, owner: 'CTO', justification: 'migration in January', expires: '2027-01-31', expired: false } } : {}),
    });
  }
  const areas = [];
  const scores = [];
  for (let a = 0; a < areaCount; a++) {
    const id = `area-${a}`;
    const list = checks.filter((c) => c.area === id);
    const s = scoreChecks(list);
    const counts = Object.fromEntries(STATUSES.map((st) => [st, list.filter((c) => c.status === st).length]));
    areas.push({ id, title: loc(`Area ${a}`), weight: 1, score: s.score, coverage: s.coverage, maturity: maturityOf(s.score, s.coverage, 0.6), counts });
    scores.push({ score: s.score, coverage: s.coverage, weight: 1, applicableWeight: s.applicableWeight });
  }
  const overall = scoreAreas(scores);
  return /** @type {import('../dist/types.js').Report} */ (/** @type {unknown} */ ({
    schemaVersion: 1,
    tool: { name: 'service-readiness', version: 'bench' },
    generatedAt: '2026-11-24T12:00:00.000Z',
    lang: 'en',
    organisation: { name: 'Bench S.A.S.', country: 'CO', businessModel: ['b2c'], serviceModel: 'MOD-2', website: 'https://www.example.com' },
    target: 'https://www.example.com',
    checklists: areas.map((a) => ({ id: a.id, version: '1.0.0', title: a.title })),
    score: overall.score,
    coverage: overall.coverage,
    maturity: maturityOf(overall.score, overall.coverage, 0.6),
    gate: { passed: false, evaluated: ['minScore'], reasons: [{ rule: 'minScore', message: loc('overall score is below the minimum 60') }] },
    areas,
    checks,
    expiredWaivers: [],
  }));
}

const report = syntheticReport();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`report: ${report.checks.length} checks in ${report.areas.length} areas; median of ${runs} runs after a warm-up`);
for (const format of ['html', 'md', 'junit', 'json', 'terminal', 'github']) {
  for (const lang of /** @type {const} */ (['en', 'es'])) {
    await render(report, format, { lang }); // warm-up (and the lazy import)
    const times = [];
    let size = 0;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const out = await render(report, format, { lang });
      times.push(performance.now() - t0);
      size = out.length;
    }
    console.log(`${format.padEnd(8)} ${lang}  ${median(times).toFixed(1).padStart(7)} ms   max ${Math.max(...times).toFixed(1).padStart(7)} ms   ${(size / 1024).toFixed(0).padStart(5)} KiB`);
  }
}
if (withPdf) {
  const t0 = performance.now();
  const pdf = await render(report, 'pdf', { lang: 'es' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length;
  console.log(`pdf      es  ${(performance.now() - t0).toFixed(0).padStart(7)} ms   (one run, browser start included; ${pages} pages, ${(pdf.length / 1024).toFixed(0)} KiB)`);
}
