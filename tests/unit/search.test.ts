/**
 * Search (src/search), the pure parts: the query parser on every spelling staff type, the number
 * key it shares with the importer and the graph, number matching and sharding, the records
 * Pagefind indexes (đ alias, filters, sort), and excerpt highlighting that cannot inject markup.
 */
import { describe, expect, it } from 'vitest';
import { runInNewContext } from 'node:vm';
import { mayBecomeNumber, parseQuery, type NumberQuery } from '../../src/search/query.ts';
import { matchNumber, shardFor, SHARD_CALLBACK, type LookupDoc } from '../../src/search/number-match.ts';
import { lookupDocs, MAX_CITERS, shardLookup, shardScript } from '../../src/search/number-lookup.ts';
import { dAliases, htmlText, isSpace, numberDisplay, searchRecord } from '../../src/search/record.ts';
import { bestExcerpt, decodeEntities, excerptSegments, type Segment } from '../../src/search/highlight.ts';
import { numberKey, parseDocumentNumber } from '../../src/model/document-number.ts';
import { buildGraph } from '../../src/graph/build.ts';
import { loadEntries } from '../../src/entry/load-entries.ts';
import { contentEntries, fakeEntry, SEED } from '../helpers/content-entries.ts';
import { ROOT } from '../helpers/seeds.ts';

describe('parseQuery: a document number in every spelling', () => {
  const cases: [string, NumberQuery][] = [
    ['18-NQ/TW', { seq: '18', key: '18nqtw' }],
    ['18/NQ-TW', { seq: '18', key: '18nqtw' }],
    ['18 NQ TW', { seq: '18', key: '18nqtw' }],
    ['18nqtw', { seq: '18', key: '18nqtw' }],
    ['18NQTW', { seq: '18', key: '18nqtw' }],
    [' 18 – NQ / TW ', { seq: '18', key: '18nqtw' }],
    ['NQ 18', { seq: '18', type: 'nghi-quyet', code: 'nq' }],
    ['NQ18', { seq: '18', type: 'nghi-quyet', code: 'nq' }],
    ['nghị quyết 18', { seq: '18', type: 'nghi-quyet' }],
    ['Nghi quyet so 18', { seq: '18', type: 'nghi-quyet' }],
    ['nghị quyết số 18-NQ/TW', { seq: '18', key: '18nqtw', type: 'nghi-quyet' }],
    ['112/CĐ-TTg', { seq: '112', key: '112cdttg' }],
    ['112/CD-TTg', { seq: '112', key: '112cdttg' }],
    ['CĐ 112', { seq: '112', type: 'cong-dien', code: 'cd' }],
    ['công điện 112', { seq: '112', type: 'cong-dien' }],
    ['173-HD/BTGTW', { seq: '173', key: '173hdbtgtw' }],
    ['173 hd btgtw', { seq: '173', key: '173hdbtgtw' }],
    ['Số: 173-HD/BTGTW', { seq: '173', key: '173hdbtgtw' }],
    ['08-HD/BTGTU', { seq: '8', key: '8hdbtgtu' }],
    ['30/2020/NĐ-CP', { seq: '30', key: '302020ndcp' }],
    ['18-NQ', { seq: '18', key: '18nq' }],
    ['18', { seq: '18' }],
    ['số 18', { seq: '18' }],
    ['18-', { seq: '18' }], // still typing the ký hiệu
    ['8144/', { seq: '8144' }],
  ];
  it.each(cases)('%j', (typed, expected) => {
    expect(parseQuery(typed).number).toEqual(expected);
  });

  it('the key is the one the importer and the graph use (numberKey), for every spelling of a number', () => {
    for (const [typed, canonical] of [
      ['18/NQ-TW', '18-NQ/TW'], ['18 NQ TW', '18-NQ/TW'], ['112/CD-TTg', '112/CĐ-TTg'], ['173 hd btgtw', '173-HD/BTGTW'], ['08-hd/btgtu', '08-HD/BTGTU'],
    ] as const) {
      expect(parseQuery(typed).number!.key).toBe(numberKey(typed));
      expect(parseQuery(typed).number!.key).toBe(parseDocumentNumber(canonical).key);
    }
  });

  it('words are not numbers', () => {
    for (const q of ['chi dao', 'Đảng ủy', 'nghị quyết trung ương', 'điện hạt nhân', '', '   ', '<img src=x onerror=alert(1)>', 'NQ', 'TW 18 abc def ghi jkl mno']) {
      expect(parseQuery(q).number, q).toBeUndefined();
    }
  });

  it('mayBecomeNumber: what is typed so far may still turn into a number (Pagefind is not loaded ahead for it)', () => {
    for (const q of ['', '1', '18-', 'N', 'NQ', 'nghị', 'Nghi quyet', 'nghị quyết số', 'số', 'c', 'công điện']) expect(mayBecomeNumber(q), q).toBe(true);
    for (const q of ['chi dao', 'tuyên truyền', 'đảng ủy', 'điện hạt nhân', 'xyz']) expect(mayBecomeNumber(q), q).toBe(false);
  });

  it('query words folded for highlighting (đ → d), the number key among them', () => {
    expect(parseQuery('Chỉ  đạo').terms).toEqual(['chi', 'dao']);
    expect(parseQuery('Chỉ  đạo').text).toBe('Chỉ đạo');
    expect(parseQuery('18-NQ/TW').terms).toEqual(['18nqtw']);
    expect(parseQuery('18 NQ TW').terms).toEqual(['18', 'nq', 'tw', '18nqtw']);
  });
});

