/**
 * The Content-Security-Policy of every page of the build (src/security/csp.ts), read back with the
 * WHATWG parser (parse5) and hashed here independently: one policy per page, right after
 * <meta charset> and before any style or script; only the site's own origin; no 'unsafe-inline',
 * 'unsafe-eval' or 'unsafe-hashes'; 'wasm-unsafe-eval' on the search page and the poster maker
 * only, blob: images on the poster maker only (it shows the poster it drew); each inline
 * <style>/<script> of a page allowed by its hash in that page's policy, and no other hash; no
 * inline style or event-handler attribute anywhere (the policy would block it). Then the same of
 * the offline copy, whose packaging rewrites pages and adds the Pagefind loader.
 */
import { describe, expect, inject, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { packageOffline } from '../../src/offline/package.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const SEARCH_PAGE = 'tim-kiem/index.html';
const MAKER_PAGE = 'ap-phich/tao/index.html';
const KEYWORDS = new Set(["'self'", "'none'", "'wasm-unsafe-eval'"]);
const HASH = /^'sha256-[A-Za-z0-9+/]{43}='$/;

function* walk(node: Node): Generator<Element> {
  for (const k of 'childNodes' in node ? node.childNodes : []) {
    if ('tagName' in k) yield k;
    if ('tagName' in k && k.tagName === 'template') yield* walk((k as DefaultTreeAdapterMap['template']).content);
    yield* walk(k);
  }
}
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const text = (el: Element) => el.childNodes.map((c) => (c.nodeName === '#text' && 'value' in c ? c.value : '')).join('');
const sha = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
const isCsp = (el: Element) => el.tagName === 'meta' && attr(el, 'http-equiv')?.toLowerCase() === 'content-security-policy';

/** policy: the directives as written; inForce: each fetch directive's sources, its own or default-src's. */
interface Checked { policy: Map<string, string[]>; inForce: Map<string, string[]>; raw: string }

/** Everything the policy of one page must satisfy; returns the parsed policy. */
function checkPage(path: string, html: string, edition = ''): Checked {
  const file = `${edition}${path}`;
  const doc = parse(html);
  const all = [...walk(doc)];
  const metas = all.filter(isCsp);
  expect(metas, `${file}: one CSP meta`).toHaveLength(1);
  const head = all.find((e) => e.tagName === 'head')!;
  const kids = head.childNodes.filter((c): c is Element => 'tagName' in c);
  // First in <head> after the charset declaration (which must stay within the first 1024 bytes).
  expect(kids[0]?.tagName === 'meta' && attr(kids[0], 'charset')?.toLowerCase(), `${file}: <meta charset> first`).toBe('utf-8');
  expect(html.indexOf('<meta charset="utf-8">'), file).toBeLessThan(1024 - 30);
  expect(kids[1], `${file}: the CSP meta second in <head>`).toBe(metas[0]);
  // Before any style, script, link or image of the document.
  const at = all.indexOf(metas[0]!);
  const before = all.slice(0, at).filter((e) => ['style', 'script', 'link', 'img', 'base'].includes(e.tagName));
  expect(before.map((e) => e.tagName), file).toEqual([]);

  const raw = attr(metas[0]!, 'content')!;
  const policy = new Map<string, string[]>();
  const inForce = new Map<string, string[]>();
  for (const part of raw.split(';').map((p) => p.trim()).filter(Boolean)) {
    const [name, ...sources] = part.split(/\s+/);
    expect(policy.has(name!), `${file}: ${name} once`).toBe(false);
    policy.set(name!.toLowerCase(), sources);
  }
  expect(policy.get('default-src'), file).toEqual(["'self'"]);
  // A fetch directive left out falls back (worker-src through child-src and script-src) to default-src: the sources in force.
  const FALLBACK: Record<string, string[]> = { 'worker-src': ['child-src', 'script-src', 'default-src'] };
  for (const d of ['script-src', 'style-src', 'img-src', 'font-src', 'connect-src', 'worker-src']) {
    if (policy.has(d)) {
      // Written only when it says more than 'self' (worker-src also when script-src is written: it would fall back to it).
      if (!(d === 'worker-src' && policy.has('script-src'))) expect(policy.get(d), `${file}: ${d} written though it says only 'self'`).not.toEqual(["'self'"]);
      continue;
    }
    const from = (FALLBACK[d] ?? ['default-src']).find((f) => policy.has(f))!;
    if (d === 'worker-src') expect(from, `${file}: worker-src falls back to default-src, not to a wider script-src`).toBe('default-src');
    inForce.set(d, policy.get(from)!);
  }
  expect(policy.get('object-src'), file).toEqual(["'none'"]);
  expect(policy.get('base-uri'), file).toEqual(["'self'"]);
  expect(policy.get('form-action'), file).toEqual(["'self'"]);
  for (const [name, sources] of policy) {
    for (const s of sources) {
      // Keywords and hashes only: no origin (http, https, ws), scheme (data:, blob:) or wildcard —
      // but blob: images on the poster maker, which shows the SVG it drew from a blob: URL.
      const makerBlob = path === MAKER_PAGE && name === 'img-src' && s === 'blob:';
      expect(KEYWORDS.has(s) || HASH.test(s) || makerBlob, `${file}: ${name} ${s}`).toBe(true);
    }
    if (name !== 'script-src') expect(sources, `${file}: ${name}`).not.toContain("'wasm-unsafe-eval'");
  }
  for (const [name, sources] of policy) if (!inForce.has(name)) inForce.set(name, sources);
  const scriptSrc = inForce.get('script-src')!;
  const styleSrc = inForce.get('style-src')!;
  expect(scriptSrc[0], file).toBe("'self'");
  expect(styleSrc[0], file).toBe("'self'");
  expect(scriptSrc.includes("'wasm-unsafe-eval'"), `${file}: 'wasm-unsafe-eval' on the search page and the poster maker only`).toBe(path === SEARCH_PAGE || path === MAKER_PAGE);
  expect(inForce.get('img-src'), file).toEqual(path === MAKER_PAGE ? ["'self'", 'blob:'] : ["'self'"]);

  // Every inline block allowed by its hash, and the policy names no hash the page does not need.
  const scripts = all.filter((e) => e.tagName === 'script' && attr(e, 'src') === undefined && !/json/i.test(attr(e, 'type') ?? ''));
  const styles = all.filter((e) => e.tagName === 'style');
  const want = (els: Element[]) => [...new Set(els.map((e) => sha(text(e))))].sort();
  expect(scriptSrc.filter((s) => HASH.test(s)).sort(), `${file}: script hashes`).toEqual(want(scripts));
  expect(styleSrc.filter((s) => HASH.test(s)).sort(), `${file}: style hashes`).toEqual(want(styles));

  // Inline attributes the policy blocks (no 'unsafe-hashes'): none may be relied on.
  for (const el of all) {
    for (const a of el.attrs) {
      expect(a.name === 'style' || /^on/i.test(a.name), `${file}: <${el.tagName} ${a.name}="${a.value.slice(0, 40)}">`).toBe(false);
      if (['href', 'src', 'action', 'formaction'].includes(a.name)) expect(a.value, `${file}: ${a.name}`).not.toMatch(/^\s*javascript:/i);
    }
  }
  return { policy, inForce, raw };
}

const htmlFiles = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.html')).map((f) => f.split('\\').join('/')).sort();

describe('Content-Security-Policy of the built pages', () => {
  const dist = inject('dist');
  const files = htmlFiles(dist);
  const checked = new Map<string, Checked>();

  it('every page: one policy, first after the charset, only the own origin, every inline block hashed', () => {
    expect(files).toContain('index.html');
    expect(files).toContain(SEARCH_PAGE);
    expect(files).toContain(MAKER_PAGE);
    expect(files.length).toBeGreaterThan(50);
    for (const f of files) checked.set(f, checkPage(f, readFileSync(join(dist, f), 'utf8')));
  });

  it('reading pages: no script at all but the site\'s own; the search page adds WebAssembly for Pagefind', () => {
    const home = checked.get('index.html') ?? checkPage('index.html', readFileSync(join(dist, 'index.html'), 'utf8'));
    expect(home.inForce.get('script-src')).toEqual(["'self'"]);
    // The styles are files (build.inlineStylesheets 'never'): 'self' allows them, no hash is needed.
    expect(home.inForce.get('style-src')).toEqual(["'self'"]);
    // All of it from default-src: a reading page's policy is four directives.
    expect(home.raw).toBe("default-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'");
    const search = checked.get(SEARCH_PAGE) ?? checkPage(SEARCH_PAGE, readFileSync(join(dist, SEARCH_PAGE), 'utf8'));
    expect(search.policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    // Pagefind's worker and its fetches: same origin (worker-src written, since script-src is).
    expect(search.policy.get('worker-src')).toEqual(["'self'"]);
    expect(search.inForce.get('connect-src')).toEqual(["'self'"]);
    // The search script is external and same-origin, so 'self' covers it.
    const doc = parse(readFileSync(join(dist, SEARCH_PAGE), 'utf8'));
    const srcs = [...walk(doc)].filter((e) => e.tagName === 'script').map((e) => attr(e, 'src'));
    expect(srcs).toEqual(['/tim-kiem/tim-kiem.js']);
  });

  it('the offline copy keeps each page\'s policy; its added Pagefind loader is a file, not an inline script', async () => {
    const r = await packageOffline(dist);
    expect(r.problems).toEqual([]);
    const dec = new TextDecoder();
    const copied = new Map(r.files.filter((f) => files.includes(f.path)).map((f) => [f.path, dec.decode(f.bytes)]));
    expect([...copied.keys()].sort()).toEqual(files);
    for (const [f, html] of copied) {
      // Links rewritten, the canonical link dropped, the loader added: the policy itself unchanged.
      expect(checkPage(f, html, 'offline copy: ').raw, f).toBe(checkPage(f, readFileSync(join(dist, f), 'utf8')).raw);
    }
    const srcs = [...walk(parse(copied.get(SEARCH_PAGE)!))].filter((e) => e.tagName === 'script').map((e) => attr(e, 'src'));
    expect(srcs).toEqual(['../pagefind/pagefind-offline.js', 'tim-kiem.js']);
  });
});
