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
  checkProfileFile(o.profilePath, o.checklists);
  const store = ProfileStore.open(o.profilePath);
  announce?.(store);
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
      const reason = e.code === 'ERR_MODULE_NOT_FOUND' ? msg(lang, 'probesNotInstalled') : (e.message ?? String(err)).split('\n')[0];
      o.err.write(`${msg(lang, 'probesUnavailable', { reason })}\n`);
    }
  }
  return new InterviewEngine({ checklists: o.checklists, store, area: o.area, review: o.review, evidence, now: o.now });
}

export async function runInterview(o: InterviewOptions): Promise<InterviewResult> {
  const { lang } = o;
  const say = (s = '') => o.out.write(`${s}\n`);
  const engine = await openInterview(o, (store) => {
    if (!store.exists) say(msg(lang, 'newProfile', { file: o.profilePath }));
    say(msg(lang, 'intro', { file: o.profilePath }));
  });
  const { store } = engine;

  const session = newSession();
  let step = engine.start(session);
  if (!step) say(msg(lang, o.review ? 'nothingToReview' : 'allAnswered'));

  try {
    while (step) {
      const view = engine.view(step, lang, session);
      const { spec, progress: p } = view;
      say();
      say(`${p.areaTitle[lang]} — ${msg(lang, 'question')} ${p.inArea} ${msg(lang, 'of')} ${p.areaTotal}; ${p.overall} ${msg(lang, 'of')} ${p.total} ${msg(lang, 'overall')}`);
      if (view.findings.length) say(`  ${msg(lang, 'foundOnSite')}:`);
      for (const line of view.findings) say(`    · ${line}`);
      if (view.prefilled) say(`  ${msg(lang, 'prefilled')}`);
      if (view.answered) {
        if (view.current.status) say(`  (${msg(lang, view.current.status === 'dont-know' ? 'currentDontKnow' : 'currentSkipped')})`);
        // Ticked boxes already show a list answer; anything else is shown on one line.
        else if (spec.type !== 'multiChoice' && view.shown !== undefined) say(`  (${msg(lang, 'current')}: ${oneLine(view.shown)})`);
      }
      if (view.help) say(`  ${view.help}`);
      if (spec.type === 'input') say(`  ${msg(lang, spec.allowUnknown ? 'typedHint' : 'typedHintRequired')}`);

      const outcome: Outcome = await ask(spec);
      if (outcome.kind === 'help') {
        const { why } = view;
        say(`  ${msg(lang, 'why')}: ${why.text}`);
        if (why.basis.length) say(`  ${msg(lang, 'basis')}: ${why.basis.join(', ')}`);
        if (why.check) say(`  ${msg(lang, 'check')}: ${why.check.id} — ${why.check.title}`);
        continue;
      }
      if (outcome.kind === 'back') {
        const prev = engine.previous(step);
        if (!prev) say(`  ${msg(lang, 'firstQuestion')}`);
        else step = prev;
        continue;
      }
      const r = engine.record(step, outcome, session);
      if (r.leftOpen) say(`  ${msg(lang, 'factLeftOpen')}`);
      step = r.next;
    }
  } catch (err) {
    if (!isExitPrompt(err)) throw err;
    say();
    say(store.exists ? msg(lang, 'interrupted', { file: o.profilePath }) : msg(lang, 'interruptedUnsaved'));
    say(`${msg(lang, 'resumeWith')}  ${o.resumeCommand}`);
    return { code: 130 };
  }

  printSummary(o, engine.summary());
  return { code: 0 };
}

function printSummary(o: InterviewOptions, rows: AreaSummary[]): void {
  const { lang } = o;
  const say = (s = '') => o.out.write(`${s}\n`);
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
