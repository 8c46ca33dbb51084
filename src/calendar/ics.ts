/**
 * iCalendar (RFC 5545) for the commemoration calendar: UTF-8, CRLF line ends, lines folded at
 * 75 octets without splitting a character, TEXT values escaped. Byte-reproducible: UIDs come from
 * the events' identity, DTSTAMP from the data (the newest import day of the event's sources),
 * order from the events' order; nothing reads the clock.
 *
 * Only events known to the day are written: an anniversary known to the month or year only has
 * no day to put in a calendar, and is never given one (the calendar pages list it).
 */
import type { Entry } from '../model/directive.ts';
import { compareEvents, type CalendarEvent } from './events.ts';

export interface IcsOptions<T extends Entry> {
  /** Calendar name shown by calendar apps. */
  name: string;
  description: string;
  /** Absolute URL of a directive's page. */
  urlOf: (entry: T) => string;
  /** One line naming a source directive ("Công văn số …/TTCS-TTTQ, năm 2024, Cục Thông tin cơ sở"). */
  describe: (entry: T) => string;
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

export function toIcs<T extends Entry>(events: readonly CalendarEvent<T>[], opts: IcsOptions<T>): string {
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
  for (const ev of [...events].sort(compareEvents)) {
    const { year, month, day } = ev.parts;
    if (month === undefined || day === undefined) continue;
    const stamp = ev.sources.reduce((max, s) => (s.entry.data.provenance.imported > max ? s.entry.data.provenance.imported : max), '');
    const first = ev.sources[0];
    lines.push(
      'BEGIN:VEVENT',
      `UID:${ev.uid}`,
      `DTSTAMP:${compact(stamp)}T000000Z`,
      `DTSTART;VALUE=DATE:${compact(ev.date)}`,
      `DTEND;VALUE=DATE:${nextDay(year, month, day)}`,
      `SUMMARY:${escapeText(ev.text)}`,
      `DESCRIPTION:${escapeText(['Ngày kỷ niệm nêu trong:', ...ev.sources.map((s) => `- ${opts.describe(s.entry)}: ${opts.urlOf(s.entry)}`)].join('\n'))}`,
      ...(first ? [`URL:${opts.urlOf(first.entry)}`] : []),
      'CATEGORIES:Ngày kỷ niệm',
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
