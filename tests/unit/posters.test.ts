/** Slogan posters: text preparation, layout and fit, glyph gate, presets, cache keys, rendering. */
import { describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { loadEntries } from '../../src/entry/load-entries.ts';
import { bindFixedPhrases, FIXED_PHRASES, NBSP, normaliseSlogan, prepareSlogan } from '../../src/posters/text.ts';
import { BUILTIN_PRESETS, loadPosterConfig, mergePresets, resolvePreset, isWeb, type Preset } from '../../src/posters/presets.ts';
import { STYLES, styleById } from '../../src/posters/styles.ts';
import { loadFont, posterFonts } from '../../src/posters/fonts.ts';
import { glyphGate, GlyphGateError, missingGlyphs } from '../../src/posters/gate.ts';
import { faceMeasure, fitText, inkExtent } from '../../src/posters/fit.ts';
import { layoutPoster, renderPoster, renderSvg, svgToPng } from '../../src/posters/render.ts';
import { indexedPng } from '../../src/posters/indexed-png.ts';
import { posterKey } from '../../src/posters/cache.ts';
import { buildPosters, drawPosters, placePosters, slogansOf } from '../../src/posters/build.ts';
import { placeCached } from '../../src/lib/place-cached.ts';
import { filesUnder } from '../helpers/build.ts';
import { tempDir } from '../helpers/temp.ts';

const ROOT = process.cwd();
const SEED_001 = 'huong-dan-khong-so-khong-ngay-cb6f72ab';
const seed = loadEntries(ROOT, 'content/directives').entries.find((e) => e.id === SEED_001)!;
const SLOGANS = seed.data.slogans;
const QUANG_VINH = 'Đảng Cộng sản Việt Nam quang vinh muôn năm!';
const presets = loadPosterConfig(ROOT).presets;
const preset = (id: string) => presets.find((p) => p.id === id)!;
const RED = styleById('do');
const nb = (s: string) => s.replaceAll(' ', NBSP);

describe('text preparation', () => {
  it('seed 001 has its ten slogans', () => expect(SLOGANS).toHaveLength(10));

  it('NFD and NFC input prepare to the same text; capitals in the vi locale', () => {
    for (const s of SLOGANS) expect(prepareSlogan(s.normalize('NFD'))).toEqual(prepareSlogan(s));
    expect(prepareSlogan('đổi mới, sắp xếp').display).toBe(`ĐỔI${NBSP}MỚI, SẮP${NBSP}XẾP`);
    expect(prepareSlogan('ệ ự ỗ ừ ẫ').display).toBe('Ệ Ự Ỗ Ừ Ẫ');
    expect(normaliseSlogan('  \u00d0ảng\tviên \n ')).toBe('Đảng viên');
    expect(() => normaliseSlogan('a\u0007b')).toThrow(/U\+0007/);
  });

  it('joins fixed phrases with no-break spaces, whole words only', () => {
    expect(bindFixedPhrases(QUANG_VINH)).toBe(`${nb('Đảng Cộng sản')} ${nb('Việt Nam')} ${nb('quang vinh')} ${nb('muôn năm')}!`);
    expect(bindFixedPhrases('Chủ tịch Hồ Chí Minh vĩ đại')).toBe(`${nb('Chủ tịch')} ${nb('Hồ Chí Minh')} ${nb('vĩ đại')}`);
    expect(bindFixedPhrases('người Việt Namese')).toBe('người Việt Namese');
    expect(prepareSlogan(QUANG_VINH).units).toEqual([nb('ĐẢNG CỘNG SẢN'), nb('VIỆT NAM'), nb('QUANG VINH'), nb('MUÔN NĂM!')]);
  });
});

describe('layout and fit', () => {
  const fonts = posterFonts();
  it('seed 001 "Đảng Cộng sản Việt Nam quang vinh muôn năm!" breaks between phrases only', () => {
    expect(layoutPoster(QUANG_VINH, preset('og'), RED).fit.lines).toEqual([nb('ĐẢNG CỘNG SẢN'), nb('VIỆT NAM'), nb('QUANG VINH'), nb('MUÔN NĂM!')]);
    expect(layoutPoster(QUANG_VINH, preset('bang-ron-10x2'), RED).fit.lines).toEqual([`${nb('ĐẢNG CỘNG SẢN')} ${nb('VIỆT NAM')}`, `${nb('QUANG VINH')} ${nb('MUÔN NĂM!')}`]);
    expect(layoutPoster('Chủ tịch Hồ Chí Minh vĩ đại sống mãi trong sự nghiệp của chúng ta!', preset('co-phuon-0-8x2-5'), RED).fit.lines)
      .toEqual([nb('CHỦ TỊCH'), nb('HỒ CHÍ MINH'), nb('VĨ ĐẠI'), nb('SỐNG MÃI'), 'TRONG', nb('SỰ NGHIỆP'), 'CỦA', nb('CHÚNG TA!')]);
  });

  it('no line splits a fixed phrase, and every line fits the safe area (all seed slogans × all presets × styles)', () => {
    const phrases = FIXED_PHRASES.map((p) => p.toLocaleUpperCase('vi'));
    for (const s of SLOGANS) for (const p of presets) for (const style of STYLES) {
      const { fit, geometry: g } = layoutPoster(s, p, style);
      expect(fit.lines.length).toBeLessThanOrEqual(p.maxLines);
      const font = fonts.find((f) => f.weight === style.weight)!;
      const measure = faceMeasure(font.face);
      for (const line of fit.lines) {
        expect(measure(line) * fit.fontSize, `${p.id}: ${line}`).toBeLessThanOrEqual(g.width - 2 * g.margin);
        expect(line.startsWith(' ') || line.endsWith(' ')).toBe(false);
      }
      expect(fit.lines.length * Math.round(fit.fontSize * fit.lineHeight)).toBeLessThanOrEqual(g.height - 2 * g.margin + fit.lines.length);
      // A line boundary never falls inside a phrase: the last word of a line + first of the next is never a phrase.
      for (let i = 1; i < fit.lines.length; i++) {
        const join = `${fit.lines[i - 1]!.split(/[ \u00a0]/).at(-1)} ${fit.lines[i]!.split(/[ \u00a0]/)[0]}`;
        expect(phrases.some((ph) => ph.includes(join)), `${p.id}: "${join}"`).toBe(false);
      }
      expect(fit.lines.join(' ').replaceAll(NBSP, ' ')).toBe(prepareSlogan(s).display.replaceAll(NBSP, ' '));
    }
  });

  it('chooses the largest size: fewer, longer lines on a wide banner, more lines on a square', () => {
    const measure = (s: string) => s.length * 0.6;
    const units = ['AAAA', 'BBBB', 'CCCC', 'DDDD'];
    expect(fitText(units, measure, { width: 1000, height: 100 }, { maxLines: 4, lineHeight: 1.3 }).lines).toEqual(['AAAA BBBB CCCC DDDD']);
    expect(fitText(units, measure, { width: 500, height: 500 }, { maxLines: 4, lineHeight: 1.3 }).lines).toHaveLength(4);
    expect(fitText(units, measure, { width: 500, height: 500 }, { maxLines: 2, lineHeight: 1.3 }).lines).toEqual(['AAAA BBBB', 'CCCC DDDD']);
  });

  it('line height keeps stacked marks apart: the lowest ink of a line (dot below) stays above the highest of the next (Ỗ, Ễ)', () => {
    for (const s of [...SLOGANS, 'Ễ Ỗ Ữ Ẫ Ặ Ự Ệ Ộ Q,']) for (const style of STYLES) {
      const font = fonts.find((f) => f.weight === style.weight)!;
      const { fit, prepared } = layoutPoster(s, preset('vuong'), style);
      const ink = inkExtent(font.face, prepared.display);
      expect(ink.top).toBeGreaterThan(1); // stacked marks rise above the em box's cap height
      expect(ink.top - ink.bottom, s).toBeLessThan(fit.lineHeight);
      expect(fit.lineHeight).toBeGreaterThanOrEqual(1.25);
    }
  });
});

describe('glyph gate', () => {
  const items = SLOGANS.map((s) => ({ slogan: s, display: prepareSlogan(s).display, directive: SEED_001 }));
  it('passes the seed slogans with Be Vietnam Pro (capitals, no-break spaces, punctuation)', () => {
    expect(() => glyphGate(items, posterFonts())).not.toThrow();
  });
  it('negative control: a font without Vietnamese (Bebas Neue) fails, naming slogan, directive and characters', () => {
    const bebas = loadFont('Bebas Neue', 400, '@expo-google-fonts/bebas-neue/400Regular/BebasNeue_400Regular.ttf');
    expect(missingGlyphs(bebas, 'ĐẢNG CỘNG SẢN')).toEqual(expect.arrayContaining(['Ả', 'Ộ']));
    let err: unknown;
    try { glyphGate(items, [bebas]); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(GlyphGateError);
    const msg = (err as Error).message;
    expect(msg).toContain(`  ${SEED_001}: slogan`);
    expect(msg).toContain(`slogan "${QUANG_VINH}"`);
    expect(msg).toMatch(/"Ộ" \(U\+1ED8\)/);
    expect((err as GlyphGateError).failures.length).toBeGreaterThanOrEqual(9);
  });
  it('checks the composed letter even for decomposed input', () => {
    const bebas = loadFont('Bebas Neue', 400, '@expo-google-fonts/bebas-neue/400Regular/BebasNeue_400Regular.ttf');
    expect(missingGlyphs(bebas, 'Ệ'.normalize('NFD'))).toEqual(['Ệ']);
  });
});

describe('presets', () => {
  it('built-ins are valid, unique, and cover the issue formats', () => {
    const ids = presets.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['og', 'vuong', 'doc', 'bang-ron-3x1', 'bang-ron-5x1-5', 'bang-ron-10x2', 'co-phuon-0-6x2', 'co-phuon-0-8x2-5', 'co-phuon-1x3', 'ap-phich-a1', 'pano-3x2']));
    const og = preset('og');
    expect(isWeb(og) && [og.width, og.height]).toEqual([1200, 630]);
    expect(preset('pano-3x2')).toMatchObject({ kind: 'panel', widthMm: 3000, heightMm: 2000 });
    expect(preset('ap-phich-a1')).toMatchObject({ widthMm: 594, heightMm: 841 });
  });
  it('refuses bad presets', () => {
    expect(() => resolvePreset({ id: 'Bad Id', label: 'x', kind: 'web', width: 100, height: 100, maxLines: 2 } as never)).toThrow();
    expect(() => resolvePreset({ id: 'x', label: 'x', kind: 'banner', widthMm: -1, heightMm: 100, maxLines: 2 })).toThrow();
    expect(() => resolvePreset({ id: 'x', label: 'x', kind: 'panel-ratio', ratio: '3x2', widthMm: 100, maxLines: 2 })).toThrow(/ratio/);
    expect(() => resolvePreset({ id: 'x', label: 'x', kind: 'flag', widthMm: 600, heightMm: 2000, maxLines: 3, colour: 'red' } as never)).toThrow();
  });
  it('an office file adds and replaces presets and adds phrases; an invalid file names itself and the field', () => {
    const dir = tempDir('posters-cfg');
    mkdirSync(join(dir, 'content/posters'), { recursive: true });
    writeFileSync(join(dir, 'content/posters/presets.yaml'), [
      'presets:',
      '  - { id: bang-ron-5x0-8, label: "Băng rôn 5 m × 0,8 m", kind: banner, widthMm: 5000, heightMm: 800, maxLines: 1 }',
      '  - { id: og, label: "OG", kind: web, width: 1200, height: 600, maxLines: 3 }',
      'phrases: ["Hội đồng nhân dân"]',
    ].join('\n'));
    const cfg = loadPosterConfig(dir);
    expect(cfg.presets.find((p) => p.id === 'bang-ron-5x0-8')).toMatchObject({ widthMm: 5000, heightMm: 800, margin: 0.08 });
    expect(cfg.presets.find((p) => p.id === 'og')).toMatchObject({ height: 600 });
    expect(cfg.presets).toHaveLength(BUILTIN_PRESETS.length + 1);
    expect(cfg.phrases).toEqual(['Hội đồng nhân dân']);
    writeFileSync(join(dir, 'content/posters/presets.yaml'), 'presets:\n  - { id: x, label: X, kind: flag, widthMm: 0, heightMm: 10, maxLines: 2 }\n');
    expect(() => loadPosterConfig(dir)).toThrow(/content\/posters\/presets\.yaml: presets\.0\.widthMm/);
    expect(mergePresets(BUILTIN_PRESETS, [])).toHaveLength(BUILTIN_PRESETS.length);
  });
});