const doc = (printed: string, over: Partial<LookupDoc> = {}): LookupDoc => {
  const n = parseDocumentNumber(printed);
  return { k: n.key, s: n.seq!, p: printed, u: `tai-lieu/${n.key}-${over.d ?? ''}/`, n: 0, c: [], g: `so-hieu/${n.key}/`, ...over };
};

describe('matchNumber: the documents a number query names', () => {
  const docs = [
    doc('18-NQ/TW', { t: 'nghi-quyet', d: '2017-10-25', n: 3 }),
    doc('18-NQ/TW', { t: 'nghi-quyet', d: '2022-06-16', n: 1 }),
    doc('18-HD/BTGTU', { t: 'huong-dan', d: '2024-01-05', e: 1, u: 'van-ban/x/' }),
    doc('1800-CV/BTGTW', { t: 'cong-van', d: '2024-02-01', n: 9 }),
    doc('180-KH/TU', { t: 'ke-hoach', n: 4 }),
    doc('118-NQ/TW', { t: 'nghi-quyet' }),
    doc('112/CĐ-TTg', { t: 'cong-dien', d: '2024-11-06' }),
  ];
  const match = (q: string) => matchNumber(parseQuery(q).number!, docs).map((m) => `${m.tier}:${m.doc.p}:${m.doc.d ?? ''}`);

  it('"18-NQ/TW" and its spellings: both resolutions, exact, the more cited first', () => {
    for (const q of ['18-NQ/TW', '18/NQ-TW', '18 NQ TW', '18nqtw', 'nghị quyết số 18-NQ/TW']) {
      expect(match(q), q).toEqual(['0:18-NQ/TW:2017-10-25', '0:18-NQ/TW:2022-06-16']);
    }
  });
  it('a bare "18" lists 18-* only: 1800-* and 180-* (and 118-*) are left to full-text search, after them', () => {
    expect(match('18')).toEqual(['1:18-NQ/TW:2017-10-25', '1:18-NQ/TW:2022-06-16', '1:18-HD/BTGTU:2024-01-05']);
    expect(match('1800')).toEqual(['1:1800-CV/BTGTW:2024-02-01']);
  });
  it('type words or codes narrow a sequence number', () => {
    expect(match('NQ 18')).toEqual(['1:18-NQ/TW:2017-10-25', '1:18-NQ/TW:2022-06-16']);
    expect(match('nghị quyết 18')).toEqual(['1:18-NQ/TW:2017-10-25', '1:18-NQ/TW:2022-06-16']);
    expect(match('hướng dẫn 18')).toEqual(['1:18-HD/BTGTU:2024-01-05']);
    expect(match('18-NQ')).toEqual(['1:18-NQ/TW:2017-10-25', '1:18-NQ/TW:2022-06-16']);
  });
  it('đ folded: 112/CD-TTg finds 112/CĐ-TTg', () => {
    expect(match('112/CD-TTg')).toEqual(['0:112/CĐ-TTg:2024-11-06']);
    expect(match('CĐ 112')).toEqual(['1:112/CĐ-TTg:2024-11-06']);
  });
  it('a number nobody bears matches nothing', () => {
    expect(match('19-NQ/TW')).toEqual([]);
    expect(match('18 tháng 11 năm 2024')).toEqual([]);
  });
});

