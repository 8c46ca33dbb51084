/**
 * Citations across sites (src/graph/cross-site.ts) on the seeds split into three sites as the
 * build tests split them (tests/fixtures/sites: central = seed 000 + stand-in 173-HD/BTGTW,
 * province = seed 001 + stand-in 06-HD/BTGDVTU, commune = seed 004), each site's graph passed
 * through its published contract; and the identity rules across sites on small graphs.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findCitations } from '../../src/citations/find.ts';
import { resolveMentions } from '../../src/citations/mentions.ts';
import { loadEntries } from '../../src/entry/load-entries.ts';
import { buildGraph, type GraphEntry } from '../../src/graph/build.ts';
import { cascadeTree, type CascadeNode } from '../../src/graph/cascade.ts';
import { crossSite, type CrossPeer } from '../../src/graph/cross-site.ts';
import { graphToJson } from '../../src/graph/export.ts';
import { checkContract, type ContractGraph } from '../../src/federation/contract.ts';
import { peerHref } from '../../src/lib/links.ts';
import { numberKey } from '../../src/model/document-number.ts';
import { cascadeEdges, citingDirectives, docLinkView } from '../../src/render/link-view.ts';
import { citationLinks } from '../../src/render/citation-links.ts';
import { SEED_ENTRY, SITES, type SiteId } from '../helpers/federation.ts';
import { ROOT } from '../helpers/seeds.ts';
import { SCHEMA_FILE, schemaText } from '../../scripts/contract-schema.ts';
import { schemaErrors } from '../helpers/json-schema.ts';

const seeds = loadEntries(ROOT, 'content/directives').entries;
const graphOf = (id: SiteId) => {
  const own = seeds.filter((e) => e.id === SEED_ENTRY[id]);
  const extra = id === 'xa' ? [] : loadEntries(ROOT, `tests/fixtures/sites/${id}/directives`).entries;
  return buildGraph([...own, ...extra]);
};
const graphs = Object.fromEntries(SITES.map((id) => [id, graphOf(id)])) as Record<SiteId, ReturnType<typeof buildGraph>>;
const NAMES: Record<SiteId, string> = { 'trung-uong': 'Cơ quan Trung ương', tinh: 'Tỉnh ủy Cao Bằng', xa: 'Đảng ủy xã' };
/** A site's graph as a peer reads it: exported, serialised, checked against the contract. */
function published(id: SiteId): ContractGraph {
  const titles = new Map([...seeds, ...(id === 'xa' ? [] : loadEntries(ROOT, `tests/fixtures/sites/${id}/directives`).entries)].flatMap((e) => (e.data.title ? [[e.id, e.data.title] as const] : [])));
  const checked = checkContract(JSON.parse(JSON.stringify(graphToJson(graphs[id], { id, office: NAMES[id], titles }))));
  if ('problem' in checked) throw new Error(checked.problem);
  return checked.graph;
}
const peersOf = (id: SiteId): CrossPeer[] => SITES.filter((p) => p !== id).map((p) => ({ id: p, name: NAMES[p], graph: published(p) }));
const view = (id: SiteId) => {
  const graph = graphs[id];
  const cross = crossSite(graph, peersOf(id));
  return { graph, cross, label: (d: string) => d };
};
const flat = (nodes: CascadeNode[], depth = 0): string[] => nodes.flatMap((n) => [`${' '.repeat(depth)}${n.doc}`, ...flat(n.children, depth + 1)]);

const XA_PLAN = 'van-ban/ke-hoach-khong-so-khong-ngay-d1f5bbac';
const TINH_GUIDE = 'van-ban/huong-dan-khong-so-khong-ngay-cb6f72ab';
const TINH_06 = 'van-ban/huong-dan-06-hd-btgdvtu-2025-08-06';
const TW_173 = 'van-ban/huong-dan-173-hd-btgtw-2024-11-28';
const TW_CV = 'van-ban/cong-van-khong-so-2024-44cf0838';

