import { unzipSync } from 'fflate';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildManifest, parseSums, sumsText, verifyAgainst } from '../../src/offline/checksums.ts';
import { fatReport } from '../../src/offline/fat.ts';
import { rewriteHtml } from '../../src/offline/html.ts';
import { rewriteLink, rewritePrefix, type LinkContext, type PathKind } from '../../src/offline/links.ts';
import { pagefindToClassic, wrapBundleFile } from '../../src/offline/pagefind.ts';
import { deterministicZip, writeZip } from '../../src/offline/zip.ts';
import { tempDir } from '../helpers/temp.ts';

/** A small site: folders with index.html, a few plain files. */
const FILES = new Set([
  'index.html', 'van-ban/a/index.html', 'van-ban/b/index.html', 'tim-kiem/index.html', 'tim-kiem/tim-kiem.js',
  'lich.ics', 'rss.xml', 'khau-hieu-anh/x/og--do.png', 'so-hieu/18nqtw/index.html', 'tai-lieu/nghi-quyet-18/index.html',
  'tệp có dấu/index.html',
]);
const DIRS = new Set(['', 'van-ban', 'van-ban/a', 'van-ban/b', 'tim-kiem', 'khau-hieu-anh', 'khau-hieu-anh/x', 'so-hieu', 'so-hieu/18nqtw', 'tai-lieu', 'tai-lieu/nghi-quyet-18', 'tệp có dấu']);
const kind = (p: string): PathKind => (FILES.has(p) ? 'file' : DIRS.has(p.replace(/\/$/, '')) ? 'dir' : undefined);
const ctx = (file: string, base = '/'): LinkContext => ({ file, base, site: `https://chidao.example${base}`, kind });
const link = (url: string, file = 'van-ban/a/index.html', base = '/') => {
  const r = rewriteLink(url, ctx(file, base));
  return r.type === 'internal' ? r.url : r;
};

describe('rewriteLink: internal URLs become relative links to explicit files', () => {
  it('folder links end in index.html, relative to the page', () => {
    expect(link('/van-ban/b/')).toBe('../b/index.html');
    expect(link('/')).toBe('../../index.html');
    expect(link('/', 'index.html')).toBe('index.html');
    expect(link('/van-ban/b/', 'index.html')).toBe('van-ban/b/index.html');
    expect(link('/van-ban/a/')).toBe('index.html'); // the page itself
  });
  it('a folder linked without its trailing slash is still its index.html; files stay files', () => {
    expect(link('/van-ban/b')).toBe('../b/index.html');
    expect(link('/lich.ics')).toBe('../../lich.ics');
    expect(link('/khau-hieu-anh/x/og--do.png', 'index.html')).toBe('khau-hieu-anh/x/og--do.png');
  });
  it('keeps query strings and fragments, after the file', () => {
    expect(link('/tim-kiem/?q=18-NQ%2FTW&loai=nq#ket-qua')).toBe('../../tim-kiem/index.html?q=18-NQ%2FTW&loai=nq#ket-qua');
    expect(link('/van-ban/b/#muc-i')).toBe('../b/index.html#muc-i');
    expect(link('/tim-kiem/?q=a/b/c', 'index.html')).toBe('tim-kiem/index.html?q=a/b/c'); // "/" in the query is not a path
  });
  it('fragment-only, mailto:, data:, and other sites are left alone', () => {
    expect(link('#noi-dung')).toEqual({ type: 'keep' });
    expect(link('mailto:a@b.vn')).toMatchObject({ type: 'keep', external: false, outside: false });
    expect(link('https://thuvienphapluat.vn/x')).toMatchObject({ type: 'keep', external: true });
    expect(link('//cdn.example/x.js')).toMatchObject({ type: 'keep', external: true });
  });
  it('absolute URLs of the site itself become local', () => {
    expect(link('https://chidao.example/van-ban/b/')).toBe('../b/index.html');
    expect(link('https://chidao.example/sub/van-ban/b/?q=1#x', 'van-ban/a/index.html', '/sub/')).toBe('../b/index.html?q=1#x');
  });
  it('relative links: ../ resolved, folders made explicit, files unchanged', () => {
    expect(link('../b/')).toBe('../b/index.html');
    expect(link('../../lich.ics')).toBe('../../lich.ics');
    expect(link('./')).toBe('index.html');
    expect(link('../b/index.html')).toBe('../b/index.html');
    expect(link('')).toEqual({ type: 'keep' });
  });
  it('links above the root or outside the base are reported as outside', () => {
    expect(link('../../../x/')).toMatchObject({ type: 'keep', outside: true });
    expect(link('/other/x/', 'van-ban/a/index.html', '/chidao/')).toMatchObject({ type: 'keep', outside: true });
    expect(link('/chidaox/', 'van-ban/a/index.html', '/chidao/')).toMatchObject({ type: 'keep', outside: true });
  });
  it('a base path is stripped: /chidao/ and /chidao both mean the home page', () => {
    expect(link('/chidao/van-ban/b/', 'van-ban/a/index.html', '/chidao/')).toBe('../b/index.html');
    expect(link('/chidao/', 'van-ban/a/index.html', '/chidao/')).toBe('../../index.html');
    expect(link('/chidao', 'tim-kiem/index.html', '/chidao/')).toBe('../index.html');
  });
  it('percent-encoded paths are looked up decoded and written as they were', () => {
    const r = rewriteLink('/t%E1%BB%87p%20c%C3%B3%20d%E1%BA%A5u/', ctx('index.html'));
    expect(r).toMatchObject({ type: 'internal', url: 't%E1%BB%87p%20c%C3%B3%20d%E1%BA%A5u/index.html', target: 'tệp có dấu/index.html', exists: true });
  });
  it('reports links to nothing', () => {
    expect(rewriteLink('/van-ban/khong-co/', ctx('index.html'))).toMatchObject({ type: 'internal', exists: false });
  });
});

