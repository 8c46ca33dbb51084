/** A directive's lunar dates as its page lists them. Pure. */
import { canChi, lunarToSolar } from '../lunar/convert.ts';
import type { LunarMention } from '../lunar/find.ts';
import { pad2 } from './lunar-events.ts';

/**
 * A directive's lunar dates for its page, each once, both dates written: "Giỗ Tổ Hùng Vương —
 * «10/3 âm lịch»: 10/3 âm lịch năm Ất Tỵ, ngày 07/04/2025 dương lịch". A festival without its year
 * recurs ("hằng năm"); a bare lunar date without its year says nothing and is left out.
 */
export function lunarMentionLines(mentions: readonly LunarMention[]): string[] {
  const lines: string[] = [];
  for (const m of mentions) {
    const lunar = `${m.day}/${m.month}${m.leap ? ' nhuận' : ''} âm lịch`;
    const what = `${m.occasion ? `${m.occasion.name} — ` : m.deadline ? 'Thời hạn — ' : ''}«${m.text}»`;
    let line: string | undefined;
    if (m.year !== undefined) {
      const s = lunarToSolar({ day: m.day, month: m.month, year: m.year, leap: m.leap });
      line = `${what}: ${lunar} năm ${canChi(m.year)}${s ? `, ngày ${pad2(s.day)}/${pad2(s.month)}/${s.year} dương lịch` : ' (năm đó không có ngày này)'}`;
    } else if (m.occasion) {
      line = `${what}: ${lunar}, hằng năm (ngày dương lịch mỗi năm một khác: xem Lịch kỷ niệm)`;
    }
    if (line && !lines.includes(line)) lines.push(line);
  }
  return lines;
}
