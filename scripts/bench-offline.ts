/**
 * Search timings of an offline copy opened from disk (file://) in Chromium — no server:
 *
 *   node scripts/bench-offline.ts <offline copy> [--runs 3] [query …]
 *
 * Each run: a fresh browser context (cold: nothing loaded), the search page opened from disk, the
 * box focused (which starts loading Pagefind, as a reader's click does), the query typed key by key
 * (40 ms apart); the time is from the last key to the full results (data-done). Then the next
 * query in the same page (warm). Not a test: report figures with the machine and corpus size.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from './lib/chromium.ts';
import { numberOption, readCommandLine, usageError } from './lib/arguments.ts';

const USAGE = 'usage: node scripts/bench-offline.ts <offline copy> [--runs N] [query …]';
const { values, positionals } = readCommandLine(USAGE, { options: { runs: { type: 'string', default: '3' } }, allowPositionals: true });
const runs = numberOption(USAGE, 'runs', values.runs, { min: 1 })!;
const [dir, ...args] = positionals;
if (!dir || !existsSync(join(dir, 'tim-kiem/index.html'))) usageError(USAGE, dir ? `${dir}: no tim-kiem/index.html (not an offline copy)` : 'the offline copy is missing');
const queries = args.length ? args : ['18-NQ/TW', 'chi dao', 'tuyên truyền', 'nghị quyết'];
const url = pathToFileURL(join(resolve(dir), 'tim-kiem/index.html')).href;
const browser = await launchChromium();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const cold = new Map<string, number[]>();
const warm = new Map<string, number[]>();
for (let run = 0; run < runs; run++) {
  for (const [i, first] of queries.entries()) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(url);
    await page.focus('#tk-q');
    const order = [first, ...queries.filter((_, j) => j !== i)];
    for (const [k, q] of order.entries()) {
      await page.fill('#tk-q', '');
      await page.locator('#tk-q').pressSequentially(q, { delay: 40 });
      const t0 = await page.evaluate(() => performance.now());
      await page.waitForFunction((w) => document.getElementById('tim-kiem')?.dataset.done === w, q, { timeout: 120_000, polling: 10 });
      const ms = (await page.evaluate(() => performance.now())) - t0;
      const m = k === 0 ? cold : warm;
      m.set(q, [...(m.get(q) ?? []), ms]);
    }
    await ctx.close();
  }
}
await browser.close();
console.log(`offline search from file:// (${dir}), median of ${runs} runs, ms from the last key to the results:`);
for (const q of queries) console.log(`  ${q.padEnd(16)} cold ${median(cold.get(q)!).toFixed(0).padStart(6)}   warm ${median(warm.get(q)!).toFixed(0).padStart(6)}`);