describe('cache keys', () => {
  const fonts = posterFonts();
  const base = { text: QUANG_VINH, preset: preset('og'), style: RED, fonts, phrases: FIXED_PHRASES };
  const k0 = posterKey(base);
  it('are stable and ignore NFC/NFD', () => {
    expect(posterKey(base)).toBe(k0);
    expect(posterKey({ ...base, text: QUANG_VINH.normalize('NFD') })).toBe(k0);
  });
  it('change when any input changes', () => {
    const variants = [
      { ...base, text: QUANG_VINH.replace('!', '') },
      { ...base, preset: preset('vuong') },
      { ...base, preset: { ...preset('og'), margin: 0.09 } as Preset },
      { ...base, style: styleById('trung-tinh') },
      { ...base, phrases: [...FIXED_PHRASES, 'nhân dân'] },
      { ...base, fonts: [{ ...fonts[0]!, sha256: 'f'.repeat(64) }, fonts[1]!] },
      { ...base, libraries: { satori: '0.63.3' } },
      { ...base, template: 999 },
    ];
    const keys = variants.map(posterKey);
    expect(new Set([k0, ...keys]).size).toBe(variants.length + 1);
  });
});

describe('rendering', () => {
  it('NFC and NFD input give byte-identical SVGs', async () => {
    for (const s of SLOGANS.slice(0, 3)) {
      const a = await renderSvg(s, preset('og'), RED);
      const b = await renderSvg(s.normalize('NFD'), preset('og'), RED);
      expect(b.svg === a.svg).toBe(true);
    }
  });

  it('web PNGs have the preset size and no ink in the margins (all seed slogans)', async () => {
    for (const id of ['og', 'vuong', 'doc']) for (const slogan of SLOGANS) {
      const p = preset(id);
      const { svg, layout } = await renderSvg(slogan, p, RED);
      const png = await svgToPng(svg, layout.geometry);
      const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
      expect([info.width, info.height]).toEqual([layout.geometry.width, layout.geometry.height]);
      const m = Math.floor(layout.geometry.margin * 0.6); // marks may rise into the margin, never beyond 40 % of it
      let ink = 0;
      for (let y = 0; y < info.height; y++) for (let x = 0; x < info.width; x++) {
        if (x >= m && x < info.width - m && y >= m && y < info.height - m) continue;
        const i = (y * info.width + x) * info.channels;
        if (Math.abs(data[i]! - 0xda) + Math.abs(data[i + 1]! - 0x25) + Math.abs(data[i + 2]! - 0x1d) > 6) ink++;
      }
      expect(ink, `${id}: ${slogan}`).toBe(0);
    }
  });

  it('web PNGs are opaque, a 4-bit palette of 16 blends of the two colours: flat colours exact, edge pixels within 1/30 of the colours\u2019 difference + 1 of what librsvg drew', async () => {
    const { svg, layout } = await renderSvg(QUANG_VINH, preset('og'), RED);
    const png = await svgToPng(svg, layout.geometry);
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect([png[24], png[25]]).toEqual([4, 3]); // bit depth 4, colour type 3 (palette)
    expect((await sharp(png).stats()).isOpaque).toBe(true);
    const drawn = await sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer();
    const back = await sharp(png).removeAlpha().raw().toBuffer();
    const bound = [0xff - 0xda, 0xff - 0x25, 0x1d].map((d) => d / 30 + 1); // red #DA251D, yellow #FFFF00: ≤ 8.3 on green
    let sum = 0;
    for (let p = 0; p < drawn.length; p += 3) {
      for (let c = 0; c < 3; c++) {
        const d = Math.abs(back[p + c]! - drawn[p + c]!);
        sum += d;
        if (d > bound[c]!) expect.fail(`pixel ${p / 3}, channel ${c}: ${drawn[p + c]} drawn, ${back[p + c]} written`);
      }
      const c0 = drawn.readUIntBE(p, 3);
      if ((c0 === 0xda251d || c0 === 0xffff00) && back.readUIntBE(p, 3) !== c0) expect.fail(`pixel ${p / 3}: flat colour ${c0.toString(16)} moved`);
    }
    expect(sum / drawn.length).toBeLessThan(0.1); // 0.032 a channel over 100 bench share images
    // The RGB PNG at zlib level 6 was ~54 KiB a share image on the bench corpus, the lossless palette ~30, this ~18.6.
    const rgbPng = (await sharp(drawn, { raw: { width: 1200, height: 630, channels: 3 } }).png({ compressionLevel: 6 }).toBuffer()).length;
    expect(png.length).toBeLessThan(0.45 * rgbPng);
    expect(png.length).toBeLessThan(0.75 * indexedPng(drawn, 1200, 630)!.length);
  });

  it('print formats: true-size SVG (its own preview: it rasterises at the preset ratio), vector PDF (no raster images) at true size', async () => {
    const p = preset('bang-ron-10x2');
    const r = await renderPoster(QUANG_VINH, p, RED);
    const svg = r.files.svg!.toString();
    expect(svg).toMatch(/^<svg width="10000mm" height="2000mm" viewBox="0 0 2400 480"/);
    expect(svg).toContain(`<title>${QUANG_VINH}</title>`);
    const pdf = r.files.pdf!.toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pdf).not.toMatch(/\/Subtype\s*\/Image/);
    // 10 m = 28346.5 pt > 14400: two user units of 1/36 in.
    expect(pdf).toMatch(/\/UserUnit 2/);
    expect(pdf).toMatch(/\/MediaBox \[0 0 14173\.2\d* 2834\.6\d*\]/);
    expect(Object.keys(r.files).sort()).toEqual(['pdf', 'svg']);
    const preview = await sharp(r.files.svg!, { density: 1 }).resize({ width: 1200 }).png().toBuffer();
    const meta = await sharp(preview).metadata();
    expect([meta.width, meta.height]).toEqual([1200, 240]);
  });

  it('builds through the cache: a second run renders nothing', async () => {
    const dir = tempDir('posters-build');
    const slogans = slogansOf([seed]).slice(7, 8);
    expect(slogans[0]!.text).toBe(QUANG_VINH);
    const opts = { slogans, presets: [preset('og'), preset('ap-phich-a3')], styles: STYLES, outDir: join(dir, 'out'), cacheDir: join(dir, 'cache') };
    const first = await buildPosters(opts);
    expect(first.stats).toMatchObject({ rendered: 4, cached: 0 });
    const second = await buildPosters(opts);
    expect(second.stats).toMatchObject({ rendered: 0, cached: 4 });
    expect(second.manifest).toEqual(first.manifest);
    const m = JSON.parse(readFileSync(join(dir, 'out/manifest.json'), 'utf8'));
    expect(m.posters).toHaveLength(4);
    for (const poster of m.posters) for (const f of Object.values(poster.files) as string[]) expect(existsSync(join(dir, 'out', f))).toBe(true);
    expect(m.posters[0].files.png).toBe(`${slogans[0]!.slug}/og--do.png`);
    // The output files are the cache's files, linked (same file system), not copies.
    const out = join(dir, 'out', m.posters[0].files.png);
    const cached = join(dir, 'cache', m.posters[0].key.slice(0, 2), `${m.posters[0].key}.png`);
    expect(statSync(out).ino).toBe(statSync(cached).ino);
  });

  it('draws into the cache alone, then places the manifest it returned (the build draws while pages render)', async () => {
    const dir = tempDir('posters-draw');
    const slogans = slogansOf([seed]).slice(7, 8);
    const opts = { slogans, presets: [preset('og'), preset('ap-phich-a3')], styles: STYLES, cacheDir: join(dir, 'cache') };
    const drawn = await drawPosters(opts);
    expect(drawn.stats).toMatchObject({ rendered: 4, cached: 0 });
    expect(readdirSync(dir)).toEqual(['cache']);
    placePosters(drawn.manifest, opts.cacheDir, join(dir, 'out'));
    placePosters(drawn.manifest, opts.cacheDir, join(dir, 'out')); // over its own files
    const built = await buildPosters({ ...opts, outDir: join(dir, 'built') });
    expect(built.stats).toMatchObject({ rendered: 0, cached: 4 });
    expect(built.manifest).toEqual(drawn.manifest);
    expect(filesUnder(join(dir, 'out'))).toEqual(filesUnder(join(dir, 'built')));
    expect(filesUnder(join(dir, 'out'))).toHaveLength(7); // 2 PNG + 2 × (SVG + PDF) + manifest.json
    for (const f of filesUnder(join(dir, 'out'))) expect(readFileSync(join(dir, 'out', f)).equals(readFileSync(join(dir, 'built', f))), f).toBe(true);
  });

  it('places a cached file over an older output file, by link or else by copy', () => {
    const dir = tempDir('posters-place');
    writeFileSync(join(dir, 'cached.png'), 'new');
    writeFileSync(join(dir, 'out.png'), 'old');
    placeCached(join(dir, 'cached.png'), join(dir, 'out.png'));
    expect(readFileSync(join(dir, 'out.png'), 'utf8')).toBe('new');
    // A directory cannot be hard-linked: the copy is tried, and its error is the one reported.
    mkdirSync(join(dir, 'folder'));
    expect(() => placeCached(join(dir, 'folder'), join(dir, 'x'))).toThrow(/EISDIR|EPERM|illegal operation on a directory/i);
  });
});
