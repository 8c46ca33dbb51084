/**
 * An entry body (Sätteri mdast, already checked by checkBody) → HTML. Text is escaped; only the
 * node kinds entries may contain are rendered. Each of the project's components becomes a
 * classed block the layout styles like the official document.
 */
import { readBodyText, type MdNode } from '../entry/body.ts';
import { slugify } from '../text/fold.ts';
import { headerPart, isSubjectLine } from './header-parts.ts';

export interface RenderedBody {
  html: string;
  /** Section headings for a table of contents. */
  headings: { depth: number; id: string; text: string }[];
  /** The text of the <Header> block ('' without one), for the official head (official-head.ts). */
  headerText: string;
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESC[c]!);

const COMPONENT_TAGS: Record<string, [string, string]> = {
  Header: ['header', 'vb-header'],
  Recipients: ['div', 'vb-recipients'],
  Slogans: ['ol', 'vb-slogans'],
  Footnote: ['aside', 'vb-footnote'],
  Distribution: ['div', 'vb-distribution'],
  Signature: ['div', 'vb-signature'],
  PageBefore: ['details', 'vb-page vb-page-before'],
  PageAfter: ['details', 'vb-page vb-page-after'],
};

/** What a reader is told the page parts are: kept from the source, not the directive's words. */
const PAGE_SUMMARY: Record<string, string> = {
  PageBefore: 'Phần đầu trang nguồn (không thuộc văn bản)',
  PageAfter: 'Phần cuối trang nguồn (không thuộc văn bản)',
};

/**
 * Children of these are blocks, separated by a line break so extracted text (search, copy) never
 * glues the last word of one paragraph to the first of the next.
 */
const BLOCK_CONTAINERS = new Set(['mdxJsxFlowElement', 'list', 'listItem', 'blockquote']);

/** A span of the body text (offsets as in readBodyText) to render as a link. */
export interface LinkSpan {
  start: number;
  end: number;
  href: string;
  className: string;
  title?: string;
}

/**
 * The escaped text of one text node starting at `at` in the body text, with the parts that fall
 * in a link span wrapped in <a>. A span crossing nodes (emphasis, a line break) becomes one <a>
 * per node, all with the same target. `spans` are sorted and do not overlap.
 */
function linkedText(value: string, at: number, spans: readonly LinkSpan[]): string {
  const end = at + value.length;
  let lo = 0, hi = spans.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (spans[mid]!.end <= at) lo = mid + 1; else hi = mid; }
  let out = '', pos = at;
  for (let i = lo; i < spans.length && spans[i]!.start < end; i++) {
    const sp = spans[i]!;
    const s = Math.max(sp.start, at), e = Math.min(sp.end, end);
    if (e <= s) continue;
    out += escapeHtml(value.slice(pos - at, s - at));
    const title = sp.title ? ` title="${escapeHtml(sp.title)}"` : '';
    out += `<a class="${escapeHtml(sp.className)}" href="${escapeHtml(sp.href)}"${title}>${escapeHtml(value.slice(s - at, e - at))}</a>`;
    pos = e;
  }
  return out + escapeHtml(value.slice(pos - at));
}

const plainText = (n: MdNode): string => n.value ?? (n.children ?? []).map(plainText).join('');

/** A paragraph's children cut at its hard line breaks (the breaks themselves left out). */
function lineRuns(children: readonly MdNode[]): MdNode[][] {
  const runs: MdNode[][] = [[]];
  for (const c of children) {
    if (c.type === 'break') runs.push([]);
    else runs.at(-1)!.push(c);
  }
  return runs;
}

/**
 * The closing of a document: "Nơi nhận" and the signature, next to each other in the text, are
 * set side by side (Nơi nhận on the left, the signature on the right) as both formats print them.
 */
const CLOSING = new Set(['Distribution', 'Signature']);
const isClosingPart = (n: MdNode | undefined) => n?.type === 'mdxJsxFlowElement' && CLOSING.has(n.name ?? '');

