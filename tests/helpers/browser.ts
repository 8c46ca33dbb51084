/**
 * Browser tests: the site built by the global setup (`inject('dist')`) served over http on
 * 127.0.0.1 and opened in Debian's Chromium through playwright-core (scripts/lib/chromium.ts).
 *
 * Without Chromium the tests FAIL with an explanation, never skip: CI must install it
 * (.ci/run does: apt-get install chromium fonts-noto-core).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM, launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';

export interface Site {
  /** "http://127.0.0.1:<port>", the site's root (base "/"). */
  url: string;
  browser: Browser;
  /** A new page at this viewport width (height 900), opened at a site path ("/lich/"). */
  open: (path: string, width: number) => Promise<Page>;
  close: () => Promise<void>;
}

export const MISSING_CHROMIUM = `Debian's Chromium is not at ${CHROMIUM}: the browser tests need it and do not skip. ` +
  'Install it with `apt-get install -y --no-install-recommends chromium fonts-noto-core` (as .ci/run does), ' +
  'or set CHROMIUM_PATH to a Chromium binary.';

export async function openSite(dist: string): Promise<Site> {
  if (!existsSync(CHROMIUM)) throw new Error(MISSING_CHROMIUM);
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  return {
    url: server.url,
    browser,
    async open(path, width) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      const res = await page.goto(server.url + path, { waitUntil: 'load' });
      if (!res?.ok()) throw new Error(`${path}: HTTP ${res?.status()}`);
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * For a test file: opens the site before its tests and closes it after. Each test gets the site
 * from the returned function, which throws the reason the site could not be opened (Chromium
 * missing…), so every test fails with it: a failing beforeAll would only mark them skipped.
 */
export function useSite(): () => Site {
  let site: Site | undefined;
  let error: unknown;
  beforeAll(async () => {
    try { site = await openSite(inject('dist')); } catch (e) { error = e; }
  });
  afterAll(async () => { await site?.close(); });
  return () => {
    if (!site) throw error ?? new Error('the site is not open');
    return site;
  };
}

/** The page types every browser test covers, by name: site paths of the seed build. */
export const PAGES = {
  home: '/',
  directive: '/van-ban/huong-dan-khong-so-khong-ngay-cb6f72ab/', // seed 001
  list: '/dong-thoi-gian/',
  calendar: '/lich/2024/11/',
  citedDocument: '/tai-lieu/nghi-quyet-18-nq-tw-2017-10-25/',
  number: '/so-hieu/18nqtw/',
  slogans: '/khau-hieu/',
  slogan: '/khau-hieu/dang-cong-san-viet-nam-quang-vinh-muon-nam-74bf7b4c/',
} as const;

export interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

const axeSource = () => readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's violations on the open page (WCAG 2.x A/AA and best practices). Its source is run
 * through the DevTools protocol, not added as an inline <script>: the pages' Content-Security-
 * Policy blocks inline scripts (src/security/csp.ts), as it should.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource());
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const r = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  });
}
