/**
 * The forward calendar: anniversaries repeat every year from the build day, deadlines do not;
 * the .ics says so with RRULE:FREQ=YEARLY, read back and expanded by ical.js. Seeds (hand-checked)
 * and made-up cases (a count stated for two years, an inconsistent count, 29 February).
 */
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import fc from 'fast-check';
import { commemorationEvents } from '../../src/calendar/events.ts';
import { anniversaries, nextOccurrence, occurrenceIn, upcomingOccurrences } from '../../src/calendar/anniversaries.ts';
import { deadlineEvents, upcomingDeadlines } from '../../src/calendar/deadlines.ts';
import { buildDay } from '../../src/calendar/build-day.ts';
import { calendarPlan } from '../../src/calendar/plan.ts';
import { toIcs } from '../../src/calendar/ics.ts';
import { directiveLine } from '../../src/lib/labels.ts';
import { contentEntries, fakeEntry, SEED } from '../helpers/content-entries.ts';

const seeds = contentEntries();
const icsOptions = {
  name: 'Lịch kỷ niệm — chidao', description: 'Thử',
  urlOf: (e: { id: string }) => `https://chidao.example/van-ban/${e.id}/`,
  describe: (e: (typeof seeds)[number]) => directiveLine(e.data),
};
const c = (text: string, occasion: string, from: string, to: string, years?: number) => ({ text, occasion, from, to, ...(years ? { years } : {}) });

describe('the build day', () => {
  it('is the named day when CHIDAO_TODAY is set, and must be a real day', () => {
    expect(buildDay('2024-11-25', new Date('2030-01-01T00:00:00Z'))).toBe('2024-11-25');
    expect(() => buildDay('2024-02-30')).toThrow(/CHIDAO_TODAY/);
    expect(() => buildDay('25/11/2024')).toThrow(/CHIDAO_TODAY/);
  });
  it('otherwise the day of the build in Vietnam (UTC+7), never the newest import day', () => {
    expect(buildDay(undefined, new Date('2026-12-06T16:59:59Z'))).toBe('2026-12-06');
    expect(buildDay('', new Date('2026-12-06T17:00:00Z'))).toBe('2026-12-07');
    expect(buildDay(undefined, new Date('2027-03-01T05:00:00Z'))).not.toBe('2026-11-23'); // the seeds' import day
  });
});

describe('anniversaries of the seeds', () => {
  const annivs = anniversaries(commemorationEvents(seeds));
  const engels = annivs.find((a) => a.occasion === 'Ngày sinh Ph.Ăng-ghen')!;

  it('one per day of the year and occasion, each with the year a directive states', () => {
    expect(annivs.map((a) => [a.month, a.day, a.stated.map((e) => e.date)])).toEqual([
      [8, 19, ['2025-08-19']], [9, 2, ['2025-09-02']], [11, 1, ['2024-11-01']], [11, 20, ['2024-11-20']],
      [11, 28, ['2024-11-28']], [12, 2, ['2024-12-02']], [12, 22, ['2024-12-22']], [12, 22, ['2024-12-22']],
    ]);
    expect(engels.baseYear).toBe(1820);
  });

  it('the stated year shows the directive\'s text and count; other years the count from the base year', () => {
    expect(occurrenceIn(engels, 2024)).toMatchObject({ date: '2024-11-28', years: 204, counted: false, stated: { text: '204 năm Ngày sinh Ph.Ăng-ghen (28/11/1820 - 28/11/2024)' } });
    const y2026 = occurrenceIn(engels, 2026)!;
    expect(y2026).toMatchObject({ date: '2026-11-28', years: 206, counted: true });
    expect(y2026.stated).toBeUndefined();
    expect(occurrenceIn(engels, 1820)).toBeUndefined(); // the day itself is no anniversary
  });

  it('upcoming counts from the build day and wraps into the next year', () => {
    const next = upcomingOccurrences(annivs, '2026-11-25', 6);
    expect(next.map((o) => [o.date, o.years, o.counted])).toEqual([
      ['2026-11-28', 206, true], ['2026-12-02', 62, true], ['2026-12-22', 37, true], ['2026-12-22', 82, true],
      ['2027-08-19', 82, true], ['2027-09-02', 82, true],
    ]);
    // A stated year is shown as the directive states it.
    expect(upcomingOccurrences(annivs, '2024-11-25', 1)[0]).toMatchObject({ date: '2024-11-28', counted: false, years: 204 });
    // The build day itself is upcoming.
    expect(upcomingOccurrences(annivs, '2026-11-28', 1)[0]!.date).toBe('2026-11-28');
  });
});