describe('the seeds as three sites', () => {
  it('each site publishes a graph that passes the contract', () => {
    for (const id of SITES) expect(published(id).documents.length).toBeGreaterThan(1);
  });

  it("seed 004's citation of the province guidance is the province's directive", () => {
    const site = view('xa');
    const local = 'tai-lieu/huong-dan-06-hd-btgdvtu-2025-08-06';
    expect(site.graph.documents.has(local)).toBe(true);
    expect(site.cross.sameAs.get(local)).toBe(`tinh|${TINH_06}`);
    const entry = seeds.find((e) => e.id === SEED_ENTRY.xa)!;
    const spans = citationLinks(site, entry.id, entry.mentions, '/xa/');
    const toPeer = spans.filter((s) => s.className === 'cite peer');
    expect(toPeer.map((s) => s.href)).toEqual([`/xa/../tinh/${TINH_06}/`]);
    expect(toPeer[0]!.title).toMatch(/^Hướng dẫn số 06-HD\/BTGDVTU ngày 06\/08\/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy Cao Bằng — .* — trên trang của Tỉnh ủy Cao Bằng$/);
  });

  it("seed 001's citation of the central guidance is the central site's directive", () => {
    const site = view('tinh');
    expect(site.cross.sameAs.get('tai-lieu/huong-dan-173-hd-btgtw-2024-11-28')).toBe(`trung-uong|${TW_173}`);
    expect(docLinkView(site, 'tai-lieu/huong-dan-173-hd-btgtw-2024-11-28', '/tinh/')).toMatchObject({ href: `/tinh/../trung-uong/${TW_173}/`, site: 'Cơ quan Trung ương' });
  });

  it('the cascade runs through the three sites, read from any of them', () => {
    expect(flat(cascadeTree(cascadeEdges(view('xa')), XA_PLAN))).toEqual([`trung-uong|${TW_173}`, ` tinh|${TINH_06}`, `  ${XA_PLAN}`]);
    expect(flat(cascadeTree(cascadeEdges(view('tinh')), TINH_06))).toEqual([`trung-uong|${TW_173}`, ` ${TINH_06}`, `  xa|${XA_PLAN}`]);
    expect(flat(cascadeTree(cascadeEdges(view('trung-uong')), TW_173))).toEqual([TW_173, ` tinh|${TINH_06}`, `  xa|${XA_PLAN}`, ` tinh|${TINH_GUIDE}`]);
  });

  it("lists peers' directives among those citing a document, named by their site", () => {
    const tinh = view('tinh');
    expect(citingDirectives(tinh, TINH_06, '/tinh/').map((c) => [c.link.href, c.link.site, c.refs.length])).toEqual([[`/tinh/../xa/${XA_PLAN}/`, 'Đảng ủy xã', 1]]);
    // 18-NQ/TW of 25/10/2017: dated by seeds 000 and 004, known by its term (khóa XII) in seed 001: one document on all three sites.
    const nq18 = 'tai-lieu/nghi-quyet-18-nq-tw-khoa-xii';
    expect(citingDirectives(tinh, nq18, '/tinh/').map((c) => c.link.site ?? 'here')).toEqual(['here', 'Cơ quan Trung ương', 'Đảng ủy xã']);
    const tw = view('trung-uong');
    expect(tw.cross.citedBy.get('tai-lieu/nghi-quyet-18-nq-tw-2017-10-25')!.map((c) => c.node)).toEqual([`tinh|${TINH_GUIDE}`, `xa|${XA_PLAN}`]);
    // Seed 004 also cites the other 18-NQ/TW, of 16/6/2022, which no other site cites: kept apart.
    const xa = view('xa');
    expect(xa.cross.citedBy.get('tai-lieu/nghi-quyet-18-nq-tw-2022-06-16')).toBeUndefined();
    expect(xa.cross.citedBy.get('tai-lieu/nghi-quyet-18-nq-tw-2017-10-25')!.map((c) => c.node)).toEqual([`tinh|${TINH_GUIDE}`, `trung-uong|${TW_CV}`]);
  });
});

