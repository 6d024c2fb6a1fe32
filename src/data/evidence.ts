/**
 * Computed figures → evidence items. Each item carries its sample size (so a check
 * can refuse to judge on too few records) and its provenance: the files, the period,
 * the rows read and excluded. When the profile also types a figure for the same key,
 * the export's figure is used and the item says what the profile stated.
 */
import path from 'node:path';
import type { Evidence, EvidenceItem, Lang, Profile, Source } from '../types.js';
import { EVIDENCE_KEYS } from '../evidence/keys.js';
import { parseDuration } from '../util/duration.js';
import type { MessageId } from '../i18n/index.js';
import type { SourceResult } from './load.js';
import { DIGITAL_CHANNELS, type Figure } from './metrics/common.js';
import { noteText, type NoteParams } from './provenance.js';

/** A provenance note: its text in the gathering language, and the message to word it again in another. */
function source(id: MessageId, params: NoteParams, lang: Lang, file?: string): Source {
  const message = { id, params };
  return { ...(file ? { file } : {}), note: noteText(message, lang), message };
}

export function displayFile(f: string): string {
  const rel = path.relative(process.cwd(), f);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : f;
}

export interface EvidenceOptions {
  profile?: Profile;
  lang?: Lang;
}

/** The evidence of every loaded source, with provenance and the profile's figure when it typed one too. */
export function dataEvidence(results: SourceResult[], opts: EvidenceOptions): Evidence {
  const lang = opts.lang ?? 'en';
  const out: Evidence = {};
  const metrics = opts.profile?.metrics ?? {};
  const add = (key: string, fig: Figure, r: SourceResult) => {
    const prior = out[key];
    if (prior && (prior.sample ?? 0) >= fig.n) return;
    const files = r.files.map((f) => displayFile(f.file));
    const params: NoteParams = {
      files: files.map((f) => path.basename(f)).join(', '),
      from: r.days?.from ?? 'none',
      to: r.days?.to ?? 'none',
      rows: r.rows,
      excluded: r.excluded,
      n: fig.n,
      approx: fig.approximate ? 'true' : 'false',
    };
    const sources: Source[] = [source('data.prov.figure', params, lang, files.join(', '))];
    const typed = metrics[key];
    if (typed !== undefined) {
      const m = typed && typeof typed === 'object' && !Array.isArray(typed) ? (typed as { value?: unknown; source?: string; period?: string }) : { value: typed };
      const type = (EVIDENCE_KEYS as Record<string, { type: string } | undefined>)[key]?.type;
      const kind = type === 'duration' ? 'duration' : type === 'ratio' ? 'percent' : 'other';
      const value = kind === 'duration' ? parseDuration(m.value) ?? String(m.value) : typeof m.value === 'number' ? m.value : String(m.value);
      const note = [m.source, m.period].filter(Boolean).join(', ') || 'none';
      sources.push(source('data.prov.profileToo', { kind: typeof value === 'number' ? kind : 'other', value, note }, lang, opts.profile?.file));
    }
    const item: EvidenceItem = { value: fig.value, sources, origin: 'data', sample: fig.n };
    out[key] = item;
  };
  for (const r of results) {
    for (const [key, fig] of Object.entries(r.figures)) {
      if (fig.value === undefined || fig.value === null) continue;
      add(key, fig, r);
    }
  }
  // Contacts on digital channels, across tickets and calls when both were exported.
  const tickets = results.find((r) => r.kind === 'tickets' && r.figures['data.tickets.byChannel']);
  if (tickets) {
    const rows = tickets.figures['data.tickets.byChannel'].value as { channel: string; tickets: number }[];
    const calls = results.find((r) => r.kind === 'calls')?.figures['data.calls.records']?.n ?? 0;
    const digital = rows.filter((x) => DIGITAL_CHANNELS.has(x.channel)).reduce((s, x) => s + x.tickets, 0);
    const total = rows.reduce((s, x) => s + x.tickets, 0) + calls;
    if (total) add('data.channels.digitalUsageShare', { value: Math.round((digital / total) * 10000) / 10000, n: total }, tickets);
  }
  return out;
}
