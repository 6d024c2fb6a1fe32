/**
 * Account-area and journey evidence, from what the signed-in probes saw. Pure: the same
 * runs give the same evidence, so a split run's shards can be joined by rebuilding it
 * from every shard's journey runs (as Lighthouse's evidence is rebuilt from its pages).
 */
import { reason, type MessageId, type MessageValues } from '../../i18n/index.js';
import type { Evidence, EvidenceItem, Source } from '../../types.js';
import { keysOf } from '../../evidence/keys.js';
import type { FunctionFinding } from './functions.js';
import type { JourneyRun } from './journeys.js';
import type { StepFault } from './steps.js';

function missing(id: MessageId, values?: MessageValues): EvidenceItem {
  const r = reason(id, values);
  return { sources: [], origin: 'probe', missing: r.message, missingReason: r.reason };
}

function errorItem(code: string, id: MessageId, values?: MessageValues, sources: Source[] = []): EvidenceItem {
  return { sources, origin: 'probe', error: { code, ...reason(id, values) } };
}

function note(id: MessageId, values?: MessageValues): Pick<Source, 'note' | 'noteReason'> {
  const r = reason(id, values);
  return { note: r.message, noteReason: r.reason };
}

/** Every account key, missing: no sign-in is configured. */
export function accountNotConfigured(): Evidence {
  return Object.fromEntries(keysOf('account').map((k) => [k, missing('account.missing.noLogin')]));
}

/** Every journey key, missing: no journey is configured (or none fell to this process). */
export function journeysNotConfigured(id: MessageId = 'account.missing.noJourneys'): Evidence {
  return Object.fromEntries(keysOf('journeys').map((k) => [k, missing(id)]));
}

/** Every journey key, the fault that kept the journeys from running. */
export function journeysFailed(f: StepFault): Evidence {
  return Object.fromEntries(keysOf('journeys').map((k) => [k, errorItem(f.code, f.reason.id, f.reason.values)]));
}

/** Every account key, the sign-in's fault: naming the step it stopped at. */
export function accountLoginFailed(f: StepFault, step: { index: number; label: string } | undefined, loginUrl: string): Evidence {
  const item = (): EvidenceItem => errorItem(f.code, step ? 'account.login.failedAt' : 'account.login.failedPlain', { step: step?.index ?? 0, label: step?.label ?? '', detail: { msg: f.reason } }, [{ url: loginUrl }]);
  return Object.fromEntries(keysOf('account').map((k) => [k, item()]));
}

export interface AccountAreaRead {
  landing: string;
  signInMs: number;
  pagesRead: number;
  pagesFailed: { url: string; code: string }[];
  findings: FunctionFinding[];
  /** The landing page could not be read: nothing behind the sign-in is known. */
  landingError?: { code: string; message: string };
}

export function accountEvidence(a: AccountAreaRead, collectedAt?: string): Evidence {
  const at = collectedAt ? { collectedAt } : {};
  const signedIn: EvidenceItem = { value: true, sources: [{ url: a.landing, ...note('account.note.signedIn', { duration: { duration: a.signInMs } }) }], origin: 'probe', ...at };
  if (a.landingError) {
    const err = (): EvidenceItem => ({ ...errorItem(a.landingError!.code, 'account.area.landingUnreadable', { url: a.landing, detail: a.landingError!.message }, [{ url: a.landing }]), ...at });
    return { 'site.account.signedIn': signedIn, 'site.account.functions': err(), 'site.account.functionsFound': err(), 'site.account.clicksMax': err(), 'site.account.pages': { value: 0, sources: [{ url: a.landing }], origin: 'probe', ...at } };
  }
  const found = a.findings.filter((f) => f.found);
  const failedNotes: Source[] = a.pagesFailed.slice(0, 10).map((p) => ({ url: p.url, ...note('account.note.pageFailed', { code: p.code }) }));
  const sourceOf = (f: FunctionFinding): Source => ({
    url: f.url,
    ...(f.text ? { snippet: f.text.slice(0, 160) } : {}),
    ...(f.selector ? { selector: f.selector } : {}),
    ...note('account.note.found', { function: { msg: { id: `account.function.${f.function}` as MessageId } }, clicks: f.clicks ?? 0, via: { msg: { id: `account.via.${f.via ?? 'page'}` as MessageId } } }),
  });
  const out: Evidence = {
    'site.account.signedIn': signedIn,
    'site.account.functions': { value: a.findings.map((f) => ({ ...f })), sources: found.map(sourceOf).slice(0, 20), origin: 'probe', ...at },
    'site.account.functionsFound': { value: found.map((f) => f.function), sources: [...found.map(sourceOf), ...failedNotes].slice(0, 30), origin: 'probe', ...at },
    'site.account.pages': { value: a.pagesRead, sources: [{ url: a.landing }, ...failedNotes], origin: 'probe', ...at },
  };
  out['site.account.clicksMax'] = found.length
    ? { value: Math.max(...found.map((f) => f.clicks ?? 0)), sources: found.filter((f) => f.clicks === Math.max(...found.map((x) => x.clicks ?? 0))).map(sourceOf), origin: 'probe', ...at }
    : { ...missing('account.missing.noFunction'), ...at };
  return out;
}

/** Journey evidence from the runs (in the config's order). */
export function journeyEvidence(runs: readonly JourneyRun[], collectedAt?: string): Evidence {
  const at = collectedAt ? { collectedAt } : {};
  if (!runs.length) return journeysNotConfigured('account.missing.noJourneyRun');
  const sources: Source[] = runs.map((r) => ({
    url: r.start,
    snippet: r.name,
    ...(r.success
      ? note('account.note.journeyDone', { name: r.name, actions: r.actions, pages: r.pages, duration: { duration: r.timeMs } })
      : note('account.note.journeyStopped', { name: r.name, step: r.failedAt!.step, label: r.failedAt!.label, detail: { msg: r.failedAt!.reason } })),
  }));
  const completed = runs.filter((r) => r.success).length;
  const out: Evidence = {
    'site.journeys.runs': { value: runs.map((r) => ({ ...r })), sources, origin: 'probe', ...at },
    'site.journeys.completed': { value: completed / runs.length, sources, origin: 'probe', ...at },
  };
  const stopped = runs.find((r) => !r.success);
  out['site.journeys.effortMax'] = stopped
    ? { ...errorItem(stopped.failedAt!.code, 'account.journey.stoppedAt', { name: stopped.name, step: stopped.failedAt!.step, label: stopped.failedAt!.label, detail: { msg: stopped.failedAt!.reason } }, sources), ...at }
    : { value: Math.max(...runs.map((r) => r.actions)), sources, origin: 'probe', ...at };
  return out;
}