describe('anniversaries, made-up cases', () => {
  it('one anniversary stated in two years by two directives: each year its own text and count', () => {
    const a = fakeEntry('a', { date: '2024-08-01', commemorations: [c('79 năm Quốc khánh (02/9/1945 - 02/9/2024)', 'Quốc khánh', '1945-09-02', '2024-09-02', 79)] });
    const b = fakeEntry('b', { date: '2025-08-01', commemorations: [c('80 năm Quốc khánh (02/9/1945 - 02/9/2025)', 'Quốc khánh', '1945-09-02', '2025-09-02', 80)] });
    const [qk, ...rest] = anniversaries(commemorationEvents([a, b]));
    expect(rest).toEqual([]);
    expect(qk!.stated.map((e) => e.sources[0]!.entry.id)).toEqual(['a', 'b']);
    expect(occurrenceIn(qk!, 2024)!.stated!.text).toBe('79 năm Quốc khánh (02/9/1945 - 02/9/2024)');
    expect(occurrenceIn(qk!, 2025)!.stated!.text).toBe('80 năm Quốc khánh (02/9/1945 - 02/9/2025)');
    expect(occurrenceIn(qk!, 2030)).toMatchObject({ years: 85, counted: true });
  });

  it('a count that disagrees with its dates is shown for its year only, never carried to others', () => {
    const odd = fakeEntry('odd', { commemorations: [c('50 năm Ngày X (01/5/1970 - 01/5/2024)', 'Ngày X', '1970-05-01', '2024-05-01', 50)] });
    const [x] = anniversaries(commemorationEvents([odd]));
    expect(x!.baseYear).toBeUndefined();
    expect(occurrenceIn(x!, 2024)).toMatchObject({ years: 50, counted: false });
    const later = occurrenceIn(x!, 2026)!;
    expect(later.years).toBeUndefined();
    expect(later.counted).toBe(false);
  });

  it('29 February comes back in leap years only (as RRULE:FREQ=YEARLY does)', () => {
    const leap = fakeEntry('leap', { commemorations: [c('48 năm Ngày Y (29/02/1976 - 29/02/2024)', 'Ngày Y', '1976-02-29', '2024-02-29', 48)] });
    const [y] = anniversaries(commemorationEvents([leap]));
    expect(occurrenceIn(y!, 2025)).toBeUndefined();
    expect(occurrenceIn(y!, 2100)).toBeUndefined(); // divisible by 100, not by 400
    expect(occurrenceIn(y!, 2028)).toMatchObject({ date: '2028-02-29', years: 52 });
    expect(nextOccurrence(y!, '2024-03-01')!.date).toBe('2028-02-29');
    const ics = toIcs(commemorationEvents([leap]), [], icsOptions);
    const cal = new ICAL.Component(ICAL.parse(ics));
    const master = new ICAL.Event(cal.getAllSubcomponents('vevent').find((v) => !v.hasProperty('recurrence-id'))!);
    const it = master.iterator();
    const days = Array.from({ length: 3 }, () => it.next()!.toString());
    expect(days).toEqual(['2024-02-29', '2028-02-29', '2032-02-29']);
    expect(ics).toContain('RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29');
  });
});

