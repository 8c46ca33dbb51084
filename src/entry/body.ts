/**
 * The MDX body of an entry: parsed with Sätteri (Astro 7's own Rust Markdown/MDX parser), checked
 * against what entries may contain, and read back as text.
 *
 * Entries come from many hands, and MDX is executable: an entry may contain only text, Markdown
 * emphasis, headings, lists, links to http(s) or relative URLs, and the project's own components
 * without attributes. Imports, exports, JS expressions, raw HTML and any other component are
 * refused with their line, so content can never run code at build time or in a reader's browser.
 */
import { mdxToMdast } from 'satteri';
import { BODY_COMPONENTS, PAGE_COMPONENTS } from '../model/body-components.ts';

export interface MdNode {
  type: string;
  value?: string;
  name?: string | null;
  depth?: number;
  url?: string;
  ordered?: boolean;
  start?: number | null;
  attributes?: unknown[];
  children?: MdNode[];
  position?: { start: { line: number; column: number; offset: number } };
}

export interface BodyProblem {
  /** Line within the body (1-based). */
  line: number;
  message: string;
}

const ALLOWED_COMPONENTS = new Set<string>(BODY_COMPONENTS);
const PLAIN_NODES = new Set([
  'root', 'paragraph', 'heading', 'text', 'emphasis', 'strong', 'break', 'list', 'listItem',
  'blockquote', 'thematicBreak', 'delete', 'link',
]);

/**
 * MDX without GFM: entries may not hold tables, footnotes or task lists anyway, and GFM's autolink
 * literals turn plain text into links — "www.…", "http://…" and every e-mail address, even when
 * escaped, and sometimes with the escapes' backslashes or the text after the URL inside the
 * link — so an importer could not write a URL or an address as the text it is.
 */
export function parseBody(body: string): MdNode {
  return mdxToMdast(body, { position: true, features: { gfm: false } }) as unknown as MdNode;
}

function describe(node: MdNode): string {
  switch (node.type) {
    case 'mdxjsEsm': return 'import/export statements are not allowed in entries';
    case 'mdxFlowExpression': case 'mdxTextExpression':
      return `JavaScript expression {${(node.value ?? '').slice(0, 40)}} is not allowed (write \\{ … \\} for literal braces)`;
    case 'mdxJsxFlowElement': case 'mdxJsxTextElement':
      return node.name
        ? `component <${node.name}> is not allowed here (allowed: ${BODY_COMPONENTS.map((c) => `<${c}>`).join(', ')}, without attributes; write \\< for a literal "<")`
        : 'JSX fragments are not allowed';
    case 'html': return 'raw HTML is not allowed (write \\< for a literal "<")';
    case 'image': case 'imageReference': return 'images are not allowed in directive text';
    case 'code': case 'inlineCode': return 'code is not allowed in directive text (write \\` for a literal backtick)';
    default: return `Markdown "${node.type}" is not allowed in directive text`;
  }
}

/**
 * http(s), a path from the site's root, a relative path, a fragment. Not "//host" nor "/\host":
 * browsers read both as another site (a backslash is a slash in a web address), and no backslash
 * anywhere (a "..\" path means something else on every system).
 */
const SAFE_URL = /^(?:https?:\/\/|\/(?![/\\])|\.{1,2}\/|#)[^\s\\]*$/i;

/** Everything in the body that entries may not contain, with its line. Empty = safe. */
export function checkBody(root: MdNode): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const visit = (node: MdNode, insideComponent: boolean) => {
    const line = node.position?.start.line ?? 1;
    const isComponent = node.type === 'mdxJsxFlowElement' && node.name != null && ALLOWED_COMPONENTS.has(node.name);
    if (isComponent) {
      if (node.attributes?.length) problems.push({ line, message: `component <${node.name}> takes no attributes` });
      if (insideComponent) problems.push({ line, message: `component <${node.name}> cannot be nested in another component` });
    } else if (!PLAIN_NODES.has(node.type)) {
      problems.push({ line, message: describe(node) });
      return;
    }
    if (node.type === 'link' && !SAFE_URL.test(node.url ?? '')) {
      problems.push({ line, message: `link target "${node.url}" is not allowed (only http(s) and relative links)` });
    }
    for (const c of node.children ?? []) visit(c, insideComponent || isComponent);
  };
  visit(root, false);
  return problems;
}

