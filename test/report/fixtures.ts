/**
 * Reports for the renderer tests: the example organisations audited at a fixed
 * time, synthetic reports built check by check (scored by the real scoring module),
 * and a report full of hostile content from a "probed site" and a "profile".
 */
import { auditProfile } from '../../src/audit.js';
import { maturityOf, scoreAreas, scoreChecks } from '../../src/engine/scoring.js';
import type { AreaResult, CheckResult, CheckStatus, Lang, Localized, Report } from '../../src/types.js';
import { STATUSES } from '../../src/types.js';

export const NOW = new Date('2026-11-24T12:00:00Z');
export const EXAMPLES = ['tienda-andina', 'distribuidora-del-valle', 'alcaldia-san-isidro'] as const;

const both = (s: string): Localized => ({ en: s, es: `${s} (es)` });

export function check(id: string, over: Partial<CheckResult> = {}): CheckResult {
  const area = over.area ?? id.split('.')[0]!;
  const status: CheckStatus = over.status ?? 'pass';
  const score = over.score !== undefined ? over.score : status === 'pass' ? 1 : status === 'fail' ? 0 : status === 'partial' ? 0.5 : null;
  return {
    id,
    area,
    title: both(`Title of ${id}`),
    failureTitle: both(`Failure of ${id}`),
    why: both(`Why ${id} matters`),
    remediation: both(`Fix ${id}`),
    basis: ['SS-1'],
    status,
    score,
    weight: 1,
    severity: 'medium',
    effort: 'medium',
    required: false,
    evidence: { keys: [`site.${id}`], sources: [] },
    expectation: both(`expectation of ${id}`),
    ...over,
  };
}

/** A Report whose areas, overall score, coverage and maturity come from the real scoring. */
export function makeReport(checks: CheckResult[], over: Partial<Report> = {}, areaTitles: Record<string, Localized> = {}): Report {
  const ids = [...new Set(checks.map((c) => c.area))];
  const areas: AreaResult[] = [];
  const scores: Parameters<typeof scoreAreas>[0] = [];
  for (const id of ids) {
    const list = checks.filter((c) => c.area === id);
    const s = scoreChecks(list);
    const counts = Object.fromEntries(STATUSES.map((st) => [st, list.filter((c) => c.status === st).length])) as Record<CheckStatus, number>;
    areas.push({ id, title: areaTitles[id] ?? { en: `Area ${id}`, es: `Área ${id}` }, weight: 1, score: s.score, coverage: s.coverage, maturity: maturityOf(s.score, s.coverage, 0.6), counts });
    scores.push({ score: s.score, coverage: s.coverage, weight: 1, applicableWeight: s.applicableWeight });
  }
  const overall = scoreAreas(scores);
  return {
    schemaVersion: 1,
    tool: { name: 'service-readiness', version: '0.0.0-test' },
    generatedAt: NOW.toISOString(),
    lang: 'en',
    organisation: { name: 'Synthetic S.A.S.', country: 'CO', businessModel: ['b2c'], serviceModel: 'MOD-2' },
    checklists: ids.map((id) => ({ id, version: '1.0.0', title: { en: `Area ${id}`, es: `Área ${id}` } })),
    score: overall.score,
    coverage: overall.coverage,
    maturity: maturityOf(overall.score, overall.coverage, 0.6),
    gate: { passed: true, reasons: [], evaluated: [] },
    areas,
    checks,
    expiredWaivers: [],
    ...over,
  };
}

