/**
 * "Nothing lost": the audit of a build against its entries (issue 9). Entries in = directive
 * pages out; every paragraph of every entry present, in order, in the text body of its page;
 * every slogan in the slogan gallery and on a page of its own. Each problem names the entry file
 * and the line of what is missing.
 *
 * Pure: the entries come in as texts (their paragraphs with their lines, their slogans) and the
 * build as a function reading a page's HTML, so the same audit runs after `astro build`
 * (src/integrations/audit.ts), on any content folder + build folder (scripts/audit-dist.ts) and in
 * unit tests on made-up pages.
 *
 * Compared as text, not HTML: a page renders citations as links, emphasis as <em> and so on, so
 * both sides are read as the text a reader sees — tags dropped, character references decoded,
 * Unicode NFC, white space folded (foldWhitespace, as the importer's lossless check). A paragraph
 * must equal one text block of the page (a <p>, <li>, heading…), not just occur inside one, so a
 * short paragraph cannot hide in a longer one. Pages are not parsed into a DOM: the body is the
 * part of the page between `<div class="body">` and its closing tag, read in one pass over its
 * tags (the renderer escapes every "<" of the text). For 10,000 pages, the same reading is done
 * on the page's bytes against fingerprints of the paragraphs (bodyPrints, pageKeepsPrints), and
 * only a page that fails it is compared as text (auditDirectivePage) — see part.ts.
 */
import type { MdNode } from '../entry/body.ts';
import { ROUTES } from '../lib/links.ts';
import { sloganKey, sloganSlug } from '../slogans/collect.ts';
import { foldWhitespace } from '../text/fold.ts';

/**
 * foldWhitespace (src/text/fold.ts) — NFC, every run of white space one space, trimmed — with the
 * same result, faster on long texts: only runs other than a single plain space are replaced
 * (foldWhitespace's class is exactly JavaScript's \s). Tested against foldWhitespace.
 */
export const fold = (s: string): string => s.normalize('NFC').replace(/\s{2,}|[^\S ]/g, ' ').trim();

/** One text block of an entry body (paragraph, heading, slogan, list item's paragraph…). */
export interface AuditParagraph {
  /** Its text as a reader sees it (no Markdown syntax); folded by the audit. */
  text: string;
  /** Line of the entry file where it starts (1-based). */
  line: number;
}

export interface AuditSlogan {
  text: string;
  /** Line of the entry file that states it. */
  line: number;
}

export interface AuditEntry {
  /** The entry's id (file name without .mdx): its page is van-ban/<id>/. */
  id: string;
  /** The entry file, as problems name it. */
  file: string;
  paragraphs: readonly AuditParagraph[];
  slogans: readonly AuditSlogan[];
}

export interface AuditProblem {
  /** The entry file, or the page when no entry stands behind it. */
  file: string;
  line: number;
  message: string;
}

export const formatAuditProblem = (p: AuditProblem) => `${p.file}:${p.line}: ${p.message}`;

/** The build under audit. */
export interface BuiltSite {
  /** The HTML of the page at a site path ("van-ban/x/" → van-ban/x/index.html), undefined if none. */
  readPage(path: string): string | undefined;
  /** The ids of the directive pages the build holds (folders of van-ban/ with an index.html). */
  directivePages(): Iterable<string>;
}

// ---------------------------------------------------------------------------------------------
// The entry side: paragraphs of a body tree (src/entry/body.ts parseBody).

/** Inline content: a node holding one of these is a text block of its own. */
const PHRASING = new Set(['text', 'emphasis', 'strong', 'delete', 'break', 'link']);

/** The text a node shows: text as written, a hard break as a line break, no Markdown syntax. */
function shownText(node: MdNode): string {
  if (node.type === 'text') return node.value ?? '';
  if (node.type === 'break') return '\n';
  let s = '';
  for (const c of node.children ?? []) s += shownText(c);
  return s;
}

/**
 * Every text block of a body, in order: paragraphs (in the text, in lists, in block quotes, in
 * the project's components: header lines, slogans, recipients…) and headings — the blocks
 * readBodyText separates with blank lines. `bodyLine` is the file line the body starts on
 * (readEntryFile's bodyLine), so lines are the file's.
 */
