/**
 * The interview loop: validate the profile, optionally probe the site, then ask the
 * planned steps one by one, saving each answer before the next question appears.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Checklist, Evidence, Lang, Profile } from '../types.js';
import { readProfile } from '../profile/load.js';
import { InputError } from '../util/errors.js';
import { normaliseAnswer } from '../engine/profile-evidence.js';
import { scoreAnswer } from '../engine/questions.js';
import { ProfileStore } from './store.js';
import { ask, factSpec, questionSpec, type AskSpec, type Outcome } from './ask.js';
import { firstStep, newSession, nextStep, planInterview, previousStep, progressOf, summarise, type Mode, type Step } from './flow.js';
import { channelsOnSite, findingsFor, prefillFact } from './findings.js';
import { msg } from './i18n.js';

export interface InterviewOptions {
  profilePath: string;
  checklists: Checklist[];
  lang: Lang;
  area?: string;
  review?: boolean;
  url?: string;
  /** The command that runs this interview again (printed to resume). */
  resumeCommand: string;
  /** The audit command to suggest at the end. */
  auditCommand: string;
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
  now?: () => Date;
  /** Probes the site; by default the shared gather pipeline, loaded only when asked for. */
  probe?: (url: string, log: (line: string) => void) => Promise<{ evidence: Evidence; pages: unknown[] }>;
}

export interface InterviewResult {
  code: 0 | 130;
}

/** Raised by inquirer on Ctrl-C; recognised by name so a second copy of the class still matches. */
function isExitPrompt(err: unknown): boolean {
  return (err as { name?: string } | null)?.name === 'ExitPromptError';
}

/** The audit's own gathering (one browser, closed afterwards); it reads the profile's country for phone numbers. */
async function defaultProbe(url: string, log: (line: string) => void, profile?: string) {
  const { gather } = await import('../gather.js');
  const r = await gather({ urls: [url], profile, lighthouse: false, log });
  return { evidence: r.evidence, pages: r.pages };
}

/** Throws InputError (exit 2) when the profile exists but is not valid: nothing is asked, nothing written. */
export function checkProfileFile(file: string, checklists: Checklist[]): void {
  if (!existsSync(file)) {
    const dir = path.dirname(path.resolve(file));
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      throw new InputError(`cannot create ${file}: folder ${path.dirname(file)} does not exist`);
    }
    return;
  }
  const r = readProfile(file, checklists);
  const errors = r.problems.filter((p) => p.severity === 'error');
  if (errors.length || !r.profile) {
    throw new InputError(`invalid profile ${file}; it was not changed. Fix it (\`readiness validate ${file}\`) and run the interview again`, errors);
  }
}

function currentAnswer(step: Step, profile: Profile, prefill: unknown): { value?: unknown; status?: 'dont-know' | 'skipped' } {
  if (step.kind === 'fact') {
    const v = step.fact.current(profile);
    return { value: v !== undefined ? v : prefill };
  }
  const raw = (profile.answers ?? {})[step.id];
  if (raw === undefined || raw === null) return {};
  const a = normaliseAnswer(raw);
  if (a.status === 'dont-know' || a.status === 'skipped') return { status: a.status };
  return { value: a.value };
}

function oneLine(s: string, max = 100): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

function shownAnswer(step: Step, value: unknown, lang: Lang): string {
  if (step.kind === 'question') {
    const s = scoreAnswer(step.question, value);
    if (s.kind === 'score' || s.kind === 'not-applicable') return s.shown[lang];
  } else if (step.fact.options) {
    const labels = (Array.isArray(value) ? value : [value]).map((v) => step.fact.options!.find((o) => o.value === v)?.label[lang] ?? String(v));
    return labels.join('; ');
  } else if (typeof value === 'boolean') {
    return msg(lang, value ? 'yes' : 'no');
  }
  return Array.isArray(value) ? value.join(', ') : String(value);
}

