/**
 * The offline copy of the shared build (src/offline, `npm run package`): every internal link and
 * asset resolves to a file on disk, relative; nothing loads from another origin; no module
 * scripts; the manifest verifies and catches tampering; FAT32-safe names and counts; two
 * packagings give the same zip, byte for byte.
 */
import { appendFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { unzipSync } from 'fflate';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { parseSums, sha256, SUMS_FILE } from '../../src/offline/checksums.ts';
import { packageOffline, verifyFolder } from '../../src/offline/package.ts';
import { listFiles } from '../../src/lib/files.ts';
import { OPEN_FILE, VERIFY_PAGE } from '../../src/offline/pages.ts';
import { deterministicZip } from '../../src/offline/zip.ts';
import { makeOfflineCopy, type OfflineCopy } from '../helpers/offline.ts';

type Element = DefaultTreeAdapterMap['element'];
function* elements(node: DefaultTreeAdapterMap['node']): Generator<Element> {
  for (const k of 'childNodes' in node ? node.childNodes : []) {
    if ('tagName' in k) {
      yield k;
      if (k.tagName === 'template') yield* elements((k as DefaultTreeAdapterMap['template']).content);
    }
    yield* elements(k);
  }
}

/** Where the share section of directive and slogan pages links to (src/lib/share.ts). */
const SHARE_TARGET = /^https:\/\/(www\.facebook\.com\/sharer\/sharer\.php\?u=|chat\.zalo\.me\/$)/;

describe('offline copy', () => {
  let copy: OfflineCopy;
  let files: string[];
  beforeAll(async () => {
    copy = await makeOfflineCopy(inject('dist'));
    files = listFiles(copy.dir);
  });

  it('has the top-level pages, the manifest, Pagefind as classic scripts only', () => {
    for (const f of ['index.html', OPEN_FILE, VERIFY_PAGE, SUMS_FILE, 'SHA256SUMS.json', 'pagefind/pagefind.js', 'pagefind/pagefind-offline.js', 'pagefind/pagefind-entry.json.js']) {
      expect(files, f).toContain(f);
    }
    const bundle = files.filter((f) => f.startsWith('pagefind/'));
    expect(bundle.filter((f) => !f.endsWith('.js'))).toEqual([]);
    expect(bundle).not.toContain('pagefind/pagefind-worker.js');
    expect(bundle.some((f) => f.startsWith('pagefind/fragment/'))).toBe(true);
    expect(readFileSync(join(copy.dir, OPEN_FILE), 'utf8')).toContain('<meta http-equiv="refresh" content="0; url=index.html">');
    expect(readFileSync(join(copy.dir, VERIFY_PAGE), 'utf8')).toContain('sha256sum -c');
  });

  it('every href/src/action/srcset in every page is relative and resolves to a file (not a folder)', () => {
    const fileSet = new Set(files);
    const broken: string[] = [];
    const absolute: string[] = [];
    let checked = 0;
    let shared = 0;
    for (const f of files.filter((p) => p.endsWith('.html'))) {
      const doc = parse(readFileSync(join(copy.dir, f), 'utf8'));
      for (const el of elements(doc)) {
        for (const a of el.attrs) {
          const urls = a.name === 'srcset' ? a.value.split(',').map((c) => c.trim().split(/\s+/)[0]!) :
            ['href', 'src', 'action', 'poster', 'data-base', 'data-bundle', 'data-shards'].includes(a.name) ? [a.value] :
            a.name === 'content' && /refresh/i.test(el.attrs.find((x) => x.name === 'http-equiv')?.value ?? '') ? [a.value.replace(/^\d+;\s*url=/i, '')] : [];
          for (const u of urls) {
            if (!u || u.startsWith('#') || /^(mailto|tel|data):/i.test(u)) continue;
            // The share links (src/lib/share.ts) go to other sites and can only work online: absolute, opened apart.
            if (el.tagName === 'a' && a.name === 'href' && SHARE_TARGET.test(u) && el.attrs.some((x) => x.name === 'rel' && x.value === 'noopener noreferrer')) { shared++; continue; }
            if (/^([a-z][a-z0-9+.-]*:|\/)/i.test(u)) { absolute.push(`${f}: ${el.tagName} ${a.name}="${u}"`); continue; }
            checked++;
            const path = decodeURIComponent(u.split(/[?#]/)[0]!);
            const target = posix.normalize(posix.join(posix.dirname(f), path));
            if (a.name.startsWith('data-')) continue; // folder prefixes the search script appends to
            if (!fileSet.has(target)) broken.push(`${f}: ${el.tagName} ${a.name}="${u}" → ${target}`);
          }
        }
      }
    }
    expect(absolute).toEqual([]);
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
    expect(shared).toBeGreaterThan(0);
  });

  it('no module scripts, no canonical link to the web edition, no service worker', () => {
    for (const f of files.filter((p) => p.endsWith('.html'))) {
      const html = readFileSync(join(copy.dir, f), 'utf8');
      const doc = parse(html);
      for (const el of elements(doc)) {
        if (el.tagName === 'script') expect(el.attrs.find((a) => a.name === 'type')?.value, f).not.toBe('module');
        if (el.tagName === 'link') expect(el.attrs.find((a) => a.name === 'rel')?.value, f).not.toBe('canonical');
      }
    }
    for (const f of files.filter((p) => p.endsWith('.js'))) {
      const js = readFileSync(join(copy.dir, f), 'utf8');
      expect(js, f).not.toMatch(/serviceWorker|import\.meta|^\s*export\s/m);
    }
  });

  it('the search page loads the offline Pagefind loader before its own script', () => {
    const html = readFileSync(join(copy.dir, 'tim-kiem/index.html'), 'utf8');
    expect(html).toMatch(/<script src="\.\.\/pagefind\/pagefind-offline\.js"><\/script><script defer src="tim-kiem\.js">/);
    expect(html).toContain('data-base="../" data-bundle="../pagefind/" data-parts data-shards="so/"');
  });

  it('with JavaScript off, the search page\'s <noscript> links open the browse pages from disk', () => {
    const html = readFileSync(join(copy.dir, 'tim-kiem/index.html'), 'utf8');
    const noscript = /<noscript>([^]*?)<\/noscript>/.exec(html)![1]!;
    const hrefs = [...noscript.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
    expect(hrefs.length).toBeGreaterThanOrEqual(4);
    for (const h of hrefs) {
      expect(h).toMatch(/^\.\.\/[^/].*\/index\.html$/);
      expect(existsSync(join(copy.dir, 'tim-kiem', h)), h).toBe(true);
    }
  });

  it('reading pages are the web pages with only their URLs changed', () => {
    const page = 'van-ban/huong-dan-khong-so-khong-ngay-cb6f72ab/index.html';
    const strip = (s: string) => s.replace(/<link rel="canonical"[^>]*>/, '').replace(/\s(href|src|srcset|action)="[^"]*"/g, '');
    expect(strip(readFileSync(join(copy.dir, page), 'utf8'))).toBe(strip(readFileSync(join(inject('dist'), page), 'utf8')));
  });

  it('FAT32: names, case, folder sizes; file count and size reported', () => {
    const fat = copy.result.fat;
    expect(fat.problems).toEqual([]);
    expect(fat.maxPerFolder.entries).toBeLessThan(21_000);
    console.log(`offline copy: ${fat.files} files, ${(fat.bytes / 1e6).toFixed(1)} MB (${(fat.onDisk32k / 1e6).toFixed(1)} MB with 32 KiB clusters), ` +
      `zip ${(copy.zipBytes / 1e6).toFixed(1)} MB, packaged in ${copy.seconds.toFixed(1)} s; most entries in a folder: ${fat.maxPerFolder.entries} (${fat.maxPerFolder.folder})`);
  });

  it('the manifest lists every file and verifies; tampering, removing or adding a file fails', () => {
    const sums = parseSums(readFileSync(join(copy.dir, SUMS_FILE), 'utf8'));
    expect(sums.size).toBe(files.length - 2);
    expect(verifyFolder(copy.dir)).toMatchObject({ ok: true, checked: files.length - 2 });
    const page = join(copy.dir, 'van-ban/huong-dan-khong-so-khong-ngay-cb6f72ab/index.html');
    const original = readFileSync(page);
    appendFileSync(page, ' ');
    expect(verifyFolder(copy.dir)).toMatchObject({ ok: false, changed: ['van-ban/huong-dan-khong-so-khong-ngay-cb6f72ab/index.html'] });
    writeFileSync(page, original);
    const extra = join(copy.dir, 'van-ban/them.html');
    writeFileSync(extra, 'x');
    expect(verifyFolder(copy.dir)).toMatchObject({ ok: false, extra: ['van-ban/them.html'] });
    rmSync(extra);
    const shard = join(copy.dir, 'tim-kiem/tim-kiem.js');
    const js = readFileSync(shard);
    rmSync(shard);
    expect(verifyFolder(copy.dir)).toMatchObject({ ok: false, missing: ['tim-kiem/tim-kiem.js'] });
    writeFileSync(shard, js);
    expect(verifyFolder(copy.dir).ok).toBe(true);
  });

  it('the zip holds exactly the copy, and a second packaging — on this thread only — gives the same bytes', async () => {
    const zip = readFileSync(copy.zip);
    const entries = unzipSync(zip);
    expect(Object.keys(entries)).toEqual([...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const sums = parseSums(readFileSync(join(copy.dir, SUMS_FILE), 'utf8'));
    for (const [p, hex] of sums) expect(sha256(entries[p]!), p).toBe(hex);
    // The copy is made with pages rewritten on worker threads; this one rewrites them here.
    const again = await packageOffline(inject('dist'), { threads: 0 });
    expect(again.problems).toEqual(copy.result.problems);
    expect(Buffer.compare(deterministicZip(again.files), zip)).toBe(0);
    expect(dirname(copy.zip)).not.toBe(copy.dir);
  });
});