export function paragraphsOf(root: MdNode, bodyLine = 1): AuditParagraph[] {
  const out: AuditParagraph[] = [];
  const visit = (node: MdNode) => {
    const children = node.children ?? [];
    if (node.type === 'paragraph' || node.type === 'heading' || children.some((c) => PHRASING.has(c.type))) {
      const text = shownText(node);
      if (text.trim()) out.push({ text, line: bodyLine + (node.position?.start.line ?? 1) - 1 });
      return;
    }
    for (const c of children) visit(c);
  };
  visit(root);
  return out;
}

// ---------------------------------------------------------------------------------------------
// The page side: text blocks of the `.text .body` of a directive page.

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]+));/g;

/**
 * Character references → characters: numeric ones and the few named ones HTML writers use (the
 * renderer writes &amp; &lt; &gt; &quot; &#39;). Another named reference stays as written, so
 * it shows up as a difference rather than passing unread.
 */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (all, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name !== undefined) return ENTITIES[name] ?? all;
    const cp = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
    return cp > 0 && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) ? String.fromCodePoint(cp) : '\ufffd';
  });
}

/** Elements that start and end a block of text; anything else (a, em, strong, span…) is inline. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption',
  'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p',
  'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
/** A tag (quoted attribute values may hold ">"), a comment, or a doctype-like declaration. */
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)(?:[^>"']|"[^"]*"|'[^']*')*>|<!--[^]*?-->|<![^>]*>/g;
/** The opening tag of the text body: <div class="body" …> (Astro adds its scoping attribute). */
const BODY_OPEN = /<div\b(?:[^>"']|"[^"]*"|'[^']*')*?\sclass="body"(?:[^>"']|"[^"]*"|'[^']*')*>/g;

export interface PageText<T = string> {
  /** The text blocks of the body, folded, empty ones left out. */
  blocks: T[];
  /** False when the body's closing tag was not found (the blocks run to the end of the page). */
  closed: boolean;
}

/**
 * The text blocks of a directive page's body (`<div class="body">` after `class="text"`), each
 * as `read` makes it of the block's text (undefined: an empty block, left out), or undefined when
 * the page has none. One pass over the body's tags: text between tags is gathered, a block tag
 * ends a block, <br> is a line break; nested <div>s are counted to find the body's end.
 */
function scanBody<T>(html: string, read: (text: string) => T | undefined): PageText<T> | undefined {
  const text = html.indexOf('class="text"');
  if (text < 0) return undefined;
  BODY_OPEN.lastIndex = text;
  const open = BODY_OPEN.exec(html);
  if (!open) return undefined;
  const blocks: T[] = [];
  let current = '';
  const flush = () => {
    if (!current) return;
    const t = read(decodeEntities(current));
    if (t !== undefined) blocks.push(t);
    current = '';
  };
  let depth = 1;
  let last = BODY_OPEN.lastIndex;
  TAG.lastIndex = last;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    current += html.slice(last, m.index);
    last = TAG.lastIndex;
    const name = m[2]?.toLowerCase();
    if (name === undefined) continue; // comment
    if (name === 'div') {
      depth += m[1] ? -1 : 1;
      if (depth === 0) {
        flush();
        return { blocks, closed: true };
      }
    }
    if (BLOCK_TAGS.has(name)) flush();
    else if (name === 'br') current += '\n';
  }
  current += html.slice(last);
  flush();
  return { blocks, closed: false };
}

/** The text blocks of a directive page's body, folded (see scanBody), or undefined without one. */
export function pageBodyBlocks(html: string): PageText | undefined {
  return scanBody(html, (t) => fold(t) || undefined);
}

// ---------------------------------------------------------------------------------------------
// The audit.

const excerpt = (s: string, max = 70) => `«${s.length > max ? `${s.slice(0, max - 1)}…` : s}»`;

/**
 * What the page has in place of a paragraph it lacks: the same paragraph changed (most of it
 * alike at both ends) shown where it first differs, else the page's block as it is.
 */
function inPlaceOf(want: string, have: string): string {
  let i = 0;
  while (i < want.length && want[i] === have[i]) i++;
  let j = 0;
  while (j < want.length - i && j < have.length - i && want[want.length - 1 - j] === have[have.length - 1 - j]) j++;
  if (i + j < Math.max(want.length, have.length) / 2) return `${excerpt(want)}; the page has ${excerpt(have)} in its place`;
  const from = Math.max(0, i - 25);
  const ctx = (s: string) => `«${from > 0 ? '…' : ''}${s.slice(from, i + 25)}${s.length > i + 25 ? '…' : ''}»`;
  return `${ctx(want)}, where the page has ${ctx(have)} (changed at character ${i + 1})`;
}

/** The smallest value ≥ min of a sorted list, or undefined. */
function firstAtLeast(list: readonly number[], min: number): number | undefined {
  let lo = 0, hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < min) lo = mid + 1; else hi = mid;
  }
  return list[lo];
}