describe('rewritePrefix: the search page\'s folder prefixes', () => {
  it('stay folders, relative', () => {
    expect(rewritePrefix('/', ctx('tim-kiem/index.html'))).toBe('../');
    expect(rewritePrefix('/pagefind/', ctx('tim-kiem/index.html'))).toBe('../pagefind/');
    expect(rewritePrefix('/tim-kiem/so/', ctx('tim-kiem/index.html'))).toBe('so/');
    expect(rewritePrefix('/', ctx('index.html'))).toBe('./');
    expect(rewritePrefix('/sub/pagefind/', ctx('tim-kiem/index.html', '/sub/'))).toBe('../pagefind/');
  });
});

describe('rewriteHtml: a parser finds the attributes, every other byte stays', () => {
  const page = [
    '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">',
    '<link rel="canonical" href="https://chidao.example/van-ban/a/"><link rel="alternate" type="application/rss+xml" href="/rss.xml">',
    '<meta property="og:url" content="https://chidao.example/van-ban/a/">',
    '</head><body>',
    '<a HREF=/van-ban/b/ class=x>B</a> <a href=\'/tim-kiem/?q=a&amp;b=c\'>tìm</a> <a href="#noi-dung">nội dung</a>',
    '<pre>&lt;a href="/van-ban/b/"&gt; stays text</pre><script>var s = \'<a href="/van-ban/b/">\';</script>',
    '<img src="/khau-hieu-anh/x/og--do.png" srcset="/khau-hieu-anh/x/og--do.png 1x, /khau-hieu-anh/x/og--do.png 2x" alt="">',
    '<form action="/tim-kiem/" method="get"><input name="q"></form>',
    '<template><a href="/van-ban/b/">t</a></template>',
    '<div id="tim-kiem" data-base="/" data-bundle="/pagefind/" data-shards="/tim-kiem/so/"></div>',
    '<a href="https://thuvienphapluat.vn/">ngoài</a><script src="https://cdn.example/x.js"></script>',
    '</body></html>',
  ].join('\n');
  const r = rewriteHtml(page, ctx('van-ban/a/index.html'));

  it('rewrites href/src/srcset/action/prefixes, in templates too', () => {
    expect(r.html).toContain('<a href="../b/index.html" class=x>B</a>');
    expect(r.html).toContain('<a href="../../tim-kiem/index.html?q=a&amp;b=c">tìm</a>');
    expect(r.html).toContain('<a href="#noi-dung">');
    expect(r.html).toContain('src="../../khau-hieu-anh/x/og--do.png" srcset="../../khau-hieu-anh/x/og--do.png 1x, ../../khau-hieu-anh/x/og--do.png 2x"');
    expect(r.html).toContain('<form action="../../tim-kiem/index.html" method="get">');
    expect(r.html).toContain('<template><a href="../b/index.html">t</a></template>');
    expect(r.html).toContain('data-base="../../" data-bundle="../../pagefind/" data-shards="../../tim-kiem/so/"');
    expect(r.html).toContain('href="../../rss.xml"');
  });
  it('removes the canonical link, keeps og metadata, leaves text and scripts as they were', () => {
    expect(r.html).not.toContain('rel="canonical"');
    expect(r.removedCanonical).toBe(1);
    expect(r.html).toContain('<meta property="og:url" content="https://chidao.example/van-ban/a/">');
    expect(r.html).toContain('<pre>&lt;a href="/van-ban/b/"&gt; stays text</pre>');
    expect(r.html).toContain('<script>var s = \'<a href="/van-ban/b/">\';</script>');
  });
  it('changes nothing else: without the URL attributes and the canonical link, the pages are equal', () => {
    const strip = (s: string) => s.replace(/<link rel="canonical"[^>]*>/, '')
      .replace(/\s(href|src|srcset|action|data-base|data-bundle|data-shards)=("[^"]*"|'[^']*'|[^\s>]+)/gi, ' URL');
    expect(strip(r.html)).toBe(strip(page));
    expect(r.html.length).toBeGreaterThan(page.length - 80);
  });
  it('reports remote resources and module scripts', () => {
    expect(r.external).toEqual([
      { tag: 'a', attr: 'href', url: 'https://thuvienphapluat.vn/', loaded: false },
      { tag: 'script', attr: 'src', url: 'https://cdn.example/x.js', loaded: true },
    ]);
    expect(rewriteHtml('<script type="module" src="/x.js"></script>', ctx('index.html')).moduleScripts).toBe(1);
  });
  it('a page without links comes back byte for byte', () => {
    const plain = '<!doctype html><p>Điều 1. <b>Không</b> có liên kết.</p>\r\n<!-- /van-ban/b/ -->';
    expect(rewriteHtml(plain, ctx('index.html')).html).toBe(plain);
  });
});

describe('checksums', () => {
  const files = [{ path: 'b.html', bytes: Buffer.from('b') }, { path: 'a/x.js', bytes: Buffer.from('x') }, { path: 'Mở trang chủ.html', bytes: Buffer.from('m') }];
  it('SHA256SUMS is sorted, in sha256sum format, and parses back', () => {
    const m = buildManifest(files);
    const text = sumsText(m);
    // Code-unit order: "M" before "a"; sha256("m").
    expect(text.split('\n')[0]).toBe('62c66a7a5dd70c3146618063c344e531e6d4b59e379808443ce962b3abd63c5a  Mở trang chủ.html');
    expect(m.entries.map((e) => e.path)).toEqual(['Mở trang chủ.html', 'a/x.js', 'b.html']);
    expect(parseSums(text).size).toBe(3);
    expect(m).toMatchObject({ files: 3, bytes: 3 });
  });
  it('verify: changed, missing and extra files fail', () => {
    const sums = parseSums(sumsText(buildManifest(files)));
    const data = new Map(files.map((f) => [f.path, f.bytes as Uint8Array]));
    expect(verifyAgainst(sums, data.keys(), (p) => data.get(p)!).ok).toBe(true);
    data.set('b.html', Buffer.from('B'));
    data.set('new.html', Buffer.from('n'));
    data.delete('a/x.js');
    expect(verifyAgainst(sums, data.keys(), (p) => data.get(p)!)).toEqual({ ok: false, checked: 2, changed: ['b.html'], missing: ['a/x.js'], extra: ['new.html'] });
  });
});

describe('deterministic zip', () => {
  const files = [
    { path: 'van-ban/a/index.html', bytes: Buffer.from('<p>a</p>'.repeat(50)) },
    { path: 'Mở trang chủ.html', bytes: Buffer.from('m') },
    { path: 'anh.png', bytes: Buffer.from([137, 80, 78, 71]) },
  ];
  it('same files in any order → same bytes; entries sorted; UTF-8 names', () => {
    const a = deterministicZip(files);
    const b = deterministicZip([...files].reverse());
    expect(Buffer.compare(a, b)).toBe(0);
    const back = unzipSync(a);
    expect(Object.keys(back)).toEqual(['Mở trang chủ.html', 'anh.png', 'van-ban/a/index.html']);
    expect(Buffer.from(back['van-ban/a/index.html']!).toString()).toBe('<p>a</p>'.repeat(50));
  });
  it('the timestamp does not depend on the clock', async () => {
    const a = deterministicZip(files);
    await new Promise((r) => setTimeout(r, 2100));
    expect(Buffer.compare(a, deterministicZip(files))).toBe(0);
  });
});

describe('FAT32 check', () => {
  it('flags names Windows refuses, case collisions and crowded folders', () => {
    const r = fatReport([
      { path: 'a/Index.html', size: 1 }, { path: 'a/index.html', size: 1 }, { path: 'b/x:y.html', size: 1 },
      { path: 'c/aux.txt', size: 1 }, { path: 'd/e./f', size: 1 },
      ...Array.from({ length: 21_001 }, (_, i) => ({ path: `many/${i}.js`, size: 40_000 })),
    ]);
    expect(r.problems.some((p) => p.includes('case-insensitive'))).toBe(true);
    expect(r.problems.some((p) => p.includes('x:y.html'))).toBe(true);
    expect(r.problems.some((p) => p.includes('aux.txt'))).toBe(true);
    expect(r.problems.some((p) => p.includes('"e."'))).toBe(true);
    expect(r.problems.some((p) => p.startsWith('many: 21001 entries'))).toBe(true);
    expect(r.maxPerFolder).toEqual({ folder: 'many', entries: 21_001 });
    expect(r.onDisk32k).toBe(5 * 32768 + 21_001 * 65536);
  });
});

describe('Pagefind as classic scripts', () => {
  it('pagefind.js (the pinned version) converts to a global with no module syntax', async () => {
    const code = await pagefindToClassic('const u = import.meta.url; export const options = async () => u; export function search() {}');
    expect(code).toMatch(/^var __chidaoPagefind = \(\(\) => \{/);
    expect(code).toContain('globalThis.__chidaoPagefindUrl');
    expect(code).not.toMatch(/import\.meta|^export /m);
  });
  it('bundle files become __pfPut calls with base64', () => {
    expect(wrapBundleFile('index/vi_1.pf_index', new Uint8Array([0, 255, 1]))).toBe('__pfPut("index/vi_1.pf_index","AP8B");\n');
  });
});

describe('Zip64', () => {
  const dir = tempDir('zip64');
  const files = [
    { path: 'van-ban/a/index.html', bytes: Buffer.from('<p>đoạn văn</p>'.repeat(50)) },
    { path: 'Mở trang chủ.html', bytes: Buffer.from('mở') },
    { path: 'anh.png', bytes: Buffer.from([137, 80, 78, 71]) },
    { path: 'trong.txt', bytes: Buffer.alloc(0) },
  ];
  /** Info-ZIP's own test of every entry (Debian package unzip, installed by .ci/run). */
  const unzipTest = (zip: string) => {
    try {
      return execFileSync('unzip', ['-t', zip], { encoding: 'utf8', maxBuffer: 1 << 26 });
    } catch (e) {
      throw new Error(`unzip -t ${zip} failed (is Debian's unzip installed?): ${(e as Error).message}`);
    }
  };
  const ZIP64_END = Buffer.from([0x50, 0x4b, 0x06, 0x06]);

  it('a plain zip has no Zip64 record; unzip reads every entry back, Vietnamese names included', async () => {
    const zip = join(dir, 'plain.zip');
    const size = await writeZip(files, zip);
    const bytes = readFileSync(zip);
    expect(bytes.length).toBe(size);
    expect(bytes.includes(ZIP64_END)).toBe(false);
    expect(Buffer.compare(bytes, deterministicZip(files))).toBe(0);
    // Deflated on worker threads or on this one: the same bytes.
    await writeZip(files, join(dir, 'one-thread.zip'), { threads: 0 });
    expect(Buffer.compare(readFileSync(join(dir, 'one-thread.zip')), bytes)).toBe(0);
    expect(unzipTest(zip)).toMatch(/No errors detected in compressed data/);
    expect(execFileSync('unzip', ['-p', zip, 'van-ban/a/index.html'], { encoding: 'utf8' })).toBe('<p>đoạn văn</p>'.repeat(50));
  });

  it('past the plain limits (lowered here: 2 entries, offsets from 10 bytes) the Zip64 records are written, and unzip reads them', async () => {
    const zip = join(dir, 'forced.zip');
    await writeZip(files, zip, { limits: { entries: 2, offset: 10 } });
    const bytes = readFileSync(zip);
    expect(bytes.includes(ZIP64_END)).toBe(true);
    expect(unzipTest(zip)).toMatch(/No errors detected in compressed data/);
    expect(execFileSync('unzip', ['-p', zip, 'Mở trang chủ.html'], { encoding: 'utf8' })).toBe('mở');
  });

  it('65,536 files (more than a plain zip holds) make one zip that unzip lists and tests whole', async () => {
    const many = Array.from({ length: 65_536 }, (_, i) => ({ path: `f/${String(i).padStart(5, '0')}.txt`, bytes: Buffer.from(`${i}`) }));
    const zip = join(dir, 'many.zip');
    await writeZip(many, zip);
    expect(readFileSync(zip).includes(ZIP64_END)).toBe(true);
    expect(unzipTest(zip)).toMatch(/No errors detected in compressed data/);
    expect(execFileSync('unzip', ['-l', zip], { encoding: 'utf8', maxBuffer: 1 << 26 }).trim().split('\n').at(-1)).toMatch(/\s65536 files$/);
    expect(execFileSync('unzip', ['-p', zip, 'f/65535.txt'], { encoding: 'utf8' })).toBe('65535');
  }, 120_000);
});