export async function runInterview(o: InterviewOptions): Promise<InterviewResult> {
  const { lang } = o;
  const say = (s = '') => o.out.write(`${s}\n`);
  const now = o.now ?? (() => new Date());
  checkProfileFile(o.profilePath, o.checklists);
  const store = ProfileStore.open(o.profilePath);
  if (!store.exists) say(msg(lang, 'newProfile', { file: o.profilePath }));
  say(msg(lang, 'intro', { file: o.profilePath }));

  let evidence: Evidence | undefined;
  if (o.url) {
    o.err.write(`${msg(lang, 'probing', { url: o.url })}\n`);
    try {
      const probe = o.probe ?? ((u, log) => defaultProbe(u, log, store.exists ? o.profilePath : undefined));
      const r = await probe(o.url, (line) => o.err.write(`${line}\n`));
      evidence = r.evidence;
      o.err.write(`${msg(lang, 'probesDone', { n: r.pages.length })}\n`);
    } catch (err) {
      const e = err as { code?: string; message?: string };
      const reason = e.code === 'ERR_MODULE_NOT_FOUND' ? (lang === 'es' ? 'el módulo de sondas aún no está instalado' : 'the probes module is not installed yet') : (e.message ?? String(err)).split('\n')[0];
      o.err.write(`${msg(lang, 'probesUnavailable', { reason })}\n`);
    }
  }

  const mode: Mode = o.review ? 'review' : 'ask';
  const session = newSession();
  const planOpts = { area: o.area, review: o.review };
  let plan = planInterview(o.checklists, store.profile, planOpts);
  let idx = firstStep(plan, store.profile, mode, session);
  if (idx === -1) say(msg(lang, o.review ? 'nothingToReview' : 'allAnswered'));

  try {
    while (idx !== -1) {
      const step = plan[idx];
      const profile = store.profile;
      session.visited.add(step.id);
      const prefill = step.kind === 'fact' ? prefillFact(step.id, evidence) : undefined;
      const cur = currentAnswer(step, profile, prefill);
      const spec: AskSpec = step.kind === 'fact' ? factSpec(step.fact, lang, cur.value) : questionSpec(step.question, lang, cur.value, cur.status);

      const p = progressOf(plan, step.id)!;
      say();
      say(`${p.areaTitle[lang]} — ${msg(lang, 'question')} ${p.inArea} ${msg(lang, 'of')} ${p.areaTotal}; ${p.overall} ${msg(lang, 'of')} ${p.total} ${msg(lang, 'overall')}`);
      const findings = findingsFor(step.id, evidence, lang);
      if (findings.length) say(`  ${msg(lang, 'foundOnSite')}:`);
      for (const line of findings) say(`    · ${line}`);
      const answeredBefore = step.kind === 'fact' ? step.fact.current(profile) !== undefined : cur.value !== undefined || cur.status !== undefined;
      if (step.kind === 'fact' && !answeredBefore && prefill !== undefined) say(`  ${msg(lang, 'prefilled')}`);
      if (answeredBefore) {
        if (cur.status) say(`  (${msg(lang, cur.status === 'dont-know' ? 'currentDontKnow' : 'currentSkipped')})`);
        // Ticked boxes already show a list answer; anything else is shown on one line.
        else if (spec.type !== 'multiChoice') say(`  (${msg(lang, 'current')}: ${oneLine(shownAnswer(step, cur.value, lang))})`);
      }
      if (step.kind === 'question' && step.question.help) say(`  ${step.question.help[lang]}`);
      if (spec.type === 'input') say(`  ${msg(lang, spec.allowUnknown ? 'typedHint' : 'typedHintRequired')}`);

      const outcome: Outcome = await ask(spec);
      if (outcome.kind === 'help') {
        const why = step.kind === 'fact' ? step.fact.why : step.check.why;
        const basis = step.kind === 'fact' ? step.fact.basis : step.check.basis;
        say(`  ${msg(lang, 'why')}: ${why[lang].replace(/\s+/g, ' ').trim()}`);
        if (basis.length) say(`  ${msg(lang, 'basis')}: ${basis.join(', ')}`);
        if (step.kind === 'question') say(`  ${msg(lang, 'check')}: ${step.check.id} — ${step.check.title[lang]}`);
        continue;
      }
      if (outcome.kind === 'back') {
        const prev = previousStep(plan, step.id);
        if (prev === -1) say(`  ${msg(lang, 'firstQuestion')}`);
        else idx = prev;
        continue;
      }
      if (step.kind === 'fact') {
        if (outcome.kind === 'answer') {
          const ctx = { channelValues: channelsOnSite(evidence) };
          store.setMany(step.fact.changes(profile, outcome.value, ctx));
          session.deferred.delete(step.id);
        } else {
          session.deferred.add(step.id);
          say(`  ${msg(lang, 'factLeftOpen')}`);
        }
      } else {
        store.answer(step.id, outcome, now());
      }
      plan = planInterview(o.checklists, store.profile, planOpts);
      idx = nextStep(plan, step.id, store.profile, mode, session);
    }
  } catch (err) {
    if (!isExitPrompt(err)) throw err;
    say();
    say(store.exists ? msg(lang, 'interrupted', { file: o.profilePath }) : msg(lang, 'interruptedUnsaved'));
    say(`${msg(lang, 'resumeWith')}  ${o.resumeCommand}`);
    return { code: 130 };
  }

  printSummary(o, store.profile);
  return { code: 0 };
}

function printSummary(o: InterviewOptions, profile: Profile): void {
  const { lang } = o;
  const say = (s = '') => o.out.write(`${s}\n`);
  const rows = summarise(o.checklists, profile, o.area);
  const head = [msg(lang, 'colArea'), msg(lang, 'colAnswered'), msg(lang, 'colDontKnow'), msg(lang, 'colSkipped'), msg(lang, 'colOpen')];
  const body = rows.map((r) => [r.title[lang], String(r.answered), String(r.dontKnow), String(r.skipped), String(r.open)]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => '  ' + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  say();
  say(`${msg(lang, 'summary')} — ${o.profilePath}`);
  say(line(head));
  for (const b of body) say(line(b));
  const na = rows.reduce((s, r) => s + r.notApplicable, 0);
  if (na) say(`  ${na === 1 ? msg(lang, 'notApplicableOne') : msg(lang, 'notApplicableNote', { n: na })}`);
  if (rows.some((r) => r.open > 0)) {
    say();
    say(msg(lang, 'continueWith'));
    say(`  ${o.resumeCommand.replace(/ --review\b/, '')}`);
  }
  say();
  say(msg(lang, 'nextAudit'));
  say(`  ${o.auditCommand}`);
}