/** A paragraph `want[index]` not found in its place among the page's blocks. */
export interface Unmatched {
  index: number;
  /** It is there, but before the block of a paragraph preceding it (reordered). */
  earlier: boolean;
  /** The first page block not taken by the paragraphs before it. */
  next: number;
}

/**
 * Is `want` a subsequence of `have` (each item equal to one item, in order)? Greedy, which is
 * exact for subsequences: each paragraph takes the first equal block after the previous one's.
 * A paragraph not found is reported and skipped. Linear, with a map of the blocks.
 */
export function matchInOrder<K>(want: readonly K[], have: readonly K[]): Unmatched[] {
  const at = new Map<K, number[]>();
  have.forEach((b, i) => {
    const list = at.get(b);
    if (list) list.push(i); else at.set(b, [i]);
  });
  const unmatched: Unmatched[] = [];
  let cursor = 0; // blocks before it are taken
  want.forEach((w, index) => {
    const places = at.get(w);
    const found = places && firstAtLeast(places, cursor);
    if (found !== undefined) cursor = found + 1;
    else unmatched.push({ index, earlier: places !== undefined, next: cursor });
  });
  return unmatched;
}

/**
 * One entry against its page's HTML (undefined: the page does not exist; a part of the page
 * holding the whole text body will do): the page exists, has a text body, and every paragraph of
 * the entry is one of the body's blocks, in the entry's order. The body may hold more: the audit
 * is about losing text. Linear in the page and the entry.
 */
