/**
 * The corpus graph (src/graph): identity across directives, the 18-NQ/TW pair kept apart, short
 * mentions of seed 001 joined to the 2017 resolution, ambiguity shown, nothing cited from the
 * future, relations both ways, the cascade.
 */
import { describe, expect, it } from 'vitest';
import { findCitations } from '../../src/citations/find.ts';
import { resolveMentions } from '../../src/citations/mentions.ts';
import { buildGraph, mayCite, type GraphEntry } from '../../src/graph/build.ts';
import { cascadeTree, downstreamTree, upstreamTree } from '../../src/graph/cascade.ts';
import { graphToJson } from '../../src/graph/export.ts';
import { implementsProblems } from '../../src/graph/implements-cycles.ts';
import { loadEntries } from '../../src/entry/load-entries.ts';
import type { Directive } from '../../src/model/directive.ts';
import { numberKey } from '../../src/model/document-number.ts';
import { ROOT } from '../helpers/seeds.ts';

type Data = GraphEntry['data'];
const SITE = { id: 'chidao', office: 'Ban Tuyên giáo' };
function entry(id: string, text: string, data: Partial<Omit<Data, 'number'>> & { number?: string } = {}): GraphEntry {
  const { number, ...rest } = data;
  const d: Data = { type: 'ke-hoach', implements: [], ...rest, ...(number ? { number: { printed: number, key: numberKey(number) } } : {}) } as Data;
  const own = { type: d.type, ...(d.number ? { number: d.number } : {}), ...(d.date ? { date: d.date } : {}) };
  return { id, data: d, mentions: resolveMentions(text, findCitations(text), own, (o) => text.slice(0, o).split('\n').length) };
}
const implementsRef = (text: string, number: string, date?: string): Directive['implements'][number] => ({ text, number, ...(date ? { date } : {}) });

