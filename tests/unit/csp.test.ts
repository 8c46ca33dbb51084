/** The page policy (src/security/csp.ts): hashes as browsers compute them, placement, refusals. */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cspHash, inlineBlocks, parsePage, policyText, scanPage, withCsp } from '../../src/security/csp.ts';
import { pagePolicyFor, routeOf } from '../../src/security/page-policy.ts';
import { ROOT } from '../helpers/seeds.ts';

const page = (head: string, body = '') => `<!DOCTYPE html><html lang="vi"><head>${head}</head><body>${body}</body></html>`;

describe('Content-Security-Policy of a page', () => {
  it('hashes UTF-8 text as CSP sources', () => {
    expect(cspHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    expect(cspHash('đ')).not.toBe(cspHash('d'));
  });

  it('the policy: own origin only, WebAssembly only when asked, hashes in order', () => {
    const plain = policyText({ wasm: false, scriptHashes: [], styleHashes: ["'sha256-a'"] });
    // Fetch directives that would say only 'self' are left to default-src (~110 bytes a page).
    expect(plain).toBe("default-src 'self'; style-src 'self' 'sha256-a'; object-src 'none'; base-uri 'self'; form-action 'self'");
    expect(policyText({ wasm: false, scriptHashes: [], styleHashes: [] })).toBe("default-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'");
    // worker-src falls back to script-src before default-src: written whenever script-src is.
    expect(policyText({ wasm: true, scriptHashes: [], styleHashes: [] })).toBe("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'");
    expect(plain).not.toMatch(/unsafe|https?:|data:|blob:|\*/);
    expect(policyText({ wasm: true, scriptHashes: ["'sha256-s'"], styleHashes: [] })).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-s';");
  });

  it('inline blocks: scripts that run, styles (SVG\'s too), as the parser reads them', () => {
    const html = page('<style>a{b:c}</style><script src="/x.js"></script><script type="application/ld+json">{"a":1}</script>',
      '<script>run()</script><script type="module">mod()</script><svg><style>p{}</style></svg><style>x &amp; y\r\nz</style>');
    expect(inlineBlocks(html)).toEqual({
      scripts: ['run()', 'mod()'],
      styles: ['a{b:c}', 'p{}', 'x &amp; y\nz'], // raw text: no entity decoding; CR LF → LF as in browsers
    });
  });

  it('inserted right after <meta charset>, before every style and script, with the page\'s own hashes', () => {
    const html = page('<meta charset="utf-8"><title>T</title><style>a{}</style>', '<script>x()</script>');
    const r = withCsp(html, { wasm: false });
    expect(r.html).toBe(html.replace('<meta charset="utf-8">', `<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${r.policy}">`));
    expect(r.policy).toContain(`script-src 'self' ${cspHash('x()')};`);
    expect(r.policy).toContain(`style-src 'self' ${cspHash('a{}')};`);
    expect(withCsp(page('<style>a{}</style><style>a{}</style>'), { wasm: false }).policy).toContain(`style-src 'self' ${cspHash('a{}')};`); // once
  });

  it('first in <head> when there is no charset declaration first', () => {
    const r = withCsp(page('<title>T</title><meta charset="utf-8">'), { wasm: true });
    expect(r.html.startsWith('<!DOCTYPE html><html lang="vi"><head><meta http-equiv="Content-Security-Policy" content="default-src')).toBe(true);
    expect(r.policy).toContain("'wasm-unsafe-eval'");
  });

  it('refuses a page that already has a policy, or has no <head> tag to put it in', () => {
    const once = withCsp(page('<meta charset="utf-8">'), { wasm: false }).html;
    expect(() => withCsp(once, { wasm: false })).toThrow(/already has a Content-Security-Policy/);
    expect(() => withCsp(page('<meta http-equiv="content-security-policy" content="default-src *">'), { wasm: false })).toThrow(/already/);
    expect(() => withCsp('<p>no head</p>', { wasm: false })).toThrow(/no <head>/);
  });

  it('the one-pass reading agrees with parse5 on tricky pages, and hands parse5 what it cannot read exactly', () => {
    const exact = [
      page('<meta charset="utf-8"><title>a &lt;style&gt; b</title><meta name="d" content="<style>x{}</style>"><STYLE media="all">p{}</Style >'),
      page('<style>a{}</style ><!-- <style>c{}</style> -->', '<p title=\'<script>no()</script>\'>t</p><script src=/x.js></script><script type="application/ld+json">{}</script><SCRIPT>y()</SCRIPT>'),
      page('<meta charset=utf-8><meta http-equiv="Content-Security-Policy" content="default-src *">'),
      page('', '<p>1 < 2</p><style>q{content:"</p>"}</style>'),
    ];
    for (const html of exact) {
      expect(scanPage(html), html).toBeDefined();
      expect(scanPage(html), html).toEqual(parsePage(html));
    }
    const hard = [
      page('<style>a{}\r\n</style>'), // CR: the parser normalises it before hashing
      page('', '<svg><style>p{}</style></svg>'), // foreign content
      page('', '<template><script>t()</script></template>'),
      page('<meta http-equiv="Content&#45;Security-Policy" content="x">'), // a character reference in an attribute it reads
      page('', '<p>a<b</p>'), // a "<" that is neither text nor a well-formed tag
    ];
    for (const html of hard) expect(scanPage(html), html).toBeUndefined();
    // withCsp reads those with parse5, so their hashes are still the browser's.
    expect(withCsp(hard[0]!, { wasm: false }).policy).toContain(cspHash('a{}\n'));
    expect(() => withCsp(hard[3]!, { wasm: false })).toThrow(/already has/);
  });
});

describe('the policy of a rendered page (src/middleware.ts)', () => {
  const html = page('<meta charset="utf-8"><style>a{}</style>');
  it('knows the page from its URL under any base', () => {
    expect(routeOf('/tim-kiem/', '/')).toBe('tim-kiem/');
    expect(routeOf('/sub/tim-kiem/', '/sub/')).toBe('tim-kiem/');
    expect(routeOf('/sub/tim-kiem/', '/sub')).toBe('tim-kiem/');
    expect(routeOf('/', '/')).toBe('');
    expect(routeOf('/khau-hieu/d%C3%A2n-v%E1%BA%ADn/', '/')).toBe('khau-hieu/dân-vận/');
  });
  it("allows 'wasm-unsafe-eval' on the search page only", () => {
    expect(pagePolicyFor('/sub/tim-kiem/', '/sub/', html)).toContain("'wasm-unsafe-eval'");
    expect(pagePolicyFor('/tim-kiem/', '/', html)).toContain("'wasm-unsafe-eval'");
    expect(pagePolicyFor('/sub/', '/sub/', html)).not.toContain("'wasm-unsafe-eval'");
    expect(pagePolicyFor('/tim-kiem/x/', '/', html)).not.toContain("'wasm-unsafe-eval'");
  });
  it('names the page when it cannot add the policy', () => {
    expect(() => pagePolicyFor('/van-ban/x/', '/', '<p>no head</p>')).toThrow(/^\/van-ban\/x\/: no <head>/);
  });
  // Astro's incremental build restores a page when its cacheKey and its module graph are unchanged;
  // the middleware is not in that graph. Every cached page must reach it through the layout, or a
  // changed policy would ship restored pages with the old one (found: the build tests failed so).
  it('is in the module graph of every page Astro may restore from its cache', () => {
    expect(readFileSync(join(ROOT, 'src/layouts/Base.astro'), 'utf8')).toMatch(/^import '\.\.\/middleware\.ts';$/m);
    const pages = readdirSync(join(ROOT, 'src/pages'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.astro'));
    const cached = pages.filter((f) => readFileSync(join(ROOT, 'src/pages', f), 'utf8').includes('cacheKey'));
    expect(cached.length).toBeGreaterThan(0);
    // Directly, or through a layout of src/layouts that imports it (the loudspeaker pages' SpeechPage):
    // Astro hashes a page's module graph transitively.
    const viaBase = (text: string) => /from '(\.\.\/)+layouts\/Base\.astro'/.test(text)
      || [...text.matchAll(/from '(?:\.\.\/)+layouts\/(\w+\.astro)'/g)].some(([, layout]) =>
        /from '\.\/Base\.astro'/.test(readFileSync(join(ROOT, 'src/layouts', layout!), 'utf8')));
    for (const f of cached) expect(viaBase(readFileSync(join(ROOT, 'src/pages', f), 'utf8')), f).toBe(true);
  });
});