/** The body as text, with where each text node sits in it (for linking spans of that text). */
export interface BodyText {
  text: string;
  /** Start offset in `text` of every text node. */
  offsets: Map<MdNode, number>;
  /** Line within the body (1-based) of an offset in `text`. */
  lineAt(offset: number): number;
  /** [start, end) offsets of the web page around the directive (<PageBefore>, <PageAfter>): kept, not the directive's text. */
  pageRanges: [number, number][];
}

/**
 * The body read back as the text it stands for: text as written, emphasis with its asterisks,
 * breaks as line breaks, blocks separated by blank lines. Compared with the source after
 * whitespace folding, it proves an import lost and added nothing; citations are found in it,
 * and the renderer links them through `offsets`.
 */
export function readBodyText(root: MdNode): BodyText {
  let text = '';
  const offsets = new Map<MdNode, number>();
  const pageRanges: [number, number][] = [];
  /** Text-node starts in order, with their line in the body, for lineAt. */
  const starts: { at: number; line: number; node: MdNode }[] = [];
  // An explicit stack, not recursion: a line of thousands of asterisks parses into emphasis nested
  // thousands deep, which a recursive walk cannot read back (the fuzz suite's "*" × 16,371).
  type Step = { node: MdNode } | { add: string } | { page: 'open' | 'close' };
  const stack: Step[] = [{ node: root }];
  const openPages: number[] = [];
  /** Push, to be done in this order: `open`, the children separated by `sep`, `close`. */
  const push = (nodes: MdNode[] | undefined, sep: string, open?: Step, close?: Step) => {
    const steps: Step[] = [];
    if (open) steps.push(open);
    (nodes ?? []).forEach((c, i) => {
      if (i && sep) steps.push({ add: sep });
      steps.push({ node: c });
    });
    if (close) steps.push(close);
    for (let i = steps.length - 1; i >= 0; i--) stack.push(steps[i]!);
  };
  while (stack.length) {
    const step = stack.pop()!;
    if ('add' in step) { text += step.add; continue; }
    if ('page' in step) {
      if (step.page === 'open') openPages.push(text.length);
      else pageRanges.push([openPages.pop()!, text.length]);
      continue;
    }
    const node = step.node;
    switch (node.type) {
      case 'text':
        offsets.set(node, text.length);
        starts.push({ at: text.length, line: node.position?.start.line ?? 1, node });
        text += node.value ?? '';
        break;
      case 'emphasis': push(node.children, '', { add: '*' }, { add: '*' }); break;
      case 'strong': push(node.children, '', { add: '**' }, { add: '**' }); break;
      case 'delete': push(node.children, '', { add: '~~' }, { add: '~~' }); break;
      case 'break': text += '\n'; break;
      case 'mdxJsxFlowElement':
        if (PAGE_COMPONENTS.has(node.name ?? '')) push(node.children, '\n\n', { page: 'open' }, { page: 'close' });
        else push(node.children, '\n\n');
        break;
      case 'root': case 'list': push(node.children, '\n\n'); break;
      case 'paragraph': case 'heading': case 'listItem': case 'blockquote': push(node.children, '', undefined, { add: '\n\n' }); break;
      default: push(node.children, '');
    }
  }
  const lineAt = (offset: number): number => {
    let lo = 0, hi = starts.length - 1, best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]!.at <= offset) { best = mid; lo = mid + 1; } else hi = mid - 1;
    }
    if (best < 0) return 1;
    const s = starts[best]!;
    const inNode = text.slice(s.at, Math.min(offset, s.at + (s.node.value ?? '').length));
    return s.line + (inNode.match(/\n/g)?.length ?? 0);
  };
  return { text, offsets, lineAt, pageRanges };
}

export const bodyText = (root: MdNode): string => readBodyText(root).text;
