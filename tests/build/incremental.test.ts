/**
 * Incremental builds (experimental.incrementalBuild; directive, cited-document and number pages keyed
 * by what they show, src/render/directive-view.ts and document-views.ts): after edits, a rebuild over the previous build's cache must write
 * exactly what a clean build of the edited content writes — byte for byte, every file — while
 * rendering again only the pages the edits reach. Corpus: the seeds and 60 generated
 * directives that cite each other (../shared/bench/make-corpus.mjs), imported as a user would.
 * The search index is cut into parts of 10 pages (src/search/parts.ts): a rebuild re-indexes only
 * the parts holding a page that changed, and takes the others from the cache.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync, renameSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT } from '../helpers/seeds.ts';
import { astroBuild, filesUnder } from '../helpers/build.ts';
import { createHash } from 'node:crypto';
import { pageSortKey } from '../../src/search/pagefind-index.ts';
import { searchParts } from '../../src/search/parts.ts';

const DAY = '2026-11-23';
mkdirSync(join(ROOT, '.cache'), { recursive: true });
const work = mkdtempSync(join(ROOT, '.cache', 'incremental-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(args: string[]) {
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
}

/**
 * Pages of the kinds with an incremental-build key: directives, cited documents, numbers, the
 * loudspeaker script of each directive, and the bulletin's monthly issues (/ban-tin/YYYY-MM/; not
 * /ban-tin/chua-ro-thang/, a page of its own without a key).
 */
const KEYED = ['van-ban', 'tai-lieu', 'so-hieu', 'phat-thanh', 'ban-tin'] as const;
const PAGE_OF: Partial<Record<(typeof KEYED)[number], string>> = { 'ban-tin': '\\d{4}-\\d{2}' };
type Counts = Record<(typeof KEYED)[number], { rendered: number; reused: number }> & { search: { parts: number; indexed: number } };
const PART_SIZE = 10;

function build(content: string, dist: string, cache: string): Counts {
  const r = astroBuild(dist, { CHIDAO_CONTENT_DIR: content, CHIDAO_CACHE_DIR: cache, CHIDAO_TODAY: DAY, CHIDAO_POSTERS: '0', CHIDAO_SEARCH_PART_SIZE: String(PART_SIZE) });
  if (r.status !== 0) throw new Error(`astro build failed:\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`);
  // Astro lists every page it writes; a page taken from the previous build is marked so.
  const count = (kind: string) => {
    const lines = r.stdout.split('\n').filter((l) => new RegExp(`/${kind}/${PAGE_OF[kind as (typeof KEYED)[number]] ?? '[^/]+'}/index\\.html`).test(l));
    const reused = lines.filter((l) => /\((cached|restored)\)/.test(l)).length;
    return { rendered: lines.length - reused, reused };
  };
  const search = /directive pages in (\d+) part\(s\), (\d+) indexed/.exec(r.stdout);
  if (!search) throw new Error(`no search index line in the build log:\n${r.stdout.slice(-2000)}`);
  return { ...Object.fromEntries(KEYED.map((k) => [k, count(k)])), search: { parts: Number(search[1]), indexed: Number(search[2]) } } as Counts;
}

/** Each directive page's id → [sha1 of its HTML, its search sort key]. */
function directivePages(dist: string): Map<string, [string, string]> {
  return new Map(readdirSync(join(dist, 'van-ban')).map((id) => {
    const file = `van-ban/${id}/index.html`;
    const html = readFileSync(join(dist, file));
    return [id, [createHash('sha1').update(html).digest('hex'), pageSortKey(html.toString('utf8'), file)]];
  }));
}

/** The entry file of a directive id, and the ids of directives whose pages link to it. */
function citedDirective(dist: string): { id: string; citedBy: string[] } {
  const g = JSON.parse(readFileSync(join(dist, 'do-thi.json'), 'utf8')) as { references: Array<{ from: string; target?: string }> };
  const by = new Map<string, Set<string>>();
  for (const r of g.references) if (r.target?.startsWith('van-ban/')) {
    const id = r.target.slice('van-ban/'.length);
    if (id !== r.from) (by.get(id) ?? by.set(id, new Set()).get(id)!).add(r.from);
  }
  const [id, from] = [...by].sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1))[0]!;
  return { id, citedBy: [...from].sort() };
}

