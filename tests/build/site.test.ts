/**
 * Build-output tests: build the real site once into a temporary folder, parse the HTML with a
 * real parser, and check pages, order and that no word of a seed is missing from its page.
 * Then show that a bad entry fails the build naming the file, line and field.
 */
import { describe, expect, inject, it } from 'vitest';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedFiles, seedText, importSeed, CONTENT_DIR } from '../helpers/seeds.ts';
import { astroBuild as astro, builtPage as page } from '../helpers/build.ts';
import { foldWhitespace } from '../../src/text/fold.ts';
import { tempDir } from '../helpers/temp.ts';

describe('the built site', () => {
  const dist = inject('dist');

  it.each(seedFiles())('%s has a page with its full text, word for word', (name) => {
    const { slug, data } = importSeed(name);
    const doc = page(dist, `van-ban/${slug}`);
    expect(doc.querySelector('html')!.getAttribute('lang')).toBe('vi');
    if (data.title) expect(doc.querySelector('.subject')!.text).toBe(data.title);
    const pageText = foldWhitespace(doc.querySelector('.text .body')!.text);
    // Emphasis marks of the source are rendered as <em>/<strong>; the words are all there, in order.
    expect(pageText).toBe(foldWhitespace(seedText(name).replace(/\*/g, '')));
  });

  it('the slogans of seed 001 are a list of ten, in order', () => {
    const doc = page(dist, 'van-ban/huong-dan-khong-so-khong-ngay-cb6f72ab');
    const slogans = doc.querySelectorAll('.vb-slogans li').map((li) => li.text);
    expect(slogans).toHaveLength(10);
    expect(slogans[7]).toBe('8. Đảng Cộng sản Việt Nam quang vinh muôn năm!');
  });

  it('home lists every directive, dated newest first, undated after, each linked', () => {
    const doc = page(dist, '');
    const links = doc.querySelectorAll('ol.directives a').map((a) => a.getAttribute('href'));
    expect(links).toEqual([
      '/van-ban/cong-van-khong-so-2024-44cf0838/',
      '/van-ban/huong-dan-khong-so-khong-ngay-cb6f72ab/',
      '/van-ban/ke-hoach-khong-so-khong-ngay-d1f5bbac/',
    ]);
    expect(doc.querySelectorAll('main h2').map((h) => h.text)).toContain('Văn bản không rõ ngày ban hành');
    for (const href of links) expect(existsSync(join(dist, href!, 'index.html'))).toBe(true);
  });

  it('a partial date is shown as printed, never filled in', () => {
    const doc = page(dist, 'van-ban/cong-van-khong-so-2024-44cf0838');
    expect(doc.querySelector('dl.attributes')!.text).toContain('Hà Nội, năm 2024');
    expect(doc.querySelector('h1')!.text).toBe('Công văn số …/TTCS-TTTQ');
  });
});

describe('a build with a bad entry', () => {
  it('fails, naming the file, the line and the field', () => {
    const content = tempDir('bad');
    cpSync(CONTENT_DIR, content, { recursive: true });
    const file = join(content, 'ke-hoach-khong-so-khong-ngay-d1f5bbac.mdx');
    const text = readFileSync(file, 'utf8').replace('level: commune', 'level: village');
    writeFileSync(file, text);
    const line = text.split('\n').findIndex((l) => l.includes('level: village')) + 1;
    const r = astro(tempDir('bad-dist'), { CHIDAO_CONTENT_DIR: content });
    expect(r.status).not.toBe(0);
    expect(r.stdout + r.stderr).toContain(`ke-hoach-khong-so-khong-ngay-d1f5bbac.mdx:${line}: issuer.level: Invalid option`);
  }, 120_000); // a build that stops early: 10–30 s on a busy 2-core machine
});