describe('the number lookup built from the graph of the seeds', () => {
  const { entries } = loadEntries(ROOT, 'content/directives');
  const graph = buildGraph(entries);
  const byId = new Map(contentEntries().map((e) => [e.id, e]));
  const docs = lookupDocs(graph, byId);

  it('18nqtw: the 2017 and the 2022 resolutions, each with the seeds citing it', () => {
    const nq18 = docs.filter((d) => d.k === '18nqtw');
    expect(nq18.map((d) => [d.d, d.u, d.n])).toEqual([
      ['2017-10-25', 'tai-lieu/nghi-quyet-18-nq-tw-2017-10-25/', 3],
      ['2022-06-16', 'tai-lieu/nghi-quyet-18-nq-tw-2022-06-16/', 1],
    ]);
    expect(nq18[0]!.c.map(([u]) => u).sort()).toEqual([SEED.congVan, SEED.huongDan, SEED.keHoach].map((id) => `van-ban/${id}/`).sort());
    expect(nq18[1]!.c.map(([u]) => u)).toEqual([`van-ban/${SEED.keHoach}/`]);
    expect(nq18.every((d) => d.t === 'nghi-quyet' && d.g === 'so-hieu/18nqtw/' && !d.e)).toBe(true);
    // An unnumbered citing directive is named by its subject too.
    expect(nq18[1]!.c[0]![1]).toBe('Kế hoạch (không số) (Không rõ ngày) — Ban Thường vụ Đảng ủy xã — tuyên truyền kết quả Hội nghị lần thứ 12 Ban Chấp hành Trung ương Đảng khóa XIII');
  });
  it('112/CĐ-TTg: the telegram seed 000 cites', () => {
    const hits = matchNumber(parseQuery('112/CD-TTg').number!, docs);
    expect(hits.map((m) => [m.doc.u, m.doc.c.map(([u]) => u)])).toEqual([['tai-lieu/cong-dien-112-cd-ttg-2024-11-06/', [`van-ban/${SEED.congVan}/`]]]);
  });
  it('blank numbers ("Số: /TTCS-TTTQ") and name-only documents are not in it', () => {
    expect(docs.some((d) => d.k === 'ttcstttq')).toBe(false);
    expect(docs.every((d) => /^\d/.test(d.k) && d.k.startsWith(String(d.s)))).toBe(true);
  });
});