describe('buildGraph over the seeds', () => {
  const { entries } = loadEntries(ROOT, 'content/directives');
  const g = buildGraph(entries);
  const nq18 = g.numbers.get('18nqtw')!;
  const [y2017, y2022] = nq18.documents;

  it('18-NQ/TW names two documents: 25/10/2017 (khóa XII) and 16/6/2022', () => {
    expect(nq18.documents).toEqual(['tai-lieu/nghi-quyet-18-nq-tw-2017-10-25', 'tai-lieu/nghi-quyet-18-nq-tw-2022-06-16']);
    expect(g.documents.get(y2017!)).toMatchObject({ date: '2017-10-25', term: 'XII', type: 'nghi-quyet' });
    expect(g.documents.get(y2022!)).toMatchObject({ date: '2022-06-16', type: 'nghi-quyet' });
    expect(nq18.ambiguous).toEqual([]);
  });

  it('each carries the subject its citing texts give, verbatim — what tells the two apart beside the date', () => {
    expect(g.documents.get(y2017!)!.subject).toBe('Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả');
    expect(g.documents.get(y2022!)!.subject).toBe('về tiếp tục đổi mới, hoàn thiện thể chế chính sách, nâng cao hiệu lực, hiệu quả quản lý và sử dụng đất, tạo động lực đưa đất nước ta trở thành nước phát triển có thu nhập cao');
    // A document no text gives a subject for has none (never made up).
    expect(g.documents.get('tai-lieu/ke-hoach-04-kh-bcd-khong-ngay')!.subject).toBeUndefined();
  });

  it('the subject most citing texts give wins; ties go by code point, so the graph is the same every build', () => {
    const t = (s: string) => `Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị ${s}; các cấp triển khai.`;
    const g2 = buildGraph([
      entry('a', t('về đột phá phát triển khoa học, công nghệ'), { date: '2025-01-10' }),
      entry('b', t('về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo'), { date: '2025-01-11' }),
      entry('c', t('về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo'), { date: '2025-01-12' }),
      entry('d', t(''), { date: '2025-01-13' }),
    ]);
    const [doc] = g2.numbers.get('57nqtw')!.documents;
    expect(g2.documents.get(doc!)!.subject).toBe('về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo');
  });

  it('seed 004 cites both, each by its own date', () => {
    const refs = g.references.get('ke-hoach-khong-so-khong-ngay-d1f5bbac')!.filter((r) => r?.group === '18nqtw');
    expect(refs.map((r) => [r!.target, r!.status])).toEqual([[y2022, 'stated'], [y2022, 'stated'], [y2017, 'stated']]);
  });

  it('every 18-NQ/TW mention of seed 001 (no date anywhere in it) resolves to the 2017 resolution', () => {
    const refs = g.references.get('huong-dan-khong-so-khong-ngay-cb6f72ab')!.filter((r) => r?.group === '18nqtw');
    expect(refs).toHaveLength(13);
    expect(new Set(refs.map((r) => r!.target))).toEqual(new Set([y2017]));
    expect(refs[0]!.status).toBe('context'); // "khóa XII"
    expect(refs.slice(1).every((r) => r!.status === 'in-text')).toBe(true);
  });

  it('cited by: the 2017 resolution by all three seeds, the 2022 one by seed 004 only', () => {
    const citing = (id: string) => [...new Set(g.citedBy.get(id)!.map((r) => r.from))];
    expect(citing(y2017!)).toEqual(['cong-van-khong-so-2024-44cf0838', 'huong-dan-khong-so-khong-ngay-cb6f72ab', 'ke-hoach-khong-so-khong-ngay-d1f5bbac']);
    expect(citing(y2022!)).toEqual(['ke-hoach-khong-so-khong-ngay-d1f5bbac']);
  });

  it('implements: each seed carries out its "Thực hiện" document', () => {
    expect(Object.fromEntries(g.implements)).toEqual({
      'cong-van-khong-so-2024-44cf0838': ['tai-lieu/cong-van-10070-cv-btgtw-2024-11-20'],
      'huong-dan-khong-so-khong-ngay-cb6f72ab': ['tai-lieu/huong-dan-173-hd-btgtw-2024-11-28'],
      'ke-hoach-khong-so-khong-ngay-d1f5bbac': ['tai-lieu/huong-dan-06-hd-btgdvtu-2025-08-06'],
    });
    expect(g.implementedBy.get('tai-lieu/huong-dan-173-hd-btgtw-2024-11-28')).toEqual(['huong-dan-khong-so-khong-ngay-cb6f72ab']);
  });

  it('every reference of the seeds is resolved (none ambiguous), and the own header numbers are not citations', () => {
    const all = [...g.references.values()].flat().filter((r) => r !== undefined);
    expect(all.filter((r) => r.status === 'ambiguous')).toEqual([]);
    expect(all.length).toBe(15 + 16 + 14);
  });

  it('exports deterministic JSON', () => {
    const a = JSON.stringify(graphToJson(g, SITE));
    const b = JSON.stringify(graphToJson(buildGraph([...entries].reverse()), SITE));
    expect(a).toBe(b);
    expect(JSON.parse(a).numbers['18nqtw'].documents).toHaveLength(2);
  });
});