export function auditDirectivePage(entry: AuditEntry, html: string | undefined): AuditProblem[] {
  const page = ROUTES.directive(entry.id);
  if (html === undefined) return [{ file: entry.file, line: 1, message: `directive page ${page} is missing from the build` }];
  const body = pageBodyBlocks(html);
  if (!body) return [{ file: entry.file, line: 1, message: `directive page ${page} has no text body (<div class="body"> after class="text")` }];
  const problems: AuditProblem[] = [];
  if (!body.closed) problems.push({ file: entry.file, line: 1, message: `directive page ${page}: the text body is not closed` });
  const paragraphs = entry.paragraphs.map((p) => ({ ...p, text: fold(p.text) })).filter((p) => p.text);
  for (const u of matchInOrder(paragraphs.map((p) => p.text), body.blocks)) {
    const p = paragraphs[u.index]!;
    const next = body.blocks[u.next];
    problems.push({
      file: entry.file, line: p.line,
      message: u.earlier
        ? `paragraph out of order on ${page}: ${excerpt(p.text)} comes before a paragraph that precedes it`
        : `paragraph missing from ${page}: ${next === undefined ? `${excerpt(p.text)} (the page's text ends before it)` : inPlaceOf(p.text, next)}`,
    });
  }
  return problems;
}

// The fast path of large builds (part.ts). An entry is read once, possibly before its page
// exists, and kept as a fingerprint of each paragraph; its page is then read as bytes — not
// decoded, not folded into strings — and checked against the fingerprints. Only when it fails is
// the entry read again and auditDirectivePage decides (and words the problems). Equal texts have
// equal fingerprints, so every page auditDirectivePage would fault fails here; one that passes
// here would pass there, unless a changed paragraph has the same 53-bit hash as the page's block
// in its place.

const M1 = 2654435761, M2 = 1597334677;

/** The end of cyrb53 (public domain, bryc): a 53-bit hash, a safe integer. */
function finish(h1: number, h2: number): number {
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** cyrb53 of bytes. */
export function hashBytes(bytes: Uint8Array, from = 0, to = bytes.length): number {
  let h1 = 0xdeadbeef, h2 = 0x41c6ce57;
  for (let i = from; i < to; i++) {
    h1 = Math.imul(h1 ^ bytes[i]!, M1);
    h2 = Math.imul(h2 ^ bytes[i]!, M2);
  }
  return finish(h1, h2);
}

/** JavaScript's \s: the white space fold() folds. */
const isSpaceCode = (c: number) =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/**
 * The fingerprint of a text: cyrb53 of the UTF-8 of fold(text) (a lone surrogate as U+FFFD, as
 * UTF-8 writers do), computed in one pass; undefined when fold(text) is empty. `nfc: false` skips
 * fold's normalisation, for a text known to be in NFC.
 */
export function printOf(text: string, nfc = true): number | undefined {
  const s = nfc ? text.normalize('NFC') : text;
  let h1 = 0xdeadbeef, h2 = 0x41c6ce57, started = false, space = false;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (isSpaceCode(c)) {
      space = started;
      continue;
    }
    if (space) { h1 = Math.imul(h1 ^ 32, M1); h2 = Math.imul(h2 ^ 32, M2); space = false; }
    started = true;
    if (c < 0x80) {
      h1 = Math.imul(h1 ^ c, M1); h2 = Math.imul(h2 ^ c, M2);
      continue;
    }
    if (c < 0x800) {
      const a = 0xc0 | (c >> 6), b = 0x80 | (c & 63);
      h1 = Math.imul(Math.imul(h1 ^ a, M1) ^ b, M1); h2 = Math.imul(Math.imul(h2 ^ a, M2) ^ b, M2);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const d = s.charCodeAt(i + 1);
      if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
        const cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        const a = 0xf0 | (cp >> 18), b = 0x80 | ((cp >> 12) & 63), e = 0x80 | ((cp >> 6) & 63), f = 0x80 | (cp & 63);
        h1 = Math.imul(Math.imul(Math.imul(Math.imul(h1 ^ a, M1) ^ b, M1) ^ e, M1) ^ f, M1);
        h2 = Math.imul(Math.imul(Math.imul(Math.imul(h2 ^ a, M2) ^ b, M2) ^ e, M2) ^ f, M2);
        i++;
        continue;
      }
      c = 0xfffd;
    }
    const a = 0xe0 | (c >> 12), b = 0x80 | ((c >> 6) & 63), e = 0x80 | (c & 63);
    h1 = Math.imul(Math.imul(Math.imul(h1 ^ a, M1) ^ b, M1) ^ e, M1);
    h2 = Math.imul(Math.imul(Math.imul(h2 ^ a, M2) ^ b, M2) ^ e, M2);
  }
  return started ? finish(h1, h2) : undefined;
}

/**
 * The fingerprints of an entry's paragraphs, in order (empty paragraphs left out, as above).
 * `nfc: false` when their text is in NFC already (readEntryFile normalises the body): a paragraph
 * that is not after all only fails here, and auditDirectivePage normalises.
 */
export function paragraphPrints(paragraphs: readonly AuditParagraph[], nfc = true): number[] {
  const prints: number[] = [];
  for (const p of paragraphs) {
    const h = printOf(p.text, nfc);
    if (h !== undefined) prints.push(h);
  }
  return prints;
}