describe('sharding by sequence number', () => {
  const many: LookupDoc[] = [];
  for (let s = 1; s <= 400; s++) for (let j = 0; j < (s % 7 === 0 ? 12 : 1 + (s % 3)); j++) many.push(doc(`${s}-KH/T${'U'.repeat(1 + (j % 5))}`, { d: `20${10 + (j % 10)}-01-01`, n: j, c: [[`van-ban/v${s}-${j}/`, `Kế hoạch số ${s}`]] }));
  const sorted = [...many].sort((a, b) => a.s - b.s || a.k.localeCompare(b.k));
  const { starts, shards } = shardLookup(sorted, 2_000);

  it('consecutive ranges: the page finds every document in the shard shardFor names', () => {
    expect(starts[0]).toBe(0);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(shards.flat()).toHaveLength(many.length);
    for (const [i, shard] of shards.entries()) for (const d of shard) expect(shardFor(starts, d.s)).toBe(i);
    expect(shardFor(starts, 999_999)).toBe(shards.length - 1);
  });
  it('shards stay near the target size; one sequence number is never split', () => {
    for (const shard of shards) {
      const seqs = new Set(shard.map((d) => d.s));
      if (seqs.size > 1) expect(JSON.stringify(shard).length).toBeLessThanOrEqual(2_000 + 1_500);
    }
    const owner = new Map<number, number>();
    shards.forEach((shard, i) => shard.forEach((d) => { expect(owner.get(d.s) ?? i).toBe(i); owner.set(d.s, i); }));
  });
  it('a shard file is a classic script handing its documents to the page', () => {
    const got: unknown[] = [];
    runInNewContext(shardScript(3, shards[3]!), { [SHARD_CALLBACK]: (i: number, d: LookupDoc[]) => got.push(i, d) });
    expect(got).toEqual([3, shards[3]]);
    expect(shardLookup([])).toEqual({ starts: [0], shards: [[]] });
  });
  it('citing directives are capped per document', () => {
    expect(MAX_CITERS).toBeGreaterThanOrEqual(3);
  });
});

describe('searchRecord: what Pagefind indexes besides the text', () => {
  it('đ words folded into the alias, once each: "chi dao", "dang uy" find "chỉ đạo", "Đảng ủy"', () => {
    expect(dAliases('Đảng ủy chỉ đạo; ĐẢNG, đảng viên, Điện hạt nhân, đ/c')).toEqual(['dang', 'dao', 'dien', 'dc', 'd']);
    // A number with Đ, whole as Pagefind indexes it: "198-HD/DU" and "112/CD-TTg" find it in the text.
    expect(dAliases('Hướng dẫn số 198-HD/ĐU, Công điện số 112/CĐ-TTg')).toEqual(['198hddu', 'du', 'dien', '112cdttg', 'cd']);
    expect(dAliases('không có chữ nào')).toEqual([]);
  });
  it('a token ends where a regular expression\'s \\s would end it, whatever the white space', () => {
    // dAliases scans for white space itself (isSpace): it must agree with \s on every UTF-16 unit.
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
    expect(dAliases('a\u00a0đb\u2003Đc-đ\u3000x\u200bđy\tĐ\n\u2028đ/c\ufeffz')).toEqual(['db', 'dcd', 'dc', 'd', 'xdy', 'dy']);
    // Decomposed input is composed first; a token met twice gives its keys once.
    expect(dAliases('D\u0111a\u0300ng đàng Đàng')).toEqual(['ddang', 'dang']);
  });
  it('a seed: metadata, filters, sort key and alias', () => {
    const seed = contentEntries().find((e) => e.id === SEED.huongDan)!;
    const r = searchRecord(seed.data, '<p>Các cấp ủy chỉ đạo &amp; <em>Đảng</em> ủy</p>');
    expect(r.meta).toMatchObject({ type: 'Hướng dẫn', number: '', date: 'Không rõ ngày', issuer: 'Ban Tuyên giáo Tỉnh ủy Cao Bằng' });
    expect(r.meta.title).toBe(seed.data.title);
    expect(r.meta.alias.split(' ')).toEqual(['dang', 'dien', 'dao']); // title, topics, then text
    expect(r.filters).toEqual({ loai: ['Hướng dẫn'], co_quan: ['Ban Tuyên giáo Tỉnh ủy Cao Bằng'], cap: ['Cấp tỉnh'], nam: [], chu_de: seed.data.topics });
    expect(r.sort).toEqual({ ngay: '0000' });
  });
  it('dated, numbered: year filter, date sort key, the number as shown', () => {
    const e = fakeEntry('x', { number: { printed: '173-HD/BTGTW', key: '173hdbtgtw' }, date: '2024-11-28', topics: [' Điện hạt nhân ', 'Điện hạt nhân'] });
    const r = searchRecord(e.data, '');
    expect(r.filters.nam).toEqual(['2024']);
    expect(r.filters.chu_de).toEqual(['Điện hạt nhân']);
    expect(r.sort).toEqual({ ngay: '2024-11-28' });
    expect(r.meta.number).toBe('173-HD/BTGTW');
    expect(numberDisplay({ number: { printed: '/TTCS-TTTQ', key: 'ttcstttq' } })).toBe('…/TTCS-TTTQ');
  });
  it('htmlText: tags dropped, entities decoded', () => {
    expect(htmlText('<p>a &amp; b&nbsp;&#273;&#x110;</p><br>c').replace(/\s+/g, ' ').trim()).toBe('a & b đĐ c');
  });
});

