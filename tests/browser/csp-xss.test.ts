/**
 * Page safety in Chromium: the Content-Security-Policy (src/security/csp.ts) blocks a script
 * injected into a page, every page type and the search work under it without a single violation,
 * and XSS probes in a directive's title, text and slogans — and in search queries — are shown as
 * text. The probes get a build of their own: one directive imported by the real importer from
 * tests/fixtures/xss/, built into .cache/ (see tests/build/browse.test.ts for why not /tmp).
 *
 * The probes are checked twice: under the policy, and with it bypassed — the policy would hide a
 * page that turned content into markup (the script blocked, the page "safe"), so escaping is
 * checked on its own; under the policy, any violation at all fails the test.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { openSite, PAGES, useSite, type Site } from '../helpers/browser.ts';
import { astroBuild } from '../helpers/build.ts';
import { makeOfflineCopy } from '../helpers/offline.ts';
import { ROOT } from '../helpers/seeds.ts';

const IMG = '<img src=x onerror=window.__pwned=1>';
const SCRIPT = '</script><script>window.__pwned=1</script>';
const FIXTURE = join(ROOT, 'tests/fixtures/xss/huong-dan-xss.txt');

interface Seen { violations: string[]; console: string[]; errors: string[] }

/** Before any script of the page: record CSP violations (the event the browser fires for each). */
const RECORD_VIOLATIONS = () => {
  const w = window as unknown as { __cspViolations: string[] };
  w.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    w.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || '?'} (${e.sample || ''}) at ${e.sourceFile || ''}:${e.lineNumber}`);
  });
};

/** A page in a context, recording violations, console messages about the policy, and errors. */
async function openIn(context: BrowserContext, url: string): Promise<{ page: Page; seen: () => Promise<Seen> }> {
  const page = await context.newPage();
  await page.addInitScript(RECORD_VIOLATIONS);
  const consoleCsp: string[] = [];
  const errors: string[] = [];
  page.on('console', (m) => { if (/Content.Security.Policy|CSP/i.test(m.text())) consoleCsp.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  const res = await page.goto(url, { waitUntil: 'load' });
  if (!res?.ok()) throw new Error(`${url}: HTTP ${res?.status()}`);
  return {
    page,
    seen: async () => ({
      violations: await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? ['(not recorded)']),
      console: consoleCsp,
      errors,
    }),
  };
}

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
const quiet: Seen = { violations: [], console: [], errors: [] };

/** Wait until the search page has finished the search for `q` (as tests/browser/search.test.ts). */
async function searched(page: Page, q: string) {
  const want = q.normalize('NFC').replace(/\s+/g, ' ').trim();
  await page.waitForFunction((w) => document.getElementById('tim-kiem')?.dataset.done === w, want, { timeout: 30_000 });
}
async function typeQuery(page: Page, q: string, enter = false) {
  await page.fill('#tk-q', '');
  await page.locator('#tk-q').pressSequentially(q, { delay: 5 });
  await searched(page, q);
  if (enter) { await page.press('#tk-q', 'Enter'); await searched(page, q); }
}

describe('the policy in force (seed build)', () => {
  const site = useSite();
  let context: BrowserContext;
  beforeAll(async () => { try { context = await site().browser.newContext(); } catch { /* each test reports site()'s error */ } });
  afterAll(async () => { await context?.close(); });

  it('blocks an inline script injected into a page, and reports the violation', async () => {
    const s = site();
    // The page as served, with a script (and an inline event handler) written into its content.
    await context.route(`${s.url}${PAGES.directive}`, async (route) => {
      const res = await route.fetch();
      const html = (await res.text()).replace('<main id="noi-dung" tabindex="-1">',
        '$&<script>window.__pwned=1</script><img id="probe" src="/khong-co.png" onerror="window.__pwned=2">');
      expect(html).toContain('<script>window.__pwned=1</script>');
      await route.fulfill({ response: res, body: html });
    });
    const { page, seen } = await openIn(context, `${s.url}${PAGES.directive}`);
    // The image has failed (its handler would have run by now); the reports are queued tasks.
    await page.waitForFunction(() => document.querySelector<HTMLImageElement>('#probe')?.complete);
    await page.waitForFunction(() => (window as unknown as { __cspViolations: string[] }).__cspViolations.length >= 2, null, { timeout: 5_000 }).catch(() => undefined);
    expect(await pwned(page)).toBeUndefined();
    expect(await page.$$('main script')).toHaveLength(1); // there, and not run
    const { violations, console } = await seen();
    expect(violations).toEqual([
      expect.stringMatching(/^script-src-elem blocked inline /),
      expect.stringMatching(/^script-src-attr blocked inline /),
    ]);
    expect(console.join('\n')).toMatch(/Content Security Policy/);
    await page.close();
    await context.unrouteAll();
  });

  it.each(Object.entries(PAGES))('%s (%s): loads without a single violation', async (_, path) => {
    const { page, seen } = await openIn(context, `${site().url}${path}`);
    // Every image of the page loaded (posters, images of documents): img-src 'self' lets them.
    const broken = await page.evaluate(() => Promise.all([...document.images].map((img) => img.decode().then(() => '', () => img.src))));
    expect(broken.filter(Boolean)).toEqual([]);
    expect(await seen()).toEqual(quiet);
    await page.close();
  });

  it('search works under the policy: "18-NQ/TW" (number, then full text) and "chi dao", no violation', async () => {
    const { page, seen } = await openIn(context, `${site().url}/tim-kiem/`);
    await typeQuery(page, '18-NQ/TW', true);
    const links = () => page.$$eval('#tk-ket-qua a.kq', (as) => as.filter((a) => !a.closest('[hidden]')).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const number = await links();
    expect(number.slice(0, 2)).toEqual(['/tai-lieu/nghi-quyet-18-nq-tw-2017-10-25/', '/tai-lieu/nghi-quyet-18-nq-tw-2022-06-16/']);
    expect(number.filter((p) => p.startsWith('/van-ban/'))).toHaveLength(3); // Pagefind's hits (WebAssembly) after them
    await typeQuery(page, 'chi dao');
    expect((await links()).filter((p) => p.startsWith('/van-ban/')).length).toBeGreaterThan(0);
    expect(await page.$$('#tk-toan-van mark')).not.toHaveLength(0);
    expect(await seen()).toEqual(quiet);
    await page.close();
  });

  it('the ?q= link of the header box searches at once, no violation', async () => {
    const { page, seen } = await openIn(context, `${site().url}/tim-kiem/?q=${encodeURIComponent('chi dao')}`);
    await searched(page, 'chi dao');
    expect(await page.$$('#tk-toan-van li.hit')).not.toHaveLength(0);
    expect(await seen()).toEqual(quiet);
    await page.close();
  });

  it('the offline copy from file:// keeps working under the same policies: styles, posters, search', async () => {
    // At file:// 'self' matches the copy's files (Chromium; Firefox too: offline-firefox.test.ts
    // searches under it). Pagefind runs in the page there (no worker from file://): the search
    // page's 'wasm-unsafe-eval' is what lets it compile its WebAssembly.
    const copy = await makeOfflineCopy(inject('dist'));
    try {
      const url = (path: string) => pathToFileURL(`${copy.dir}/${path}index.html`).href;
      for (const path of [PAGES.home.slice(1), PAGES.slogan.slice(1), PAGES.directive.slice(1)]) { // the slogan's page shows its poster
        const { page, seen } = await openIn(context, url(path));
        const images = await page.evaluate(() => Promise.all([...document.images].map((img) => img.decode().then(() => 'ok', () => img.src))));
        expect(images.filter((r) => r !== 'ok'), path).toEqual([]);
        expect(await page.evaluate(() => getComputedStyle(document.querySelector('header.site')!).backgroundColor), path).toBe('rgb(176, 30, 24)');
        expect(await seen(), path).toEqual(quiet);
        await page.close();
      }
      const { page, seen } = await openIn(context, `${url('tim-kiem/')}?q=${encodeURIComponent('chi dao')}`);
      await searched(page, 'chi dao');
      expect(await page.$$('#tk-toan-van li.hit')).not.toHaveLength(0);
      expect(await seen()).toEqual(quiet);
      await page.close();
    } finally {
      rmSync(dirname(copy.dir), { recursive: true, force: true });
    }
  });
});

describe('XSS probes in content and queries are shown as text (a one-directive build)', () => {
  let work: string | undefined;
  let site: Site | undefined;
  let error: unknown;
  let directive = '';
  let slogans: string[] = [];

  beforeAll(async () => {
    try {
      mkdirSync(join(ROOT, '.cache'), { recursive: true });
      work = mkdtempSync(join(ROOT, '.cache', 'csp-xss-'));
      const content = join(work, 'content');
      const imp = spawnSync(process.execPath, ['scripts/import.ts', FIXTURE, '--out', content, '--date', '2026-11-23'], { cwd: ROOT, encoding: 'utf8' });
      if (imp.status !== 0) throw new Error(`import failed:\n${imp.stdout}\n${imp.stderr}`);
      const [mdx, ...more] = readdirSync(content).filter((f) => f.endsWith('.mdx'));
      if (!mdx || more.length) throw new Error(`one entry expected, got ${readdirSync(content).join(', ')}`);
      directive = `/van-ban/${mdx.replace(/\.mdx$/, '')}/`;
      const dist = join(work, 'dist');
      const r = astroBuild(dist, { CHIDAO_CONTENT_DIR: content, CHIDAO_POSTERS: 'web', CHIDAO_CACHE_DIR: join(work, 'cache') });
      if (r.status !== 0) throw new Error(`astro build failed:\n${r.stdout}\n${r.stderr}`);
      slogans = readdirSync(join(dist, 'khau-hieu'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `/khau-hieu/${d.name}/`).sort();
      site = await openSite(dist);
    } catch (e) { error = e; }
  });
  afterAll(async () => {
    await site?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });
  const s = () => { if (!site) throw error ?? new Error('the site is not open'); return site; };

  /** Nothing ran, no element came from the probes, and the texts are on the page as text. */
  async function inert(page: Page, texts: string[], where: string) {
    expect(await pwned(page), where).toBeUndefined();
    const dom = await page.evaluate(() => ({
      imgX: [...document.querySelectorAll('img')].filter((i) => i.getAttribute('src') === 'x' || i.hasAttribute('onerror')).length,
      scripts: [...document.scripts].filter((sc) => /__pwned/.test(sc.textContent ?? '')).length,
      handlers: [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name))).length,
      text: document.body.innerText,
    }));
    expect({ imgX: dom.imgX, scripts: dom.scripts, handlers: dom.handlers }, where).toEqual({ imgX: 0, scripts: 0, handlers: 0 });
    for (const t of texts) expect(dom.text, `${where}: "${t}" shown as text`).toContain(t);
  }

  describe.each([
    ['under the policy', false],
    ['with the policy bypassed (escaping alone)', true],
  ] as const)('%s', (_, bypassCSP) => {
    let context: BrowserContext;
    beforeAll(async () => { if (site) context = await site.browser.newContext({ bypassCSP }); });
    afterAll(async () => { await context?.close(); });
    const check = async (page: Page, seen: () => Promise<Seen>, texts: string[], where: string) => {
      await inert(page, texts, where);
      if (!bypassCSP) expect(await seen(), where).toEqual(quiet);
      else expect((await seen()).errors, where).toEqual([]);
    };

    it('the directive page: title, text and slogans', async () => {
      const { page, seen } = await openIn(context, `${s().url}${directive}`);
      expect(await page.title()).toContain(`${IMG} an toàn trang ${SCRIPT}`);
      await check(page, seen, [IMG, SCRIPT, `Khẩu hiệu thử ${IMG} muôn năm!`, `Khẩu hiệu thử ${SCRIPT} muôn năm!`], directive);
      await page.close();
    });

    it('the slogan gallery and each slogan\'s page', async () => {
      expect(slogans).toHaveLength(2);
      for (const path of ['/khau-hieu/', ...slogans]) {
        const { page, seen } = await openIn(context, `${s().url}${path}`);
        const texts = path === '/khau-hieu/' ? [IMG, SCRIPT] : [/img-src/.test(path) ? IMG : SCRIPT];
        await check(page, seen, texts, path);
        await page.close();
      }
    });

    it('the home page', async () => {
      const { page, seen } = await openIn(context, `${s().url}/`);
      await check(page, seen, [IMG, SCRIPT], 'home');
      await page.close();
    });

    /**
     * The query shown back as text in the status line; the directive found by the <img> probe,
     * its title (holding both probes) and excerpt shown as text. (Pagefind finds nothing for the
     * </script> probe typed as one word: its words are not split at "<", "/", ">".)
     */
    async function searchShown(page: Page, q: string, where: string) {
      expect(await page.inputValue('#tk-q'), where).toBe(q);
      expect(await page.textContent('#tk-trang-thai'), where).toContain(`“${q}”`);
      const hits = await page.$$eval('#tk-toan-van li.hit', (lis) => lis.map((li) => ({
        path: new URL(li.querySelector<HTMLAnchorElement>('a.kq')!.href).pathname, title: li.querySelector('a.kq')!.textContent, excerpt: li.querySelector('.excerpt')!.textContent,
      })));
      if (q === IMG) {
        expect(hits.map((h) => h.path), where).toEqual([directive]);
        expect(hits[0]!.title, where).toBe(`Tuyên truyền thử nghiệm ${IMG} an toàn trang ${SCRIPT}`);
        expect(hits[0]!.excerpt, where).toContain(IMG);
      } else expect(hits.map((h) => h.path), where).toEqual([]);
    }

    it('the search page: the probes typed in the box, and given as ?q=', async () => {
      const { page, seen } = await openIn(context, `${s().url}/tim-kiem/`);
      for (const q of [IMG, SCRIPT]) {
        await typeQuery(page, q);
        await searchShown(page, q, `search box: ${q}`);
        await check(page, seen, [q, ...(q === IMG ? [SCRIPT] : [])], `search box: ${q}`);
      }
      await page.close();
      for (const q of [IMG, SCRIPT]) {
        const { page: p, seen: pSeen } = await openIn(context, `${s().url}/tim-kiem/?q=${encodeURIComponent(q)}`);
        await searched(p, q);
        await searchShown(p, q, `?q=${q}`);
        await check(p, pSeen, [q], `?q=${q}`);
        await p.close();
      }
    });
  });
});
