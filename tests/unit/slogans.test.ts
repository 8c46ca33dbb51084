/** The slogans of the collection: keys, slugs, deduplication, first occurrence, order (seeds + made-up entries). */
import { describe, expect, it } from 'vitest';
import { collectSlogans, sloganKey, sloganLinks, sloganSlug } from '../../src/slogans/collect.ts';
import { contentEntries, fakeEntry, SEED } from '../helpers/content-entries.ts';

const seeds = contentEntries();
const ids = (list: readonly { id: string }[]) => list.map((e) => e.id);
const QUANG_VINH = 'Đảng Cộng sản Việt Nam quang vinh muôn năm!';

describe('sloganKey', () => {
  it('folds NFC, white space and letter case (Vietnamese), keeps diacritics and punctuation', () => {
    expect(sloganKey(QUANG_VINH)).toBe('đảng cộng sản việt nam quang vinh muôn năm!');
    expect(sloganKey('  ĐẢNG CỘNG SẢN\u00a0VIỆT NAM\n quang vinh   MUÔN NĂM! ')).toBe(sloganKey(QUANG_VINH));
    expect(sloganKey(QUANG_VINH.normalize('NFD'))).toBe(sloganKey(QUANG_VINH));
    expect(sloganKey('Đảng Cộng sản Việt Nam quang vinh muôn năm')).not.toBe(sloganKey(QUANG_VINH));
    expect(sloganKey('Tinh gọn bộ máy')).not.toBe(sloganKey('Tính gọn bộ máy'));
  });
});

describe('sloganSlug', () => {
  it('is the words without accents and a hash of the key: ASCII, stable across spellings of one slogan', () => {
    const slug = sloganSlug(QUANG_VINH);
    expect(slug).toMatch(/^dang-cong-san-viet-nam-quang-vinh-muon-nam-[0-9a-f]{8}$/);
    expect(sloganSlug(QUANG_VINH.toUpperCase())).toBe(slug);
    expect(sloganSlug(` ${QUANG_VINH.normalize('NFD')} `)).toBe(slug);
    // Pinned: a slug is a published URL and must not change from one version to the next.
    expect(slug).toBe('dang-cong-san-viet-nam-quang-vinh-muon-nam-74bf7b4c');
  });

  it('differs for slogans whose words fold alike (punctuation, tone marks)', () => {
    const a = sloganSlug(QUANG_VINH), b = sloganSlug(QUANG_VINH.replace('!', ''));
    expect(a.replace(/-[0-9a-f]{8}$/, '')).toBe(b.replace(/-[0-9a-f]{8}$/, ''));
    expect(a).not.toBe(b);
    expect(sloganSlug('Tinh gọn')).not.toBe(sloganSlug('Tính gọn'));
  });

  it('cuts long slogans between words, at most 60 characters before the hash', () => {
    const long = 'Thực hiện đồng bộ các giải pháp để hoàn thiện đồng bộ hạ tầng năng lượng quốc gia, đáp ứng yêu cầu phát triển đất nước trong tình hình mới!';
    const slug = sloganSlug(long);
    const words = slug.replace(/-[0-9a-f]{8}$/, '');
    expect(words.length).toBeLessThanOrEqual(60);
    expect(words).toBe('thuc-hien-dong-bo-cac-giai-phap-de-hoan-thien-dong-bo-ha');
  });

  it('a slogan with no Latin letter or digit still gets a slug', () => {
    expect(sloganSlug('!!!')).toMatch(/^khau-hieu-[0-9a-f]{8}$/);
  });
});

