/**
 * The interview in a terminal: validate the profile, optionally probe the site, then
 * ask the steps the engine plans one by one, saving each answer before the next
 * question appears. The web page (web/server.ts) drives the same engine.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Checklist, Evidence, Lang } from '../types.js';
import { readProfile } from '../profile/load.js';
import { InputError } from '../util/errors.js';
import { ProfileStore } from './store.js';
import { ask } from './ask.js';
import type { Outcome } from './spec.js';
import { newSession, type AreaSummary } from './flow.js';
import { InterviewEngine, oneLine } from './engine.js';
import { formatNumber, t } from '../i18n/index.js';

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
export function checkProfileFile(file: string, checklists: Checklist[], lang: Lang = 'en'): void {
  if (!existsSync(file)) {
    const dir = path.dirname(path.resolve(file));
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      throw new InputError(t(lang, 'interview.profile.noFolder', { file, folder: path.dirname(file) }));
    }
    return;
  }
  const r = readProfile(file, checklists);
  const errors = r.problems.filter((p) => p.severity === 'error');
  if (errors.length || !r.profile) throw new InputError(t(lang, 'interview.profile.invalid', { file }), errors);
}

/** Validates the profile, opens the store and, with a URL, probes the site: what every front end does first. */
export async function openInterview(o: {
  profilePath: string;
  checklists: Checklist[];
  lang: Lang;
  area?: string;
  review?: boolean;
  url?: string;
  err: NodeJS.WritableStream;
  now?: () => Date;
  probe?: InterviewOptions['probe'];
}, announce?: (store: ProfileStore) => void): Promise<InterviewEngine> {
  const { lang } = o;
  checkProfileFile(o.profilePath, o.checklists, lang);
  const store = ProfileStore.open(o.profilePath);
  announce?.(store);
  let evidence: Evidence | undefined;
  if (o.url) {
    o.err.write(`${t(lang, 'interview.probing', { url: o.url })}\n`);
    try {
      const probe = o.probe ?? ((u, log) => defaultProbe(u, log, store.exists ? o.profilePath : undefined));
      const r = await probe(o.url, (line) => o.err.write(`${line}\n`));
      evidence = r.evidence;
      o.err.write(`${t(lang, 'interview.probesDone', { n: r.pages.length })}\n`);
    } catch (err) {
      const e = err as { code?: string; message?: string };
      const reason = e.code === 'ERR_MODULE_NOT_FOUND' ? t(lang, 'interview.probesNotInstalled') : (e.message ?? String(err)).split('\n')[0];
      o.err.write(`${t(lang, 'interview.probesUnavailable', { reason })}\n`);
    }
  }
  return new InterviewEngine({ checklists: o.checklists, store, area: o.area, review: o.review, evidence, now: o.now });
}

export async function runInterview(o: InterviewOptions): Promise<InterviewResult> {
  const { lang } = o;
  const say = (s = '') => o.out.write(`${s}\n`);
  const engine = await openInterview(o, (store) => {
    if (!store.exists) say(t(lang, 'interview.newProfile', { file: o.profilePath }));
    say(t(lang, 'interview.intro', { file: o.profilePath }));
  });
  const { store } = engine;

  const session = newSession();
  let step = engine.start(session);
  if (!step) say(t(lang, o.review ? 'interview.nothingToReview' : 'interview.allAnswered'));

  try {
    while (step) {
      const view = engine.view(step, lang, session);
      const { spec, progress: p } = view;
      say();
      say(t(lang, 'interview.progress', { area: p.areaTitle[lang], n: p.inArea, total: p.areaTotal, overall: p.overall, all: p.total }));
      if (view.findings.length) say(`  ${t(lang, 'interview.foundOnSite')}`);
      for (const line of view.findings) say(`    · ${line}`);
      if (view.prefilled) say(`  ${t(lang, 'interview.prefilled')}`);
      if (view.answered) {
        if (view.current.status) say(`  ${t(lang, view.current.status === 'dont-know' ? 'interview.currentDontKnow' : 'interview.currentSkipped')}`);
        // Ticked boxes already show a list answer; anything else is shown on one line.
        else if (spec.type !== 'multiChoice' && view.shown !== undefined) say(`  ${t(lang, 'interview.current', { answer: oneLine(view.shown) })}`);
      }
      if (view.help) say(`  ${view.help}`);
      if (spec.type === 'input') say(`  ${t(lang, spec.allowUnknown ? 'interview.typedHint' : 'interview.typedHintRequired')}`);

      const outcome: Outcome = await ask(spec);
      if (outcome.kind === 'help') {
        const { why } = view;
        say(`  ${t(lang, 'interview.why', { text: why.text })}`);
        if (why.basis.length) say(`  ${t(lang, 'interview.basis', { ids: why.basis.join(', ') })}`);
        if (why.check) say(`  ${t(lang, 'interview.check', { id: why.check.id, title: why.check.title })}`);
        continue;
      }
      if (outcome.kind === 'back') {
        const prev = engine.previous(step);
        if (!prev) say(`  ${t(lang, 'interview.firstQuestion')}`);
        else step = prev;
        continue;
      }
      const r = engine.record(step, outcome, session);
      if (r.leftOpen) say(`  ${t(lang, 'interview.factLeftOpen')}`);
      step = r.next;
    }
  } catch (err) {
    if (!isExitPrompt(err)) throw err;
    say();
    say(store.exists ? t(lang, 'interview.interrupted', { file: o.profilePath }) : t(lang, 'interview.interruptedUnsaved'));
    say(`${t(lang, 'interview.resumeWith')}  ${o.resumeCommand}`);
    return { code: 130 };
  }

  printSummary(o, engine.summary());
  return { code: 0 };
}

function printSummary(o: InterviewOptions, rows: AreaSummary[]): void {
  const { lang } = o;
  const say = (s = '') => o.out.write(`${s}\n`);
  const head = [t(lang, 'interview.col.area'), t(lang, 'interview.col.answered'), t(lang, 'interview.col.dontKnow'), t(lang, 'interview.col.skipped'), t(lang, 'interview.col.open')];
  const n = (v: number) => formatNumber(v, lang);
  const body = rows.map((r) => [r.title[lang], n(r.answered), n(r.dontKnow), n(r.skipped), n(r.open)]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => '  ' + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  say();
  say(t(lang, 'interview.summaryOf', { file: o.profilePath }));
  say(line(head));
  for (const b of body) say(line(b));
  const na = rows.reduce((s, r) => s + r.notApplicable, 0);
  if (na) say(`  ${t(lang, 'interview.notApplicable', { n: na })}`);
  if (rows.some((r) => r.open > 0)) {
    say();
    say(t(lang, 'interview.continueWith'));
    say(`  ${o.resumeCommand.replace(/ --review\b/, '')}`);
  }
  say();
  say(t(lang, 'interview.nextAudit'));
  say(`  ${o.auditCommand}`);
}
