/**
 * The search index in parts: how pages are cut into parts (src/search/parts.ts), the patch that
 * keeps the parts' order in Pagefind's merged search when a sort is asked for (pagefind-merge.ts,
 * run on the files the pinned Pagefind writes), and what the index writer reads from pages.
 */
import { describe, expect, it } from 'vitest';
import * as pagefind from 'pagefind';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_PART_SIZE, searchPartSize, searchParts, type PartDoc } from '../../src/search/parts.ts';
import { patchMergedSearch } from '../../src/search/pagefind-merge.ts';
import { pageSortKey } from '../../src/search/pagefind-index.ts';
import { listedParts } from '../../src/integrations/search.ts';

const docs = (spec: Array<[string, number]>): PartDoc[] =>
  spec.flatMap(([key, n]) => Array.from({ length: n }, (_, i) => ({ id: `${key}-${String(i).padStart(3, '0')}`, key })));

/** Every id once; no part over the cap; parts newest first, their key ranges disjoint. */
function expectWellCut(input: PartDoc[], cap: number) {
  const parts = searchParts(input, cap);
  const key = new Map(input.map((d) => [d.id, d.key]));
  expect(parts.flatMap((p) => p.ids).sort()).toEqual(input.map((d) => d.id).sort());
  for (const p of parts) {
    expect(p.ids.length).toBeGreaterThan(0);
    expect(p.ids.length).toBeLessThanOrEqual(cap);
  }
  for (let i = 1; i < parts.length; i++) {
    const newer = parts[i - 1]!.ids.map((id) => key.get(id)!);
    const older = parts[i]!.ids.map((id) => key.get(id)!);
    expect(newer.reduce((a, b) => (a < b ? a : b)) >= older.reduce((a, b) => (a > b ? a : b))).toBe(true);
  }
  expect(new Set(parts.map((p) => p.name)).size).toBe(parts.length);
  for (const p of parts) expect(p.name).toMatch(/^[0-9A-Za-z_-]+$/);
  return parts;
}

describe('search parts', () => {
  it('no pages, no parts; up to the cap, one part named by its date range', () => {
    expect(searchParts([], 10)).toEqual([]);
    const one = searchParts(docs([['2020-01-05', 2], ['2024-03-01', 3]]), 10);
    expect(one).toHaveLength(1);
    expect(one[0]!.name).toBe('2020-01-05_2024-03-01');
    expect(one[0]!.ids).toHaveLength(5);
  });

  it('packs whole years from the oldest; a year over the cap is cut by month, a day over it by id', () => {
    const years = expectWellCut(docs([['2020-02-01', 3], ['2021-05-01', 3], ['2022-07-01', 2], ['2022-08-01', 1]]), 5);
    expect(years.map((p) => p.name)).toEqual(['2022-07-01_2022-08-01', '2021-05-01', '2020-02-01']);
    const packed = expectWellCut(docs([['2019-01-01', 1], ['2020-01-01', 2], ['2021-01-01', 4]]), 5);
    expect(packed.map((p) => p.name)).toEqual(['2021-01-01', '2019-01-01_2020-01-01']);

    const bigYear = expectWellCut(docs([['2024-01-10', 3], ['2024-02-10', 3], ['2024-03-10', 3]]), 4);
    expect(bigYear.map((p) => p.name)).toEqual(['2024-03-10', '2024-02-10', '2024-01-10']);
    const bigDay = expectWellCut(docs([['2024-05-01', 7], ['2024-06-01', 1]]), 3);
    expect(bigDay.map((p) => p.ids.length)).toEqual([1, 1, 3, 3]);
    expect(bigDay.map((p) => p.name)).toEqual(['2024-06-01', '2024-05-01-3', '2024-05-01-2', '2024-05-01']);
  });

  it('partial dates and undated pages sort as their keys do: "0000" oldest, "2024" before "2024-01-01"', () => {
    const parts = expectWellCut(docs([['0000', 2], ['2024', 2], ['2024-01-01', 2], ['2024-05', 2], ['2025-01-01', 1]]), 2);
    expect(parts.map((p) => p.name)).toEqual(['2025-01-01', '2024-05', '2024-01-01', '2024', '0000']);
  });

  it('the same pages make the same parts in any order; a new newest page changes only the newest part', () => {
    const base = docs([['2018-03-01', 40], ['2019-06-01', 35], ['2020-09-01', 50], ['2021-11-02', 12], ['2022-01-15', 30]]);
    const parts = expectWellCut(base, 50);
    expect(searchParts([...base].reverse(), 50)).toEqual(parts);
    const grown = searchParts([...base, { id: 'new', key: '2022-02-01' }], 50);
    expect(grown.slice(1)).toEqual(parts.slice(1));
    expect(grown[0]!.ids).toContain('new');
  });

  it('refuses a page twice and a part size that is not a whole number ≥ 1', () => {
    expect(() => searchParts([{ id: 'a', key: '2020' }, { id: 'a', key: '2021' }], 5)).toThrow(/page "a" given twice/);
    expect(() => searchParts([], 0)).toThrow(/whole number/);
    expect(searchPartSize(undefined)).toBe(DEFAULT_PART_SIZE);
    expect(searchPartSize('')).toBe(DEFAULT_PART_SIZE);
    expect(searchPartSize('500')).toBe(500);
    for (const bad of ['0', '-3', '2.5', 'many']) expect(() => searchPartSize(bad), bad).toThrow(`CHIDAO_SEARCH_PART_SIZE=${bad}`);
  });

  it('reads a page\'s sort key, naming the file when there is none; reads the parts the search page lists', () => {
    expect(pageSortKey('<div data-pagefind-ignore><span data-pagefind-sort="ngay">2024-05-01</span></div>', 'a.html')).toBe('2024-05-01');
    expect(() => pageSortKey('<p>no record</p>', 'van-ban/x/index.html')).toThrow('van-ban/x/index.html: no search record sort key');
    expect(listedParts('<div id="tim-kiem" data-base="/" data-parts="2021 2019_2020" data-x>')).toEqual(['2021', '2019_2020']);
    expect(listedParts('<div id="tim-kiem" data-base="/" data-parts data-shards="/s/">')).toEqual([]);
    expect(() => listedParts('<div id="tim-kiem" data-base="/">')).toThrow(/no data-parts/);
  });
});