describe('collectSlogans on the seeds', () => {
  const slogans = collectSlogans(seeds);

  it('seed 001 has ten slogans, each once, all from it; the other seeds have none', () => {
    expect(slogans).toHaveLength(10);
    for (const s of slogans) {
      expect(ids(s.entries)).toEqual([SEED.huongDan]);
      expect(s.variants).toEqual([]);
    }
    const huongDan = seeds.find((e) => e.id === SEED.huongDan)!;
    expect(new Set(slogans.map((s) => s.text))).toEqual(new Set(huongDan.data.slogans));
    expect(slogans.map((s) => s.sources[0]!.position).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('are in Vietnamese alphabetical order, with unique slugs', () => {
    expect(slogans.map((s) => s.text.slice(0, 20))).toEqual([
      'Chủ tịch Hồ Chí Minh',
      'Đảng Cộng sản Việt N',
      'Đổi mới, sắp xếp tổ ',
      'Đổi mới, sắp xếp tổ ',
      'Nước Cộng hòa xã hội',
      'Quyết liệt, mạnh mẽ ',
      'Sắp xếp tổ chức bộ m',
      'Tập trung thực hiện ',
      'Thực hiện đồng bộ cá',
      'Tinh gọn bộ máy hệ t',
    ]);
    expect(new Set(slogans.map((s) => s.slug)).size).toBe(10);
    for (const s of slogans) expect(s.slug).toBe(sloganSlug(s.text));
  });
});

describe('collectSlogans, made-up entries', () => {
  const older = fakeEntry('older', { date: '2023-05-01', slogans: ['ĐẢNG CỘNG SẢN VIỆT NAM QUANG VINH MUÔN NĂM!', 'Học tập và làm theo Bác!'] });
  const newer = fakeEntry('newer', { date: '2024-09-02', slogans: [QUANG_VINH, `  ${QUANG_VINH}`, 'Đảng Cộng sản Việt Nam quang vinh muôn năm'] });
  const yearOnly = fakeEntry('year-only', { date: '2023', slogans: [QUANG_VINH.normalize('NFD')] });
  const undated = fakeEntry('undated', { slogans: ['đảng cộng sản việt nam quang vinh muôn năm!'] });
  const none = fakeEntry('none', { date: '2025-01-01' });

  it('one slogan for every spelling of the same key, shown as at its first occurrence (earliest directive)', () => {
    for (const order of [[older, newer, yearOnly, undated, none], [undated, none, newer, yearOnly, older]]) {
      const slogans = collectSlogans(order);
      expect(slogans.map((s) => s.text)).toEqual([
        // "2023" (the year only) sorts before 2023-05-01: its period begins first.
        QUANG_VINH.normalize('NFD'),
        'Đảng Cộng sản Việt Nam quang vinh muôn năm',
        'Học tập và làm theo Bác!',
      ].sort(new Intl.Collator('vi', { sensitivity: 'base', numeric: true }).compare));
      const quangVinh = slogans.find((s) => s.key === sloganKey(QUANG_VINH))!;
      expect(quangVinh.text).toBe(QUANG_VINH.normalize('NFD'));
      // Newest first, undated last; the repeat inside `newer` counts once, at its first place.
      expect(ids(quangVinh.entries)).toEqual(['newer', 'older', 'year-only', 'undated']);
      expect(quangVinh.sources.map((s) => [s.entry.id, s.position, s.text])).toEqual([
        ['newer', 1, QUANG_VINH],
        ['older', 1, 'ĐẢNG CỘNG SẢN VIỆT NAM QUANG VINH MUÔN NĂM!'],
        ['year-only', 1, QUANG_VINH.normalize('NFD')],
        ['undated', 1, 'đảng cộng sản việt nam quang vinh muôn năm!'],
      ]);
      // Visible spellings other than the one shown; the NFD/NFC and spacing differences are not.
      expect(quangVinh.variants).toEqual(['ĐẢNG CỘNG SẢN VIỆT NAM QUANG VINH MUÔN NĂM!', 'đảng cộng sản việt nam quang vinh muôn năm!']);
    }
  });

  it('an empty collection has no slogans', () => {
    expect(collectSlogans([])).toEqual([]);
    expect(collectSlogans([none])).toEqual([]);
  });
});

describe('sloganLinks', () => {
  it("a directive's slogans as it writes them, each once, with the slug of its page", () => {
    expect(sloganLinks([QUANG_VINH, QUANG_VINH.toUpperCase(), 'Học tập và làm theo Bác!'])).toEqual([
      { text: QUANG_VINH, slug: sloganSlug(QUANG_VINH) },
      { text: 'Học tập và làm theo Bác!', slug: sloganSlug('Học tập và làm theo Bác!') },
    ]);
  });
});
