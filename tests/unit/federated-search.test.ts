/** Federated search and the bundle of several sites (issue 21): the pure pieces. */
import { describe, expect, it } from 'vitest';
import { runInNewContext } from 'node:vm';
import { docIdentity, peerOrigins, peerUrl, readSearchIndex, SEARCH_INDEX_CALLBACK, searchIndexScript, searchPeers, siteOfInstance } from '../../src/search/federation.ts';
import { rewriteLink, type LinkContext } from '../../src/offline/links.ts';
import { peersForCopy } from '../../src/offline/peers.ts';
import { pathKinds } from '../../src/offline/package.ts';
import { policyText } from '../../src/security/csp.ts';
import { parseSiteConfig } from '../../src/site/site-config.ts';

const CONFIG = `id: xa
office: Đảng ủy xã
peers:
  - { id: tinh, name: Ban Tuyên giáo Tỉnh ủy Cao Bằng, relation: upstream, url: "https://tinh.example/cao-bang", search: true }
  - { id: tw, name: Cục Thông tin cơ sở, relation: upstream, url: "https://tw.example/", search: true }
  - { id: bac, name: Xã bên, url: "https://bac.example/" }
  - { id: local, name: Bản dựng, path: ../local/dist, search: true }
`;

describe('peers searched', () => {
  const peers = searchPeers(parseSiteConfig(CONFIG, 'site.yaml').peers);
  it('only peers with search: true, in the config order, each base ending in /; a peer with only a path is beside this site', () => {
    expect(peers).toEqual([
      { id: 'tinh', name: 'Ban Tuyên giáo Tỉnh ủy Cao Bằng', base: 'https://tinh.example/cao-bang/' },
      { id: 'tw', name: 'Cục Thông tin cơ sở', base: 'https://tw.example/' },
      { id: 'local', name: 'Bản dựng', base: '/../local/' },
    ]);
    expect(searchPeers(parseSiteConfig(CONFIG, 'site.yaml').peers, '/sub').at(-1)!.base).toBe('/sub/../local/');
  });
  it('off by default: no peer asks, none is searched, the policy gains nothing', () => {
    expect(searchPeers(parseSiteConfig('id: a\npeers:\n  - { id: b, name: B, url: "https://b.example/" }\n', 'site.yaml').peers)).toEqual([]);
    expect(peerOrigins([])).toEqual([]);
  });
  it('the search page policy allows their origins for scripts and fetch', () => {
    const origins = peerOrigins(peers);
    expect(origins).toEqual(['https://tinh.example', 'https://tw.example']);
    const policy = policyText({ wasm: true, peerOrigins: origins, scriptHashes: [], styleHashes: [] });
    expect(policy).toContain("script-src 'self' https://tinh.example https://tw.example 'wasm-unsafe-eval'");
    expect(policy).toContain("connect-src 'self' https://tinh.example https://tw.example;");
    expect(policyText({ wasm: true, scriptHashes: [], styleHashes: [] })).not.toContain('connect-src'); // default-src 'self' in force
  });
  it('peer URLs join base and route or Pagefind URL', () => {
    expect(peerUrl('https://tinh.example/cao-bang/', '/van-ban/x/')).toBe('https://tinh.example/cao-bang/van-ban/x/');
    expect(peerUrl('../../tinh', 'tai-lieu/y/')).toBe('../../tinh/tai-lieu/y/');
  });
});

describe('search file', () => {
  const file = { v: 1 as const, id: 'xa', office: 'Đảng ủy xã', parts: ['2019_2021'], starts: [0, 120] };
  it('is a classic script calling the callback with what a peer needs', () => {
    let got: unknown;
    runInNewContext(searchIndexScript(file), { [SEARCH_INDEX_CALLBACK]: (f: unknown) => { got = f; } });
    expect(readSearchIndex(got)).toEqual(file);
  });
  it('another version or shape is refused, saying why', () => {
    expect(() => readSearchIndex({ ...file, v: 2 })).toThrow(/phiên bản 2/);
    expect(() => readSearchIndex({ ...file, starts: ['a'] })).toThrow(/không đúng dạng/);
    expect(() => readSearchIndex(null)).toThrow(/rỗng/);
  });
});