describe("Pagefind's merged search with a sort keeps the parts' order", () => {
  it('patches the merged search of pagefind.js and pagefind-worker.js as Pagefind writes them, and nothing else', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chidao-pf-'));
    try {
      const { index } = await pagefind.createIndex({ forceLanguage: 'vi' });
      await index!.addHTMLFile({ sourcePath: 'a/index.html', content: '<html lang="vi"><body><main>chỉ đạo</main></body></html>' });
      await index!.writeFiles({ outputPath: dir });
      for (const f of ['pagefind.js', 'pagefind-worker.js']) {
        const source = readFileSync(join(dir, f), 'utf8');
        const patched = patchMergedSearch(source, f);
        expect(patched).not.toBe(source);
        // Only the merged results' expression changed.
        const at = source.indexOf('.flatMap((s)=>s.results).sort((a,b)=>b.score-a.score)');
        expect(patched.slice(0, at)).toBe(source.slice(0, at));
        expect(patched.endsWith(source.slice(at + '.flatMap((s)=>s.results).sort((a,b)=>b.score-a.score)'.length))).toBe(true);
        expect(() => patchMergedSearch(patched, f)).toThrow(`${f}: Pagefind's merged search found 0 times`);
      }
    } finally {
      await pagefind.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('orders like this: sorted, part after part each by its own rank; by relevance, scores divided by their part\'s best', () => {
    // The patched expression, run on results of two parts (scores are ranks when sorted).
    const source = 'async search(term,o={}){let s2=await Promise.all(this.instances.map((i)=>i.search(term,o)));const f=this.mergeFilters(s2.map((s)=>s.filters));const t=this.mergeFilters(s2.map((s)=>s.totalFilters));const results=s2.flatMap((s)=>s.results).sort((a,b)=>b.score-a.score);return results;}';
    const patched = patchMergedSearch(`({${source}})`, 'fixture.js');
    const run = (sort: Record<string, string>, parts: Array<Array<[string, number]>>) => {
      const obj = new Function(`return ${patched}`)() as { search: (t: string, o: object) => Promise<Array<{ id: string }>>; instances: unknown[]; mergeFilters: () => object };
      obj.mergeFilters = () => ({});
      obj.instances = parts.map((results) => ({ search: async () => ({ results: results.map(([id, score]) => ({ id, score })) }) }));
      return obj.search('x', { sort }).then((r) => r.map((x) => x.id));
    };
    // A part of recent pages scoring low (its statistics differ) and one of old pages scoring high.
    const two: Array<Array<[string, number]>> = [[['new-2', 1], ['new-1', 2], ['new-3', 0.5]], [['old-1', 30], ['old-2', 24], ['old-3', 6]]];
    return Promise.all([
      expect(run({ ngay: 'desc' }, two)).resolves.toEqual(['new-1', 'new-2', 'new-3', 'old-1', 'old-2', 'old-3']),
      // 1, 0.5, 0.25 against 1, 0.8, 0.2.
      expect(run({}, two)).resolves.toEqual(['new-1', 'old-1', 'old-2', 'new-2', 'new-3', 'old-3']),
      // One index: its scores as they are.
      expect(run({}, [[['b', 1], ['a', 3], ['c', 2]]])).resolves.toEqual(['a', 'c', 'b']),
    ]);
  });

  it('each result carries the index of its part (the hit check decides per part: src/search/hit-check.ts)', async () => {
    const source = 'async search(term,o={}){let s2=await Promise.all(this.instances.map((i)=>i.search(term,o)));const f=this.mergeFilters(s2.map((s)=>s.filters));const t=this.mergeFilters(s2.map((s)=>s.totalFilters));const results=s2.flatMap((s)=>s.results).sort((a,b)=>b.score-a.score);return results;}';
    const obj = new Function(`return ${patchMergedSearch(`({${source}})`, 'fixture.js')}`)() as { search: (t: string, o: object) => Promise<Array<{ id: string; part: number }>>; instances: unknown[]; mergeFilters: () => object };
    obj.mergeFilters = () => ({});
    const parts = [[['new', 1]], [['old-1', 3], ['old-2', 1]]] as const;
    obj.instances = parts.map((results) => ({ search: async () => ({ results: results.map(([id, score]) => ({ id, score })) }) }));
    for (const sort of [{}, { ngay: 'desc' }]) {
      const r = await obj.search('x', { sort });
      expect(Object.fromEntries(r.map((x) => [x.id, x.part]))).toEqual({ new: 0, 'old-1': 1, 'old-2': 1 });
    }
    obj.instances = [obj.instances[0]];
    expect((await obj.search('x', {})).map((x) => x.part)).toEqual([0]);
  });
});
