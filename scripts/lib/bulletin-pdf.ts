/**
 * A bulletin issue of a finished build (dist/ban-tin/<YYYY-MM>/) printed to an A4 PDF by Debian's
 * Chromium, the way a reader's "Save as PDF" does (the page's own @page size and margins). Used by
 * `npm run bulletin` and its tests.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM, launchChromium } from './chromium.ts';
import { serveStatic } from './static-server.ts';
import { ROUTES } from '../../src/lib/links.ts';

/** Why the issue cannot be printed from `dist` (no build, no such issue, no browser), or undefined. */
export function bulletinProblem(dist: string, slug: string, chromium = CHROMIUM): string | undefined {
  if (!existsSync(join(dist, 'index.html'))) {
    return `${dist}/ holds no built site: run \`npm run build\` first (or give --dist <folder of a build>)`;
  }
  if (!existsSync(join(dist, ROUTES.bulletin(slug), 'index.html'))) {
    const months = existsSync(join(dist, ROUTES.bulletins()))
      ? readdirSync(join(dist, ROUTES.bulletins())).filter((n) => /^\d{4}-\d{2}$/.test(n)).sort()
      : [];
    return `the build in ${dist}/ has no bulletin for ${slug}: ` +
      (months.length ? `it has ${months.join(', ')}` : 'it has no issue at all (no directive dated in a month or with a deadline in one, or a build older than the bulletin)');
  }
  if (!existsSync(chromium)) {
    return `Chromium is not at ${chromium}: install the Debian package \`chromium\` ` +
      '(apt-get install -y --no-install-recommends chromium fonts-noto-core), or set CHROMIUM_PATH to a Chromium binary';
  }
  return undefined;
}

/** The page printed to PDF (A4, from its print stylesheet). */
export async function printBulletin(dist: string, slug: string): Promise<Uint8Array> {
  const server = await serveStatic(dist);
  try {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const res = await page.goto(`${server.url}/${ROUTES.bulletin(slug)}`, { waitUntil: 'load' });
      if (!res?.ok()) throw new Error(`${ROUTES.bulletin(slug)}: HTTP ${res?.status()}`);
      return new Uint8Array(await page.pdf({ preferCSSPageSize: true }));
    } finally { await browser.close(); }
  } finally { await server.close(); }
}