/** Bytes of white space (JavaScript's \s, which fold() folds) in UTF-8 at i: 0 if none. */
function spaceAt(b: Uint8Array, i: number): number {
  const c = b[i]!;
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13) ? 1 : 0;
  const d = b[i + 1], e = b[i + 2]!;
  switch (c) {
    case 0xc2: return d === 0xa0 ? 2 : 0; // U+00A0
    case 0xe1: return d === 0x9a && e === 0x80 ? 3 : 0; // U+1680
    case 0xe2: return (d === 0x80 && ((e >= 0x80 && e <= 0x8a) || e === 0xa8 || e === 0xa9 || e === 0xaf)) || (d === 0x81 && e === 0x9f) ? 3 : 0; // U+2000–200A, 2028, 2029, 202F, 205F
    case 0xe3: return d === 0x80 && e === 0x80 ? 3 : 0; // U+3000
    case 0xef: return d === 0xbb && e === 0xbf ? 3 : 0; // U+FEFF
    default: return 0;
  }
}

/** A quick test before spaceAt: most non-ASCII bytes of Vietnamese text cannot start white space. */
const maySpace = (b: Uint8Array, c: number, i: number) =>
  (c === 0xc2 || c === 0xe2 || c === 0xe3 || c === 0xef || (c === 0xe1 && b[i + 1] === 0x9a)) && spaceAt(b, i) > 0;

const isLetter = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
const isNameByte = (c: number) => isLetter(c) || (c >= 0x30 && c <= 0x39) || c === 0x2d;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isHex = (c: number) => isDigit(c) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);

/** After the ">" of a tag whose name ends at i, quoted values skipped (as TAG), or -1. */
function tagEnd(b: Uint8Array, i: number): number {
  for (let quote = 0; i < b.length; i++) {
    const c = b[i]!;
    if (quote) { if (c === quote) quote = 0; } else if (c === 0x22 || c === 0x27) quote = c; else if (c === 0x3e) return i + 1;
  }
  return -1;
}

/** A character reference at i (as ENTITY / decodeEntities): its code point and end, or undefined. */
function entityAt(b: Uint8Array, i: number): { cp: number; end: number } | undefined {
  let j = i + 1;
  if (b[j] === 0x23) { // &#…;
    j++;
    const hex = b[j] === 0x78 || b[j] === 0x58;
    if (hex) j++;
    const from = j;
    let cp = 0;
    for (let c = b[j]!; j < b.length && j - from < (hex ? 6 : 7) && (hex ? isHex(c) : isDigit(c)); c = b[++j]!) {
      cp = cp * (hex ? 16 : 10) + (c <= 0x39 ? c - 0x30 : (c | 0x20) - 0x57);
    }
    if (j === from || b[j] !== 0x3b) return undefined;
    return { cp: cp > 0 && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) ? cp : 0xfffd, end: j + 1 };
  }
  const from = j;
  while (j < b.length && isLetter(b[j]!)) j++;
  if (j === from || b[j] !== 0x3b) return undefined;
  const ch = ENTITIES[String.fromCharCode(...b.subarray(from, j))];
  return ch === undefined ? undefined : { cp: ch.codePointAt(0)!, end: j + 1 };
}

const BODY_TAG = 'class="body"';

/**
 * The fingerprints of a directive page's body blocks, read from the page's bytes as scanBody reads
 * its text (block tags end blocks, <br> is white space, character references decoded, white space
 * folded — but not NFC: a page not in NFC fails here and goes to auditDirectivePage), or
 * undefined when the body is not found as simply as the site writes it.
 */
