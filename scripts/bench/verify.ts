/**
 * Is a benchmark build also a correct one? Checks on the built site (not timed):
 * - one directive page per entry, and no other directive page;
 * - search, in Chromium through the real search page, finds sampled directives by their number;
 * - every link in the text of sampled directive pages (the citations) leads to a built page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { readEntryFile } from '../../src/entry/entry-file.ts';
import { listEntryFiles } from '../../src/entry/load-entries.ts';
import { launchChromium } from '../lib/chromium.ts';
import { serveStatic } from '../lib/static-server.ts';

export interface Verification {
  entries: number;
  directivePages: number;
  searched: { number: string; id: string; found: boolean }[];
  citationLinks: number;
  brokenLinks: string[];
  problems: string[];
}

/** The file a site path leads to ("/van-ban/x/" → van-ban/x/index.html), or undefined if none. */
function targetFile(dist: string, href: string): string | undefined {
  const path = decodeURIComponent(href.split('#')[0]!.split('?')[0]!);
  const file = join(dist, path, path.endsWith('/') ? 'index.html' : '');
  return existsSync(file) ? file : undefined;
}

export async function verifyBuild(contentDir: string, dist: string, samples = 5): Promise<Verification> {
  const problems: string[] = [];
  const ids = listEntryFiles(contentDir).map((n) => n.replace(/\.mdx$/, ''));
  const pages = readdirSync(join(dist, 'van-ban'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dist, 'van-ban', d.name, 'index.html'))).map((d) => d.name);
  const pageSet = new Set(pages);
  const missing = ids.filter((id) => !pageSet.has(id));
  if (missing.length) problems.push(`${missing.length} entries without a page, e.g. ${missing.slice(0, 3).join(', ')}`);
  if (pages.length !== ids.length) problems.push(`${ids.length} entries but ${pages.length} directive pages`);

  // Sampled evenly through the (sorted) entries, among those that have a number.
  const numbered = ids.map((id) => ({ id, data: readEntryFile(id, readFileSync(join(contentDir, `${id}.mdx`), 'utf8')).data }))
    .filter((e) => e.data?.number && /^\d/.test(e.data.number.printed));
  const sample = Array.from({ length: Math.min(samples, numbered.length) }, (_, i) => numbered[Math.floor((i * numbered.length) / samples)]!);

  const server = await serveStatic(dist);
  const browser = await launchChromium();
  const searched: Verification['searched'] = [];
  try {
    const page = await browser.newPage();
    for (const e of sample) {
      const number = e.data!.number!.printed;
      await page.goto(`${server.url}/tim-kiem/?q=${encodeURIComponent(number)}`);
      await page.waitForFunction((q) => document.getElementById('tim-kiem')?.dataset.done === q, number, { timeout: 120_000 });
      const found = await page.locator(`#tim-kiem a[href*="/van-ban/${e.id}/"]`).count() > 0;
      searched.push({ number, id: e.id, found });
      if (!found) problems.push(`search for ${number} does not list van-ban/${e.id}/`);
    }
  } finally {
    await browser.close();
    await server.close();
  }

  let citationLinks = 0;
  const brokenLinks: string[] = [];
  for (const e of sample) {
    const html = parse(readFileSync(join(dist, 'van-ban', e.id, 'index.html'), 'utf8'));
    for (const a of html.querySelectorAll('.text .body a[href]')) {
      const href = a.getAttribute('href')!;
      if (/^https?:/.test(href)) continue;
      citationLinks++;
      if (!targetFile(dist, href)) brokenLinks.push(`van-ban/${e.id}/ → ${href}`);
    }
  }
  if (brokenLinks.length) problems.push(`${brokenLinks.length} broken citation links, e.g. ${brokenLinks[0]}`);
  if (sample.length && citationLinks === 0) problems.push('no citation link on any sampled page');
  return { entries: ids.length, directivePages: pages.length, searched, citationLinks, brokenLinks, problems };
}