export function renderBody(root: MdNode, links: readonly LinkSpan[] = []): RenderedBody {
  const offsets = links.length ? readBodyText(root).offsets : undefined;
  const headings: RenderedBody['headings'] = [];
  let headerText = '';
  const usedIds = new Map<string, number>();
  const uniqueId = (text: string) => {
    const base = `muc-${slugify(text).slice(0, 60) || 'muc'}`;
    const n = (usedIds.get(base) ?? 0) + 1;
    usedIds.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  };

  /**
   * A paragraph of the text's <Header>, classed by what it is (header-parts.ts); a title's type
   * name and a number's "V/v" lines get a span of their own. Line breaks and words are kept.
   */
  let titleSeen = false; // in the current <Header>: capitals after the title are its trích yếu, not an issuer
  const headerParagraph = (node: MdNode, inLink: boolean): string => {
    const runs = lineRuns(node.children ?? []);
    let part = headerPart(runs.map((r) => r.map(plainText).join('')));
    if (part === 'title') titleSeen = true;
    else if (titleSeen && (part === 'issuer' || part === 'motto')) part = undefined;
    const run = (r: MdNode[]) => r.map((c) => render(c, false, inLink, true)).join('');
    const lines = runs.map(run);
    if (part === 'title' && runs.length > 1) {
      return `<p class="vb-title"><span class="vb-type-name">${lines[0]}</span><br>\n<span class="vb-summary">${lines.slice(1).join('<br>\n')}</span></p>`;
    }
    if (part === 'title') return `<p class="vb-title"><span class="vb-type-name">${lines[0]}</span></p>`;
    if (part === 'number') {
      const subjectFrom = runs.findIndex((r, i) => i > 0 && isSubjectLine(r.map(plainText).join('')));
      if (subjectFrom > 0) {
        return `<p class="vb-number">${lines.slice(0, subjectFrom).join('<br>\n')}<br>\n<span class="vb-subject">${lines.slice(subjectFrom).join('<br>\n')}</span></p>`;
      }
      return `<p class="vb-number">${lines.join('<br>\n')}</p>`;
    }
    return `<p${part ? ` class="vb-${part}"` : ''}>${lines.join('<br>\n')}</p>`;
  };

  const render = (node: MdNode, inSlogans = false, inLink = false, inHeader = false): string => {
    const inner = (slogans = inSlogans, header = inHeader) =>
      (node.children ?? []).map((c) => render(c, slogans, inLink || node.type === 'link', header)).join(BLOCK_CONTAINERS.has(node.type) ? '\n' : '');
    switch (node.type) {
      case 'root': {
        const children = node.children ?? [];
        const out: string[] = [];
        for (let i = 0; i < children.length; i++) {
          const c = children[i]!, next = children[i + 1];
          if (isClosingPart(c) && isClosingPart(next) && c.name !== next!.name) {
            out.push(`<div class="vb-closing">${render(c)}\n${render(next!)}</div>`);
            i++;
          } else out.push(render(c));
        }
        return out.join('\n');
      }
      case 'text': {
        const at = inLink ? undefined : offsets?.get(node);
        return at === undefined ? escapeHtml(node.value ?? '') : linkedText(node.value ?? '', at, links);
      }
      case 'emphasis': return `<em>${inner()}</em>`;
      case 'strong': return `<strong>${inner()}</strong>`;
      case 'delete': return `<del>${inner()}</del>`;
      case 'break': return '<br>\n';
      case 'link': // an author's link: citation spans inside it are not linked again
        return `<a href="${escapeHtml(node.url ?? '')}" rel="nofollow">${inner()}</a>`;
      case 'heading': {
        const text = plainText(node);
        const id = uniqueId(text);
        headings.push({ depth: node.depth ?? 2, id, text });
        return `<h${node.depth} id="${id}">${inner()}</h${node.depth}>`;
      }
      case 'paragraph': {
        if (inSlogans) return `<li class="slogan">${inner()}</li>`;
        if (inHeader) return headerParagraph(node, inLink);
        const first = plainText(node);
        const cls = /^[-–•]\s/u.test(first) ? ' class="item"' : /^\+\s/u.test(first) ? ' class="subitem"' : '';
        return `<p${cls}>${inner()}</p>`;
      }
      case 'list': return node.ordered ? `<ol${node.start && node.start !== 1 ? ` start="${node.start}"` : ''}>${inner()}</ol>` : `<ul>${inner()}</ul>`;
      case 'listItem': return `<li>${inner()}</li>`;
      case 'blockquote': return `<blockquote>${inner()}</blockquote>`;
      case 'thematicBreak': return '<hr>';
      case 'mdxJsxFlowElement': {
        const [tag, cls] = COMPONENT_TAGS[node.name ?? ''] ?? ['div', ''];
        const summary = PAGE_SUMMARY[node.name ?? ''];
        if (summary) {
          // Kept so nothing of the source is lost; out of the search index and closed by default.
          return `<${tag} class="${cls}" data-pagefind-ignore="all"><summary>${summary}</summary>\n${inner()}\n</${tag}>`;
        }
        const label = node.name === 'Slogans' ? ' aria-label="Khẩu hiệu"' : '';
        if (node.name === 'Header') {
          headerText += (node.children ?? []).map(plainText).join('\n');
          titleSeen = false;
        }
        return `<${tag} class="${cls}"${label}>${inner(node.name === 'Slogans', node.name === 'Header')}</${tag}>`;
      }
      default: return ''; // unreachable for checked bodies
    }
  };
  const html = render(root);
  return { html, headings, headerText };
}
