/** The monthly bulletin: issues of the seeds (hand-checked) and made-up cases; what an item shows. */
import { describe, expect, it } from 'vitest';
import { issueEntries, issueSlug, parseIssueSlug, planBulletins, undatedEntries } from '../../src/bulletin/issues.ts';
import { bulletinItem, topHeadings } from '../../src/bulletin/item.ts';
import { groupByDate } from '../../src/browse/groups.ts';
import { contentEntries, fakeEntry, SEED } from '../helpers/content-entries.ts';
import { SEED_001_SLOGANS } from '../helpers/seeds.ts';

const seeds = contentEntries();
const ids = (list: readonly { id: string }[]) => list.map((e) => e.id);

describe('issues of the seeds', () => {
  const plan = planBulletins(seeds);

  it('one issue, December 2024: seed 001 by its deadline (31/12/2024), seed 000 dated "2024" only', () => {
    expect(plan.issues.map((i) => i.slug)).toEqual(['2024-12']);
    const [dec] = plan.issues;
    expect(dec).toMatchObject({ year: 2024, month: 12 });
    expect(ids(dec!.issued)).toEqual([]);
    expect(ids(dec!.due)).toEqual([SEED.huongDan]);
    expect(ids(dec!.yearOnly)).toEqual([SEED.congVan]);
    expect(ids(issueEntries(dec!))).toEqual([SEED.huongDan, SEED.congVan]);
  });

  it('nothing vanishes: every seed without a month is on the undated page, seed 004 (no date, no deadline) only there', () => {
    expect(plan.undated.years.map((y) => [y.year, ids(y.entries)])).toEqual([[2024, [SEED.congVan]]]);
    expect(ids(plan.undated.none)).toEqual([SEED.huongDan, SEED.keHoach]);
    const shown = new Set([...plan.issues.flatMap(issueEntries), ...undatedEntries(plan.undated)].map((e) => e.id));
    expect([...shown].sort()).toEqual(ids(seeds).sort());
  });

  it('the same plan whatever the order of the entries', () => {
    expect(planBulletins([...seeds].reverse())).toEqual(plan);
  });
});

describe('issues, made-up cases', () => {
  const a = fakeEntry('a', { date: '2024-12-05', deadlines: [{ text: 'xong trước 20/12/2024', date: '2024-12-20' }, { text: 'báo cáo trước 15/01/2025', date: '2025-01-15' }] });
  const b = fakeEntry('b', { date: '2024-11-02', deadlines: [{ text: 'trong tháng 12/2024', date: '2024-12' }, { text: 'trước 31/12/2024', date: '2024-12-31' }] });
  const c = fakeEntry('c', { date: '2024-12' });
  const y = fakeEntry('y', { date: '2024', deadlines: [{ text: 'trước 10/11/2024', date: '2024-11-10' }] });
  const z = fakeEntry('z', { date: '2023' });
  const plan = planBulletins([z, y, c, b, a]);
  const bySlug = new Map(plan.issues.map((i) => [i.slug, i]));

  it('a month per issued date or deadline, newest first', () => {
    expect(plan.issues.map((i) => i.slug)).toEqual(['2025-01', '2024-12', '2024-11']);
  });

  it('issued first (a month-only date counts), then due, each directive once per issue', () => {
    const dec = bySlug.get('2024-12')!;
    expect(ids(dec.issued)).toEqual(['a', 'c']);
    expect(ids(dec.due)).toEqual(['b']); // two deadlines in December, one item
    expect(ids(bySlug.get('2025-01')!.due)).toEqual(['a']);
    expect(ids(bySlug.get('2024-11')!.issued)).toEqual(['b']);
  });

  it('a year-only directive is in every issue of its year, except where it is already due', () => {
    expect(ids(bySlug.get('2024-12')!.yearOnly)).toEqual(['y']);
    expect(ids(bySlug.get('2024-11')!.due)).toEqual(['y']);
    expect(ids(bySlug.get('2024-11')!.yearOnly)).toEqual([]);
    expect(ids(bySlug.get('2025-01')!.yearOnly)).toEqual([]);
  });

  it('a year with no issue keeps its year-only directives on the undated page', () => {
    expect(plan.undated.years.map((g) => [g.year, ids(g.entries)])).toEqual([[2024, ['y']], [2023, ['z']]]);
    expect(plan.issues.some((i) => i.year === 2023)).toBe(false);
  });

  it('every month page of the site (/nam/<year>/<month>/, which links its issue) has an issue', () => {
    const months = groupByDate([z, y, c, b, a]).years.flatMap((g) => g.months.map((m) => issueSlug(m.year, m.month)));
    expect(months).toEqual(['2024-12', '2024-11']);
    for (const m of months) expect(bySlug.has(m), m).toBe(true);
  });

  it('an empty collection has no issue and an empty undated page', () => {
    expect(planBulletins([])).toEqual({ issues: [], undated: { years: [], none: [] } });
  });
});

