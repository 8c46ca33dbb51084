/**
 * An entry file (content/directives/<slug>.mdx): YAML frontmatter validated by the directive
 * schema, then the MDX body. Reading one never throws on bad content: it returns every problem
 * with the file, line and field, so a check can report them all at once.
 */
import { nfc } from '../text/fold.ts';
import { isMap, isScalar, LineCounter, parseDocument, stringify, type Node } from 'yaml';
import { directiveSchema, type Directive } from '../model/directive.ts';
import { checkBody, parseBody, type MdNode } from './body.ts';

export interface ContentProblem {
  file: string;
  line: number;
  /** Dotted path of the frontmatter field, or "body". */
  field: string;
  message: string;
}

export const formatProblem = (p: ContentProblem) => `${p.file}:${p.line}: ${p.field}: ${p.message}`;

export interface EntryFile {
  data?: Directive;
  body: string;
  /** Line of the file where the body starts. */
  bodyLine: number;
  tree?: MdNode;
  problems: ContentProblem[];
}

const FRONTMATTER = /^---\r?\n([^]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function serializeEntry(data: Directive, body: string): string {
  const yaml = stringify(data, { lineWidth: 0, indent: 2, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' });
  return `---\n${yaml}---\n\n${body}`;
}

/** An entry file's frontmatter (YAML source) and body (NFC), or undefined without a frontmatter block. */
export function splitEntry(text: string): { yaml: string; body: string; bodyLine: number } | undefined {
  const fm = FRONTMATTER.exec(text);
  if (!fm) return undefined;
  // Blank lines between the frontmatter and the body are layout, not content.
  const head = fm[0] + /^(?:[ \t]*\r?\n)*/.exec(text.slice(fm[0].length))![0];
  // NFC: the canonical form of Vietnamese text (an editor may save NFD); offsets of citations refer to it.
  return { yaml: fm[1]!, body: nfc(text.slice(head.length)), bodyLine: head.split('\n').length };
}

export function readEntryFile(file: string, text: string): EntryFile {
  const problems: ContentProblem[] = [];
  const split = splitEntry(text);
  if (!split) {
    return { body: text, bodyLine: 1, problems: [{ file, line: 1, field: 'frontmatter', message: 'the file must start with a "---" frontmatter block closed by "---"' }] };
  }
  const { body, bodyLine } = split;
  const lc = new LineCounter();
  const doc = parseDocument(split.yaml, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  const lineOf = (offset: number | undefined) => (offset === undefined ? 1 : lc.linePos(offset).line + 1);
  for (const e of [...doc.errors, ...doc.warnings]) {
    problems.push({ file, line: lineOf(e.pos[0]), field: 'frontmatter', message: `YAML: ${e.message.split('\n')[0]}` });
  }
  let data: Directive | undefined;
  if (!doc.errors.length) {
    const parsed = directiveSchema.safeParse(doc.toJS() ?? {});
    if (parsed.success) data = parsed.data;
    else {
      for (const issue of parsed.error.issues) {
        const path = issue.path.map(String);
        const unknown = issue.code === 'unrecognized_keys' ? issue.keys : [];
        if (unknown.length) {
          for (const key of unknown) {
            problems.push({ file, line: lineOf(keyOffset(doc.getIn(path, true) as Node | undefined, key) ?? nodeOffset(doc, path)), field: [...path, key].join('.'), message: 'unknown field' });
          }
        } else {
          problems.push({ file, line: lineOf(nodeOffset(doc, path)), field: path.join('.') || '(frontmatter)', message: issue.message });
        }
      }
    }
  }
  let tree: MdNode | undefined;
  try {
    tree = parseBody(body);
    for (const p of checkBody(tree)) problems.push({ file, line: bodyLine + p.line - 1, field: 'body', message: p.message });
  } catch (e) {
    problems.push({ file, line: bodyLine, field: 'body', message: `MDX does not parse: ${(e as Error).message}` });
  }
  return { ...(data ? { data } : {}), body, bodyLine, ...(tree ? { tree } : {}), problems };
}

/** Offset of the deepest node along `path` that exists (a missing field points at its parent's key). */
function nodeOffset(doc: ReturnType<typeof parseDocument>, path: string[]): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = (n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true)) as Node | null | undefined;
    const start = node?.range?.[0];
    if (start === undefined) continue;
    return n < path.length ? (keyOffset(node!, path[n]!) ?? start) : start;
  }
  return undefined;
}

function keyOffset(node: Node | undefined, key: string): number | undefined {
  if (!node || !isMap(node)) return undefined;
  const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
  return pair && isScalar(pair.key) ? pair.key.range?.[0] : undefined;
}
