/** Browsing groups over the three seeds (hand-checked) and made-up edge cases. */
import { describe, expect, it } from 'vitest';
import { groupByDate, groupByIssuer, groupByLevel, groupByTopic, groupByType, slugOf, sortEntries } from '../../src/browse/groups.ts';
import { latestEntries, sampleSlogans } from '../../src/browse/home.ts';
import { contentEntries, fakeEntry, SEED } from '../helpers/content-entries.ts';

const seeds = contentEntries();
const ids = (list: readonly { id: string }[]) => list.map((e) => e.id);

describe('the seeds', () => {
  it('sort dated first (000, "2024"), then the two undated by number key and id', () => {
    expect(ids(sortEntries(seeds))).toEqual([SEED.congVan, SEED.huongDan, SEED.keHoach]);
  });

  it('group by type, labelled as printed, in Vietnamese order', () => {
    expect(groupByType(seeds).map((g) => [g.slug, g.label, ids(g.entries)])).toEqual([
      ['cong-van', 'Công văn', [SEED.congVan]],
      ['huong-dan', 'Hướng dẫn', [SEED.huongDan]],
      ['ke-hoach', 'Kế hoạch', [SEED.keHoach]],
    ]);
  });

  it('group by issuing body', () => {
    const { groups, none } = groupByIssuer(seeds);
    expect(groups.map((g) => [g.slug, g.label])).toEqual([
      ['ban-thuong-vu-dang-uy-xa', 'Ban Thường vụ Đảng ủy xã'],
      ['ban-tuyen-giao-tinh-uy-cao-bang', 'Ban Tuyên giáo Tỉnh ủy Cao Bằng'],
      ['cuc-thong-tin-co-so', 'Cục Thông tin cơ sở'],
    ]);
    expect(none).toEqual([]);
  });

  it('group by level: all four levels in order, district empty', () => {
    const { levels, none } = groupByLevel(seeds);
    expect(levels.map((l) => [l.level, ids(l.entries)])).toEqual([
      ['central', [SEED.congVan]], ['province', [SEED.huongDan]], ['district', []], ['commune', [SEED.keHoach]],
    ]);
    expect(none).toEqual([]);
  });

  it('group by topic: a shared topic lists both directives, newest first', () => {
    const { groups } = groupByTopic(seeds);
    expect(groups.map((g) => g.label)).toEqual([
      'Chính quyền địa phương 2 cấp', 'Đại hội XIV của Đảng', 'Điện hạt nhân', 'Hạ tầng năng lượng quốc gia',
      'Hội nghị Trung ương 12 khóa XIII', 'Kỷ niệm ngày lễ lớn', 'Sắp xếp tổ chức bộ máy', 'Tuyên truyền miệng',
    ]);
    const bo_may = groups.find((g) => g.slug === 'sap-xep-to-chuc-bo-may')!;
    expect(ids(bo_may.entries)).toEqual([SEED.congVan, SEED.huongDan]);
  });

  it('by date: 2024 known to the year only, the other two undated', () => {
    const tree = groupByDate(seeds);
    expect(tree.years).toHaveLength(1);
    expect(tree.years[0]).toMatchObject({ year: 2024, months: [] });
    expect(ids(tree.years[0]!.withoutMonth)).toEqual([SEED.congVan]);
    expect(ids(tree.undated)).toEqual([SEED.huongDan, SEED.keHoach]);
  });

  it('home: latest dated apart from undated; slogans from seed 001, two at most', () => {
    const { latest, undated } = latestEntries(seeds, 10);
    expect(ids(latest)).toEqual([SEED.congVan]);
    expect(ids(undated)).toEqual([SEED.huongDan, SEED.keHoach]);
    const slogans = sampleSlogans(seeds, 6);
    expect(slogans.map((s) => s.slogan)).toEqual([
      'Đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh, gọn, mạnh, hiệu năng, hiệu lực, hiệu quả!',
      'Sắp xếp tổ chức bộ máy tinh, gọn, bảo đảm tính tổng thể, đồng bộ, liên thông!',
    ]);
    expect(slogans.every((s) => s.entry.id === SEED.huongDan)).toBe(true);
  });
});

describe('edge cases', () => {
  const a = fakeEntry('a', { date: '2024-11-20', topics: ['Điện hạt nhân'], issuer: { name: 'Ban Tuyên giáo Tỉnh ủy' } });
  const b = fakeEntry('b', { date: '2024-11', topics: ['điện  hạt nhân'], issuer: { name: 'Ban Tuyên giáo Tỉnh uỷ' } });
  const c = fakeEntry('c', { date: '2024' });
  const d = fakeEntry('d', { date: '2023-02-01', issuer: { name: 'Sở X', level: 'district' } });
  const e = fakeEntry('e');
  const all = [e, c, d, b, a];

  it('year → month, newest first; a month-only date after the days of its month; year-only apart', () => {
    const tree = groupByDate(all);
    expect(tree.years.map((y) => y.year)).toEqual([2024, 2023]);
    const y2024 = tree.years[0]!;
    expect(y2024.months.map((m) => [m.month, ids(m.entries)])).toEqual([[11, ['a', 'b']]]);
    expect(ids(y2024.withoutMonth)).toEqual(['c']);
    expect(ids(y2024.entries)).toEqual(['a', 'b', 'c']);
    expect(tree.years[1]!.months.map((m) => [m.month, ids(m.entries)])).toEqual([[2, ['d']]]);
    expect(ids(tree.undated)).toEqual(['e']);
  });

  it('spellings that fold alike are one group (ủy/uỷ, case, spaces), labelled as the newest writes it', () => {
    const issuers = groupByIssuer(all);
    expect(issuers.groups.map((g) => [g.slug, g.label, ids(g.entries)])).toEqual([
      ['ban-tuyen-giao-tinh-uy', 'Ban Tuyên giáo Tỉnh ủy', ['a', 'b']],
      ['so-x', 'Sở X', ['d']],
    ]);
    expect(ids(issuers.none)).toEqual(['c', 'e']);
    const topics = groupByTopic(all);
    expect(topics.groups.map((g) => [g.slug, g.label, ids(g.entries)])).toEqual([['dien-hat-nhan', 'Điện hạt nhân', ['a', 'b']]]);
    expect(ids(topics.none)).toEqual(['c', 'd', 'e']); // "2024" is a newer period than 2023-02-01
  });

  it('no level: listed apart, in date order', () => {
    const { levels, none } = groupByLevel(all);
    expect(ids(levels[2]!.entries)).toEqual(['d']);
    expect(ids(none)).toEqual(['a', 'b', 'c', 'e']);
  });

  it('slugs are ASCII and never empty', () => {
    expect(slugOf('Đại hội XIV của Đảng')).toBe('dai-hoi-xiv-cua-dang');
    expect(slugOf('—')).toBe('khac');
  });

  it('latest keeps n, newest first', () => {
    expect(ids(latestEntries(all, 2).latest)).toEqual(['a', 'b']);
  });
});
