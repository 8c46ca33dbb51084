/**
 * The Content-Security-Policy of a built page, as a `<meta http-equiv>` tag (a static site sends
 * no headers of its own). Pure: HTML in, HTML out; src/middleware.ts applies it to every page as
 * Astro renders it (page-policy.ts). Ours rather than Astro's `security.csp`: that one gives every
 * page the hashes of every page's styles plus Astro's island scripts (none of which the site uses),
 * and writes its tag after the title and meta tags; ours is exact per page and first in <head>.
 *
 * The policy allows the site's own origin only, and per page the SHA-256 hashes of that page's
 * inline blocks: Astro writes the CSS as files of the site (`build.inlineStylesheets: 'never'`),
 * which 'self' allows, so no page has an inline `<style>` or script today; one would be hashed
 * (never 'unsafe-inline'). Inline `style="…"` and `on…=` attributes stay blocked
 * (no 'unsafe-hashes'): the build test checks there are none.
 *
 * 'wasm-unsafe-eval' only where Pagefind may compile its WebAssembly in the page itself: the
 * search page (its worker fallback, and always in the offline copy, where no worker can start);
 * and on the poster maker page, whose script runs satori's layout WebAssembly. That page alone
 * also gets blob: in img-src, to show the poster it drew and to rasterise it for the PNG.
 *
 * Where: right after `<meta charset>` (which must stay within the first 1024 bytes; the policy,
 * a few hundred bytes, must not push it out) and before every other element of <head>, so it
 * governs every style, script and image of the page. `frame-ancestors`, `report-uri` and `sandbox`
 * are ignored in a meta policy and left out.
 */
import { createHash } from 'node:crypto';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface PagePolicy {
  /** 'wasm-unsafe-eval' in script-src (the search page, the poster maker). */
  wasm: boolean;
  /** blob: in img-src: the page shows images it drew itself (the poster maker's preview and PNG). */
  blobImages?: boolean;
  /** Peer sites' origins in script-src and connect-src: the search page reads their indexes (federated search). */
  peerOrigins?: readonly string[];
  /** Hash sources ("'sha256-…'") of the page's inline scripts and styles. */
  scriptHashes: readonly string[];
  styleHashes: readonly string[];
}

/** A CSP hash source of an inline block's text: "'sha256-<base64>'" (UTF-8, as browsers hash). */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * Directives a policy may leave to default-src when they would say only 'self': a missing fetch
 * directive falls back to default-src (worker-src through child-src and script-src, so it is left
 * out only when script-src is too). object-src, base-uri and form-action do not fall back, or
 * differ from it, and are always written. ~110 bytes fewer on each of the ~36,000 pages of a
 * 10,000-directive build, the same policy in force.
 */
const FALLS_BACK = new Set(['script-src', 'style-src', 'img-src', 'font-src', 'connect-src', 'worker-src']);

