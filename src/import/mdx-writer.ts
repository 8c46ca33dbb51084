/**
 * Parts of a directive → the MDX body. Each part keeps its lines; lines of one block are joined by
 * hard breaks (the line breaks of the source), page-broken paragraphs by a space. Structural parts
 * are wrapped in the project's own components, which the site renders:
 * <Header>, <Recipients>, <Slogans>, <Footnote>, <Distribution>, <Signature>; the lines of a web
 * page around the directive go in <PageBefore> and <PageAfter> (kept, shown apart from the text).
 */
import type { Line, Part } from './layout.ts';
import { escapeLine, escapeLineStrict } from './mdx-escape.ts';
import type { BodyComponent } from '../model/body-components.ts';

type Escape = (s: string) => string;

const lines = (ls: Line[], esc: Escape) => ls.map((l) => esc(l.raw)).join('\\\n');
const wrap = (name: BodyComponent, inner: string[]) => [`<${name}>`, ...inner, `</${name}>`].join('\n\n');

function partToMdx(p: Part, esc: Escape): string {
  switch (p.kind) {
    case 'header': return wrap('Header', p.blocks.map((b) => lines(b, esc)));
    case 'recipients': return wrap('Recipients', [lines(p.block, esc)]);
    case 'heading': return `${'#'.repeat(p.level)} ${esc(p.line.raw)}`;
    case 'paragraph': return p.joined ? p.lines.map((l) => esc(l.raw)).join(' ') : lines(p.lines, esc);
    case 'footnote': return wrap('Footnote', [lines(p.lines, esc)]);
    case 'slogans': {
      const heading = p.heading ? [`${'#'.repeat(2)} ${esc(p.heading.raw)}`] : [];
      return [...heading, wrap('Slogans', p.items.map((item) => lines(item, esc)))].join('\n\n');
    }
    case 'distribution': return wrap('Distribution', p.blocks.map((b) => lines(b, esc)));
    case 'signature': return wrap('Signature', p.blocks.map((b) => lines(b, esc)));
    case 'page': return wrap(p.position === 'before' ? 'PageBefore' : 'PageAfter', p.blocks.map((b) => lines(b, esc)));
  }
}

/** The MDX body for the parts; `strict` escapes every asterisk (no emphasis at all). */
export function writeBody(parts: Part[], strict = false): string {
  const esc = strict ? escapeLineStrict : escapeLine;
  return parts.map((p) => partToMdx(p, esc)).join('\n\n') + '\n';
}
