/**
 * Lunar dates found in text (src/lunar/find.ts) and the yearly lunar anniversaries of the calendar
 * (src/calendar/lunar-events.ts, plan.ts, ics.ts), the .ics read back by ical.js. Texts from the
 * real directives of this repository (files named) and the forms of issue 20.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { findLunarDates } from '../../src/lunar/find.ts';
import { lunarAnniversaries, lunarOccurrence, lunarOccurrencesInMonth, upcomingLunar } from '../../src/calendar/lunar-events.ts';
import { lunarDeadlineEvents, withLunarDeadlines } from '../../src/calendar/lunar-deadlines.ts';
import { lunarMentionLines } from '../../src/calendar/lunar-lines.ts';
import { deadlineEvents } from '../../src/calendar/deadlines.ts';
import { calendarPlan, planSpan } from '../../src/calendar/plan.ts';
import { toIcs } from '../../src/calendar/ics.ts';
import { directiveLine } from '../../src/lib/labels.ts';
import { fakeEntry } from '../helpers/content-entries.ts';
import { REALWORLD_DIR, ROOT } from '../helpers/seeds.ts';

const brief = (t: string, near?: number) => findLunarDates(t, near === undefined ? {} : { near }).map((m) => ({
  text: m.text, month: m.month, day: m.day, ...(m.leap ? { leap: true } : {}), ...(m.occasion ? { occasion: m.occasion.name } : {}),
  ...(m.year !== undefined ? { year: m.year } : {}), ...(m.solar ? { solar: m.solar } : {}), ...(m.deadline ? { deadline: true } : {}),
}));
const fixture = (p: string) => readFileSync(join(ROOT, 'tests/fixtures', p), 'utf8');

describe('lunar dates in a text', () => {
  it('the forms of issue 20, each with its lunar day', () => {
    expect(brief('ngày 10/3 âm lịch')).toEqual([{ text: 'ngày 10/3 âm lịch', month: 3, day: 10 }]);
    expect(brief('mùng 10 tháng 3 (âm lịch)')).toEqual([{ text: 'mùng 10 tháng 3 (âm lịch)', month: 3, day: 10 }]);
    expect(brief('10 tháng Ba năm Giáp Thìn', 2024)).toEqual([{ text: '10 tháng Ba năm Giáp Thìn', month: 3, day: 10, year: 2024 }]);
    expect(brief('đón Tết Nguyên đán và Tết Trung thu')).toEqual([
      { text: 'Tết Nguyên đán', month: 1, day: 1, occasion: 'Tết Nguyên đán' },
      { text: 'Tết Trung thu', month: 8, day: 15, occasion: 'Tết Trung thu' },
    ]);
    expect(brief('Rằm tháng Giêng')).toEqual([{ text: 'Rằm tháng Giêng', month: 1, day: 15, occasion: 'Rằm tháng Giêng (Tết Nguyên tiêu)' }]);
    expect(brief('ngày 5/4 nhuận âm lịch')).toEqual([{ text: 'ngày 5/4 nhuận âm lịch', month: 4, day: 5, leap: true }]);
    expect(brief('hoàn thành trước ngày 25 tháng Chạp năm Giáp Thìn', 2024)).toEqual([{ text: 'ngày 25 tháng Chạp năm Giáp Thìn', month: 12, day: 25, year: 2024, deadline: true }]);
  });

  it('a solar date is not a lunar one; "Tết" alone and the UN Vesak are not lunar festivals', () => {
    expect(brief('ngày 10 tháng 3 năm 2024; ngày 10/3/2024; Tết dương lịch 2025; Đại lễ Phật đản Liên hợp quốc (Vesak) năm 2025')).toEqual([]);
  });

  it('a festival named next to its date is one mention; the year comes from the text only', () => {
    // tests/fixtures/realworld-party/42_tw-btgtw-hd12-ngay-le-lon-2012-congdoandanang.txt
    expect(brief('Giỗ Tổ Hùng Vương (mồng 10 tháng 3 âm lịch); 37 năm', 2012)).toEqual([
      { text: 'mồng 10 tháng 3 âm lịch', month: 3, day: 10, occasion: 'Giỗ Tổ Hùng Vương' },
    ]);
    expect(brief('Tết Nguyên đán Tân Sửu năm 2021')).toEqual([{ text: 'Tết Nguyên đán Tân Sửu năm 2021', month: 1, day: 1, occasion: 'Tết Nguyên đán', year: 2021 }]);
    // tests/fixtures/realworld-party/52_…quangngai…: "đón Tết Nguyên đán 2021"; realworld-heldout-2/07_…haiphong…: "Tết Nguyên đán Canh Tý – 2020"
    expect(brief('tổ chức đón Tết Nguyên đán 2021. Th')[0]!.year).toBe(2021);
    expect(brief('đón Tết Nguyên đán Canh Tý – 2020 nh')[0]).toEqual({ text: 'Tết Nguyên đán Canh Tý – 2020', month: 1, day: 1, occasion: 'Tết Nguyên đán', year: 2020 });
    // A plain year never makes a date lunar.
    expect(brief('ngày 10/3 2021')).toEqual([]);
    // "Tân Sửu năm 2020" disagree: neither is taken.
    expect(brief('Tết Nguyên đán Tân Sửu năm 2020')[0]!.year).toBeUndefined();
  });

  it('real notices: the year from the solar day printed beside it, checked by conversion', () => {
    const phuCu = brief(fixture('realworld-heldout-3/20_huyen-ubnd-phucu-tb-treo-co-gio-to-30-4-2021.txt'));
    expect(phuCu).toContainEqual({ text: 'Giỗ Tổ Hùng Vương năm 2021', month: 3, day: 10, occasion: 'Giỗ Tổ Hùng Vương', year: 2021 });
    expect(phuCu).toContainEqual({ text: '10/3 âm lịch', month: 3, day: 10, year: 2021, solar: '2021-04-21' });
    const ninhThanh = brief(fixture('realworld-heldout-4/22_phuong-ubnd-ninhthanh-treo-co-gio-to-30-4-2025.txt'));
    expect(ninhThanh.at(-1)).toEqual({ text: '10/3 âm lịch', month: 3, day: 10, occasion: 'Giỗ Tổ Hùng Vương', year: 2025, solar: '2025-04-07' });
    const tet = brief(readFileSync(join(REALWORLD_DIR, '35_xa-ubnd-quangtrung-thong-nhat-thong-bao-tet-2021.txt'), 'utf8'), 2021);
    expect(tet).toContainEqual({ text: 'ngày 26 tháng Chạp năm Canh Tý', month: 12, day: 26, year: 2020, solar: '2021-02-07' });
    expect(tet).toContainEqual({ text: 'ngày mùng 5 tháng Giêng năm Tân Sửu', month: 1, day: 5, year: 2021, solar: '2021-02-16' });
  });

  it('a paired solar day that does not convert to the lunar day is not taken', () => {
    expect(brief('Ngày 22/4/2021 (tức 10/3 âm lịch)')).toEqual([{ text: '10/3 âm lịch', month: 3, day: 10 }]);
  });
});

describe('lunar anniversaries in the calendar', () => {
  const phuCu = fakeEntry('phu-cu', { type: 'thong-bao' });
  const ninhThanh = fakeEntry('ninh-thanh', { type: 'thong-bao' });
  const mentions = new Map([
    [phuCu.id, findLunarDates('Lễ Giỗ Tổ Hùng Vương năm 2021. Ngày 21/4/2021 (Tức 10/3 âm lịch)')],
    [ninhThanh.id, findLunarDates('treo cờ từ ngày 06/4/2025 đến hết ngày 07/4/2025 ( Lễ Giổ tổ Hùng Vương 10/3 âm lịch ); Tết Trung thu')],
  ]);
  const annivs = lunarAnniversaries([phuCu, ninhThanh], (e) => mentions.get(e.id)!);

  it('one anniversary per festival, with every directive naming it and the year each states', () => {
    expect(annivs.map((a) => [a.occasion.name, a.sources.map((s) => [s.entry.id, s.mention.year])])).toEqual([
      ['Giỗ Tổ Hùng Vương', [['ninh-thanh', 2025], ['phu-cu', 2021]]],
      ['Tết Trung thu', [['ninh-thanh', undefined]]],
    ]);
  });

  it('each year on its own solar day', () => {
    const gioTo = annivs[0]!;
    expect([2021, 2023, 2024, 2025, 2026].map((y) => lunarOccurrence(gioTo, y).date)).toEqual(['2021-04-21', '2023-04-29', '2024-04-18', '2025-04-07', '2026-04-26']);
    expect(lunarOccurrence(gioTo, 2025).stated.map((s) => s.entry.id)).toEqual(['ninh-thanh']);
    expect(lunarOccurrencesInMonth(annivs, 2024, 9).map((o) => [o.anniversary.occasion.name, o.date])).toEqual([['Tết Trung thu', '2024-09-17']]);
  });

  it('the plan reaches back to the stated years; the .ics has one event per year, no RRULE, read back by ical.js', () => {
    const plan = calendarPlan([], [], '2026-11-25', annivs);
    expect(plan.pages.map((m) => `${m.year}-${m.month}`)).toContain('2021-4');
    expect(plan.pages.find((m) => m.year === 2025 && m.month === 4)!.lunar.map((o) => o.date)).toEqual(['2025-04-07']);
    const span = planSpan(plan);
    expect(span).toEqual({ from: '2021-04-01', through: '2027-10-31' });
    const ics = toIcs([], [], {
      name: 'Lịch', description: 'Thử', urlOf: (e) => `https://chidao.example/van-ban/${e.id}/`, describe: (e) => directiveLine(e.data),
      lunar: { anniversaries: annivs, ...span },
    });
    expect(ics).not.toMatch(/RRULE/);
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const gioTo = events.filter((e) => e.summary.startsWith('Giỗ Tổ Hùng Vương')).map((e) => [e.startDate.toString(), e.summary]);
    expect(gioTo).toEqual([
      ['2021-04-21', 'Giỗ Tổ Hùng Vương (10/3 âm lịch năm Tân Sửu)'],
      ['2022-04-10', 'Giỗ Tổ Hùng Vương (10/3 âm lịch năm Nhâm Dần)'],
      ['2023-04-29', 'Giỗ Tổ Hùng Vương (10/3 âm lịch năm Quý Mão)'],
      ['2024-04-18', 'Giỗ Tổ Hùng Vương (10/3 âm lịch năm Giáp Thìn)'],
      ['2025-04-07', 'Giỗ Tổ Hùng Vương (10/3 âm lịch năm Ất Tỵ)'],
      ['2026-04-26', 'Giỗ Tổ Hùng Vương (10/3 âm lịch năm Bính Ngọ)'],
      ['2027-04-16', 'Giỗ Tổ Hùng Vương (10/3 âm lịch năm Đinh Mùi)'],
    ]);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    expect(events.every((e) => !e.isRecurring() && e.endDate.toString() > e.startDate.toString())).toBe(true);
    const y2025 = events.find((e) => e.startDate.toString() === '2025-04-07')!;
    expect(y2025.description).toContain('Văn bản nêu năm này:');
    expect(y2025.description).toContain('https://chidao.example/van-ban/ninh-thanh/');
  });
});

describe('lunar deadlines', () => {
  const entry = fakeEntry('ke-hoach-tet', { type: 'ke-hoach', deadlines: [{ text: 'báo cáo trước ngày 15/01/2025', date: '2025-01-15' }] });
  const text = 'Các đơn vị hoàn thành việc trang trí trước ngày 25 tháng Chạp năm Giáp Thìn; tổ chức Tết Trung thu. Báo cáo trước ngày 20 tháng Chạp (âm lịch).';
  const mentions = findLunarDates(text, { near: 2024 });

  it('a deadline with its year stated falls on its solar day, the clause keeping the lunar words; one without its year is not placed', () => {
    const lunar = lunarDeadlineEvents([entry], () => mentions);
    expect(lunar.map((d) => [d.date, d.text])).toEqual([['2025-01-24', 'Các đơn vị hoàn thành việc trang trí trước ngày 25 tháng Chạp năm Giáp Thìn']]);
    expect(withLunarDeadlines(deadlineEvents([entry]), lunar).map((d) => d.date)).toEqual(['2025-01-15', '2025-01-24']);
  });

  it('the home page list: the next occurrence of each lunar anniversary', () => {
    const annivs = lunarAnniversaries([entry], () => mentions);
    expect(upcomingLunar(annivs, '2026-11-25', 5).map((o) => [o.anniversary.occasion.name, o.date])).toEqual([['Tết Trung thu', '2027-09-15']]);
    expect(upcomingLunar(annivs, '2026-09-25', 5).map((o) => o.date)).toEqual(['2026-09-25']);
  });
});

describe("a directive page's lunar dates", () => {
  it('each once, with the lunar and the solar date; a festival without a year recurs; a bare date without a year is left out', () => {
    const text = 'Lễ Giỗ tổ Hùng Vương (mùng 10/3 âm lịch); treo cờ đến hết ngày 07/4/2025 ( Lễ Giổ tổ Hùng Vương 10/3 âm lịch ); Tết Trung thu; ngày 15 tháng Chạp; ngày 5/4 nhuận năm Canh Tý';
    expect(lunarMentionLines(findLunarDates(text, { near: 2025 }))).toEqual([
      'Giỗ Tổ Hùng Vương — «mùng 10/3 âm lịch»: 10/3 âm lịch, hằng năm (ngày dương lịch mỗi năm một khác: xem Lịch kỷ niệm)',
      'Giỗ Tổ Hùng Vương — «10/3 âm lịch»: 10/3 âm lịch năm Ất Tỵ, ngày 07/04/2025 dương lịch',
      'Tết Trung thu — «Tết Trung thu»: 15/8 âm lịch, hằng năm (ngày dương lịch mỗi năm một khác: xem Lịch kỷ niệm)',
      '«ngày 5/4 nhuận năm Canh Tý»: 5/4 nhuận âm lịch năm Canh Tý, ngày 27/05/2020 dương lịch',
    ]);
  });
});

describe('mentions are plain data', () => {
  it('survive JSON (the entry cache) unchanged, festivals with a rule of their own (Phật đản) included', () => {
    const mentions = findLunarDates('Lễ Phật đản năm 2025; Giỗ Tổ Hùng Vương (10/3 âm lịch)');
    expect(mentions.map((m) => m.occasion?.name)).toEqual(['Lễ Phật đản', 'Giỗ Tổ Hùng Vương']);
    expect(JSON.parse(JSON.stringify(mentions))).toEqual(mentions);
  });
});
