/** Issue 18 (faults 7, 8): <noscript> links rewritten; no name written that escapes the folder, even with --allow-broken. */
import { unzipSync } from 'fflate';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rewriteHtml } from '../../src/offline/html.ts';
import type { PathKind } from '../../src/offline/links.ts';
import { writeOffline, type OfflineFile } from '../../src/offline/package.ts';
import { escapesFolder } from '../../src/offline/safe-paths.ts';
import { writeZip } from '../../src/offline/zip.ts';
import { listFiles } from '../../src/lib/files.ts';
import { tempDir } from '../helpers/temp.ts';

const FILES = new Set(['index.html', 'tim-kiem/index.html', 'loai/index.html', 'co-quan/index.html', 'nam/index.html', 'chu-de/index.html']);
const kind = (p: string): PathKind => (FILES.has(p) ? 'file' : ['', 'tim-kiem', 'loai', 'co-quan', 'nam', 'chu-de'].includes(p.replace(/\/$/, '')) ? 'dir' : undefined);

describe('the search page with JavaScript off, from disk', () => {
  it('the <noscript> links (loại văn bản, cơ quan, năm, chủ đề) are rewritten like every other link', () => {
    const page = '<!doctype html><html><head><noscript><link rel="stylesheet" href="/x.css"></noscript></head><body><main id="tim-kiem">'
      + '<noscript><p>Không có JavaScript: xem <a href="/loai/">loại văn bản</a>, <a href="/co-quan/">cơ quan ban hành</a>, <a href="/nam/">năm</a>, <a href="/chu-de/">chủ đề</a>.</p></noscript>'
      + '<a href="/">trang chủ</a></main></body></html>';
    const r = rewriteHtml(page, { file: 'tim-kiem/index.html', base: '/', kind });
    for (const folder of ['loai', 'co-quan', 'nam', 'chu-de']) expect(r.html).toContain(`href="../${folder}/index.html"`);
    expect(r.html).not.toMatch(/href="\/(loai|co-quan|nam|chu-de)\//);
    expect(r.html).toContain('href="../index.html"');
  });
});

describe('names that escape the folder', () => {
  it.each([['..\\..\\evil.html'], ['van-ban\\..\\..\\x.html'], ['/etc/x'], ['C:x.html'], ['c:\\x.html'], ['a/../../x'], ['a//b'], ['./a']])('%s is refused', (p) => {
    expect(escapesFolder(p)).toBeDefined();
  });
  it('ordinary names pass', () => {
    for (const p of ['index.html', 'van-ban/a/index.html', 'tệp có dấu/index.html', 'a..b/c.html']) expect(escapesFolder(p)).toBeUndefined();
  });

  it('writeOffline (what --allow-broken writes) leaves them out of the folder and the zip, and says so', async () => {
    const root = tempDir('escape');
    const out = join(root, 'deep', 'copy');
    const zip = join(root, 'deep', 'copy.zip');
    const bytes = (s: string) => new TextEncoder().encode(s);
    const file = (path: string): OfflineFile => ({ path, size: 1, bytes: bytes('x') }) as OfflineFile;
    const files = ['index.html', '..\\..\\evil.html', 'van-ban/..\\..\\x.html', '/abs.html', 'C:drive.html', 'a/../../up.html'].map(file);
    const { leftOut } = await writeOffline(files, out, zip);
    expect(leftOut.map((f) => f.path)).toEqual(files.slice(1).map((f) => f.path));
    expect(listFiles(root)).toEqual(['deep/copy.zip', 'deep/copy/index.html']);
    expect(readdirSync(join(root, 'deep'))).toEqual(['copy', 'copy.zip']);
    expect(Object.keys(unzipSync(readFileSync(zip)))).toEqual(['index.html']);
    await expect(writeZip([file('..\\x')], join(root, 'z.zip'))).rejects.toThrow(/leaves the folder/);
  });
});
