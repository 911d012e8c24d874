import fc from 'fast-check';
import { addDays, addMonths, fromEpochDay, toEpochDay } from '../../../src/modules/clock';
import { splitPeriod } from '../../../src/modules/statistics/statistics.queries';
import { percentile } from '../../../src/modules/statistics/statistics.service';

/** PostgreSQL's percentile_cont over the values themselves. */
function percentileCont(values: number[], p: number): number | null {
  if (!values.length) return null;
  const v = [...values].sort((a, b) => a - b);
  const h = p * (v.length - 1);
  const lo = Math.floor(h);
  return lo + 1 < v.length ? v[lo] + (h - lo) * (v[lo + 1] - v[lo]) : v[lo];
}

function histogram(values: number[]): { wd: number; n: number }[] {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([wd, n]) => ({ wd, n }));
}

describe('percentile over a working-day histogram', () => {
  it('is percentile_cont of the values the histogram stands for', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 200 }), fc.constantFrom(0, 0.1, 0.5, 0.9, 1), (values, p) => {
        const got = percentile(histogram(values), p);
        const want = percentileCont(values, p);
        if (want === null) expect(got).toBeNull();
        else expect(got).toBeCloseTo(want, 9);
      }),
    );
  });

  it('interpolates between neighbours and ignores empty bins', () => {
    expect(
      percentile(
        [
          { wd: 3, n: 1 },
          { wd: 1, n: 1 },
          { wd: 9, n: 0 },
        ],
        0.5,
      ),
    ).toBe(2);
    expect(percentile([{ wd: 4, n: 10 }], 0.9)).toBe(4);
    expect(percentile([], 0.5)).toBeNull();
  });
});

describe('splitPeriod', () => {
  it.each([
    ['2026-01-01', '2026-12-31', ['2026-01-01', '2026-12-01'], []],
    [
      '2025-12-15',
      '2026-05-20',
      ['2026-01-01', '2026-04-01'],
      [
        ['2025-12-15', '2025-12-31'],
        ['2026-05-01', '2026-05-20'],
      ],
    ],
    ['2026-01-20', '2026-02-25', null, [['2026-01-20', '2026-02-25']]],
    ['2026-02-01', '2026-02-28', ['2026-02-01', '2026-02-01'], []],
    ['2026-03-05', '2026-03-05', null, [['2026-03-05', '2026-03-05']]],
    ['2026-03-01', '2026-04-15', ['2026-03-01', '2026-03-01'], [['2026-04-01', '2026-04-15']]],
  ])('%s..%s: months %j, days %j', (from, to, months, edges) => {
    expect(splitPeriod(from, to)).toEqual({ months, edges });
  });

  it('covers every day of the period once', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 800 }), (start, length) => {
        const base = toEpochDay('2020-01-01');
        const from = fromEpochDay(base + start);
        const to = fromEpochDay(base + start + length);
        const { months, edges } = splitPeriod(from, to);
        const covered: number[] = [];
        for (const [a, b] of edges) for (let d = toEpochDay(a); d <= toEpochDay(b); d++) covered.push(d);
        if (months) {
          const last = toEpochDay(addDays(addMonths(months[1], 1), -1));
          for (let d = toEpochDay(months[0]); d <= last; d++) covered.push(d);
        }
        covered.sort((a, b) => a - b);
        expect(covered).toEqual(Array.from({ length: length + 1 }, (_, i) => base + start + i));
      }),
      { numRuns: 100 },
    );
  });
});