describe('deadlines', () => {
  const deadlines = deadlineEvents(seeds);
  it('the seeds\' one deadline, with its directive', () => {
    expect(deadlines.map((d) => [d.date, d.entry.id])).toEqual([['2024-12-31', SEED.huongDan]]);
  });
  it('are upcoming until their day, then gone: they never repeat', () => {
    expect(upcomingDeadlines(deadlines, '2024-12-31', 5)).toHaveLength(1);
    expect(upcomingDeadlines(deadlines, '2025-01-01', 5)).toEqual([]);
  });
});

describe('.ics: anniversaries repeat yearly, deadlines do not', () => {
  const ics = toIcs(commemorationEvents(seeds), deadlineEvents(seeds), icsOptions);
  const cal = new ICAL.Component(ICAL.parse(ics));
  const vevents = cal.getAllSubcomponents('vevent');
  const masters = vevents.filter((v) => !v.hasProperty('recurrence-id')).map((v) => new ICAL.Event(v));

  it('eight yearly anniversaries and one deadline without a rule', () => {
    const yearly = masters.filter((e) => e.isRecurring());
    expect(yearly).toHaveLength(8);
    for (const e of yearly) expect(e.component.getFirstPropertyValue('rrule')!.toString()).toBe('FREQ=YEARLY');
    const once = masters.filter((e) => !e.isRecurring());
    expect(once.map((e) => [e.startDate.toString(), e.component.getFirstPropertyValue('categories')])).toEqual([['2024-12-31', 'Thời hạn']]);
    expect(ics).toMatch(/RRULE:FREQ=YEARLY/);
    expect(ics.match(/RRULE/g)).toHaveLength(8);
  });

  it('each anniversary expands to its day every year from the stated one; the stated year keeps the directive\'s words', () => {
    const engels = masters.find((e) => e.summary.startsWith('Ngày sinh Ph.Ăng-ghen'))!;
    expect(engels.summary).toBe('Ngày sinh Ph.Ăng-ghen (28/11/1820)');
    const it = engels.iterator();
    expect(Array.from({ length: 4 }, () => it.next()!.toString())).toEqual(['2024-11-28', '2025-11-28', '2026-11-28', '2027-11-28']);
    const exceptions = vevents.filter((v) => v.hasProperty('recurrence-id')).map((v) => new ICAL.Event(v));
    expect(exceptions).toHaveLength(8);
    const stated = exceptions.find((e) => e.uid === engels.uid)!;
    expect(stated.recurrenceId.toString()).toBe('2024-11-28');
    expect(stated.summary).toBe('204 năm Ngày sinh Ph.Ăng-ghen (28/11/1820 - 28/11/2024)');
    const withException = new ICAL.Event(vevents.find((v) => !v.hasProperty('recurrence-id') && v.getFirstPropertyValue('uid') === engels.uid)!, { exceptions: [stated.component] });
    expect(withException.getOccurrenceDetails(ICAL.Time.fromDateString('2024-11-28')).item.summary).toBe('204 năm Ngày sinh Ph.Ăng-ghen (28/11/1820 - 28/11/2024)');
    expect(withException.getOccurrenceDetails(ICAL.Time.fromDateString('2026-11-28')).item.summary).toBe('Ngày sinh Ph.Ăng-ghen (28/11/1820)');
  });

  it('stays byte-reproducible and every UID is unique per component kind', () => {
    expect(toIcs(commemorationEvents([...seeds].reverse()), deadlineEvents([...seeds].reverse()), icsOptions)).toBe(ics);
    expect(new Set(masters.map((e) => e.uid)).size).toBe(9);
  });
});

