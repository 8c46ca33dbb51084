/** Commemoration events and the .ics writer, on the seeds (hand-checked) and made-up cases. */
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { commemorationEvents, eventsByMonth, monthGrid, weekdayIndex } from '../../src/calendar/events.ts';
import { escapeText, foldLine, toIcs } from '../../src/calendar/ics.ts';
import { directiveLine } from '../../src/lib/labels.ts';
import { contentEntries, fakeEntry, SEED } from '../helpers/content-entries.ts';

const seeds = contentEntries();
const icsOptions = {
  name: 'Lịch kỷ niệm — chidao', description: 'Thử, với dấu phẩy; và chấm phẩy',
  urlOf: (e: { id: string }) => `https://chidao.example/van-ban/${e.id}/`,
  describe: (e: (typeof seeds)[number]) => directiveLine(e.data),
};

describe('events from the seeds', () => {
  const events = commemorationEvents(seeds);

  it('are the eight anniversaries of seeds 000 and 004, in date order, each with its directive', () => {
    expect(events.map((e) => [e.date, e.text, e.sources.map((s) => s.entry.id)])).toEqual([
      ['2024-11-01', '75 năm Ngày truyền thống Ban Đối ngoại Trung ương (01/11/1949 - 01/11/2024)', [SEED.congVan]],
      ['2024-11-20', '42 năm ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2024)', [SEED.congVan]],
      ['2024-11-28', '204 năm Ngày sinh Ph.Ăng-ghen (28/11/1820 - 28/11/2024)', [SEED.congVan]],
      ['2024-12-02', '60 năm Chiến thắng Bình Giã (02/12/1964 - 02/12/2024)', [SEED.congVan]],
      ['2024-12-22', '35 năm Ngày hội quốc phòng toàn dân (22/12/1989 - 22/12/2024)', [SEED.congVan]],
      ['2024-12-22', '80 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2024)', [SEED.congVan]],
      ['2025-08-19', '80 năm Cách mạng Tháng Tám thành công (19/8/1945 - 19/8/2025)', [SEED.keHoach]],
      ['2025-09-02', 'Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam (02/9/1945 - 02/9/2025)', [SEED.keHoach]],
    ]);
    expect(events.find((e) => e.date === '2024-11-28')).toMatchObject({ from: '1820-11-28', years: 204, occasion: 'Ngày sinh Ph.Ăng-ghen' });
  });

  it('by month: four months, two events on 22/12', () => {
    const { months, withoutMonth } = eventsByMonth(events);
    expect(months.map((m) => [m.year, m.month, m.days.length])).toEqual([[2024, 11, 3], [2024, 12, 3], [2025, 8, 1], [2025, 9, 1]]);
    expect(withoutMonth).toEqual([]);
  });

  it('UIDs are distinct and the same on every run', () => {
    const uids = events.map((e) => e.uid);
    expect(new Set(uids).size).toBe(8);
    expect(commemorationEvents([...seeds].reverse()).map((e) => e.uid)).toEqual(uids);
  });
});

describe('events, edge cases', () => {
  const c = (to: string, occasion: string) => ({ text: `${occasion} (${to})`, occasion, from: '1945', to });
  const older = fakeEntry('older', { date: '2024-01-05', commemorations: [c('2024-12-22', 'Ngày thành lập Quân đội nhân dân Việt Nam')] });
  const newer = fakeEntry('newer', { date: '2024-11-01', commemorations: [c('2024-12-22', 'ngày thành lập  Quân đội nhân dân Việt Nam'), c('2024-12', 'Tháng hành động'), c('2025', 'Năm kỷ niệm')] });

  it('the same anniversary in two directives is one event with both sources, newest first', () => {
    const events = commemorationEvents([older, newer]);
    const army = events.find((e) => e.date === '2024-12-22')!;
    expect(army.sources.map((s) => s.entry.id)).toEqual(['newer', 'older']);
    expect(army.text).toBe('ngày thành lập  Quân đội nhân dân Việt Nam (2024-12-22)');
    expect(events).toHaveLength(3);
  });

  it('partial days stay partial: month-only under its month, year-only apart', () => {
    const { months, withoutMonth } = eventsByMonth(commemorationEvents([older, newer]));
    expect(months.map((m) => [m.month, m.days.map((e) => e.date), m.withoutDay.map((e) => e.date)])).toEqual([[12, ['2024-12-22'], ['2024-12']]]);
    expect(withoutMonth.map((y) => [y.year, y.events.map((e) => e.occasion)])).toEqual([[2025, ['Năm kỷ niệm']]]);
  });

  it('.ics leaves out events without a day', () => {
    const ics = toIcs(commemorationEvents([older, newer]), [], icsOptions);
    // The one day-known anniversary: its yearly event and its stated year.
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics.match(/RRULE:FREQ=YEARLY/g)).toHaveLength(1);
  });
});

