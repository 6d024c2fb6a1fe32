/**
 * The audit history: one file per audit named by organisation and date, the trend and
 * the checks that changed state since the last audit, retention by count and age that
 * never touches other files, and the trend section of the HTML report.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditProfile } from '../../src/audit.js';
import { applyRetention, buildHistory, historySlug, listHistory, openHistory, saveToHistory } from '../../src/history/index.js';
import { trendSection } from '../../src/history/html.js';
import { loadProfile } from '../../src/profile/load.js';
import { renderHtml } from '../../src/report/html.js';
import type { Report } from '../../src/types.js';
import { ROOT, scratch } from '../helpers/cli.js';

const profile = loadProfile(path.join(ROOT, 'examples/tienda-andina/profile.yaml'));

function auditAt(iso: string, answers: Record<string, unknown> = {}, name?: string): Report {
  const p = { ...profile, organisation: { ...profile.organisation, ...(name ? { name } : {}) }, answers: { ...profile.answers, ...answers } };
  return auditProfile({ profile: p, checklists: ['channels', 'self-service'], now: new Date(iso) });
}

describe('history files', () => {
  it.each([
    ['Tienda Andina', 'tienda-andina'],
    ['Distribuidora del Valle S.A.S.', 'distribuidora-del-valle-s-a-s'],
    ['Alcaldía de San Isidro', 'alcaldia-de-san-isidro'],
    ['../../etc/passwd', 'etc-passwd'],
    ['***', 'organisation'],
  ])('names %s files %s-<date>.json', (name, slug) => expect(historySlug(name)).toBe(slug));

  it('keeps one file per audit, a second the same day with -2, and lists them oldest first', () => {
    const dir = scratch();
    const a = saveToHistory(dir, auditAt('2026-10-01T10:00:00Z'));
    const b = saveToHistory(dir, auditAt('2026-10-20T09:00:00Z'));
    const c = saveToHistory(dir, auditAt('2026-10-20T15:00:00Z'));
    expect([a, b, c].map((f) => path.basename(f))).toEqual(['tienda-andina-2026-10-01.json', 'tienda-andina-2026-10-20.json', 'tienda-andina-2026-10-20-2.json']);
    expect(listHistory(dir, 'Tienda Andina').map((h) => h.report.generatedAt)).toEqual(['2026-10-01T10:00:00.000Z', '2026-10-20T09:00:00.000Z', '2026-10-20T15:00:00.000Z']);
  });

  it('reads only this organisation\'s reports, and skips what is not one', () => {
    const dir = scratch();
    saveToHistory(dir, auditAt('2026-10-01T10:00:00Z'));
    saveToHistory(dir, auditAt('2026-10-02T10:00:00Z', {}, 'Tienda Andina Norte'));
    writeFileSync(path.join(dir, 'tienda-andina-2026-10-03.json'), '{ not json');
    writeFileSync(path.join(dir, 'notes.txt'), 'mine');
    const skipped: string[] = [];
    expect(listHistory(dir, 'Tienda Andina', skipped)).toHaveLength(1);
    expect(skipped.map((f) => path.basename(f))).toEqual(['tienda-andina-2026-10-03.json']);
  });

  it('keeps the newest `keep` audits and those younger than maxAge, never the last one, and no other file', () => {
    const dir = scratch();
    for (const d of ['01', '05', '10', '15', '20']) saveToHistory(dir, auditAt(`2026-10-${d}T10:00:00Z`));
    saveToHistory(dir, auditAt('2026-10-01T10:00:00Z', {}, 'Otra Tienda'));
    writeFileSync(path.join(dir, 'notes.txt'), 'mine');
    const removed = applyRetention(dir, 'Tienda Andina', { keep: 3 });
    expect(removed.map((f) => path.basename(f))).toEqual(['tienda-andina-2026-10-01.json', 'tienda-andina-2026-10-05.json']);
    const byAge = applyRetention(dir, 'Tienda Andina', { keep: 10, maxAgeMs: 10 * 86_400_000, now: new Date('2026-10-24T00:00:00Z') });
    expect(byAge.map((f) => path.basename(f))).toEqual(['tienda-andina-2026-10-10.json']);
    // Everything too old: the newest audit stays all the same.
    expect(applyRetention(dir, 'Tienda Andina', { maxAgeMs: 1, now: new Date('2030-01-01T00:00:00Z') })).toHaveLength(1);
    expect(readdirSync(dir).sort()).toEqual(['notes.txt', 'otra-tienda-2026-10-01.json', 'tienda-andina-2026-10-20.json']);
  });
});

describe('the trend', () => {
  const first = auditAt('2026-08-01T10:00:00Z', { 'channels.call-centre-resolves': { status: 'dont-know' } });
  const second = auditAt('2026-09-01T10:00:00Z');
  const third = auditAt('2026-10-01T10:00:00Z', { 'self-service.account-contents': { status: 'dont-know' } });

  it('lists the audits with their overall and area scores, and the changes since the last one', () => {
    const h = buildHistory([first, second], third);
    expect(h.entries.map((e) => e.generatedAt)).toEqual([first.generatedAt, second.generatedAt, third.generatedAt]);
    expect(h.entries[2]!.areas.map((a) => a.id)).toEqual(third.areas.map((a) => a.id));
    expect(h.previous).toBe(second.generatedAt);
    const changed = [...h.changes!.startedFailing, ...h.changes!.stoppedFailing, ...h.changes!.changed].map((c) => c.id);
    expect(changed).toContain('self-service.account-contents');
    expect(changed).not.toContain('channels.call-centre-resolves');
    expect(buildHistory([first, second], third, 2).entries).toHaveLength(2);
    expect(buildHistory([], first)).toEqual({ entries: [expect.objectContaining({ generatedAt: first.generatedAt })] });
  });

  it('draws the trend in the HTML report: a chart, a table of scores and the changed checks, in either language', () => {
    const report = { ...third, history: buildHistory([first, second], third) };
    for (const lang of ['en', 'es'] as const) {
      const html = renderHtml(report, { lang });
      expect(html).toContain('id="trend"');
      expect(html).toContain('href="#trend"');
      expect(html).toMatch(/<svg[^>]+aria-labelledby="trend-title trend-desc"/);
      expect(html).toContain(lang === 'es' ? 'Cambios desde la última auditoría' : 'Changes since the last audit');
      expect(html).toContain(lang === 'es' ? '3 auditorías de esta organización' : '3 audits of this organisation');
    }
    expect(renderHtml(third)).not.toContain('id="trend"');
    expect(trendSection({ ...first, history: buildHistory([], first) }, 'en')).toContain('first audit in the history');
  });

  it('escapes what came from a report', () => {
    const hostile = auditAt('2026-10-02T10:00:00Z', {}, '<img src=x onerror=alert(1)>');
    hostile.areas[0]!.title = { en: '<script>alert(1)</script>', es: '<script>alert(1)</script>' };
    const html = trendSection({ ...hostile, history: buildHistory([first], hostile) }, 'en');
    expect(html).not.toMatch(/<script|<img/);
  });

  it('openHistory attaches the trend before rendering and saves after, within the retention', () => {
    const dir = scratch();
    const h = openHistory({ dir, keep: 2 });
    for (const r of [first, second, third]) {
      h.attach(r);
      h.save(r);
    }
    expect(third.history!.entries).toHaveLength(2);
    expect(readdirSync(dir)).toHaveLength(2);
    expect(existsSync(path.join(dir, 'tienda-andina-2026-08-01.json'))).toBe(false);
  });
});
