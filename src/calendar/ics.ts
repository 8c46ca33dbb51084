/**
 * iCalendar (RFC 5545) for the commemoration calendar: UTF-8, CRLF line ends, lines folded at
 * 75 octets without splitting a character, TEXT values escaped. Byte-reproducible: UIDs come from
 * the events' identity, DTSTAMP from the data (the newest import day of the event's sources),
 * order from the data; nothing reads the clock.
 *
 * Anniversaries repeat: one VEVENT each, starting on the first year a directive states, with
 * RRULE:FREQ=YEARLY and the occasion as its summary; each stated year is an override of that
 * year's instance (same UID, RECURRENCE-ID) carrying the directive's own words and count, so a
 * count is shown only for the year it was written for (anniversaries.ts). A 29 February
 * anniversary falls in leap years only: its rule says BYMONTH=2;BYMONTHDAY=29, since readers
 * differ on a bare FREQ=YEARLY from 29/2 (RFC 5545 §3.3.10 drops it; ical.js moves it to 1/3).
 * Deadlines happen once: no rule.
 *
 * Lunar anniversaries (Giỗ Tổ Hùng Vương, 10/3 âm lịch) fall on a different solar day each year,
 * which no RRULE can say: one VEVENT per lunar year, each with its own UID, for the years the
 * calendar pages cover (`lunar.from` … `lunar.through`), no rule.
 *
 * Only days are written: a commemoration or deadline known to the month or year only has no day
 * to put in a calendar, and is never given one (the calendar pages list it).
 */
import { displayPartialDate } from '../model/partial-date.ts';
import { compareKeys } from '../text/compare.ts';
import { anniversaries } from './anniversaries.ts';
import type { DeadlineEvent } from './deadlines.ts';
import type { Entry } from '../model/directive.ts';
import type { CalendarEvent, EventSource } from './events.ts';
import { lunarOccurrencesBetween, lunarUid, lunarYearLabel, type LunarAnniversary } from './lunar-events.ts';

export interface IcsOptions<T extends Entry> {
  /** Calendar name shown by calendar apps. */
  name: string;
  description: string;
  /** Absolute URL of a directive's page. */
  urlOf: (entry: T) => string;
  /** One line naming a source directive ("Công văn số …/TTCS-TTTQ, năm 2024, Cục Thông tin cơ sở"). */
  describe: (entry: T) => string;
  /** Lunar anniversaries and the days to write them for (YYYY-MM-DD, inclusive): the calendar pages' span. */
  lunar?: { anniversaries: readonly LunarAnniversary<T>[]; from: string; through: string };
}

/** Octets of one code point in UTF-8 (no allocation: the .ics of 10,000 directives folds megabytes). */
const utf8Length = (cp: number) => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);

/** TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, line breaks. */
export function escapeText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds one content line (RFC 5545 §3.1): no line longer than 75 octets, continuation lines start
 * with one space, a multi-octet UTF-8 character is never split.
 */
export function foldLine(line: string): string {
  if (line.length <= 25) return line; // a UTF-16 unit is at most 3 octets of UTF-8: 25 fit in 75
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const n = utf8Length(ch.codePointAt(0)!);
    if (octets + n > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += n;
  }
  out.push(current);
  return out.join('\r\n');
}

const compact = (day: string) => day.replace(/-/g, '');

function nextDay(y: number, m: number, d: number): string {
  const t = new Date(Date.UTC(y, m - 1, d + 1));
  return `${t.getUTCFullYear()}${String(t.getUTCMonth() + 1).padStart(2, '0')}${String(t.getUTCDate()).padStart(2, '0')}`;
}

const stampOf = (entries: readonly Entry[]) =>
  `${compact(entries.reduce((max, e) => (e.data.provenance.imported > max ? e.data.provenance.imported : max), ''))}T000000Z`;

function sourceLines<T extends Entry>(sources: readonly EventSource<T>[] | readonly { entry: T }[], opts: IcsOptions<T>): string[] {
  return sources.map((s) => `- ${opts.describe(s.entry)}: ${opts.urlOf(s.entry)}`);
}

