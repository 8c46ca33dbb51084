/**
 * A saved web page's own address, as the page states it: <link rel="canonical">, then
 * <meta property="og:url">, then the browser's "saved from url=(NNNN)…" mark (Internet Explorer,
 * Edge, Chrome's "Save as … complete"), then <base href>. Only absolute http(s) addresses count.
 * Pure; walks the parse5 tree the text is read from.
 */
import type { DefaultTreeAdapterTypes as T } from 'parse5';

type Node = T.ChildNode | T.Document;

const SAVED_FROM = /saved from url=\(\d+\)\s*(\S+)/i;

const attr = (el: T.Element, name: string) => el.attrs.find((a) => a.name === name)?.value.trim();

function webAddress(s: string | undefined): string | undefined {
  if (!s) return undefined;
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

export function pageAddress(doc: T.Document): string | undefined {
  const found: { canonical?: string; og?: string; saved?: string; base?: string } = {};
  const stack: Node[] = [doc];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeName === '#comment') {
      const m = SAVED_FROM.exec((node as T.CommentNode).data);
      if (m) found.saved ??= webAddress(m[1]);
      continue;
    }
    if ('tagName' in node) {
      if (node.tagName === 'body') continue; // the address is stated before the page's content
      const rel = attr(node, 'rel')?.toLowerCase().split(/\s+/) ?? [];
      if (node.tagName === 'link' && rel.includes('canonical')) found.canonical ??= webAddress(attr(node, 'href'));
      if (node.tagName === 'meta' && attr(node, 'property')?.toLowerCase() === 'og:url') found.og ??= webAddress(attr(node, 'content'));
      if (node.tagName === 'base') found.base ??= webAddress(attr(node, 'href'));
    }
    const kids = 'childNodes' in node ? node.childNodes : [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return found.canonical ?? found.og ?? found.saved ?? found.base;
}
