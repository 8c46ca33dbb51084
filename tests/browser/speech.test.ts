/**
 * The loudspeaker script pages (/phat-thanh/<id>/, …/khau-hieu/) in Debian's Chromium, over http
 * and from the offline copy (file://): axe-core finds nothing at 360 and 1280 px; the "Nghe" button
 * reads the whole script with a Vietnamese voice, and says in Vietnamese that it cannot where the
 * device has none. The device's voices are replaced before the page's scripts run by a recording
 * fake (window.speechSynthesis and SpeechSynthesisUtterance): headless Chromium has no voice of
 * its own, and the test must not depend on one. Without JavaScript the button stays hidden and the
 * page says why.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { axeViolations, useSite } from '../helpers/browser.ts';
import { makeOfflineCopy, type OfflineCopy } from '../helpers/offline.ts';

const ID = 'huong-dan-khong-so-khong-ngay-cb6f72ab'; // seed 001
const SCRIPT = `/phat-thanh/${ID}/`;
const SLOGANS = `/phat-thanh/${ID}/khau-hieu/`;

const site = useSite();

interface FakeVoice { name: string; lang: string; localService: boolean }
interface Spoken { text: string; lang: string; voice: string | null }

/** Runs in the page before its scripts: a speechSynthesis with `voices` that records what it is asked to say. */
function fakeSpeech(voices: FakeVoice[]): void {
  const w = window as unknown as { __spoken: Spoken[]; speechSynthesis: unknown; SpeechSynthesisUtterance: unknown };
  w.__spoken = [];
  const listeners: Record<string, (() => void)[]> = {};
  class Utterance {
    text: string; lang = ''; voice: FakeVoice | null = null; rate = 1;
    onstart: ((e: object) => void) | null = null; onend: ((e: object) => void) | null = null; onerror: ((e: object) => void) | null = null;
    constructor(text: string) { this.text = text; }
  }
  const synth = {
    speaking: false, pending: false, paused: false,
    getVoices: () => voices.map((v) => ({ ...v, voiceURI: v.name, default: false })),
    speak(u: Utterance) {
      w.__spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name ?? null });
      setTimeout(() => { u.onstart?.({}); u.onend?.({}); }, 0);
    },
    cancel() {}, pause() {}, resume() {},
    addEventListener(type: string, f: () => void) { (listeners[type] ??= []).push(f); },
    removeEventListener() {},
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true, writable: true });
  // As in Chromium, voices are announced after the page has loaded.
  setTimeout(() => { for (const f of listeners['voiceschanged'] ?? []) f(); }, 50);
}

const VI: FakeVoice[] = [{ name: 'Google English', lang: 'en-US', localService: false }, { name: 'Tiếng Việt (An)', lang: 'vi-VN', localService: true }];
const NONE: FakeVoice[] = [{ name: 'Google English', lang: 'en-US', localService: false }];

/** The script as the page shows it: each block's lines (text between <br>s) joined by a space. */
const shownText = (page: Page) => page.$$eval('[data-doc]', (els) =>
  els.map((el) => Array.from(el.childNodes, (n) => (n.nodeName === 'BR' ? ' ' : n.textContent)).join('')).join(' '));

async function listen(page: Page): Promise<{ spoken: Spoken[]; status: string }> {
  await page.click('[data-nghe="doc"]');
  await page.waitForFunction(() => /xong/.test(document.querySelector('[data-nghe="trang-thai"]')?.textContent ?? ''), undefined, { timeout: 20_000 });
  return {
    spoken: await page.evaluate(() => (window as unknown as { __spoken: Spoken[] }).__spoken),
    status: (await page.textContent('[data-nghe="trang-thai"]')) ?? '',
  };
}