export function toIcs<T extends Entry>(events: readonly CalendarEvent<T>[], deadlines: readonly DeadlineEvent<T>[], opts: IcsOptions<T>): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//chidao//Lich ky niem//VI',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(opts.name)}`,
    `X-WR-CALNAME:${escapeText(opts.name)}`,
    `DESCRIPTION:${escapeText(opts.description)}`,
    `X-WR-CALDESC:${escapeText(opts.description)}`,
  ];
  const vevents: { start: string; key: string; lines: string[] }[] = [];
  for (const a of anniversaries(events)) {
    const first = a.stated[0]!;
    const all = a.stated.flatMap((ev) => ev.sources.map((s) => s.entry));
    const uid = `UID:${a.uid}`;
    const stamp = `DTSTAMP:${stampOf(all)}`;
    const { month, day } = a;
    const from = a.from ? ` (${displayPartialDate(a.from)})` : '';
    const block = [
      'BEGIN:VEVENT', uid, stamp,
      `DTSTART;VALUE=DATE:${compact(first.date)}`,
      `DTEND;VALUE=DATE:${nextDay(first.parts.year, month, day)}`,
      // Spelled out for 29/2: some readers (ical.js) move a bare FREQ=YEARLY to 1 March.
      month === 2 && day === 29 ? 'RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29' : 'RRULE:FREQ=YEARLY',
      `SUMMARY:${escapeText(`${a.occasion}${from}`)}`,
      `DESCRIPTION:${escapeText(['Ngày kỷ niệm hằng năm. Văn bản nêu:', ...a.stated.flatMap((ev) => [`${ev.parts.year}: ${ev.text}`, ...sourceLines(ev.sources, opts)])].join('\n'))}`,
      `URL:${opts.urlOf(a.stated.at(-1)!.sources[0]!.entry)}`,
      'CATEGORIES:Ngày kỷ niệm',
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ];
    // Each stated year: that instance in the directive's own words.
    for (const ev of a.stated) {
      block.push(
        'BEGIN:VEVENT', uid, stamp,
        `RECURRENCE-ID;VALUE=DATE:${compact(ev.date)}`,
        `DTSTART;VALUE=DATE:${compact(ev.date)}`,
        `DTEND;VALUE=DATE:${nextDay(ev.parts.year, month, day)}`,
        `SUMMARY:${escapeText(ev.text)}`,
        `DESCRIPTION:${escapeText(['Ngày kỷ niệm nêu trong:', ...sourceLines(ev.sources, opts)].join('\n'))}`,
        `URL:${opts.urlOf(ev.sources[0]!.entry)}`,
        'CATEGORIES:Ngày kỷ niệm',
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
      );
    }
    vevents.push({ start: first.date, key: a.key, lines: block });
  }
  for (const o of opts.lunar ? lunarOccurrencesBetween(opts.lunar.anniversaries, opts.lunar.from, opts.lunar.through) : []) {
    const a = o.anniversary;
    const [y, m, d] = o.date.split('-').map(Number) as [number, number, number];
    const shown = o.stated.length ? o.stated : a.sources;
    vevents.push({
      start: o.date, key: a.key,
      lines: [
        'BEGIN:VEVENT', `UID:${lunarUid(a, o.lunarYear)}`, `DTSTAMP:${stampOf(a.sources.map((s) => s.entry))}`,
        `DTSTART;VALUE=DATE:${compact(o.date)}`,
        `DTEND;VALUE=DATE:${nextDay(y, m, d)}`,
        `SUMMARY:${escapeText(`${a.occasion.name} (${lunarYearLabel(o)})`)}`,
        `DESCRIPTION:${escapeText([
          `Ngày âm lịch, hằng năm: ${lunarYearLabel(o)} là ngày ${displayPartialDate(o.date)} dương lịch.`,
          o.stated.length ? 'Văn bản nêu năm này:' : 'Văn bản nêu:',
          ...shown.map((s) => `- ${opts.describe(s.entry)} («${s.mention.text}»): ${opts.urlOf(s.entry)}`),
        ].join('\n'))}`,
        `URL:${opts.urlOf(shown[0]!.entry)}`,
        'CATEGORIES:Ngày kỷ niệm,Âm lịch',
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
      ],
    });
  }
  for (const d of deadlines) {
    const { year, month, day } = d.parts;
    if (month === undefined || day === undefined) continue;
    vevents.push({
      start: d.date, key: `~${d.key}`, // after the anniversaries of the same day
      lines: [
        'BEGIN:VEVENT', `UID:${d.uid}`, `DTSTAMP:${stampOf([d.entry])}`,
        `DTSTART;VALUE=DATE:${compact(d.date)}`,
        `DTEND;VALUE=DATE:${nextDay(year, month, day)}`,
        `SUMMARY:${escapeText(`Thời hạn: ${d.text}`)}`,
        `DESCRIPTION:${escapeText(['Thời hạn nêu trong:', ...sourceLines([d], opts)].join('\n'))}`,
        `URL:${opts.urlOf(d.entry)}`,
        'CATEGORIES:Thời hạn',
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
      ],
    });
  }
  for (const v of vevents.sort((x, y) => compareKeys(x.start, y.start) || compareKeys(x.key, y.key))) lines.push(...v.lines);
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
