/**
 * An HTML page of the web edition → the same page for the offline copy: every internal URL in a
 * link attribute (inside <noscript> too) made relative and explicit (links.ts), the canonical link removed (it names the
 * web edition; on disk it would be a reference to another origin). The page is parsed with parse5
 * (the WHATWG parser) for the exact source offsets of each attribute; only those attributes are
 * replaced, so every other byte of the page stays as it was.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { rewriteLink, rewritePrefix, type LinkContext } from './links.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Attributes holding one URL, by attribute (any element). */
const URL_ATTRS = new Set(['href', 'src', 'action', 'formaction', 'poster', 'data', 'cite', 'xlink:href']);
/** Attributes holding a folder prefix the search page's script appends routes to. */
export const PREFIX_ATTRS = new Set(['data-base', 'data-bundle', 'data-shards']);
/** <link rel> values whose href the browser loads. */
const LOADED_RELS = /\b(stylesheet|icon|preload|modulepreload|prefetch|manifest|apple-touch-icon)\b/i;

export interface RewrittenLink {
  tag: string; attr: string; from: string; to: string;
  /** The file the link points to, relative to the root of the copy (decoded). */
  target: string; exists: boolean;
}

export interface HtmlRewrite {
  html: string;
  links: RewrittenLink[];
  /** URLs to another origin: `loaded` ones (src, stylesheet…) would make the page go online. */
  external: { tag: string; attr: string; url: string; loaded: boolean }[];
  /** Paths outside the site (above its root or its base): nothing to open on disk. */
  outside: { tag: string; attr: string; url: string }[];
  /** <script type="module"> found (not rewritten: the offline copy must have none). */
  moduleScripts: number;
  removedCanonical: number;
}

interface Edit { start: number; end: number; text: string }

const escapeAttr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

function* elements(node: Node): Generator<Element> {
  const kids = 'childNodes' in node ? node.childNodes : [];
  for (const k of kids) {
    if ('tagName' in k) {
      yield k;
      if (k.tagName === 'template' && 'content' in k) yield* elements((k as DefaultTreeAdapterMap['template']).content);
    }
    yield* elements(k);
  }
}

export function rewriteHtml(html: string, ctx: LinkContext): HtmlRewrite {
  // Parsed as with scripting off: the inside of <noscript> is then elements whose links are rewritten
  // like any other (with scripting on it is raw text, and its links stayed "/loai/", nowhere on disk).
  const doc = parse(html, { sourceCodeLocationInfo: true, scriptingEnabled: false });
  const edits: Edit[] = [];
  const out: HtmlRewrite = { html, links: [], external: [], outside: [], moduleScripts: 0, removedCanonical: 0 };
  for (const el of elements(doc)) {
    const loc = el.sourceCodeLocation;
    if (!loc) continue; // implied by the parser (<html>, <head>…): no attributes in the source
    const attr = (n: string) => el.attrs.find((a) => a.name === n)?.value;
    if (el.tagName === 'script' && attr('type') === 'module') out.moduleScripts++;
    if (el.tagName === 'link' && /\bcanonical\b/i.test(attr('rel') ?? '')) {
      edits.push({ start: loc.startOffset, end: loc.endOffset, text: '' });
      out.removedCanonical++;
      continue;
    }
    for (const a of el.attrs) {
      const name = a.prefix ? `${a.prefix}:${a.name}` : a.name;
      const aloc = loc.attrs?.[name] ?? loc.attrs?.[a.name];
      if (!aloc) continue;
      let next: string | undefined;
      if (PREFIX_ATTRS.has(name)) {
        next = rewritePrefix(a.value, ctx);
      } else if (URL_ATTRS.has(name)) {
        const r = rewriteLink(a.value, ctx);
        if (r.type === 'internal') {
          next = r.url;
          out.links.push({ tag: el.tagName, attr: name, from: a.value, to: r.url, target: r.target, exists: r.exists });
        } else if (r.outside) {
          out.outside.push({ tag: el.tagName, attr: name, url: a.value });
        } else if (r.external) {
          const loaded = name !== 'href' || (el.tagName === 'link' && LOADED_RELS.test(attr('rel') ?? ''));
          out.external.push({ tag: el.tagName, attr: name, url: a.value, loaded: loaded && name !== 'cite' });
        }
      } else if (name === 'srcset' || name === 'imagesrcset') {
        next = a.value.split(',').map((cand) => {
          const m = /^(\s*)(\S+)(.*)$/s.exec(cand);
          if (!m) return cand;
          const r = rewriteLink(m[2]!, ctx);
          if (r.type === 'internal') {
            out.links.push({ tag: el.tagName, attr: name, from: m[2]!, to: r.url, target: r.target, exists: r.exists });
            return m[1] + r.url + m[3];
          }
          if (r.external) out.external.push({ tag: el.tagName, attr: name, url: m[2]!, loaded: true });
          return cand;
        }).join(',');
      } else if (name === 'content' && el.tagName === 'meta' && /^refresh$/i.test(attr('http-equiv') ?? '')) {
        const m = /^(\s*\d*\s*;\s*url\s*=\s*)(.+)$/i.exec(a.value);
        const r = m ? rewriteLink(m[2]!, ctx) : undefined;
        if (m && r?.type === 'internal') {
          next = m[1] + r.url;
          out.links.push({ tag: el.tagName, attr: name, from: m[2]!, to: r.url, target: r.target, exists: r.exists });
        }
      }
      if (next !== undefined && next !== a.value) {
        edits.push({ start: aloc.startOffset, end: aloc.endOffset, text: `${name}="${escapeAttr(next)}"` });
      }
    }
  }
  edits.sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  for (const e of edits) {
    parts.push(html.slice(at, e.start), e.text);
    at = e.end;
  }
  parts.push(html.slice(at));
  out.html = parts.join('');
  return out;
}
