/**
 * The loader's fast paths give what the plain code gave: the 30-bit customer hash, the
 * typed-array map behind repeat contacts, ISO timestamps by day arithmetic, plain-digit
 * numbers, and the business clock memoised per day.
 */
import { describe, expect, it } from 'vitest';
import { IntNumberMap, hash30, hash53 } from '../../src/data/metrics/common.js';
import { TimestampReader, Zone, civilDay, readDuration, readNumber } from '../../src/data/values.js';
import { BusinessCalendar, parseWeeklyHours } from '../../src/data/calendar.js';
import { rng } from './helpers.js';

describe('fast paths', () => {
  it('hash30 is hash53 modulo 2^30', () => {
    for (const s of ['', 'a', 'Cliente@Correo.example', 'josé.núñez@x.co', 'x'.repeat(200)]) {
      expect(hash30(s, true)).toBe(hash53(s, true) % 1073741824);
      expect(hash30(s)).toBe(hash53(s) % 1073741824);
    }
  });

  it('IntNumberMap answers as a Map under random sets and evictions', () => {
    const r = rng(7);
    const m = new IntNumberMap(16);
    const ref = new Map<number, number>();
    for (let i = 0; i < 50_000; i++) {
      const k = Math.floor(r() * 5000) * 214_749;
      const key = k % 1073741824;
      expect(m.get(key)).toBe(ref.get(key));
      const v = i + r();
      m.set(key, v);
      ref.set(key, v);
      if (i % 7000 === 0) {
        const horizon = i - 3000;
        m.retainFrom(horizon);
        for (const [kk, vv] of ref) if (vv < horizon) ref.delete(kk);
        expect(m.size).toBe(ref.size);
      }
    }
  });

  it('reads ISO timestamps to the same instant as Date.UTC, and refuses the same ones', () => {
    const zone = new Zone('UTC');
    const ts = new TimestampReader(zone, undefined);
    for (let y = 100; y <= 9999; y += 37) for (let m = 1; m <= 12; m++) for (const d of [1, 28, 29, 30, 31]) expect(civilDay(y, m, d) * 86_400_000).toBe(Date.UTC(y, m - 1, d));
    const cases = ['2026-07-03 09:15:00', '2024-02-29 23:59:59', '2025-02-29 10:00', '2026-01-31 23:59:60', '2026-01-30 23:59:60', '2026-12-31 24:00', '2026-04-31 08:00', '0099-03-01 10:00', '2026-07-03T09:15:00.9996', '2026-07-03', '1969-12-31 23:00'];
    // Every month's last days, in common, leap and century years, at the times that roll or not.
    for (const y of ['0100', '1900', '2000', '2023', '2024', '2026', '2100', '2400']) for (let m = 1; m <= 12; m++) for (const d of [28, 29, 30, 31]) {
      for (const time of ['', ' 00:00', ' 23:59:59.999', ' 23:59:60', ' 23:59:60.4', ' 24:00', ' 24:00:01']) cases.push(`${y}-${String(m).padStart(2, '0')}-${d}${time}`);
    }
    for (const c of cases) {
      const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?$/.exec(c)!;
      const [y, mo, d, h, mi, se] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0));
      const ms = m[7] ? Math.round(Number(`0.${m[7]}`) * 1000) : 0;
      const wall = Date.UTC(y, mo - 1, d, h, mi, se, ms);
      const refused = h > 24 || (h === 24 && (mi || se)) || (d > 28 && h < 24 && new Date(wall).getUTCDate() !== d);
      expect([c, ts.fromString(c)]).toEqual([c, refused ? NaN : wall]);
    }
  });

  it('reads plain digits as Number() does', () => {
    for (const s of ['0', '007', '42', '123456789012345', '1234567890123456', ' 12', '1e3', '0x1A', '']) {
      expect([s, readNumber(s)]).toEqual([s, s.trim() === '' ? undefined : Number(s.trim())]);
    }
    expect(readDuration('15', 'min')).toBe(900_000);
  });

  it('memoises the business clock per day without changing it: differences match minute-by-minute counting, holidays included', () => {
    const zone = new Zone('America/Bogota');
    const hours = parseWeeklyHours('Mo-Fr 08:00-18:00; Sa 09:00-13:00')!;
    const r = rng(3);
    const memo = new BusinessCalendar({ zone, hours, country: 'CO' });
    const check = new BusinessCalendar({ zone, hours, country: 'CO' });
    for (let i = 0; i < 150; i++) {
      const a = Date.UTC(2024, 0, 1) + Math.floor(r() * 3 * 365 * 1440) * 60_000;
      const b = a + Math.floor(r() * 4 * 1440) * 60_000;
      let open = 0;
      for (let t = a; t < b; t += 60_000) if (check.isOpen(t)) open += 60_000;
      // The earlier instant first, as a ticket reads its creation before its answer.
      const ca = memo.businessClock(a);
      expect(memo.businessClock(b) - ca).toBe(open);
    }
  });
});
