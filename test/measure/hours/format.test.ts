import { describe, expect, it } from 'vitest';
import { describeDifference, formatHours } from '../../../src/measure/hours/format.js';
import type { Interval } from '../../../src/measure/hours/intervals.js';
import { parseHoursText } from '../../../src/measure/hours/text.js';

const day = (d: number, from: number, to: number): Interval => [d * 1440 + from * 60, d * 1440 + to * 60];

describe('canonical hours text', () => {
  it.each<[string, Interval[], string]>([
    ['no hours', [], 'closed'],
    ['the whole week', [[0, 7 * 1440]], '24/7'],
    ['two neighbouring days with the same hours', [day(4, 8, 17), day(5, 8, 17)], 'Fr,Sa 08:00-17:00'],
    ['three or more days as a range', [day(0, 8, 12), day(1, 8, 12), day(2, 8, 12)], 'Mo-We 08:00-12:00'],
  ])('%s → %s', (_n, intervals, text) => {
    expect(formatHours(intervals)).toBe(text);
  });

  it('describes differences day by day', () => {
    const declared = parseHoursText('Mo-Sa 10:00-20:00; Su 11:00-18:00').intervals;
    const found = parseHoursText('Mo-Sa 10:00-21:00; Su 11:00-18:00').intervals;
    expect(describeDifference(declared, found)).toBe('Mo-Sa: 10:00-20:00 declared, 10:00-21:00 found');
  });
});