describe('the calendar plan from a build day', () => {
  it('twelve months ahead from the build month; month pages from the first stated month to the last one ahead', () => {
    const plan = calendarPlan(commemorationEvents(seeds), deadlineEvents(seeds), '2026-11-25');
    expect(plan.ahead.map((m) => `${m.year}-${m.month}`)).toEqual([
      '2026-11', '2026-12', '2027-1', '2027-2', '2027-3', '2027-4', '2027-5', '2027-6', '2027-7', '2027-8', '2027-9', '2027-10',
    ]);
    expect(plan.ahead[0]!.days.map((o) => o.date)).toEqual(['2026-11-01', '2026-11-20', '2026-11-28']);
    expect(plan.ahead[2]!.days).toEqual([]);
    const pages = plan.pages.map((m) => `${m.year}-${m.month}`);
    expect(pages[0]).toBe('2024-11');
    expect(pages).toContain('2024-12');
    expect(pages.at(-1)).toBe('2027-9');
    expect(pages).not.toContain('2025-1'); // nothing in January
    const dec2024 = plan.pages.find((m) => m.year === 2024 && m.month === 12)!;
    expect(dec2024.days.map((o) => [o.date, o.counted])).toEqual([['2024-12-02', false], ['2024-12-22', false], ['2024-12-22', false]]);
    expect(dec2024.deadlines.map((d) => d.date)).toEqual(['2024-12-31']);
    const aug2024 = plan.pages.find((m) => m.year === 2025 && m.month === 8)!;
    expect(aug2024.days.map((o) => [o.date, o.years, o.counted])).toEqual([['2025-08-19', 80, false]]);
  });
});

describe('the page and the .ics agree', () => {
  it('for every anniversary, ical.js expands the .ics to exactly the days the pages show, 2024–2060 (29/2 and 1/3 included)', () => {
    const extra = fakeEntry('extra', { commemorations: [
      c('48 năm Ngày Y (29/02/1976 - 29/02/2024)', 'Ngày Y', '1976-02-29', '2024-02-29', 48),
      c('Ngày Z (01/3/1990 - 01/3/2025)', 'Ngày Z', '1990-03-01', '2025-03-01'),
    ] });
    const entries = [...seeds, extra];
    const events = commemorationEvents(entries);
    const cal = new ICAL.Component(ICAL.parse(toIcs(events, deadlineEvents(entries), icsOptions)));
    const annivs = anniversaries(events);
    expect(annivs).toHaveLength(10);
    for (const a of annivs) {
      const master = new ICAL.Event(cal.getAllSubcomponents('vevent').find((v) => v.getFirstPropertyValue('uid') === a.uid && !v.hasProperty('recurrence-id'))!);
      const fromIcs: string[] = [];
      const it = master.iterator();
      for (let t = it.next(); t && t.year <= 2060; t = it.next()) fromIcs.push(t.toString());
      const first = a.stated[0]!.parts.year;
      const fromPages = Array.from({ length: 2060 - first + 1 }, (_, k) => occurrenceIn(a, first + k)?.date).filter((d) => d !== undefined);
      expect(fromIcs, a.key).toEqual(fromPages);
    }
  });

  it('upcoming: on or after the day, on the anniversary\'s own day, within eight years, soonest first; counts from the base year', () => {
    const annivs = anniversaries(commemorationEvents([...seeds, fakeEntry('leap', { commemorations: [c('48 năm Ngày Y (29/02/1976 - 29/02/2024)', 'Ngày Y', '1976-02-29', '2024-02-29', 48)] })]));
    const day = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2190-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(fc.property(day, (d) => {
      const next = upcomingOccurrences(annivs, d, annivs.length);
      expect(next).toHaveLength(annivs.length);
      expect(next.map((o) => o.date)).toEqual(next.map((o) => o.date).sort());
      for (const o of next) {
        expect(o.date >= d).toBe(true);
        expect(o.date.slice(5)).toBe(`${String(o.anniversary.month).padStart(2, '0')}-${String(o.anniversary.day).padStart(2, '0')}`);
        expect(o.year - Number(d.slice(0, 4))).toBeLessThanOrEqual(8);
        if (o.counted) expect(o.years).toBe(o.year - o.anniversary.baseYear!);
      }
    }), { numRuns: 500 });
  });
});
