/**
 * Issue 20, lunar commemorations end to end: the site built from content/directives plus two real
 * notices naming Giỗ Tổ Hùng Vương (10/3 âm lịch; tests/fixtures/lunar, sources in its README)
 * shows Giỗ Tổ on each year's solar day in the month pages, and lich.ics, read back by ical.js,
 * has one event per year on those days (no yearly rule).
 */
import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { astroBuild, builtPage } from '../helpers/build.ts';
import { CONTENT_DIR, ROOT } from '../helpers/seeds.ts';
import { tempDir } from '../helpers/temp.ts';

const FIXTURES = join(ROOT, 'tests/fixtures/lunar');

describe('Giỗ Tổ Hùng Vương in the built calendar', () => {
  const dir = tempDir('lunar-build');
  const content = join(dir, 'content');
  const dist = join(dir, 'dist');
  mkdirSync(content);
  for (const d of [CONTENT_DIR, FIXTURES]) for (const n of readdirSync(d)) if (n.endsWith('.mdx')) copyFileSync(join(d, n), join(content, n));
  const r = astroBuild(dist, { CHIDAO_CONTENT_DIR: content, CHIDAO_CACHE_DIR: join(dir, 'cache'), CHIDAO_POSTERS: '0' });

  it('builds', () => {
    expect(r.status, `${r.stdout}\n${r.stderr}`.slice(-3000)).toBe(0);
  });

  it('the month pages show it on the solar day of 10/3 âm lịch of each year, with both dates and the directive naming that year', () => {
    const item = (path: string) => builtPage(dist, path).querySelectorAll('li.lunar').find((li) => li.text.includes('Giỗ Tổ Hùng Vương'));
    const y2021 = item('lich/2021/04')!;
    expect(y2021.querySelector('time')!.getAttribute('datetime')).toBe('2021-04-21');
    expect(y2021.text.replace(/\s+/g, ' ')).toContain('Thứ Tư, 21/04/2021 (ngày 10/3 âm lịch năm Tân Sửu)');
    expect(y2021.querySelector('.sources')!.text).toMatch(/Văn bản nêu năm này:/);
    const y2025 = item('lich/2025/04')!;
    expect(y2025.querySelector('time')!.getAttribute('datetime')).toBe('2025-04-07');
    expect(y2025.text.replace(/\s+/g, ' ')).toContain('(ngày 10/3 âm lịch năm Ất Tỵ)');
    // A year between the two, stated by neither: still on its own day.
    expect(item('lich/2023/04')!.querySelector('time')!.getAttribute('datetime')).toBe('2023-04-29');
    // The build day is 2026-11-25: the twelve months ahead reach 16/4/2027, on the calendar's front page.
    const ahead = builtPage(dist, 'lich').querySelectorAll('li.lunar').map((li) => li.querySelector('time')!.getAttribute('datetime'));
    expect(ahead).toContain('2027-04-16');
  });

  it('lich.ics: one event per year on the same days, read back by ical.js, no RRULE', () => {
    const ics = readFileSync(join(dist, 'lich.ics'), 'utf8');
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)).filter((e) => e.summary.startsWith('Giỗ Tổ Hùng Vương'));
    const days = events.map((e) => e.startDate.toString());
    expect(days).toEqual(expect.arrayContaining(['2021-04-21', '2022-04-10', '2023-04-29', '2024-04-18', '2025-04-07', '2026-04-26', '2027-04-16']));
    expect(new Set(days).size).toBe(days.length);
    expect(events.every((e) => !e.isRecurring())).toBe(true);
    expect(events.find((e) => e.startDate.toString() === '2025-04-07')!.summary).toBe('Giỗ Tổ Hùng Vương (10/3 âm lịch năm Ất Tỵ)');
  });

  it("the notice's page lists its lunar dates with the solar day of the year it names", () => {
    const attrs = builtPage(dist, 'van-ban/treo-co-gio-to-ninh-thanh-2025').querySelector('dl.attributes')!;
    const dt = attrs.querySelectorAll('dt').find((x) => x.text === 'Ngày âm lịch')!;
    const lines = dt.nextElementSibling!.querySelectorAll('li').map((li) => li.text);
    expect(lines).toContain('Giỗ Tổ Hùng Vương — «10/3 âm lịch»: 10/3 âm lịch năm Ất Tỵ, ngày 07/04/2025 dương lịch');
  });
});