export function bodyPrints(page: Buffer): PageText<number> | undefined {
  const text = page.indexOf('class="text"');
  if (text < 0) return undefined;
  const at = page.indexOf(BODY_TAG, text);
  const lt = at < 0 ? -1 : page.lastIndexOf(0x3c, at);
  // The attribute of a <div …> tag.
  if (lt < text || page.toString('latin1', lt, lt + 5).toLowerCase() !== '<div ' || page.indexOf(0x3e, lt) < at) return undefined;
  let i = tagEnd(page, at + BODY_TAG.length);
  if (i < 0) return undefined;
  const prints: number[] = [];
  // The hash of the block so far, kept in locals (this loop runs over every byte of 10,000 pages).
  let h1 = 0xdeadbeef, h2 = 0x41c6ce57, started = false, space = false;
  const bytes: number[] = []; // a decoded reference's UTF-8
  let depth = 1;
  const n = page.length;
  while (i < n) {
    let c = page[i]!;
    if (c === 0x3c) { // <
      let end = -1;
      if (page[i + 1] === 0x21) { // <!-- … --> or <!…>
        const close = page[i + 2] === 0x2d && page[i + 3] === 0x2d ? page.indexOf('-->', i + 4) : page.indexOf(0x3e, i + 2);
        if (close >= 0) end = close + (page[close] === 0x3e ? 1 : 3);
      } else {
        const slash = page[i + 1] === 0x2f;
        const from = i + (slash ? 2 : 1);
        let j = from;
        while (j < n && isNameByte(page[j]!)) j++;
        if (j > from && isLetter(page[from]!)) end = tagEnd(page, j);
        if (end >= 0) {
          const name = page.toString('latin1', from, j).toLowerCase();
          let blockEnd = BLOCK_TAGS.has(name);
          if (name === 'div') {
            depth += slash ? -1 : 1;
            if (depth === 0) {
              if (started) prints.push(finish(h1, h2));
              return { blocks: prints, closed: true };
            }
          } else if (name === 'br') {
            space = started;
            blockEnd = false;
          }
          if (blockEnd) {
            if (started) prints.push(finish(h1, h2));
            h1 = 0xdeadbeef; h2 = 0x41c6ce57; started = false; space = false;
          }
        }
      }
      if (end >= 0) {
        i = end;
        continue;
      }
      // Not a tag: a "<" of the text.
    } else if (c === 0x26) { // &
      const ref = entityAt(page, i);
      if (ref) {
        i = ref.end;
        const cp = ref.cp;
        if (isSpaceCode(cp)) {
          space = started;
          continue;
        }
        bytes.length = 0;
        if (cp < 0x80) bytes.push(cp);
        else if (cp < 0x800) bytes.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
        else if (cp < 0x10000) bytes.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
        else bytes.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
        if (space) { h1 = Math.imul(h1 ^ 32, M1); h2 = Math.imul(h2 ^ 32, M2); space = false; }
        for (const b of bytes) { h1 = Math.imul(h1 ^ b, M1); h2 = Math.imul(h2 ^ b, M2); }
        started = true;
        continue;
      }
    } else if (c === 32 || (c >= 9 && c <= 13) || (c >= 0x80 && maySpace(page, c, i))) {
      space = started;
      i += c < 0x80 ? 1 : spaceAt(page, i);
      continue;
    }
    // A byte of the text; before it, one space for a run of white space (none at either end).
    if (space) { h1 = Math.imul(h1 ^ 32, M1); h2 = Math.imul(h2 ^ 32, M2); space = false; }
    h1 = Math.imul(h1 ^ c, M1);
    h2 = Math.imul(h2 ^ c, M2);
    started = true;
    i++;
    // The rest of a run of plain bytes, without the checks above.
    while (i < n && ((c = page[i]!) < 0x80 ? c !== 0x3c && c !== 0x26 && c !== 32 && (c > 13 || c < 9) : !maySpace(page, c, i))) {
      h1 = Math.imul(h1 ^ c, M1);
      h2 = Math.imul(h2 ^ c, M2);
      i++;
    }
  }
  if (started) prints.push(finish(h1, h2));
  return { blocks: prints, closed: false };
}

/** True when auditDirectivePage would find nothing wrong with this page (see above). */
export function pageKeepsPrints(prints: readonly number[], page: Buffer | undefined): boolean {
  const body = page && bodyPrints(page);
  return !!body && body.closed && matchInOrder(prints, body.blocks).length === 0;
}

/** Directive pages the build holds without an entry: named by their page. */
export function extraDirectivePages(entryIds: Iterable<string>, pageIds: Iterable<string>): AuditProblem[] {
  const ids = new Set(entryIds);
  const problems: AuditProblem[] = [];
  for (const id of pageIds) {
    if (!ids.has(id)) problems.push({ file: `${ROUTES.directive(id)}index.html`, line: 1, message: `directive page without an entry (no ${id}.mdx in the content folder)` });
  }
  return problems;
}

