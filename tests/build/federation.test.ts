/**
 * The seeds as three sites (tests/helpers/federation.ts, tests/fixtures/sites): each built on its
 * own, reading the others' do-thi.json. Citations across sites link to the peer's page, the
 * cascade spans the three sites, every graph passes the contract, and peers that cannot be read
 * are warnings naming them while the build succeeds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFederation, SEED_ENTRY, SITES, type Federation } from '../helpers/federation.ts';
import { builtPage } from '../helpers/build.ts';
import { checkContract } from '../../src/federation/contract.ts';
import { brokenInternalLinks } from '../../src/audit/internal-links.ts';
import { schemaErrors } from '../helpers/json-schema.ts';
import { ROOT } from '../helpers/seeds.ts';

let fed: Federation;
beforeAll(() => { fed = buildFederation(); }, 600_000);
afterAll(() => fed?.remove());

const page = (site: (typeof SITES)[number], path: string) => builtPage(fed.dist[site], path);
const XA_PLAN = `van-ban/${SEED_ENTRY.xa}/`;
const TINH_GUIDE = `van-ban/${SEED_ENTRY.tinh}/`;
const TINH_06 = 'van-ban/huong-dan-06-hd-btgdvtu-2025-08-06/';
const TW_173 = 'van-ban/huong-dan-173-hd-btgtw-2024-11-28/';

describe('three sites, one archive', () => {
  it("each site's do-thi.json passes the contract and its JSON Schema, with its own id; every URL in it is a page", () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/do-thi.schema.json'), 'utf8'));
    for (const id of SITES) {
      const json = JSON.parse(readFileSync(join(fed.dist[id], 'do-thi.json'), 'utf8'));
      expect(schemaErrors(schema, json)).toEqual([]);
      const checked = checkContract(json);
      if ('problem' in checked) throw new Error(`${id}: ${checked.problem}`);
      expect(checked.graph.site.id).toBe(id);
      for (const d of checked.graph.documents) expect(builtPage(fed.dist[id], d.url).querySelector('h1')).not.toBeNull();
    }
  });

  it("seed 004's citation of the province guidance links to the province's page", () => {
    const links = page('xa', XA_PLAN).querySelectorAll('.text a.cite.peer');
    expect(links.map((a) => a.getAttribute('href'))).toEqual([`/xa/../tinh/${TINH_06}`]);
    expect(links[0]!.getAttribute('title')).toMatch(/^Hướng dẫn số 06-HD\/BTGDVTU .* — trên trang của Tỉnh ủy Cao Bằng \(trang thử\)$/);
    expect(links[0]!.text).toContain('Hướng dẫn số 06-HD/BTGDVTU');
  });

  it("seed 001's citations of the central guidance link to the central site's page", () => {
    const links = page('tinh', TINH_GUIDE).querySelectorAll('.text a.cite.peer');
    expect(links.length).toBeGreaterThan(0);
    expect(new Set(links.map((a) => a.getAttribute('href')))).toEqual(new Set([`/tinh/../trung-uong/${TW_173}`]));
    // The page of the cited document says where its full text is.
    const cited = page('tinh', 'tai-lieu/huong-dan-173-hd-btgtw-2024-11-28/');
    expect(cited.querySelector('.on-peer a')!.getAttribute('href')).toBe(`/tinh/../trung-uong/${TW_173}`);
    expect(cited.querySelector('.on-peer')!.text).toContain('trên trang của Cơ quan Trung ương (trang thử)');
  });

  it('the list of cited documents keeps its own page and says where a peer publishes the full text; the number page links there', () => {
    const item = page('tinh', 'tai-lieu/').querySelectorAll('ol.cited > li').find((li) => li.text.includes('173-HD/BTGTW'))!;
    expect(item.querySelectorAll('a').map((a) => [a.getAttribute('href'), a.text])).toEqual([
      ['/tinh/tai-lieu/huong-dan-173-hd-btgtw-2024-11-28/', 'Hướng dẫn số 173-HD/BTGTW ngày 28/11/2024'],
      [`/tinh/../trung-uong/${TW_173}`, 'toàn văn trên trang của Cơ quan Trung ương (trang thử)'],
    ]);
    const number = page('tinh', 'so-hieu/173hdbtgtw/').querySelectorAll('li').find((li) => li.querySelector('a')?.getAttribute('href')?.includes('/trung-uong/'))!;
    expect(number.querySelector('a')!.getAttribute('href')).toBe(`/tinh/../trung-uong/${TW_173}`);
    expect(number.text).toContain('trên trang của Cơ quan Trung ương (trang thử)');
  });

  it('the cascade tree spans the three sites, from each of them', () => {
    const tree = (site: (typeof SITES)[number], path: string) => {
      const walk = (ul: ReturnType<typeof page> | null, depth: number): string[] =>
        ul ? ul.querySelectorAll(':scope > li').flatMap((li) => {
          const a = li.querySelector(':scope > a');
          const here = li.querySelector(':scope > strong');
          return [`${depth}:${a ? a.getAttribute('href') : `[${here!.text.includes('văn bản này') ? 'this' : '?'}]`}`, ...walk(li.querySelector(':scope > ul'), depth + 1)];
        }) : [];
      const h3 = page(site, path).querySelectorAll('section.relations h3').find((h) => h.text === 'Chuỗi triển khai')!;
      return walk(h3.nextElementSibling, 0);
    };
    expect(tree('xa', XA_PLAN)).toEqual([`0:/xa/../trung-uong/${TW_173}`, `1:/xa/../tinh/${TINH_06}`, '2:[this]']);
    expect(tree('tinh', TINH_06)).toEqual([`0:/tinh/../trung-uong/${TW_173}`, '1:[this]', `2:/tinh/../xa/${XA_PLAN}`]);
    expect(tree('trung-uong', TW_173)).toEqual(['0:[this]', `1:/trung-uong/../tinh/${TINH_06}`, `2:/trung-uong/../xa/${XA_PLAN}`, `1:/trung-uong/../tinh/${TINH_GUIDE}`]);
    expect(page('xa', XA_PLAN).querySelector('section.relations')!.text).toContain('trên trang của Cơ quan Trung ương (trang thử)');
  });

  it('"Được dẫn chiếu bởi" lists the peers\' directives citing a document, by site', () => {
    const relations = page('tinh', TINH_06).querySelector('section.relations')!;
    expect(relations.text).toContain('Được dẫn chiếu bởi (1)');
    const item = relations.querySelectorAll('li').find((li) => li.querySelector('a')?.getAttribute('href') === `/tinh/../xa/${XA_PLAN}`)!;
    expect(item.text).toContain('trên trang của Đảng ủy xã (trang thử)');
    const nq18 = page('trung-uong', 'tai-lieu/nghi-quyet-18-nq-tw-2017-10-25/');
    expect(nq18.text).toContain('Được dẫn chiếu bởi (3 văn bản)');
    expect(nq18.querySelectorAll('ol.citing > li > a').map((a) => a.getAttribute('href'))).toEqual([
      `/trung-uong/van-ban/${SEED_ENTRY['trung-uong']}/`, `/trung-uong/../tinh/${TINH_GUIDE}`, `/trung-uong/../xa/${XA_PLAN}`,
    ]);
  });

  it('a peer that is missing and one with a broken graph are warnings naming them; the build succeeds', () => {
    expect(fed.log.xa).toMatch(/\[chidao-peers\] warning: peer "huyen" \(Huyện ủy \(trang thử, đồ thị hỏng\)\): \S+broken-peer\/do-thi\.json is not valid JSON .*; left out of this build/);
    expect(fed.log.xa).toMatch(/\[chidao-peers\] warning: peer "xa-ben" \(Xã bên \(trang thử, chưa dựng\)\): \S+khong-co-ban-dung does not exist; left out of this build/);
    // The first build of the central site met no peers yet, and went on without them.
    expect(fed.firstLog['trung-uong']).toMatch(/peer "tinh" .* does not exist; left out of this build/);
    expect(fed.log['trung-uong']).not.toMatch(/\[chidao-peers\]/);
    expect(readFileSync(join(fed.dist.xa, 'index.html'), 'utf8')).toContain('<html');
  });

  it('a peer whose graph breaks after a good read: the build goes on with the cached copy, and says so', () => {
    const file = join(fed.dist.tinh, 'do-thi.json');
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, good.slice(0, 100));
    let log: string;
    try { log = fed.rebuild('xa'); } finally { writeFileSync(file, good); }
    expect(log).toMatch(/\[chidao-peers\] warning: peer "tinh" \(Tỉnh ủy Cao Bằng \(trang thử\)\): \S+tinh\/do-thi\.json is not valid JSON .*; using the copy cached \d{4}-\d\d-\d\dT[\d:]+Z/);
    expect(page('xa', XA_PLAN).querySelectorAll('.text a.cite.peer').map((a) => a.getAttribute('href'))).toEqual([`/xa/../tinh/${TINH_06}`]);
  }, 300_000);

  it('no internal link of any site points to nothing (links to peers are not internal)', () => {
    for (const id of SITES) expect(brokenInternalLinks(fed.dist[id], `/${id}/`)).toEqual([]);
  });
});
