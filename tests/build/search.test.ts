/**
 * Search in the built site: the Pagefind index of the directive pages only, the number-lookup
 * shards (18nqtw: two documents), the search page's classic script, the header search box.
 */
import { describe, expect, inject, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Script, runInNewContext } from 'node:vm';
import { builtPage } from '../helpers/build.ts';
import { contentEntries, SEED } from '../helpers/content-entries.ts';
import { SHARD_CALLBACK, shardFor, type LookupDoc } from '../../src/search/number-match.ts';

describe('search in the built site', () => {
  const dist = inject('dist');
  const entries = contentEntries();

  it('a Pagefind index of the directive pages, and nothing else', () => {
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(entry.version).toBe('1.6.0');
    expect(Object.keys(entry.languages)).toEqual(['vi']);
    expect(entry.languages.vi.page_count).toBe(entries.length);
    for (const f of ['pagefind.js', 'pagefind-worker.js', 'wasm.unknown.pagefind']) expect(existsSync(join(dist, 'pagefind', f)), f).toBe(true);
    expect(readdirSync(join(dist, 'pagefind/fragment'))).toHaveLength(entries.length);
    expect(readdirSync(join(dist, 'pagefind/index')).length).toBeGreaterThan(0);
    expect(readdirSync(join(dist, 'pagefind/filter')).length).toBeGreaterThan(0);
    // Pagefind's own UIs are not shipped (the site has its own script).
    expect(readdirSync(join(dist, 'pagefind')).filter((f) => /-ui\.|highlight/.test(f))).toEqual([]);
  });

  it('directive pages mark the article and its hidden record; navigation and the attribute table are ignored', () => {
    const page = builtPage(dist, `van-ban/${SEED.huongDan}`);
    expect(page.querySelectorAll('[data-pagefind-body]').map((e) => e.tagName)).toEqual(['ARTICLE']);
    const record = page.querySelector('article > div[hidden][data-pagefind-ignore]')!;
    const meta = Object.fromEntries(record.querySelectorAll('[data-pagefind-meta]').map((e) => [e.getAttribute('data-pagefind-meta'), e.text]));
    expect(meta).toMatchObject({ type: 'Hướng dẫn', issuer: 'Ban Tuyên giáo Tỉnh ủy Cao Bằng' });
    expect(meta.alias!.split(' ')).toEqual(expect.arrayContaining(['dang', 'dao', 'dien']));
    const filters = record.querySelectorAll('[data-pagefind-filter]').map((e) => `${e.getAttribute('data-pagefind-filter')}=${e.text}`);
    expect(filters).toEqual(expect.arrayContaining(['loai=Hướng dẫn', 'cap=Cấp tỉnh', 'chu_de=Điện hạt nhân']));
    expect(record.querySelectorAll('[data-pagefind-sort]').map((e) => `${e.getAttribute('data-pagefind-sort')}=${e.text}`)).toEqual(['ngay=0000']);
    expect(page.querySelector('dl.attributes')!.hasAttribute('data-pagefind-ignore')).toBe(true);
    expect(page.querySelector('nav.toc')!.hasAttribute('data-pagefind-ignore')).toBe(true);
    for (const path of ['', 'tai-lieu/nghi-quyet-18-nq-tw-2017-10-25', 'so-hieu/18nqtw', 'tim-kiem']) {
      expect(builtPage(dist, path).querySelector('[data-pagefind-body]'), path || '/').toBeNull();
    }
  });

  it('the number lookup: shards named on the search page; 18nqtw = the 2017 and 2022 resolutions, with their citers', () => {
    const root = builtPage(dist, 'tim-kiem').querySelector('#tim-kiem')!;
    const starts = root.getAttribute('data-starts')!.split(',').map(Number);
    expect(root.getAttribute('data-shards')).toBe('/tim-kiem/so/');
    expect(root.getAttribute('data-bundle')).toBe('/pagefind/');
    const shards = starts.map((_, i) => {
      let docs: LookupDoc[] = [];
      runInNewContext(readFileSync(join(dist, `tim-kiem/so/${i}.js`), 'utf8'), { [SHARD_CALLBACK]: (_i: number, d: LookupDoc[]) => { docs = d; } });
      return docs;
    });
    const nq18 = shards[shardFor(starts, 18)]!.filter((d) => d.k === '18nqtw');
    expect(nq18.map((d) => d.d)).toEqual(['2017-10-25', '2022-06-16']);
    expect(nq18.map((d) => d.n)).toEqual([3, 1]);
    const cd112 = shards[shardFor(starts, 112)]!.filter((d) => d.k === '112cdttg');
    expect(cd112.map((d) => [d.u, d.c[0]![0]])).toEqual([['tai-lieu/cong-dien-112-cd-ttg-2024-11-06/', `van-ban/${SEED.congVan}/`]]);
    // Every route in the lookup is a built page.
    for (const d of shards.flat()) for (const u of [d.u, d.g, ...d.c.map(([r]) => r)]) expect(existsSync(join(dist, u, 'index.html')), u).toBe(true);
  });

  it('the search page: a GET form, filter choices from the collection, one classic script (no modules)', () => {
    const page = builtPage(dist, 'tim-kiem');
    const form = page.querySelector('#tim-kiem form')!;
    expect([form.getAttribute('method'), form.getAttribute('action')]).toEqual(['get', '/tim-kiem/']);
    expect(page.querySelector('label[for="tk-q"]')).not.toBeNull();
    expect(page.querySelectorAll('select[name="loai"] option').map((o) => o.getAttribute('value'))).toEqual(['', 'Công văn', 'Hướng dẫn', 'Kế hoạch']);
    const scripts = page.querySelectorAll('script');
    expect(scripts.map((s) => [s.getAttribute('src'), s.hasAttribute('type')])).toEqual([['/tim-kiem/tim-kiem.js', false]]);
    const code = readFileSync(join(dist, 'tim-kiem/tim-kiem.js'), 'utf8');
    expect(() => new Script(code)).not.toThrow(); // a module (import/export statements) would not parse as a script
    expect(code.length).toBeLessThan(20_000);
  });

  it('every page has the header search box (a plain GET form); reading pages ship no script', () => {
    for (const path of ['', `van-ban/${SEED.congVan}`, 'so-hieu/18nqtw']) {
      const page = builtPage(dist, path);
      const form = page.querySelector('header.site form[role="search"]')!;
      expect([form.getAttribute('method'), form.getAttribute('action'), form.querySelector('input')!.getAttribute('name')]).toEqual(['get', '/tim-kiem/', 'q']);
      expect(page.querySelector(`label[for="${form.querySelector('input')!.id}"]`)).not.toBeNull();
      expect(page.querySelectorAll('script'), path).toHaveLength(0);
    }
  });
});
