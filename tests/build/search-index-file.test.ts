/**
 * The site's search file (tim-kiem/chi-muc.js, src/search/federation.ts): what a peer's search page
 * reads to search this site — it must say what this site's own search page says (parts, shard
 * starts) and who the site is (content/site.yaml). The seed build has no peer asking for search,
 * so its search page names none and its policy allows no other origin.
 */
import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { builtPage } from '../helpers/build.ts';
import { readSearchIndex, SEARCH_INDEX_CALLBACK } from '../../src/search/federation.ts';
import { listedParts } from '../../src/integrations/search.ts';

describe('tim-kiem/chi-muc.js', () => {
  const dist = inject('dist');
  it('agrees with the search page and names the site', () => {
    let got: unknown;
    runInNewContext(readFileSync(join(dist, 'tim-kiem/chi-muc.js'), 'utf8'), { [SEARCH_INDEX_CALLBACK]: (f: unknown) => { got = f; } });
    const file = readSearchIndex(got);
    const html = readFileSync(join(dist, 'tim-kiem/index.html'), 'utf8');
    const root = builtPage(dist, 'tim-kiem').querySelector('#tim-kiem')!;
    expect(file).toEqual({ v: 1, id: 'chidao', office: 'Ban Tuyên giáo', parts: listedParts(html), starts: root.getAttribute('data-starts')!.split(',').map(Number) });
  });
  it('no peer asks for search: no peer list on the page, no other origin in its policy', () => {
    const page = builtPage(dist, 'tim-kiem');
    expect(page.querySelector('#tim-kiem')!.hasAttribute('data-peers')).toBe(false);
    expect(page.querySelector('#tk-lien-thong')).toBeNull();
    const policy = page.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    expect(policy).not.toMatch(/https?:/);
  });
});