describe('merged instances → site', () => {
  it('own site (3 parts), a peer with 1, a peer with 2', () => {
    const counts = [3, 1, 2];
    expect([0, 1, 2, 3, 4, 5, 6].map((i) => siteOfInstance(counts, i))).toEqual([0, 0, 0, 1, 2, 2, -1]);
  });
  it('a document is the same across sites by number, type and date', () => {
    expect(docIdentity({ k: '18nqtw', t: 'nghi-quyet', d: '2017-10-25' })).toBe(docIdentity({ k: '18nqtw', t: 'nghi-quyet', d: '2017-10-25' }));
    expect(docIdentity({ k: '18nqtw', t: 'nghi-quyet', d: '2017-10-25' })).not.toBe(docIdentity({ k: '18nqtw', t: 'nghi-quyet', d: '2022-06-16' }));
  });
});

describe('links between sites of one bundle', () => {
  const own = pathKinds(['index.html', 'tim-kiem/index.html', 'van-ban/a/index.html']);
  const tinh = pathKinds(['index.html', 'van-ban/x/index.html', 'tai-lieu/y/index.html']);
  const ctx: LinkContext = {
    file: 'van-ban/a/index.html', base: '/', site: 'https://xa.example/', kind: own,
    siblings: [{ prefix: 'https://tinh.example/cao-bang/', folder: 'tinh', kind: tinh }],
  };
  it('an absolute link to a bundled site becomes a relative link into its folder, to an explicit file', () => {
    expect(rewriteLink('https://tinh.example/cao-bang/van-ban/x/#muc-2', ctx)).toEqual({ type: 'internal', url: '../../../tinh/van-ban/x/index.html#muc-2', target: '../tinh/van-ban/x/index.html', exists: true });
    expect(rewriteLink('https://tinh.example/cao-bang/', ctx)).toMatchObject({ url: '../../../tinh/index.html', exists: true });
  });
  it('a link written for a peer published beside this site ("<base>../<id>/…") lands in that sibling\'s folder', () => {
    const beside = { ...ctx, siblings: [{ prefix: 'https://tinh.example/cao-bang/', folder: 'tinh', kind: tinh }] };
    expect(rewriteLink('/../tinh/tai-lieu/y/', beside)).toEqual({ type: 'internal', url: '../../../tinh/tai-lieu/y/index.html', target: '../tinh/tai-lieu/y/index.html', exists: true });
    expect(rewriteLink('/sub/../tinh/van-ban/x/', { ...beside, base: '/sub/' })).toMatchObject({ url: '../../../tinh/van-ban/x/index.html', exists: true });
    expect(rewriteLink('/../khac/van-ban/x/', beside)).toMatchObject({ exists: false }); // not in the bundle: reported
  });
  it('a missing page of the sibling is reported; other sites and the own site are as before', () => {
    expect(rewriteLink('https://tinh.example/cao-bang/van-ban/khong-co/', ctx)).toMatchObject({ type: 'internal', exists: false });
    expect(rewriteLink('https://tinh.example/khac/van-ban/x/', ctx)).toEqual({ type: 'keep', external: true, outside: false });
    expect(rewriteLink('https://xa.example/tim-kiem/', ctx)).toMatchObject({ type: 'internal', url: '../../tim-kiem/index.html', exists: true });
    expect(rewriteLink('https://tinh.example/cao-bang/van-ban/x/', { ...ctx, siblings: [] })).toEqual({ type: 'keep', external: true, outside: false });
  });
  it('the search page keeps the peers on the stick, by relative folder, and drops the rest', () => {
    const attr = JSON.stringify([
      { id: 'tinh', name: 'Ban Tuyên giáo Tỉnh ủy Cao Bằng', base: 'https://tinh.example/cao-bang/' },
      { id: 'tw', name: 'Cục Thông tin cơ sở', base: 'https://tw.example/' },
    ]).replace(/"/g, '&quot;');
    const kept = peersForCopy(attr, { ...ctx, file: 'tim-kiem/index.html' });
    expect(JSON.parse(kept!.replace(/&quot;/g, '"'))).toEqual([{ id: 'tinh', name: 'Ban Tuyên giáo Tỉnh ủy Cao Bằng', base: '../../tinh/' }]);
    expect(peersForCopy(attr, { ...ctx, file: 'tim-kiem/index.html', siblings: [] })).toBeUndefined();
    const beside = JSON.stringify([{ id: 'tinh', name: 'T', base: '/../tinh/' }, { id: 'khac', name: 'K', base: '/../khac/' }]).replace(/"/g, '&quot;');
    expect(JSON.parse(peersForCopy(beside, { ...ctx, file: 'tim-kiem/index.html' })!.replace(/&quot;/g, '"'))).toEqual([{ id: 'tinh', name: 'T', base: '../../tinh/' }]);
  });
});
