import type { IO } from '../main.js';
import { UserError } from '../exit.js';
import { loadChecklists } from '../../checklists/load.js';
import type { CheckDef, Lang } from '../../types.js';
import { checkExtras, describeApplicability, describeTest } from '../../checklists/stats-text.js';
import { t } from '../../i18n/index.js';

export async function run(id: string | undefined, opts: { lang?: Lang; json?: boolean; keys?: boolean; stats?: boolean }, io: IO): Promise<number> {
  const lang: Lang = opts.lang ?? 'en';
  if (opts.stats) {
    const { printStats } = await import('../../checklists/stats-text.js');
    io.stdout.write(printStats(loadChecklists(), lang, Boolean(opts.json)));
    return 0;
  }
  if (opts.keys) {
    const { EVIDENCE_KEYS } = await import('../../evidence/keys.js');
    if (opts.json) io.stdout.write(JSON.stringify(EVIDENCE_KEYS, null, 2) + '\n');
    else io.stdout.write(evidenceKeysMarkdown(EVIDENCE_KEYS));
    return 0;
  }
  const lists = loadChecklists();
  const w = (s: string) => io.stdout.write(s + '\n');
  // The catalogue (ICU messages) loads only for the listings that show labels: the area list stays a fast start.
  const labels = async () => (await import('../../report/i18n.js')).SEVERITY_LABEL;

  if (!id) {
    if (opts.json) {
      w(JSON.stringify(lists.map((l) => ({ id: l.id, version: l.version, title: l.title, weight: l.weight, checks: l.checks.map((c) => c.id) })), null, 2));
      return 0;
    }
    let total = 0;
    for (const l of lists) {
      const questions = l.checks.filter((c) => c.question).length;
      total += l.checks.length;
      w(`${l.id.padEnd(16)} ${l.title[lang].padEnd(42)} ${String(l.checks.length).padStart(3)} checks (${questions} questions, ${l.checks.length - questions} observed)  weight ${l.weight}`);
    }
    w(`\n${lists.length} areas, ${total} checks. \`readiness checklists <area>\` lists an area; \`readiness checklists <check-id>\` explains a check.`);
    return 0;
  }

  const area = lists.find((l) => l.id === id);
  if (area) {
    if (opts.json) {
      w(JSON.stringify(area, null, 2));
      return 0;
    }
    w(`${area.title[lang]} (${area.id} ${area.version})`);
    if (area.description) w(area.description[lang]);
    w('');
    const SEVERITY_LABEL = await labels();
    for (const c of area.checks) {
      const how = c.question ? `question (${c.question.type})` : `evidence ${typeof c.evidence === 'string' ? c.evidence : c.evidence!.anyOf.join(' | ')}`;
      w(`  ${c.id.padEnd(44)} w${c.weight} ${SEVERITY_LABEL[c.severity][lang].padEnd(8)} ${c.title[lang]}`);
      w(`  ${''.padEnd(44)} ${how} · ${c.basis.join(', ')}`);
    }
    return 0;
  }

  // A pack (`legal`): its areas, each with when it applies, as a config's `areas: { legal: … }` reaches them.
  const pack = lists.filter((l) => l.pack === id);
  if (pack.length) {
    if (opts.json) {
      w(JSON.stringify(pack.map((l) => ({ id: l.id, title: l.title, appliesWhen: l.appliesWhen, checks: l.checks.map((c) => c.id) })), null, 2));
      return 0;
    }
    for (const l of pack) {
      const scored = l.checks.filter((c) => !c.advisory).length;
      const when = l.appliesWhen ? `  ${describeApplicability(l.appliesWhen, lang)}` : '';
      w(`${l.id.padEnd(16)} ${l.title[lang].padEnd(28)} ${t(lang, 'checklists.pack.checks', { checks: l.checks.length, scored })}${when}`);
    }
    return 0;
  }

  const check = lists.flatMap((l) => l.checks).find((c) => c.id === id || c.question?.id === id);
  if (!check) {
    const known = lists.map((l) => l.id).join(', ');
    throw new UserError({ id: 'cli.noSuchCheck', values: { id, areas: known } });
  }
  if (opts.json) {
    const { location: _location, ...rest } = check;
    w(JSON.stringify(rest, null, 2));
    return 0;
  }
  explain(check, lang, w, await labels());
  return 0;
}

function explain(c: CheckDef, lang: Lang, w: (s: string) => void, SEVERITY_LABEL: Record<CheckDef['severity'], Record<Lang, string>>): void {
  const L = (id: Parameters<typeof t>[1], values?: Parameters<typeof t>[2]) => t(lang, id, values);
  w(`${c.id}`);
  w(`  ${c.title[lang]}`);
  w(`  ${L('checklists.explain.whenFailing')}: ${c.failureTitle[lang]}`);
  w('');
  w(`${L('checklists.explain.why')}: ${c.why[lang]}`);
  w(`${L('checklists.explain.basis')}: ${c.basis.join(', ')}   ${L('checklists.explain.weight')}: ${c.weight}   ${L('checklists.explain.severity')}: ${SEVERITY_LABEL[c.severity][lang]}   ${L('checklists.explain.effort')}: ${L(`effort.${c.effort ?? 'medium'}`)}`);
  if (c.appliesWhen) w(`${L('checklists.explain.appliesWhen')}: ${describeApplicability(c.appliesWhen, lang)}`);
  const extras = checkExtras(c, lang);
  if (extras) w(extras);
  if (c.question) {
    const q = c.question;
    w('');
    w(`${L('checklists.explain.question')} (${q.id}, ${q.type}): ${q.prompt[lang]}`);
    if (q.help) w(`  ${q.help[lang]}`);
    for (const o of q.options ?? []) w(`  - ${o.value.padEnd(24)} ${o.label[lang]}  → ${o.score === null ? L('checklists.explain.notApplicable') : o.score}`);
    if (q.type === 'yesNo') w(`  ${L('common.yes')} → ${q.yesScore ?? 1}, ${L('common.no')} → ${1 - (q.yesScore ?? 1)}`);
  } else {
    w('');
    w(`${L('checklists.explain.evidence')}: ${typeof c.evidence === 'string' ? c.evidence : c.evidence!.anyOf.join(' | ')}`);
  }
  if (c.test) w(`${L('checklists.explain.test')}: ${describeTest(c.test, lang)}`);
  if (c.definition) w(`${L('checklists.explain.definition')}: ${c.definition[lang]}`);
  w('');
  w(`${L('checklists.explain.remediation')}: ${c.remediation[lang]}`);
  if (c.location) w(`\n${c.location.file}:${c.location.line}:${c.location.column}`);
}

/** The README's evidence-key table is this output, so the docs cannot drift from the registry. */
export function evidenceKeysMarkdown(keys: Record<string, { type: string; source: string; description: string }>): string {
  const rows = Object.entries(keys).map(([k, d]) => `| \`${k}\` | ${d.type} | ${d.source} | ${d.description.replace(/\|/g, '\\|')} |`);
  return ['| key | type | source | meaning |', '| --- | --- | --- | --- |', ...rows].join('\n') + '\n';
}