describe('buildGraph: identity rules', () => {
  it('a bare number is ambiguous when two documents bear it, and says which', () => {
    const g = buildGraph([
      entry('a', 'Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII.', { date: '2023-01-05' }),
      entry('b', 'Nghị quyết số 18-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương.', { date: '2023-01-06' }),
      entry('c', 'Tiếp tục thực hiện Nghị quyết số 18-NQ/TW.', { date: '2024-03-01' }),
    ]);
    const [ref] = g.references.get('c')!;
    expect(ref).toMatchObject({ status: 'ambiguous', candidates: ['tai-lieu/nghi-quyet-18-nq-tw-2017-10-25', 'tai-lieu/nghi-quyet-18-nq-tw-2022-06-16'] });
    expect(ref!.target).toBeUndefined();
    expect(g.numbers.get('18nqtw')!.ambiguous).toEqual([ref]);
    expect(g.cites.get('c')).toEqual([]);
  });

  it('a document cannot cite one issued after itself: the only earlier candidate is meant', () => {
    const g = buildGraph([
      entry('a', 'Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII.', { date: '2023-01-05' }),
      entry('b', 'Nghị quyết số 18-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương.', { date: '2023-01-06' }),
      entry('old', 'Tiếp tục thực hiện Nghị quyết số 18-NQ/TW.', { date: '2019-05' }),
    ]);
    expect(g.references.get('old')![0]).toMatchObject({ status: 'sole', target: 'tai-lieu/nghi-quyet-18-nq-tw-2017-10-25' });
    expect(mayCite('2019', '2019-12-31')).toBe(true);
    expect(mayCite('2019-05', '2019-06-01')).toBe(false);
    expect(mayCite(undefined, '2030-01-01')).toBe(true);
  });

  it('"khóa XII" picks the 2017 resolution from the date; "khóa XIII" the 2022 one', () => {
    const g = buildGraph([
      entry('a', 'Nghị quyết số 18-NQ/TW ngày 25/10/2017 và Nghị quyết số 18-NQ/TW ngày 16/6/2022.'),
      entry('b', 'Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XIII về đất đai.'),
    ]);
    expect(g.references.get('b')![0]).toMatchObject({ status: 'context', target: 'tai-lieu/nghi-quyet-18-nq-tw-2022-06-16' });
  });

  it('a citation of a directive in the collection links to that directive, spelled either way', () => {
    const g = buildGraph([
      entry('tinh', 'Thực hiện Hướng dẫn số 173-HD/BTGTW ngày 28/11/2024 của Ban Tuyên giáo Trung ương.', {
        type: 'huong-dan', number: '08-HD/BTGTU', date: '2024-12-02',
        implements: [implementsRef('Hướng dẫn số 173-HD/BTGTW ngày 28/11/2024', '173-HD/BTGTW', '2024-11-28')],
      }),
      entry('tw', 'Số 173-HD/BTGTW\n\nHƯỚNG DẪN tuyên truyền.', { type: 'huong-dan', number: '173-HD/BTGTW', date: '2024-11-28' }),
      entry('xa', 'Thực hiện Hướng dẫn số 8/HD-BTGTU, ngày 02/12/2024 của Ban Tuyên giáo Tỉnh ủy.', {
        type: 'ke-hoach', number: '15-KH/ĐU', date: '2024-12-10',
        implements: [implementsRef('Hướng dẫn số 8/HD-BTGTU, ngày 02/12/2024', '8/HD-BTGTU', '2024-12-02')],
      }),
    ]);
    expect(g.references.get('tw')).toEqual([undefined]); // its own number
    expect(g.references.get('tinh')![0]).toMatchObject({ status: 'stated', target: 'van-ban/tw' });
    expect(g.references.get('xa')![0]).toMatchObject({ status: 'stated', target: 'van-ban/tinh' });
    expect(g.implementedBy.get('van-ban/tw')).toEqual(['tinh']);
    // The cascade, top down: central → province → commune.
    expect(cascadeTree(g, 'van-ban/tinh')).toEqual([{ doc: 'van-ban/tw', children: [{ doc: 'van-ban/tinh', children: [{ doc: 'van-ban/xa', children: [] }] }] }]);
    expect(upstreamTree(g, 'van-ban/xa')).toEqual([{ doc: 'van-ban/tinh', children: [{ doc: 'van-ban/tw', children: [] }] }]);
    expect(downstreamTree(g, 'van-ban/tw')).toEqual([{ doc: 'van-ban/tinh', children: [{ doc: 'van-ban/xa', children: [] }] }]);
  });

  it('a cycle of implements does not loop', () => {
    const g = buildGraph([
      entry('a', 'Thực hiện Kế hoạch số 2-KH/ĐU ngày 01/02/2024.', { number: '1-KH/ĐU', date: '2024-02-01', implements: [implementsRef('Kế hoạch số 2-KH/ĐU', '2-KH/ĐU', '2024-02-01')] }),
      entry('b', 'Thực hiện Kế hoạch số 1-KH/ĐU ngày 01/02/2024.', { number: '2-KH/ĐU', date: '2024-02-01', implements: [implementsRef('Kế hoạch số 1-KH/ĐU', '1-KH/ĐU', '2024-02-01')] }),
    ]);
    expect(cascadeTree(g, 'van-ban/a')).toEqual([{ doc: 'van-ban/b', children: [{ doc: 'van-ban/a', children: [{ doc: 'van-ban/b', children: [] }] }] }]);
  });

  it('a loop of implements and a directive implementing itself are errors', () => {
    const entries = [
      entry('a', 'Thực hiện Kế hoạch số 2-KH/ĐU ngày 01/02/2024.', { number: '1-KH/ĐU', date: '2024-02-01', implements: [implementsRef('Kế hoạch số 2-KH/ĐU', '2-KH/ĐU', '2024-02-01')] }),
      entry('b', 'Thực hiện Kế hoạch số 3-KH/ĐU ngày 01/02/2024.', { number: '2-KH/ĐU', date: '2024-02-01', implements: [implementsRef('Kế hoạch số 3-KH/ĐU', '3-KH/ĐU', '2024-02-01')] }),
      entry('c', 'Thực hiện Kế hoạch số 1-KH/ĐU ngày 01/02/2024.', { number: '3-KH/ĐU', date: '2024-02-01', implements: [implementsRef('Kế hoạch số 1-KH/ĐU', '1-KH/ĐU', '2024-02-01')] }),
      entry('self', 'Thực hiện Kế hoạch số 09-KH/ĐU.', { number: '9-KH/ĐU', date: '2024-03-01', implements: [implementsRef('Kế hoạch số 09-KH/ĐU', '09-KH/ĐU')] }),
      entry('fine', 'Thực hiện Kế hoạch số 1-KH/ĐU ngày 01/02/2024.', { number: '4-KH/ĐU', date: '2024-03-01', implements: [implementsRef('Kế hoạch số 1-KH/ĐU', '1-KH/ĐU', '2024-02-01')] }),
    ];
    expect(implementsProblems(entries, buildGraph(entries))).toEqual([
      { entry: 'self', message: 'implements its own number 09-KH/ĐU: a directive cannot carry out itself' },
      { entry: 'a', message: 'implements loop: a → b → c → a' },
    ]);
  });

  it('name-only references share one document per name', () => {
    const g = buildGraph([
      entry('a', 'Quán triệt Nghị quyết Đại hội XIII của Đảng.'),
      entry('b', 'Thực hiện Nghị quyết Đại hội XIII.'),
    ]);
    const targets = ['a', 'b'].map((id) => g.references.get(id)![0]!.target);
    expect(targets).toEqual(['tai-lieu/nghi-quyet-dai-hoi-xiii', 'tai-lieu/nghi-quyet-dai-hoi-xiii']);
    expect(g.references.get('a')![0]!.status).toBe('named');
  });

  it('a bare number with no dated document gets one undated document, shared', () => {
    const g = buildGraph([entry('a', 'Theo Kế hoạch số 04-KH/BCĐ.'), entry('b', 'Theo Kế hoạch số 4-KH/BCĐ.')]);
    expect(g.references.get('a')![0]!.target).toBe('tai-lieu/ke-hoach-04-kh-bcd-khong-ngay');
    expect(g.references.get('b')![0]!.target).toBe('tai-lieu/ke-hoach-04-kh-bcd-khong-ngay');
    expect(g.documents.get('tai-lieu/ke-hoach-04-kh-bcd-khong-ngay')!.spellings).toEqual(['04-KH/BCĐ', '4-KH/BCĐ']);
  });

  it('a dated citation finds a directive whose own number is unknown by type, date and issuing body', () => {
    const g = buildGraph([
      entry('ubnd', 'KẾ HOẠCH tuyên truyền.', { type: 'ke-hoach', date: '2023-03-21', issuer: { name: 'UBND huyện' }, place: 'Mường Tè' }),
      entry('other', 'KẾ HOẠCH khác.', { type: 'ke-hoach', date: '2023-03-21', issuer: { name: 'UBND huyện' }, place: 'Sìn Hồ' }),
      entry('a', 'Thực hiện Kế hoạch số 199/KH-UBND, ngày 21/03/2023 của Ủy ban nhân dân huyện Mường Tè.'),
      entry('b', 'Theo Kế hoạch số 199/KH-UBND.', { date: '2024-01-01' }),
      entry('c', 'Theo Thông báo số 5/TB-UBND, ngày 21/03/2023 của Ủy ban nhân dân huyện Mường Tè.'),
    ]);
    expect(g.references.get('a')![0]).toMatchObject({ status: 'stated', target: 'van-ban/ubnd' });
    expect(g.references.get('b')![0]).toMatchObject({ status: 'sole', target: 'van-ban/ubnd' }); // the number now belongs to it
    expect(g.references.get('c')![0]!.target).toBe('tai-lieu/thong-bao-5-tb-ubnd-2023-03-21'); // another type: not it
  });
});