describe('month grid and days', () => {
  it('December 2024 starts on a Sunday: six blanks, Monday first', () => {
    const weeks = monthGrid(2024, 12);
    expect(weeks[0]).toEqual([null, null, null, null, null, null, 1]);
    expect(weeks.at(-1)).toEqual([30, 31, null, null, null, null, null]);
    expect(weeks.flat().filter((d) => d !== null)).toHaveLength(31);
  });
  it('February 2021 (from a Monday) is exactly four weeks; 22/12/2024 is a Sunday, 02/9/2025 a Tuesday', () => {
    expect(monthGrid(2021, 2)).toHaveLength(4);
    expect(weekdayIndex(2024, 12, 22)).toBe(6);
    expect(weekdayIndex(2025, 9, 2)).toBe(1);
  });
});

describe('.ics', () => {
  const ics = toIcs(commemorationEvents(seeds), [], icsOptions);

  it('is CRLF-terminated, lines at most 75 octets, continuations start with one space', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n').slice(0, -1)) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    // Unfolding gives back the original lines, no character split.
    expect(ics.replace(/\r\n /g, '')).toContain('SUMMARY:204 năm Ngày sinh Ph.Ăng-ghen (28/11/1820 - 28/11/2024)');
  });

  it('folds by octets without splitting a character', () => {
    const long = `SUMMARY:${'Đ'.repeat(60)}`;
    const folded = foldLine(long);
    const lines = folded.split('\r\n');
    expect(lines.every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
    expect(lines[0]).toBe(`SUMMARY:${'Đ'.repeat(33)}`); // 8 + 33×2 = 74; one more would be 76
    expect(folded.replace(/\r\n /g, '')).toBe(long);
    expect(foldLine('SHORT:x')).toBe('SHORT:x');
  });

  it('escapes TEXT values', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  it('DTSTAMP comes from the data, so the file is the same on every build', () => {
    expect(ics.match(/^DTSTAMP:.*$/gm)!.every((l) => l === 'DTSTAMP:20261123T000000Z')).toBe(true);
    expect(toIcs(commemorationEvents([...seeds].reverse()), [], icsOptions)).toBe(ics);
  });

  it('ical.js reads it back: eight all-day events with the seeds\' anniversaries and sources', () => {
    const cal = new ICAL.Component(ICAL.parse(ics));
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    expect(cal.getFirstPropertyValue('x-wr-calname')).toBe('Lịch kỷ niệm — chidao');
    expect(cal.getFirstPropertyValue('description')).toBe('Thử, với dấu phẩy; và chấm phẩy');
    // The stated years (overrides of the yearly events) carry the directives' words.
    const events = cal.getAllSubcomponents('vevent').filter((v) => v.hasProperty('recurrence-id')).map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(8);
    const engels = events.find((e) => e.summary === '204 năm Ngày sinh Ph.Ăng-ghen (28/11/1820 - 28/11/2024)')!;
    expect(engels.startDate.toString()).toBe('2024-11-28');
    expect(engels.startDate.isDate).toBe(true);
    expect(engels.endDate.toString()).toBe('2024-11-29');
    expect(engels.description).toBe(`Ngày kỷ niệm nêu trong:\n- Công văn số …/TTCS-TTTQ (năm 2024) — Cục Thông tin cơ sở: https://chidao.example/van-ban/${SEED.congVan}/`);
    const army = events.find((e) => e.summary.startsWith('80 năm Ngày thành lập Quân đội nhân dân Việt Nam'))!;
    expect(army.summary).toBe('80 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2024)');
    expect(army.startDate.toString()).toBe('2024-12-22');
    const nye = events.find((e) => e.startDate.toString() === '2024-12-31');
    expect(nye).toBeUndefined();
    expect(new Set(events.map((e) => e.uid)).size).toBe(8);
  });
});