const GALLERY_LINK = /<a\b(?:[^>"']|"[^"]*"|'[^']*')*?\sclass="slogan"(?:[^>"']|"[^"]*"|'[^']*')*>([^]*?)<\/a>/g;
const H1 = /<h1\b(?:[^>"']|"[^"]*"|'[^']*')*>([^]*?)<\/h1>/;
const innerText = (html: string) => decodeEntities(html.replace(TAG, ''));

/** The slogans the gallery page shows (its `<a class="slogan">` links), by sloganKey. */
export function gallerySlogans(html: string): Set<string> {
  const keys = new Set<string>();
  for (const m of html.matchAll(GALLERY_LINK)) keys.add(sloganKey(innerText(m[1]!)));
  return keys;
}

/**
 * Every slogan of every entry is in the gallery (khau-hieu/) and has its page
 * (khau-hieu/<sloganSlug>/) whose <h1> is that slogan (the same by sloganKey: the page shows the
 * spelling met first, src/slogans/collect.ts).
 */
export function auditSlogans(entries: Iterable<Pick<AuditEntry, 'file' | 'slogans'>>, readPage: BuiltSite['readPage']): AuditProblem[] {
  const problems: AuditProblem[] = [];
  let gallery: Set<string> | undefined;
  /** Per spelling met: what is wrong with its slogan's page ('' if nothing), or no key. */
  const seen = new Map<string, { key: string; pageProblem: string } | null>();
  const pageProblems = new Map<string, string>(); // slug → as above
  for (const e of entries) {
    for (const s of e.slogans) {
      let known = seen.get(s.text);
      if (known === undefined) {
        const key = sloganKey(s.text);
        const slug = sloganSlug(s.text);
        let pageProblem = pageProblems.get(slug);
        if (key && pageProblem === undefined) {
          const html = readPage(ROUTES.slogan(slug));
          const h1 = html === undefined ? undefined : H1.exec(html)?.[1];
          pageProblem = html === undefined ? `has no page (${ROUTES.slogan(slug)} is missing)`
            : h1 === undefined ? `page ${ROUTES.slogan(slug)} has no <h1>`
            : sloganKey(innerText(h1)) !== key ? `page ${ROUTES.slogan(slug)} shows another slogan: ${excerpt(foldWhitespace(innerText(h1)))}`
            : '';
          pageProblems.set(slug, pageProblem);
        }
        seen.set(s.text, (known = key ? { key, pageProblem: pageProblem! } : null));
      }
      if (!known) continue; // an empty slogan is none (collectSlogans)
      if (!gallery) {
        const html = readPage(ROUTES.slogans());
        gallery = html === undefined ? new Set() : gallerySlogans(html);
        if (html === undefined) problems.push({ file: e.file, line: s.line, message: `the slogan gallery ${ROUTES.slogans()} is missing from the build` });
      }
      if (!gallery.has(known.key)) problems.push({ file: e.file, line: s.line, message: `slogan missing from the gallery ${ROUTES.slogans()}: ${excerpt(s.text)}` });
      if (known.pageProblem) problems.push({ file: e.file, line: s.line, message: `slogan ${excerpt(s.text)} ${known.pageProblem}` });
    }
  }
  return problems;
}

/** The whole audit, on entries read one by one (an iterable may read them lazily). */
export function auditNothingLost(entries: Iterable<AuditEntry>, site: BuiltSite): AuditProblem[] {
  const problems: AuditProblem[] = [];
  const ids: string[] = [];
  const slogans: Pick<AuditEntry, 'file' | 'slogans'>[] = [];
  for (const e of entries) {
    ids.push(e.id);
    if (e.slogans.length) slogans.push({ file: e.file, slogans: e.slogans });
    problems.push(...auditDirectivePage(e, site.readPage(ROUTES.directive(e.id))));
  }
  problems.push(...extraDirectivePages(ids, site.directivePages()));
  problems.push(...auditSlogans(slogans, site.readPage));
  return problems;
}