/** One check of every state, across three areas. */
export function syntheticReport(): Report {
  return makeReport([
    check('channels.phone', { status: 'fail', severity: 'high', effort: 'low', weight: 3, evidence: { keys: ['site.contact.phones'], key: 'site.contact.phones', value: [], origin: 'probe', sources: [{ url: 'https://www.example.com/contacto', snippet: 'Escríbanos' }] } }),
    check('channels.email', { status: 'pass', evidence: { keys: ['site.contact.emails'], value: ['a@b.co'], origin: 'probe', sources: [{ url: 'https://www.example.com/', selector: 'footer a[href^=mailto]' }] } }),
    check('channels.chat', { status: 'unknown', reason: both('question not answered'), question: { id: 'channels.chat', prompt: both('Who answers the chat?') } }),
    check('channels.hours', { status: 'partial', score: 0.4, weight: 2, severity: 'critical', effort: 'high' }),
    check('self-service.tracking', { status: 'error', reason: both('probe timed out after 30 s') }),
    check('self-service.faq', { status: 'not-applicable', reason: both('applies to b2b organisations') }),
    check('self-service.account', { status: 'waived', score: 0, waiver: { check: 'self-service.account', owner: 'CTO', justification: 'new portal in Q1', expires: '2027-01-31', expired: false } }),
    check('self-service.invoices', { status: 'fail', severity: 'low', effort: 'medium', waiver: { check: 'self-service.invoices', owner: 'CFO', justification: 'old waiver', expires: '2026-01-31', expired: true } }),
    check('measurement.nps', { status: 'pass', evidence: { keys: ['data.nps'], value: 62, origin: 'data', sources: [{ file: 'profile.yaml', line: 12, note: 'CRM export, Q3' }] } }),
    check('measurement.fcr', { status: 'partial', score: 0.7, required: true }),
  ], {
    expiredWaivers: [{ check: 'self-service.invoices', owner: 'CFO', justification: 'old waiver', expires: '2026-01-31', expired: true }],
    gate: {
      passed: false,
      evaluated: ['minScore', 'requiredChecks'],
      reasons: [
        { rule: 'minScore', message: { en: 'overall score 55 is below the minimum 60', es: 'el puntaje global 55 está por debajo del mínimo 60' } },
        { rule: 'requiredChecks', message: { en: 'required check measurement.fcr is partial', es: 'la verificación obligatoria measurement.fcr está en estado partial' }, checks: ['measurement.fcr'] },
      ],
    },
    target: 'https://www.example.com',
    targets: { firstResponse: '1h' },
  });
}

/**
 * An audit of an example organisation. The examples are being written alongside
 * this work; when one does not load or validate yet, a synthetic report stands in
 * (and `synthetic` says so) so the renderers are still exercised.
 */
export function exampleReport(id: string, lang: Lang): { report: Report; synthetic: boolean; why?: string } {
  try {
    return { report: auditProfile({ profile: `examples/${id}/profile.yaml`, now: NOW, lang }), synthetic: false };
  } catch (err) {
    const r = syntheticReport();
    r.lang = lang;
    r.organisation = { ...r.organisation, name: `${id} (synthetic stand-in)` };
    return { report: r, synthetic: true, why: (err as Error).message };
  }
}

// ------------------------------------------------------------------ hostile content

/** Payloads that must stay text in every format; a script that runs sets window.__pwned. */
export const HOSTILE = {
  script: '<script>window.__pwned = "script"</script>',
  img: '<img src="https://evil.example/pixel.png" onerror="window.__pwned = \'img\'">',
  svg: '<svg onload="window.__pwned = \'svg\'"></svg>',
  attr: '" onmouseover="window.__pwned = \'attr\'" x="',
  singleQuote: "' autofocus onfocus='window.__pwned = \"sq\"' x='",
  closeTitle: '</title><script>window.__pwned = "title"</script>',
  closeStyle: '</style><script>window.__pwned = "style"</script><style>',
  closeTextarea: '</textarea></noscript></xmp><script>window.__pwned = "raw"</script>',
  link: '<link rel="stylesheet" href="https://evil.example/x.css"><meta http-equiv="refresh" content="0;url=https://evil.example/">',
  base: '<base href="https://evil.example/">',
  jsUrl: 'javascript:window.__pwned = "href"',
  jsUrlUpper: ' JaVaScRiPt:window.__pwned = "href2"',
  dataUrl: 'data:text/html,<script>window.__pwned = "data"</script>',
  httpsAttr: 'https://evil.example/a"><script>window.__pwned = "url"</script>',
  cdata: 'end ]]> of <![CDATA[ section',
  xmlEntities: '& &amp; < > " \' &lt;tag&gt; &#x3C;',
  control: 'bell\u0007 null\u0000 esc\u001b vt\u000b ff\u000c fffe\uFFFE lone\uD800 surrogate',
  markdown: 'pipe | in | cell ` backtick `` code `` **bold** _em_ [link](javascript:alert(1)) ![img](https://evil.example/i.png) <b>html</b> ~~strike~~ $x$',
  newlines: 'line one\nline two\r\nline three\r| --- | --- |\n# heading\n- item',
  workflow: 'msg\n::set-output name=x::pwned\r\n::error::injected %0A 100% done, key: value',
  leadingList: '- looks like a list',
  leadingHeading: '# looks like a heading',
  leadingNumber: '1. looks like a numbered list',
};

