/**
 * The loudspeaker script (bài phát thanh) of a directive: its text block by block, in the order
 * it is printed, each block's lines as written and as read aloud (normalise.ts). Headings are
 * read as sentences with their section number first; the structural parts (the head, the
 * slogans, "Nơi nhận", the signature) are read where they stand. Nothing of the directive is left
 * out; only the web page a directive was copied from (<PageBefore>, <PageAfter>) is, as it is not
 * the directive's text. Entries hold no tables (entry/body.ts): a two-column head arrives as
 * lines, read top to bottom.
 */
import type { MdNode } from '../entry/body.ts';
import { PAGE_COMPONENTS } from '../model/body-components.ts';
import { speakBlockStart, speakLine, speakMarker } from './normalise.ts';

export interface ScriptBlock {
  /** The component the block sits in ('Header', 'Slogans', 'Distribution', 'Signature' …), or '' in the body. */
  part: string;
  kind: 'heading' | 'paragraph';
  /** Heading depth (2 = a section, 3 = a subsection); 0 for a paragraph. */
  depth: number;
  /** The lines as printed (hard line breaks in the entry). */
  written: string[];
  /** The same lines as read aloud. */
  spoken: string[];
}

const inline = (n: MdNode): string => (n.type === 'text' ? n.value ?? '' : n.type === 'break' ? '\n' : (n.children ?? []).map(inline).join(''));

/** A pause at the end of a line that has no punctuation of its own (a heading, a title line). */
const withStop = (s: string) => (/[.,;:!?…)"”»]$/.test(s) || s === '' ? s : `${s}.`);

function block(part: string, kind: ScriptBlock['kind'], depth: number, text: string): ScriptBlock | undefined {
  const written = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  if (!written.length) return undefined;
  const spoken = written.map((l, i) => {
    // A line after a hard break starts with its own marker ("- Ban …" in "Nơi nhận") or goes on a sentence.
    const s = i === 0 || speakMarker(l) ? speakBlockStart(l) : speakLine(l);
    return kind === 'heading' || i === written.length - 1 || part === 'Header' || part === 'Signature' ? withStop(s) : s;
  });
  return { part, kind, depth, written, spoken };
}

/** The script of an entry body (its parsed, checked mdast root: entry/body.ts parseBody + checkBody). */
export function scriptOfBody(root: MdNode): ScriptBlock[] {
  const out: ScriptBlock[] = [];
  const add = (b: ScriptBlock | undefined) => { if (b) out.push(b); };
  const walk = (node: MdNode, part: string) => {
    switch (node.type) {
      case 'mdxJsxFlowElement':
        if (PAGE_COMPONENTS.has(node.name ?? '')) return;
        for (const c of node.children ?? []) walk(c, node.name ?? part);
        return;
      case 'heading':
        add(block(part, 'heading', node.depth ?? 2, inline(node)));
        return;
      case 'paragraph':
        add(block(part, 'paragraph', 0, inline(node)));
        return;
      case 'list': {
        let n = node.start ?? 1;
        for (const item of node.children ?? []) {
          const marker = node.ordered ? `${n++}. ` : '- ';
          const paras = (item.children ?? []).filter((c) => c.type === 'paragraph');
          const rest = (item.children ?? []).filter((c) => c.type !== 'paragraph');
          paras.forEach((p, i) => add(block(part, 'paragraph', 0, (i === 0 ? marker : '') + inline(p))));
          for (const c of rest) walk(c, part);
        }
        return;
      }
      case 'thematicBreak':
        return;
      default:
        for (const c of node.children ?? []) walk(c, part);
    }
  };
  walk(root, '');
  return out;
}

/** The script of a set of slogans, read one by one: each its own block. */
export function scriptOfSlogans(slogans: readonly string[]): ScriptBlock[] {
  return slogans.flatMap((s) => block('Slogans', 'paragraph', 0, s) ?? []);
}
