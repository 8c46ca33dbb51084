/**
 * npm run screenshot -- [paths…]: screenshots of built pages (dist/) in Chromium, phone and desktop
 * widths, written to .cache/screenshots/ (CHIDAO_DIST=<folder> to shoot another build). For looking
 * at what the site shows a reader.
 */
import { mkdirSync } from 'node:fs';
import { serveStatic } from './lib/static-server.ts';
import { launchChromium } from './lib/chromium.ts';
import { readCommandLine } from './lib/arguments.ts';

const USAGE = 'usage: npm run screenshot -- [paths…]   (CHIDAO_DIST=<folder> for another build than dist/)';
const { positionals } = readCommandLine(USAGE, { options: {}, allowPositionals: true });
const paths = positionals.length ? positionals : ['/'];
const out = '.cache/screenshots';
mkdirSync(out, { recursive: true });
const server = await serveStatic(process.env.CHIDAO_DIST ?? 'dist');
const browser = await launchChromium();
for (const [label, width] of [['phone', 390], ['desktop', 1280]] as const) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  for (const p of paths) {
    await page.goto(server.url + p);
    const file = `${out}/${label}-${p.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}.png`;
    await page.screenshot({ path: file, fullPage: false });
    console.log(file);
  }
  await page.close();
}
await browser.close();
await server.close();