describe('excerpts: the best passage, highlighted without markup', () => {
  const marked = (segs: Segment[] | undefined) => (segs ?? []).filter((s) => s.mark).map((s) => s.text);
  const plain = (segs: Segment[] | undefined) => (segs ?? []).map((s) => s.text).join('');

  it('Pagefind\'s excerpt re-marked: folded matches (đ too), not its prefix matches; punctuation outside the mark', () => {
    const segs = excerptSegments('quan điểm <mark>chỉ</mark> đạo, <mark>chiến</mark> lược', ['chi', 'dao']);
    expect(marked(segs)).toEqual(['chỉ', 'đạo']);
    expect(plain(segs)).toBe('quan điểm chỉ đạo, chiến lược');
  });
  it('the last word typed also matches as a prefix; a number matches in any spelling', () => {
    expect(marked(excerptSegments('tinh gọn bộ máy', ['tinh', 'go'], 'go'))).toEqual(['tinh', 'gọn']);
    expect(marked(excerptSegments('Nghị quyết số 18-NQ/TW, ngày', parseQuery('18/NQ-TW').terms))).toEqual(['18-NQ/TW']);
  });
  it('escaped markup in an excerpt comes back as text, never as a tag', () => {
    const segs = excerptSegments('&lt;img src=x onerror=alert(1)&gt; <mark>&lt;b&gt;</mark> &amp;amp; &bogus;', []);
    expect(segs).toEqual([{ text: '<img src=x onerror=alert(1)> <b> &amp; &bogus;', mark: false }]);
    expect(decodeEntities('&#x110;&#273;&#0;&#xFFFFFFF;')).toBe('Đđ&#0;&#xFFFFFFF;');
  });
  it('bestExcerpt picks the passage with every query word, side by side, over one full of prefix look-alikes', () => {
    const text = `${'chính trị chiến lược chỉ tiêu chính sách '.repeat(20)}mở đầu văn bản: các cấp ủy lãnh đạo, chỉ đạo thực hiện nghiêm túc. ${'nội dung khác '.repeat(40)}`;
    const segs = bestExcerpt(text, ['chi', 'dao'], 'dao', 12)!;
    expect(marked(segs)).toEqual(['đạo', 'chỉ', 'đạo']); // "lãnh đạo, chỉ đạo"
    expect(plain(segs)).toMatch(/^… .*các cấp ủy lãnh đạo, chỉ đạo thực hiện.* …$/);
    expect(bestExcerpt('không có gì', ['chi', 'dao'], 'dao')).toBeUndefined();
    expect(plain(bestExcerpt('Nghị quyết 18-NQ/TW.', parseQuery('18 NQ TW').terms))).toBe('Nghị quyết 18-NQ/TW.');
  });
  it('markup in the text stays text', () => {
    const segs = bestExcerpt('a <script>alert(1)</script> chỉ đạo', ['chi', 'dao'])!;
    expect(plain(segs)).toBe('a <script>alert(1)</script> chỉ đạo');
  });
});