/** The policy text: directives in a fixed order, so the same page always gets the same bytes. */
export function policyText(p: PagePolicy): string {
  const directives: string[][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", ...(p.peerOrigins ?? []), ...(p.wasm ? ["'wasm-unsafe-eval'"] : []), ...p.scriptHashes],
    ['style-src', "'self'", ...p.styleHashes],
    ['img-src', "'self'", ...(p.blobImages ? ['blob:'] : [])],
    ['font-src', "'self'"],
    ['connect-src', "'self'", ...(p.peerOrigins ?? [])],
    ['worker-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
  ];
  const selfOnly = (d: string[]) => d.length === 2 && d[1] === "'self'";
  const scriptWritten = !selfOnly(directives[1]!);
  return directives
    .filter((d) => !(FALLS_BACK.has(d[0]!) && selfOnly(d) && !(d[0] === 'worker-src' && scriptWritten)))
    .map((d) => d.join(' ')).join('; ');
}

/** The tag, as written into the page (the policy holds no `"`, `&` or `<`). */
export const cspMeta = (policy: string) => `<meta http-equiv="Content-Security-Policy" content="${policy}">`;

/** Script types a browser runs (a missing or empty type, a JavaScript MIME type, "module"). */
const RUNS = /^(|module|(text|application)\/(x-)?(java|ecma)script|text\/(javascript1\.[0-5]|jscript|livescript))$/i;

function* elements(node: Node): Generator<Element> {
  for (const k of 'childNodes' in node ? node.childNodes : []) {
    if ('tagName' in k) {
      yield k;
      if (k.tagName === 'template' && 'content' in k) yield* elements((k as DefaultTreeAdapterMap['template']).content);
    }
    yield* elements(k);
  }
}

const attrOf = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
/** An element's text as the browser hashes it (the parser's text: newlines normalised, no entities in raw text). */
const textOf = (el: Element) => el.childNodes.map((c) => ('value' in c && c.nodeName === '#text' ? c.value : '')).join('');
const isCspMeta = (el: Element) => el.tagName === 'meta' && (attrOf(el, 'http-equiv') ?? '').trim().toLowerCase() === 'content-security-policy';

export interface InlineBlocks {
  /** Texts of the inline scripts the browser would run (data blocks such as JSON-LD are not). */
  scripts: string[];
  styles: string[];
}

/** The inline `<script>` and `<style>` texts of a page (inline SVG's too), in document order. */
export function inlineBlocks(html: string): InlineBlocks {
  return blocksOf(elements(parse(html)));
}

function blocksOf(els: Iterable<Element>): InlineBlocks {
  const out: InlineBlocks = { scripts: [], styles: [] };
  for (const el of els) {
    if (el.tagName === 'style') out.styles.push(textOf(el));
    if (el.tagName !== 'script') continue;
    const svg = String(el.namespaceURI) === 'http://www.w3.org/2000/svg';
    const external = attrOf(el, svg ? 'href' : 'src') !== undefined; // parse5 names xlink:href "href" too
    if (!external && RUNS.test((attrOf(el, 'type') ?? '').trim())) out.scripts.push(textOf(el));
  }
  return out;
}

/** The policy of a page from its inline blocks: each hash once, in document order. */
export function pagePolicy(blocks: InlineBlocks, opts: { wasm: boolean; blobImages?: boolean; peerOrigins?: readonly string[] }): PagePolicy {
  const hashes = (texts: string[]) => [...new Set(texts.map(cspHash))];
  return { wasm: opts.wasm, blobImages: opts.blobImages ?? false, peerOrigins: opts.peerOrigins ?? [], scriptHashes: hashes(blocks.scripts), styleHashes: hashes(blocks.styles) };
}

/** Where withCsp inserts the tag, and what it must know of the page. */
export interface PageReading {
  /** Offset right after the <head> start tag, or after a <meta charset> that is head's first element. */
  insertAt: number;
  hasPolicy: boolean;
  blocks: InlineBlocks;
}

/**
 * The page with its policy inserted after `<meta charset>` (or first in <head> without one).
 * Throws when the page has no <head> start tag in its source, or already has a policy (a page
 * must have exactly one: two policies would both apply, and a second one here would hide that).
 * Pages are read in one fast pass (scanPage); any page that pass cannot read exactly as a browser
 * does is read by parse5, the browsers' own parsing algorithm.
 */
export function withCsp(html: string, opts: { wasm: boolean; blobImages?: boolean; peerOrigins?: readonly string[] }): { html: string; policy: string } {
  const page = scanPage(html) ?? parsePage(html);
  if (page.hasPolicy) throw new Error('the page already has a Content-Security-Policy meta tag');
  const policy = policyText(pagePolicy(page.blocks, opts));
  return { html: `${html.slice(0, page.insertAt)}${cspMeta(policy)}${html.slice(page.insertAt)}`, policy };
}

export function parsePage(html: string): PageReading {
  const all = [...elements(parse(html, { sourceCodeLocationInfo: true }))];
  const head = all.find((el) => el.tagName === 'head');
  const start = head?.sourceCodeLocation?.startTag;
  if (!head || !start) throw new Error('no <head> start tag in the page');
  const first = head.childNodes.find((c): c is Element => 'tagName' in c);
  const charset = first && first.tagName === 'meta' && attrOf(first, 'charset') !== undefined ? first : undefined;
  return {
    insertAt: charset?.sourceCodeLocation ? charset.sourceCodeLocation.endOffset : start.endOffset,
    hasPolicy: all.some(isCspMeta),
    blocks: blocksOf(all),
  };
}

const TAG = /<(?:!--[^]*?-->|!doctype[^>]*>|(\/?)([a-z][^\s\/>]*)((?:\s+[^\s"'>\/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>)/iy;
const ATTR = /([^\s"'>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
/** Elements whose content a one-pass reading would not read as the browser does: left to parse5. */
/** The attributes the pass reads (a character reference in one of them: left to parse5). */
const READ = new Set(['http-equiv', 'charset', 'type', 'src']);
const HARD = new Set(['svg', 'math', 'template', 'noscript', 'iframe', 'noembed', 'noframes', 'xmp', 'plaintext', 'textarea']);

/**
 * One pass over the tags of a page as this site writes them (a tag regex, not a DOM: a page is
 * 30–50 KB and a 10,000-directive build has 20,000 pages — parse5 took ~3.5 ms a page, this
 * well under one). Raw-text elements (<style>, <script>) end at their first closing tag, as in
 * the browser; quoted attribute values may hold "<" and ">". Returns undefined — parse5 then
 * reads the page — on anything it would not read exactly: a carriage return (the parser
 * normalises it before hashing), a character reference in an attribute it reads, foreign content
 * (SVG, MathML), <template>, other special elements, or a "<" it cannot read as a tag.
 */
export function scanPage(html: string): PageReading | undefined {
  if (html.includes('\r')) return undefined;
  const blocks: InlineBlocks = { scripts: [], styles: [] };
  let insertAt = -1;
  let headOpen = false;
  let hasPolicy = false;
  let i = html.indexOf('<');
  while (i >= 0) {
    const next = html.charCodeAt(i + 1);
    const isLetter = (next | 32) >= 97 && (next | 32) <= 122;
    if (!isLetter && next !== 47 /* / */ && next !== 33 /* ! */) { i = html.indexOf('<', i + 1); continue; } // text, as the tokenizer reads it
    TAG.lastIndex = i;
    const m = TAG.exec(html);
    if (!m) return undefined;
    const end = i + m[0].length;
    const name = m[2]?.toLowerCase();
    if (name && !m[1]) {
      if (HARD.has(name)) return undefined;
      const attrs = new Map<string, string>();
      for (const a of (m[3] ?? '').matchAll(ATTR)) {
        const value = a[2] ?? a[3] ?? a[4] ?? '';
        const key = a[1]!.toLowerCase();
        if (READ.has(key) && value.includes('&')) return undefined;
        if (!attrs.has(key)) attrs.set(key, value);
      }
      if (name === 'head' && insertAt < 0) { insertAt = end; headOpen = true; }
      else if (headOpen) {
        // The first element in <head>: a <meta charset> keeps its place before the policy.
        if (name === 'meta' && attrs.has('charset')) insertAt = end;
        headOpen = false;
      }
      if (name === 'meta' && (attrs.get('http-equiv') ?? '').trim().toLowerCase() === 'content-security-policy') hasPolicy = true;
      if (name === 'style' || name === 'script' || name === 'title') {
        const close = new RegExp(`</${name}[\\s/>]`, 'ig');
        close.lastIndex = end;
        const c = close.exec(html);
        if (!c) return undefined;
        const text = html.slice(end, c.index);
        if (name === 'style') blocks.styles.push(text);
        if (name === 'script' && !attrs.has('src') && RUNS.test((attrs.get('type') ?? '').trim())) blocks.scripts.push(text);
        if (name === 'title' && text.includes('<')) return undefined; // escaped by Astro; if not, let parse5 decide
        i = html.indexOf('<', c.index + 1);
        continue;
      }
    }
    i = html.indexOf('<', end);
  }
  if (insertAt < 0) throw new Error('no <head> start tag in the page');
  return { insertAt, hasPolicy, blocks };
}
