import { describe, expect, it } from 'vitest';
import { classifyAge, judged, result } from '../../../src/measure/freshness/status.js';
import type { FreshnessSourceConfig } from '../../../src/measure/freshness/types.js';

describe('thresholds', () => {
  it.each([
    [10 * 60_000, '30m', '6h', 'fresh'],
    [2 * 3_600_000, '30m', '6h', 'warn'],
    [7 * 3_600_000, '30m', '6h', 'stale'],
    [7 * 3_600_000, undefined, '6h', 'stale'],
    [7 * 3_600_000, '30m', undefined, 'warn'],
    [7 * 3_600_000, undefined, undefined, 'fresh'],
  ])('%d ms with warn %s / error %s → %s', (age, warn, err, status) => {
    const ms = (d?: string) => (d === undefined ? undefined : d.endsWith('m') ? Number(d.slice(0, -1)) * 60_000 : Number(d.slice(0, -1)) * 3_600_000);
    expect(classifyAge(age, ms(warn), ms(err))).toBe(status);
  });
});

describe('the result of a source', () => {
  const NOW = new Date('2026-11-24T12:00:00Z');
  const cfg: FreshnessSourceConfig = { name: 'orders', source: 'json', url: 'https://api.example/status', warnAfter: '30m', errorAfter: '6h' };
  const at = (iso: string) => ({ date: new Date(iso), iso, raw: iso, index: 0, precision: 'time' as const });

  it.each([
    ['10 minutes old', '2026-11-24T11:50:00Z', { status: 'fresh', age: 600_000, timestamp: '2026-11-24T11:50:00.000Z' }],
    ['2 hours old', '2026-11-24T10:00:00Z', { status: 'warn', age: 7_200_000 }],
    ['2 days old', '2026-11-22T12:00:00Z', { status: 'stale', age: 172_800_000 }],
    ['an hour ahead: clocks differ, read as now', '2026-11-24T13:00:00Z', { status: 'fresh', age: 0 }],
    ['two days ahead', '2026-11-26T12:00:00Z', { status: 'error', reason: 'timestamp 2026-11-26T12:00:00Z is in the future' }],
  ])('%s', (_n, iso, expected) => {
    expect(judged(cfg, 'https://api.example/status $.updatedAt', NOW, at(iso))).toMatchObject({ name: 'orders', readAt: 'https://api.example/status $.updatedAt', warnAfter: '30m', errorAfter: '6h', checkedAt: NOW.toISOString(), ...expected });
  });

  it('is an error until something says otherwise, and leaves out thresholds not configured', () => {
    expect(result({ name: 'feed', source: 'header', url: 'https://x/' }, 'https://x/ header last-modified', NOW, { reason: 'no last-modified header' })).toEqual({
      name: 'feed', source: 'header', url: 'https://x/', readAt: 'https://x/ header last-modified', status: 'error', checkedAt: NOW.toISOString(), reason: 'no last-modified header',
    });
  });
});