describe('loudspeaker script pages', () => {
  it.each([[SCRIPT, 360], [SCRIPT, 1280], [SLOGANS, 360], [SLOGANS, 1280]] as const)('%s at %i px: no axe-core violation at all', async (path, width) => {
    const page = await site().open(path, width);
    const violations = await axeViolations(page);
    await page.close();
    expect(violations.map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  });

  it('the directive page links to its script and still has no script of its own', async () => {
    const page = await site().open(`/van-ban/${ID}/`, 1280);
    expect(await page.getAttribute('a.speech-link', 'href')).toBe(SCRIPT);
    expect(await page.$$eval('script', (s) => s.length)).toBe(0);
    await page.close();
  });

  it('"Nghe" reads the whole script, in order, with the Vietnamese voice', async () => {
    const page = await site().browser.newPage({ viewport: { width: 360, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.addInitScript(fakeSpeech, VI);
    await page.goto(site().url + SCRIPT);
    await page.waitForFunction(() => !(document.querySelector('[data-nghe="doc"]') as HTMLButtonElement).disabled);
    const { spoken, status } = await listen(page);
    expect(status).toBe('Đã đọc xong.');
    expect(spoken.length).toBeGreaterThan(50);
    expect(new Set(spoken.map((s) => `${s.voice} ${s.lang}`))).toEqual(new Set(['Tiếng Việt (An) vi-VN']));
    expect(spoken.map((s) => s.text).join(' ')).toBe(await shownText(page));
    expect(spoken[0]!.text).toBe('Hướng dẫn. Tuyên truyền một số nội dung trọng tâm. của Hội nghị Ban Chấp hành Trung ương Đảng khóa mười ba ngày hai mươi lăm tháng mười một năm hai nghìn không trăm hai mươi tư.');
    expect(spoken.map((s) => s.text).join(' ')).toContain('Thực hiện Hướng dẫn số một trăm bảy mươi ba, hát dê, bê tê giê tê vê kép, ngày hai mươi tám tháng mười một năm hai nghìn không trăm hai mươi tư');
    expect(Math.max(...spoken.map((s) => s.text.length))).toBeLessThanOrEqual(220);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the slogans are read one by one', async () => {
    const page = await site().browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript(fakeSpeech, VI);
    await page.goto(site().url + SLOGANS);
    await page.waitForFunction(() => !(document.querySelector('[data-nghe="doc"]') as HTMLButtonElement).disabled);
    const { spoken } = await listen(page);
    expect(spoken.map((s) => s.text)).toHaveLength(10);
    expect(spoken[7]!.text).toBe('Đảng Cộng sản Việt Nam quang vinh muôn năm!');
    await page.close();
  });

  it('without a Vietnamese voice: says so in Vietnamese, and reads nothing', async () => {
    const page = await site().browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.addInitScript(fakeSpeech, NONE);
    await page.goto(site().url + SCRIPT);
    await page.waitForFunction(() => /chưa có giọng đọc tiếng Việt/.test(document.querySelector('[data-nghe="trang-thai"]')?.textContent ?? ''));
    expect(await page.isDisabled('[data-nghe="doc"]')).toBe(true);
    expect(await page.isVisible('[data-nghe="trang-thai"]')).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __spoken: Spoken[] }).__spoken)).toEqual([]);
    await page.close();
  });

  it('without JavaScript: no button, a note saying why', async () => {
    const context = await site().browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(site().url + SCRIPT);
    expect(await page.isVisible('#nghe')).toBe(false);
    expect(await page.textContent('noscript')).toContain('Nút «Nghe»');
    expect(await page.textContent('.bai-doc')).toContain('khóa mười ba');
    await context.close();
  });
});

describe('loudspeaker script from the offline copy (file://)', () => {
  let copy: OfflineCopy | undefined;
  let error: unknown;
  beforeAll(async () => {
    try { copy = await makeOfflineCopy(inject('dist')); } catch (e) { error = e; }
  });

  it('opens from disk, links back to the directive, and "Nghe" reads it; nothing leaves the machine', async () => {
    if (!copy) throw error ?? new Error('no offline copy');
    const page = await site().browser.newPage({ viewport: { width: 360, height: 800 } });
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.addInitScript(fakeSpeech, VI);
    await page.goto(pathToFileURL(`${copy.dir}/phat-thanh/${ID}/index.html`).href);
    await page.waitForFunction(() => !(document.querySelector('[data-nghe="doc"]') as HTMLButtonElement).disabled);
    const { spoken, status } = await listen(page);
    expect(status).toBe('Đã đọc xong.');
    expect(spoken.map((s) => s.text).join(' ')).toBe(await shownText(page));
    const back = await page.getAttribute('.lien-ket a', 'href');
    expect(back).toBe(`../../van-ban/${ID}/index.html`);
    expect(errors).toEqual([]);
    expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
    await page.close();
  });
});
