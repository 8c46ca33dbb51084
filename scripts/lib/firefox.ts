/**
 * Debian's Firefox ESR driven over WebDriver BiDi by puppeteer-core (Playwright drives only its own
 * patched Firefox builds). Puppeteer's automation profile sets
 * security.fileuri.strict_origin_policy=false, which lets file:// pages fetch and import each
 * other: it is set back to Firefox's default (true) here, so a test of the offline copy cannot
 * pass by that relaxation (tests/browser/offline-firefox.test.ts also checks that fetch() of a
 * sibling file is refused).
 */
import puppeteer, { type Browser } from 'puppeteer-core';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export function launchFirefox(prefs: Record<string, unknown> = {}): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: { ...prefs, 'security.fileuri.strict_origin_policy': true },
  });
}