describe('issue slugs', () => {
  it('"2024-12" both ways; malformed months refused', () => {
    expect(issueSlug(2024, 3)).toBe('2024-03');
    expect(parseIssueSlug('2024-12')).toEqual({ year: 2024, month: 12 });
    for (const bad of ['2024-13', '2024-00', '2024-1', '12/2024', '2024', 'tháng 12']) expect(parseIssueSlug(bad), bad).toBeUndefined();
  });
});

describe('an item', () => {
  const headings = [
    { depth: 2, text: 'I- MỤC ĐÍCH, YÊU CẦU' },
    { depth: 3, text: '1. Mục đích' },
    { depth: 4, text: 'a) chi tiết' },
    { depth: 2, text: 'II- NỘI DUNG' },
  ];

  it('the two highest heading levels present, in order', () => {
    expect(topHeadings(headings)).toEqual([
      { level: 0, text: 'I- MỤC ĐÍCH, YÊU CẦU' }, { level: 1, text: '1. Mục đích' }, { level: 0, text: 'II- NỘI DUNG' },
    ]);
    expect(topHeadings([{ depth: 3, text: 'x' }, { depth: 4, text: 'y' }])).toEqual([{ level: 0, text: 'x' }, { level: 1, text: 'y' }]);
    expect(topHeadings([])).toEqual([]);
  });

  it('seed 001: number, issuer, date, subject, its deadline in December 2024, its ten slogans as written', () => {
    const seed = seeds.find((e) => e.id === SEED.huongDan)!;
    const item = bulletinItem(seed, headings, { year: 2024, month: 12 });
    expect(item).toEqual({
      id: SEED.huongDan,
      type: 'Hướng dẫn',
      number: 'Hướng dẫn (không số)',
      issuer: 'Ban Tuyên giáo Tỉnh ủy Cao Bằng (cấp tỉnh)',
      date: 'Không rõ ngày',
      subject: 'Tuyên truyền một số nội dung trọng tâm của Hội nghị Ban Chấp hành Trung ương Đảng khóa XIII ngày 25/11/2024',
      headings: topHeadings(headings),
      deadlines: [{ date: '31/12/2024', text: 'Các cấp ủy, tổ chức đảng, các cơ quan, đơn vị từ tỉnh đến cơ sở chỉ đạo việc tổng kết hoàn thành trước ngày 31/12/2024', inMonth: true }],
      slogans: SEED_001_SLOGANS,
      columns: { headings: false, slogans: true },
    });
    expect(bulletinItem(seed, [], { year: 2024, month: 11 }).deadlines[0]!.inMonth).toBe(false);
    expect(bulletinItem(seed, []).deadlines[0]!.inMonth).toBe(false);
  });

  it('seed 000: "năm 2024", its blank number kept visible, no slogans, no deadline', () => {
    const item = bulletinItem(seeds.find((e) => e.id === SEED.congVan)!, []);
    expect(item).toMatchObject({ number: 'Công văn số …/TTCS-TTTQ', date: 'năm 2024', issuer: 'Cục Thông tin cơ sở (cấp Trung ương)', deadlines: [], slogans: [] });
  });

  it('two columns on paper only for lists long enough: six headings, four slogans', () => {
    const seed = seeds.find((e) => e.id === SEED.huongDan)!;
    const h = (n: number) => Array.from({ length: n }, (_, i) => ({ depth: 2, text: `${i + 1}. Mục` }));
    expect(bulletinItem(seed, h(5)).columns.headings).toBe(false);
    expect(bulletinItem(seed, h(6)).columns.headings).toBe(true);
    expect(bulletinItem(fakeEntry('x', { slogans: ['A!', 'B!', 'C!'] }), []).columns.slogans).toBe(false);
    expect(bulletinItem(fakeEntry('x', { slogans: ['A!', 'B!', 'C!', 'D!'] }), []).columns.slogans).toBe(true);
  });

  it('a directive with no issuer and no subject shows neither', () => {
    const item = bulletinItem(fakeEntry('x', { date: '2024-12-01' }), []);
    expect(item).not.toHaveProperty('issuer');
    expect(item).not.toHaveProperty('subject');
    expect(item.date).toBe('01/12/2024');
  });
});