describe('identity across sites', () => {
  const text = (id: string, body: string, date = '2024-12-01'): GraphEntry => {
    const own = { type: 'ke-hoach' as const, date };
    return { id, data: { ...own, implements: [] } as unknown as GraphEntry['data'], mentions: resolveMentions(body, findCitations(body), own, () => 1) };
  };
  const peerWith = (id: string, entry: string, number: string, date: string): CrossPeer => {
    const g = buildGraph([{ id: entry, data: { type: 'nghi-quyet', number: { printed: number, key: numberKey(number) }, date, implements: [] } as unknown as GraphEntry['data'], mentions: [] }]);
    const checked = checkContract(JSON.parse(JSON.stringify(graphToJson(g, { id, office: id }))));
    if ('problem' in checked) throw new Error(checked.problem);
    return { id, name: id, graph: checked.graph };
  };
  const peers = [peerWith('a', 'nq-2017', '18-NQ/TW', '2017-10-25'), peerWith('b', 'nq-2022', '18-NQ/TW', '2022-06-16')];

  it('a dated citation is the peer document of that date', () => {
    const g = buildGraph([text('x', 'Thực hiện Nghị quyết số 18-NQ/TW ngày 16/6/2022 của Bộ Chính trị.')]);
    expect([...crossSite(g, peers).sameAs]).toEqual([['tai-lieu/nghi-quyet-18-nq-tw-2022-06-16', 'b|van-ban/nq-2022']]);
  });

  it('a bare number two peers publish stays ambiguous: both listed, none chosen', () => {
    const g = buildGraph([text('x', 'Tiếp tục thực hiện Nghị quyết số 18-NQ/TW.')]);
    const cross = crossSite(g, peers);
    expect(cross.sameAs.size).toBe(0);
    expect([...cross.candidates]).toEqual([[[...g.documents.keys()].find((k) => k.startsWith('tai-lieu/'))!, ['a|van-ban/nq-2017', 'b|van-ban/nq-2022']]]);
  });

  it('a term fits only the document of that term', () => {
    const g = buildGraph([text('x', 'Thực hiện Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XII.')]);
    expect([...crossSite(g, peers).sameAs.values()]).toEqual(['a|van-ban/nq-2017']);
  });

  it('no peers: nothing crosses', () => {
    const g = buildGraph([text('x', 'Thực hiện Nghị quyết số 18-NQ/TW ngày 16/6/2022.')]);
    const cross = crossSite(g, []);
    expect([cross.sameAs.size, cross.citedBy.size, cross.up.size]).toEqual([0, 0, 0]);
  });
});

describe('links to a peer', () => {
  it('a peer with a url: the absolute URL of its page', () => {
    expect(peerHref({ id: 'tinh', url: 'https://tinh.example/chidao' }, '/xa/', 'van-ban/x/')).toBe('https://tinh.example/chidao/van-ban/x/');
  });
  it('a peer known by its path only: the sibling folder named by its id', () => {
    expect(peerHref({ id: 'tinh' }, '/xa/', 'van-ban/x/')).toBe('/xa/../tinh/van-ban/x/');
    expect(new URL(peerHref({ id: 'tinh' }, '/xa/', 'van-ban/x/'), 'http://h/').pathname).toBe('/tinh/van-ban/x/');
    expect(peerHref({ id: 'tinh' }, '/', 'van-ban/x/')).toBe('/../tinh/van-ban/x/');
  });
});

describe('the contract', () => {
  it('schemas/do-thi.schema.json is the JSON Schema of src/federation/contract.ts (node scripts/contract-schema.ts)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(schemaText());
    expect(JSON.parse(readFileSync(join(ROOT, 'schemas/do-thi.schema.json'), 'utf8')).properties.version.type).toBe('integer');
  });

  it("each seed site's graph passes the published JSON Schema; a graph breaking it does not", () => {
    const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
    for (const id of SITES) expect(schemaErrors(schema, published(id))).toEqual([]);
    const bad = { ...published('tinh'), version: 0, documents: [{ id: 'van-ban/x', url: '/van-ban/x/' }, { id: 'y', url: 'HTTPS://elsewhere/', spellings: [], date: '2024-1' }] };
    expect(schemaErrors(schema, bad)).toEqual([
      '$.version: not above 0',
      '$.documents[0]: spellings is missing',
      expect.stringMatching(/^\$\.documents\[0\]\.url: does not match /),
      expect.stringMatching(/^\$\.documents\[1\]\.url: does not match /),
      expect.stringMatching(/^\$\.documents\[1\]\.date: does not match /),
    ]);
  });
});