describe('incremental build', () => {
  it('a rebuild after edits equals a clean build of the edited content, and renders only the pages the edits reach', () => {
    const raw = join(work, 'raw');
    const content = join(work, 'content');
    run([resolve(ROOT, '../shared/bench/make-corpus.mjs'), '--count', '60', '--out', raw, '--format', 'txt']);
    // The ground truth beside the texts, not among them (the importer would skip it and exit 1).
    renameSync(join(raw, 'manifest.json'), join(work, 'manifest.json'));
    run([join(ROOT, 'scripts/import.ts'), raw, '--out', content, '--date', DAY]);
    cpSync(join(ROOT, 'content/directives'), content, { recursive: true });
    const total = readdirSync(content).filter((f) => f.endsWith('.mdx')).length;

    const dist = join(work, 'dist');
    const cache = join(work, 'cache');
    const first = build(content, dist, cache);
    expect(first['van-ban']).toEqual({ rendered: total, reused: 0 });
    expect(first.search.parts).toBeGreaterThanOrEqual(Math.ceil(total / PART_SIZE));
    expect(first.search.indexed).toBe(first.search.parts);
    const pages = (k: (typeof KEYED)[number]) => first[k].rendered;
    expect(pages('tai-lieu')).toBeGreaterThan(20);
    expect(pages('so-hieu')).toBeGreaterThan(20);
    expect(pages('phat-thanh')).toBe(total);
    expect(pages('ban-tin')).toBeGreaterThan(10);

    // An unchanged rebuild renders none of them.
    const same = build(content, dist, cache);
    for (const k of KEYED) expect(same[k], k).toEqual({ rendered: 0, reused: pages(k) });
    expect(same.search).toEqual({ parts: first.search.parts, indexed: 0 });
    const before = directivePages(dist);

    // Edit the subject of the most-cited directive (its label changes on the pages linking to it)
    // and one paragraph of another directive, not among those citing it.
    const cited = citedDirective(dist);
    expect(cited.citedBy.length).toBeGreaterThan(0);
    const citedFile = join(content, `${cited.id}.mdx`);
    const text = readFileSync(citedFile, 'utf8');
    expect(text).toMatch(/^title: .+$/m);
    writeFileSync(citedFile, text.replace(/^title: (['"]?)(.+?)\1$/m, (_, q: string, t: string) => `title: ${q}${t} (đã đính chính)${q}`));
    const quiet = readdirSync(content).filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -4)).find((id) => id !== cited.id && !cited.citedBy.includes(id))!;
    const quietFile = join(content, `${quiet}.mdx`);
    writeFileSync(quietFile, readFileSync(quietFile, 'utf8').replace(/\n$/, '\n\nĐoạn bổ sung sau khi đính chính.\n'));

    // Every cached search part made 30 days old: the rebuild keeps those it uses and removes the
    // ones its new parts replace (src/lib/prune-cache.ts).
    const searchCache = join(cache, 'chidao-search');
    const cachedParts = () => readdirSync(searchCache).filter((s) => /^[0-9a-f]{2}$/.test(s)).flatMap((s) => readdirSync(join(searchCache, s)).map((e) => join(searchCache, s, e)));
    expect(cachedParts()).toHaveLength(first.search.parts);
    const monthAgo = new Date(Date.now() - 30 * 86_400_000);
    for (const e of cachedParts()) utimesSync(e, monthAgo, monthAgo);

    const again = build(content, dist, cache);
    // Pagefind ran again for exactly the parts holding a page whose HTML changed.
    const after = directivePages(dist);
    const changed = new Set([...after].filter(([id, [hash]]) => before.get(id)?.[0] !== hash).map(([id]) => id));
    const parts = searchParts([...after].map(([id, [, key]]) => ({ id, key })), PART_SIZE);
    const touched = parts.filter((p) => p.ids.some((id) => changed.has(id))).length;
    expect(changed.size).toBeGreaterThanOrEqual(2 + cited.citedBy.length);
    expect(again.search).toEqual({ parts: parts.length, indexed: touched });
    expect(touched).toBeLessThan(parts.length);
    expect(cachedParts()).toHaveLength(parts.length);
    // At least the two edited pages and those citing the edited one; far fewer than all.
    expect(again['van-ban'].rendered).toBeGreaterThanOrEqual(2 + cited.citedBy.length);
    expect(again['van-ban'].rendered).toBeLessThan(total / 2);
    for (const k of KEYED) {
      expect(again[k].rendered + again[k].reused, k).toBe(pages(k));
      // An issue lists an entry dated by its year only in every issue of that year: the bulletin's
      // share of issues rendered again depends on which entries were edited, never all of them.
      expect(again[k].rendered, k).toBeLessThan(k === 'ban-tin' ? pages(k) : pages(k) / 2);
    }
    // The two edited directives' script pages, and no other.
    expect(again['phat-thanh'].rendered).toBe(2);
    for (const from of cited.citedBy) {
      expect(readFileSync(join(dist, 'van-ban', from, 'index.html'), 'utf8'), from).toContain('(đã đính chính)');
    }

    const clean = join(work, 'dist-clean');
    build(content, clean, join(work, 'cache-clean'));
    const list = filesUnder(clean);
    expect(filesUnder(dist)).toEqual(list);
    for (const f of list) expect(readFileSync(join(dist, f)).equals(readFileSync(join(clean, f))), f).toBe(true);
  }, 900_000); // four builds of 63 directives
});
