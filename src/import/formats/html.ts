/**
 * A saved web page (.html/.htm) → its text in reading order (parse5, as a browser parses). Pure.
 *
 * Block elements end lines; paragraphs, headings, list and table boundaries and table rows make a
 * blank line; each table cell, list item and <br> starts a line; white space collapses as a browser
 * shows it (NBSP kept) except inside <pre>. Entities are decoded by the parser. Not text: <head>,
 * <script>, <style>, <noscript>, <template>, comments, input and select controls, and elements hidden by
 * the `hidden` attribute or an inline `display:none`. Navigation and footers stay: the importer finds
 * the directive inside the page.
 */
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';
import { decodeHtml } from './html-charset.ts';
import { finishText } from './extracted-text.ts';
import { pageAddress } from './page-address.ts';

const DROP = new Set(['head', 'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas', 'input', 'select', 'audio', 'video', 'map']);
/** Content between these starts and ends with a blank line. */
const PARAGRAPH = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'tr', 'ul', 'ol', 'dl', 'blockquote', 'pre', 'figure', 'hr', 'address', 'fieldset', 'caption']);
/** Content between these starts and ends on its own line. */
const LINE = new Set(['div', 'section', 'article', 'header', 'footer', 'nav', 'main', 'aside', 'li', 'td', 'th', 'dt', 'dd', 'form', 'center', 'figcaption', 'thead', 'tbody', 'tfoot', 'legend', 'details', 'summary', 'body', 'html', 'option']);

type Node = T.ChildNode | T.Document;

/** Not shown by a browser: the `hidden` attribute, an inline display:none (aria-hidden text is shown). */
const isHidden = (el: T.Element) => el.attrs.some((a) => a.name === 'hidden' || (a.name === 'style' && /display\s*:\s*none/i.test(a.value)));

class Lines {
  private readonly out: string[] = [];
  private line = '';
  /** 0: nothing pending, 1: end the line, 2: leave a blank line. */
  private pending = 0;

  text(s: string, pre: boolean): void {
    if (!pre) {
      s = s.replace(/[ \t\n\r\f]+/g, ' ');
      if (this.line === '' || / $/.test(this.line)) s = s.replace(/^ /, '');
      if (s === '') return;
    }
    if (this.pending) this.flush();
    if (pre) {
      const parts = s.replace(/\r\n?/g, '\n').split('\n');
      this.line += parts[0];
      for (const p of parts.slice(1)) { this.out.push(this.line); this.line = p; }
    } else this.line += s;
  }

  /** <br>: a line ends here, even an empty one. */
  br(): void {
    if (this.pending) this.flush();
    this.out.push(this.line.replace(/ $/, ''));
    this.line = '';
  }

  /** Text already laid out in lines (a table row), kept as it is. */
  block(text: string): void {
    if (text === '') return;
    if (this.pending) this.flush();
    const parts = text.split('\n');
    this.line += parts[0];
    for (const p of parts.slice(1)) { this.out.push(this.line); this.line = p; }
  }

  boundary(kind: 1 | 2): void { this.pending = Math.max(this.pending, kind) as 0 | 1 | 2; }

  private flush(): void {
    if (this.line !== '') { this.out.push(this.line.replace(/ $/, '')); this.line = ''; }
    if (this.pending === 2 && this.out.length && this.out.at(-1) !== '') this.out.push('');
    this.pending = 0;
  }

  done(): string {
    if (this.line !== '') this.out.push(this.line.replace(/ $/, ''));
    return this.out.join('\n');
  }
}

/** Tables nested deeper than this are read flat (cells one a line) rather than by recursion. */
const MAX_TABLE_DEPTH = 32;

function render(root: Node, tableDepth: number, inCell = false): string {
  // Inside a table cell paragraphs are lines, as in a Word table's cell.
  const kindOf = (tag: string): 0 | 1 | 2 => (PARAGRAPH.has(tag) ? (inCell && tag !== 'table' ? 1 : 2) : LINE.has(tag) ? 1 : 0);
  const lines = new Lines();
  // Walked with an explicit stack: pages may nest elements very deeply.
  type Step = { node: Node; pre: boolean } | { end: string };
  const stack: Step[] = [{ node: root, pre: false }];
  while (stack.length) {
    const step = stack.pop()!;
    if ('end' in step) {
      const k = kindOf(step.end);
      if (k) lines.boundary(k);
      continue;
    }
    const { node, pre } = step;
    if (node.nodeName === '#text') { lines.text((node as T.TextNode).value, pre); continue; }
    if (node.nodeName === '#comment' || node.nodeName === '#documentType') continue;
    if ('tagName' in node && node !== root) {
      const tag = node.tagName;
      if (DROP.has(tag) || isHidden(node)) continue;
      if (tag === 'br') { lines.br(); continue; }
      if (tag === 'tr' && tableDepth < MAX_TABLE_DEPTH) {
        // A row: its cells one a line; a cell of several lines (a header's issuer, or its motto
        // and date) is a block of its own, as in a Word table.
        const cells = node.childNodes
          .filter((c): c is T.Element => 'tagName' in c && (c.tagName === 'td' || c.tagName === 'th') && !isHidden(c))
          .map((c) => render(c, tableDepth + 1, true).trim())
          .filter((t) => t !== '');
        lines.boundary(2);
        lines.block(cells.join(cells.some((c) => c.includes('\n')) ? '\n\n' : '\n'));
        lines.boundary(2);
        continue;
      }
      const k = kindOf(tag);
      if (k) lines.boundary(k);
      stack.push({ end: tag });
    }
    const kids = 'childNodes' in node ? node.childNodes : [];
    const childPre = pre || ('tagName' in node && (node.tagName === 'pre' || node.tagName === 'textarea' || node.tagName === 'listing'));
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, pre: childPre });
  }
  return lines.done();
}

export function htmlText(bytes: Uint8Array): { text: string; charset: string; notes: string[]; url?: string } {
  const page = decodeHtml(bytes);
  const doc = parse(page.html);
  const text = render(doc, 0);
  const url = pageAddress(doc);
  const notes = [page.mismatch ? `charset UTF-8: the page declares ${page.mismatch}, but its bytes are UTF-8`
    : page.declared ? `charset ${page.charset} (declared by the page)` : 'charset UTF-8 (not declared; the bytes are valid UTF-8)'];
  return { text: finishText(text, 'web page'), charset: page.charset, notes, ...(url ? { url } : {}) };
}
