/**
 * The poster maker page in the build: one classic script, named by the hash of its bytes, which
 * parses as a script (no import/export) and carries the fonts; the form is hidden until that
 * script shows it (a <noscript> says what to do without it); every preset of the build is offered.
 * And no other page but search and this one has any <script>: reading pages keep zero JavaScript.
 */
import { describe, expect, inject, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { parse } from 'node-html-parser';
import { loadPosterConfig } from '../../src/posters/presets.ts';

const dist = inject('dist');
const MAKER = 'ap-phich/tao/index.html';

describe('poster maker page in the build', () => {
  const page = parse(readFileSync(join(dist, MAKER), 'utf8'));

  it('one classic script named by its content hash, with the fonts inside', () => {
    const scripts = page.querySelectorAll('script');
    expect(scripts).toHaveLength(1);
    const src = scripts[0]!.getAttribute('src')!;
    expect(scripts[0]!.hasAttribute('type')).toBe(false);
    const [, hash] = /^\/ap-phich\/tao\/tao-ap-phich\.([0-9a-f]{12})\.js$/.exec(src)!;
    const code = readFileSync(join(dist, src), 'utf8');
    expect(createHash('sha256').update(code).digest('hex').slice(0, 12)).toBe(hash);
    expect(() => new Script(code)).not.toThrow();
    // Be Vietnam Pro's name table, base64 in the script (binary loader): the fonts travel with it.
    const ttf = readFileSync(join(process.cwd(), 'node_modules/@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf'));
    expect(code).toContain(ttf.subarray(0, 3000).toString('base64').slice(0, 3000));
  });

  it('the form waits for the script; <noscript> points to the slogans\' posters; every preset is offered', () => {
    expect(page.querySelector('#ap-form')!.hasAttribute('hidden')).toBe(true);
    expect(page.querySelector('noscript')!.innerHTML).toContain('href="/khau-hieu/"');
    const offered = page.querySelectorAll('#ap-kho option').map((o) => o.getAttribute('value'));
    const ids = loadPosterConfig(process.cwd()).presets.map((p) => p.id);
    expect(offered.sort()).toEqual([...ids, 'tu-chon'].sort());
    expect(JSON.parse(page.querySelector('#tao-ap-phich')!.getAttribute('data-presets')!).map((p: { id: string }) => p.id)).toEqual(ids);
  });

  it('no page but search, the poster maker and the loudspeaker scripts\' pages (their "Nghe" button) has a <script>', () => {
    const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).map((f) => f.split('\\').join('/'));
    expect(pages.length).toBeGreaterThan(50);
    const withScript = pages.filter((f) => /<script\b/i.test(readFileSync(join(dist, f), 'utf8'))).sort();
    const speech = pages.filter((f) => f.startsWith('phat-thanh/')).sort();
    expect(speech.length).toBeGreaterThanOrEqual(3);
    expect(withScript).toEqual([MAKER, ...speech, 'tim-kiem/index.html'].sort());
  });
});
