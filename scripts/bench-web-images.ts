/**
 * node scripts/bench-web-images.ts [--count N] [--content DIR]
 *
 * The web-image path measured, to choose it (issue 19): N directive share images (1200×630, the
 * build's most numerous image) drawn by satori once, then each SVG rasterised and encoded every
 * way considered — sharp/librsvg PNG at zlib levels, without the alpha channel, as a palette PNG,
 * as JPEG and WebP, and resvg (@resvg/resvg-js, measured when installed: `npm i --no-save
 * @resvg/resvg-js`). Reports CPU ms per image (the process's, all threads; a loaded machine
 * inflates wall time only), wall ms and bytes per image. One thread, one image at a time.
 */
import { readCommandLine } from './lib/arguments.ts';
import sharp from 'sharp';
import { loadEntries } from '../src/entry/load-entries.ts';
import { renderSvg } from '../src/posters/render.ts';
import { loadPosterConfig } from '../src/posters/presets.ts';
import { STYLES } from '../src/posters/styles.ts';
import { directiveCardText } from '../src/posters/directive-card.ts';
import { indexedPng } from '../src/posters/indexed-png.ts';

const USAGE = 'usage: node scripts/bench-web-images.ts [--count 200] [--content content/directives]';
const { values } = readCommandLine(USAGE, { options: { count: { type: 'string', default: '200' }, content: { type: 'string', default: 'content/directives' } } });
sharp.cache(false);
sharp.concurrency(1);
const texts = loadEntries(process.cwd(), values.content).entries.slice(0, Number(values.count)).map((e) => directiveCardText(e.data));
const og = loadPosterConfig(process.cwd()).presets.find((p) => p.id === 'og')!;
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const n = texts.length;
const row = (name: string, cpuMs: number, wallMs: number, bytes: number) =>
  console.log(`${name.padEnd(36)} ${(cpuMs / n).toFixed(1).padStart(6)} ${(wallMs / n).toFixed(1).padStart(7)} ${(bytes / n / 1024).toFixed(1).padStart(8)}`);

console.log(`${n} share images (og 1200×630), load average ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log(`${'path'.padEnd(36)} ${'cpu ms'.padStart(6)} ${'wall ms'.padStart(7)} ${'KiB'.padStart(8)}`);
const svgs: string[] = [];
let c0 = cpu(), w0 = performance.now();
for (const t of texts) svgs.push((await renderSvg(t, og, STYLES[0]!)).svg);
row('satori (layout → SVG), for reference', cpu() - c0, performance.now() - w0, svgs.reduce((a, s) => a + s.length, 0));

type Way = (svg: string) => Promise<Buffer | Uint8Array> | Buffer | Uint8Array;
const rsvg = (svg: string) => sharp(Buffer.from(svg), { density: 72 });
/** librsvg's pixels, opaque, then src/posters/indexed-png.ts (RGB PNG when over 256 colours). */
async function rawIndexed(svg: string, level: number, levels?: 16): Promise<Buffer> {
  const { data, info } = await rsvg(svg).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return indexedPng(data, info.width, info.height, { level, ...(levels ? { levels } : {}) }) ?? rsvg(svg).removeAlpha().png({ compressionLevel: 6 }).toBuffer();
}
const ways: Array<[string, Way]> = [
  ['librsvg render only (raw pixels)', (s) => rsvg(s).raw().toBuffer()],
  ['sharp PNG RGBA level 6 (before)', (s) => rsvg(s).png().toBuffer()],
  ['sharp PNG RGB level 6', (s) => rsvg(s).removeAlpha().png({ compressionLevel: 6 }).toBuffer()],
  ['sharp PNG RGB level 3', (s) => rsvg(s).removeAlpha().png({ compressionLevel: 3 }).toBuffer()],
  ['sharp PNG RGB level 1', (s) => rsvg(s).removeAlpha().png({ compressionLevel: 1 }).toBuffer()],
  ['sharp PNG RGB level 9', (s) => rsvg(s).removeAlpha().png({ compressionLevel: 9 }).toBuffer()],
  ['sharp PNG RGB adaptive filtering', (s) => rsvg(s).removeAlpha().png({ adaptiveFiltering: true }).toBuffer()],
  ['sharp PNG palette, effort 1', (s) => rsvg(s).png({ palette: true, effort: 1 }).toBuffer()],
  ['sharp PNG palette 16 colours, effort 1', (s) => rsvg(s).png({ palette: true, colours: 16, effort: 1 }).toBuffer()],
  ['exact palette PNG level 6 (before)', async (s) => rawIndexed(s, 6)],
  ['exact palette PNG level 9', async (s) => rawIndexed(s, 9)],
  ['16-level 4-bit palette level 6 (chosen)', async (s) => rawIndexed(s, 6, 16)],
  ['16-level 4-bit palette level 9', async (s) => rawIndexed(s, 9, 16)],
  ['sharp JPEG q85', (s) => rsvg(s).removeAlpha().jpeg({ quality: 85 }).toBuffer()],
  ['sharp WebP q85', (s) => rsvg(s).webp({ quality: 85 }).toBuffer()],
];
try {
  const { Resvg } = (await import('@resvg/resvg-js' as string)) as { Resvg: new (svg: string) => { render(): { asPng(): Buffer; pixels: Buffer; width: number; height: number } } };
  ways.push(['resvg PNG', (s) => new Resvg(s).render().asPng()]);
  ways.push(['resvg render → sharp PNG RGB level 6', (s) => {
    const r = new Resvg(s).render();
    return sharp(r.pixels, { raw: { width: r.width, height: r.height, channels: 4 } }).removeAlpha().png({ compressionLevel: 6 }).toBuffer();
  }]);
} catch {
  console.log('(resvg not installed: npm i --no-save @resvg/resvg-js to compare it)');
}
for (const [name, way] of ways) {
  await way(svgs[0]!); // warm-up
  let bytes = 0;
  c0 = cpu(); w0 = performance.now();
  for (const s of svgs) bytes += (await way(s)).length;
  row(name, cpu() - c0, performance.now() - w0, bytes);
}

// What the 16 levels change: each image's pixels against librsvg's, per channel.
let maxDiff = 0, sumDiff = 0, moved = 0, pixels = 0;
for (const s of svgs) {
  const drawn = await rsvg(s).removeAlpha().raw().toBuffer();
  const back = await sharp(await rawIndexed(s, 6, 16)).removeAlpha().raw().toBuffer();
  for (let p = 0; p < drawn.length; p += 3) {
    let m = 0;
    for (let c = 0; c < 3; c++) { const d = Math.abs(drawn[p + c]! - back[p + c]!); sumDiff += d; if (d > m) m = d; }
    if (m > maxDiff) maxDiff = m;
    if (m) moved++;
    pixels++;
  }
}
console.log(`16 levels against librsvg's pixels: max ${maxDiff} of 255 on a channel, mean ${(sumDiff / pixels / 3).toFixed(4)} a channel, ${(100 * moved / pixels).toFixed(2)} % of pixels changed`);
