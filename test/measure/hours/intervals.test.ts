import { describe, expect, it } from 'vitest';
import {
  byDay, coverage, intersect, normalise, sameHours, subtract, targetCoverage, totalMinutes, union, type Interval,
} from '../../../src/measure/hours/intervals.js';
import { parseHoursText } from '../../../src/measure/hours/text.js';

describe('weekly arithmetic', () => {
  it('covers the 168 weekly hours', () => {
    expect(coverage(parseHoursText('24/7').intervals)).toBe(1);
    expect(coverage(parseHoursText('Mo-Fr 08:00-12:00; Mo-Fr 14:00-17:00').intervals)).toBeCloseTo(35 / 168, 6);
    expect(coverage(parseHoursText('Mo-Sa 07:00-21:00; Su 09:00-18:00').intervals)).toBeCloseTo(93 / 168, 6);
  });

  it('compares with the organisation target hours', () => {
    const target = parseHoursText('Mo-Sa 07:00-21:00; Su 09:00-18:00').intervals;
    expect(targetCoverage(parseHoursText('Mo-Fr 08:00-18:00').intervals, target)).toBeCloseTo(50 / 93, 6);
    expect(targetCoverage(parseHoursText('24/7').intervals, target)).toBe(1);
  });

  it('treats 12- and 24-hour forms of the same schedule as equal', () => {
    expect(sameHours(parseHoursText('Lunes a sábado: 9:00 a.m. – 8:00 p.m.').intervals, parseHoursText('Mo-Sa 09:00-20:00').intervals)).toBe(true);
  });

  it('merges and wraps intervals', () => {
    expect(normalise([[60, 120], [100, 200], [10_050, 10_140]])).toEqual([[0, 60], [60, 200], [10_050, 10_080]].reduce<[number, number][]>((a, iv) => {
      const last = a[a.length - 1];
      if (last && iv[0] <= last[1]) last[1] = Math.max(last[1], iv[1]);
      else a.push([iv[0]!, iv[1]!]);
      return a;
    }, []));
  });
});

describe('set operations on the week', () => {
  // Minutes from Monday 00:00; 10 080 is Sunday 24:00.
  it.each<[string, Interval[], Interval[]]>([
    ['overlapping and separate pieces', union([[0, 60]], [[30, 90]], [[200, 300]]), [[0, 90], [200, 300]]],
    ['one piece past Sunday midnight, wrapped to Monday', union([[10_050, 10_140]]), [[0, 60], [10_050, 10_080]]],
    ['the part both cover', intersect([[0, 600]], [[300, 900]]), [[300, 600]]],
    ['a wrapped piece meeting Monday morning', intersect([[10_000, 10_200]], [[0, 60]]), [[0, 60]]],
    ['a hole cut in the middle', subtract([[0, 600]], [[100, 200]]), [[0, 100], [200, 600]]],
    ['everything taken away', subtract([[0, 100]], [[0, 100]]), []],
  ])('%s', (_n, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  it('counts each minute once', () => {
    expect(totalMinutes([[0, 60], [30, 90]])).toBe(90);
  });

  it('cuts the week into days, Sunday night into Monday morning', () => {
    expect(byDay([[1380, 1500]])).toEqual([[[1380, 1440]], [[0, 60]], [], [], [], [], []]);
  });
});
