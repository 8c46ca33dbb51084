/**
 * The Vietnamese lunar calendar (src/lunar/convert.ts) on dates known from published sources:
 *  - the brief of issue 20: Tết 2024 = 10/2/2024; Giỗ Tổ 2025 = 7/4/2025 (10/3 Ất Tỵ); Tết 1985
 *    Vietnam 21/1/1985 vs China 20/2/1985; Tết 2007 Vietnam 17/2/2007 vs China 18/2/2007; tháng 2
 *    nhuận in 2023, tháng 4 nhuận in 2020;
 *  - real directives of this repository, which print both dates (file named at each case).
 * China's calendar is the same rule at UTC+8: computing it too shows the time zone is what differs.
 */
import { describe, expect, it } from 'vitest';
import { canChi, jdFromDate, jdToDate, leapMonthOf, lunarMonthLength, lunarToSolar, solarToLunar, yearOfCanChi, yearlyLunarDay } from '../../src/lunar/convert.ts';

const solar = (s: string) => { const [year, month, day] = s.split('-').map(Number) as [number, number, number]; return { year, month, day }; };
const iso = (d: { year: number; month: number; day: number } | undefined) => d && `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
const tet = (year: number, tz?: number) => iso(lunarToSolar({ day: 1, month: 1, year, leap: false }, tz));

describe('lunar → solar on known dates', () => {
  it('Tết 2024 is 10/2/2024; Giỗ Tổ Hùng Vương 2025 (10/3 Ất Tỵ) is 7/4/2025', () => {
    expect(tet(2024)).toBe('2024-02-10');
    expect(iso(lunarToSolar({ day: 10, month: 3, year: 2025, leap: false }))).toBe('2025-04-07');
    expect(canChi(2025)).toBe('Ất Tỵ');
    expect(canChi(2024)).toBe('Giáp Thìn');
  });

  it('the years Vietnam (UTC+7) and China (UTC+8) differ: Tết 1985 and Tết 2007', () => {
    expect(tet(1985)).toBe('1985-01-21');
    expect(tet(1985, 8)).toBe('1985-02-20');
    expect(tet(2007)).toBe('2007-02-17');
    expect(tet(2007, 8)).toBe('2007-02-18');
  });

  it('leap months: tháng 2 nhuận in 2023, tháng 4 nhuận in 2020, none in 2024', () => {
    expect(leapMonthOf(2023)).toBe(2);
    expect(leapMonthOf(2020)).toBe(4);
    expect(leapMonthOf(2024)).toBeUndefined();
    // 2023: the leap month follows the ordinary tháng 2 and both exist.
    const second = lunarToSolar({ day: 1, month: 2, year: 2023, leap: false })!;
    const leap = lunarToSolar({ day: 1, month: 2, year: 2023, leap: true })!;
    expect(jdFromDate(leap.day, leap.month, leap.year) - jdFromDate(second.day, second.month, second.year)).toBeGreaterThanOrEqual(29);
    expect(solarToLunar(leap)).toEqual({ day: 1, month: 2, year: 2023, leap: true });
    // A leap month the year does not have, a day 30 the month does not have: no such day.
    expect(lunarToSolar({ day: 1, month: 3, year: 2023, leap: true })).toBeUndefined();
    const short = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].find((m) => lunarMonthLength(m, 2024) === 29)!;
    expect(lunarToSolar({ day: 30, month: short, year: 2024, leap: false })).toBeUndefined();
    expect(iso(yearlyLunarDay(short, 30, false, 2024))).toBe(iso(lunarToSolar({ day: 29, month: short, year: 2024, leap: false })));
  });

  it('Tết 2008–2022 and Giỗ Tổ 2020–2022 as the python-holidays project tests them (vacanza/holidays, tests/countries/test_vietnam.py)', () => {
    const tets: [number, string][] = [
      [2008, '2008-02-07'], [2009, '2009-01-26'], [2010, '2010-02-14'], [2011, '2011-02-03'], [2012, '2012-01-23'],
      [2013, '2013-02-10'], [2014, '2014-01-31'], [2015, '2015-02-19'], [2016, '2016-02-08'], [2017, '2017-01-28'],
      [2018, '2018-02-16'], [2019, '2019-02-05'], [2020, '2020-01-25'], [2021, '2021-02-12'], [2022, '2022-02-01'],
    ];
    expect(tets.map(([y]) => [y, tet(y)])).toEqual(tets);
    expect([2020, 2021, 2022].map((year) => iso(lunarToSolar({ day: 10, month: 3, year, leap: false })))).toEqual(['2020-04-02', '2021-04-21', '2022-04-10']);
  });

  it('the pairs real directives print', () => {
    // /work/shared/realworld/35_xa-ubnd-quangtrung-thong-nhat-thong-bao-tet-2021.txt:
    // "từ ngày 07/02/2021 ( tức ngày 26 tháng Chạp năm Canh Tý )", "… ngày 16/02/2021 ( … mùng 5 tháng Giêng năm Tân Sửu )"
    expect(solarToLunar(solar('2021-02-07'))).toEqual({ day: 26, month: 12, year: 2020, leap: false });
    expect(solarToLunar(solar('2021-02-16'))).toEqual({ day: 5, month: 1, year: 2021, leap: false });
    expect(canChi(2020)).toBe('Canh Tý');
    expect(canChi(2021)).toBe('Tân Sửu');
    // tests/fixtures/realworld-heldout-3/20_…phucu…2021.txt: "Ngày 21/4/2021 (Tức 10/3 âm lịch)"
    expect(solarToLunar(solar('2021-04-21'))).toEqual({ day: 10, month: 3, year: 2021, leap: false });
    // tests/fixtures/realworld-heldout-4/22_…ninhthanh…2025.txt: "đến hết ngày 07/4/2025 ( Lễ Giổ tổ Hùng Vương 10/3 âm lịch )"
    expect(solarToLunar(solar('2025-04-07'))).toEqual({ day: 10, month: 3, year: 2025, leap: false });
    // tests/fixtures/realworld-state/82_…tphue…2024.txt: "từ ngày 25/01/2024 đến hết ngày 24/02/2024 (nhằm ngày 15 tháng Chạp năm Q[uý] Mão đến ngày 15 tháng Giêng năm Giáp Thìn)"
    expect(solarToLunar(solar('2024-01-25'))).toEqual({ day: 15, month: 12, year: 2023, leap: false });
    expect(solarToLunar(solar('2024-02-24'))).toEqual({ day: 15, month: 1, year: 2024, leap: false });
    expect(canChi(2023)).toBe('Quý Mão');
  });
});

describe('solar ↔ lunar round trip', () => {
  it('every day of 1900–2100 converts to a lunar day and back to itself; lunar days run 1…29/30, months 1…12', () => {
    const start = jdFromDate(1, 1, 1900), end = jdFromDate(31, 12, 2100);
    let previous = solarToLunar(jdToDate(start - 1));
    for (let jd = start; jd <= end; jd++) {
      const s = jdToDate(jd);
      const l = solarToLunar(s);
      expect(lunarToSolar(l)).toEqual(s);
      // Consecutive days: the next lunar day, or day 1 of the next month after day 29 or 30.
      if (l.day !== previous.day + 1) {
        if (l.day !== 1 || previous.day < 29) throw new Error(`${iso(s)}: ${JSON.stringify(previous)} → ${JSON.stringify(l)}`);
      }
      previous = l;
    }
  });
});

describe('the sexagenary cycle', () => {
  it('names the year, and finds the year a name means near another', () => {
    expect(canChi(1985)).toBe('Ất Sửu');
    expect(canChi(2026)).toBe('Bính Ngọ');
    expect(yearOfCanChi(6, 0, 2021)).toBe(2020); // Canh Tý near 2021
    expect(yearOfCanChi(0, 4, 2025)).toBe(2024); // Giáp Thìn
    expect(yearOfCanChi(0, 1, 2025)).toBeUndefined(); // "Giáp Sửu" is no year
  });
});