const ALL = Object.values(HOSTILE).join(' ');

export function hostileReport(): Report {
  const t = (s: string): Localized => ({ en: s, es: s });
  const checks: CheckResult[] = [
    check('channels.phone', {
      status: 'fail',
      severity: 'critical',
      effort: 'low',
      required: true,
      title: t(HOSTILE.closeTitle),
      failureTitle: t(`${HOSTILE.script} ${HOSTILE.markdown}`),
      why: t(HOSTILE.svg),
      remediation: t(`${HOSTILE.attr} ${HOSTILE.newlines}`),
      expectation: t(`${HOSTILE.cdata} ${HOSTILE.xmlEntities} ${HOSTILE.control}`),
      basis: [HOSTILE.singleQuote],
      evidence: {
        keys: ['site.contact.phones'],
        key: 'site.contact.phones',
        value: [HOSTILE.img, HOSTILE.script],
        origin: 'probe',
        sources: [
          { url: HOSTILE.jsUrl, snippet: HOSTILE.closeTextarea },
          { url: HOSTILE.jsUrlUpper, snippet: HOSTILE.link },
          { url: HOSTILE.dataUrl, selector: HOSTILE.attr },
          { url: HOSTILE.httpsAttr, snippet: HOSTILE.base, note: HOSTILE.workflow },
          { file: HOSTILE.closeStyle, line: 3, note: HOSTILE.markdown },
        ],
      },
    }),
    check('channels.email', {
      status: 'partial',
      score: 0.5,
      title: t(HOSTILE.closeStyle),
      failureTitle: t(`${HOSTILE.leadingList}`),
      expectation: t(HOSTILE.leadingNumber),
      remediation: t(HOSTILE.leadingHeading),
      evidence: { keys: ['site.contact.emails'], sources: [{ url: HOSTILE.httpsAttr }] },
    }),
    check('channels.chat', { status: 'error', reason: t(`${HOSTILE.script} ${HOSTILE.cdata} ${HOSTILE.workflow}`), title: t(HOSTILE.img) }),
    check('channels.hours', { status: 'unknown', reason: t(HOSTILE.control), question: { id: 'channels.hours', prompt: t(HOSTILE.script), answer: HOSTILE.img } }),
    check('channels.waived', {
      status: 'waived',
      score: 0,
      title: t(HOSTILE.svg),
      waiver: { check: 'channels.waived', owner: HOSTILE.script, justification: `${HOSTILE.markdown} ${HOSTILE.cdata}`, expires: HOSTILE.closeTitle, expired: false },
    }),
    check('channels.na', { status: 'not-applicable', reason: t(HOSTILE.closeTextarea) }),
    check('channels.pass', { status: 'pass', title: t(ALL) }),
  ];
  return makeReport(checks, {
    organisation: { name: `${HOSTILE.closeTitle} ${HOSTILE.markdown}`, country: HOSTILE.closeStyle, sector: HOSTILE.img, businessModel: ['b2c'], website: HOSTILE.jsUrl },
    target: HOSTILE.httpsAttr,
    profile: HOSTILE.closeTextarea,
    targets: { [HOSTILE.script]: HOSTILE.img, firstResponse: HOSTILE.markdown },
    expiredWaivers: [{ check: HOSTILE.attr, owner: HOSTILE.script, justification: HOSTILE.newlines, expires: HOSTILE.cdata, expired: true }],
    gate: {
      passed: false,
      evaluated: ['requiredChecks'],
      reasons: [{ rule: HOSTILE.closeStyle, message: t(`${HOSTILE.script} ${HOSTILE.workflow}`), checks: ['channels.phone'] }],
    },
  }, { channels: t(`${HOSTILE.closeStyle} ${HOSTILE.markdown}`) });
}
