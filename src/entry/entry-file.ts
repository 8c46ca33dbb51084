/**
 * An entry file (content/directives/<slug>.mdx): YAML frontmatter validated by the directive
 * schema, then the MDX body. Reading one never throws on bad content: it returns every problem
 * with the file, line and field, so a check can report them all at once.
 */
import { nfc } from '../text/fold.ts';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, stringify, type Node } from 'yaml';
import { directiveSchema, type Directive } from '../model/directive.ts';
import { checkBody, parseBody, type MdNode } from './body.ts';
import { drawingNotes, sizeNotes, type EntryNote } from './entry-notes.ts';

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
  /** What the build survives but a person should know (a symbol a poster leaves out, sizes). */
  warnings: ContentProblem[];
}

/**
 * Limits of the YAML parser. Aliases: an entry has no use for them, and a few nested ones ("alias
 * bomb") expand to millions of nodes. Depth: a directive's metadata nests 3 levels; the parser
 * recurses once per level, so thousands of "[" would overflow the stack.
 */
export const YAML_MAX_ALIASES = 50;
export const YAML_MAX_DEPTH = 32;

/** Deepest nesting of a parsed YAML node (maps and sequences), walked without recursion. */
export function yamlDepth(root: unknown): number {
  let max = 0;
  const stack: Array<[unknown, number]> = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (!isMap(node) && !isSeq(node)) continue;
    max = Math.max(max, depth + 1);
    for (const item of node.items as unknown[]) {
      if (isPair(item)) stack.push([item.key, depth + 1], [item.value, depth + 1]);
      else stack.push([item, depth + 1]);
    }
  }
  return max;
}

/** Line of the body's own message "L:C: …" (satteri/micromark), in the entry file. */
export function bodyErrorLine(message: string, bodyLine: number): number {
  const m = /^(\d+):\d+/.exec(message);
  return m ? bodyLine + Number(m[1]) - 1 : bodyLine;
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
    return { body: text, bodyLine: 1, problems: [{ file, line: 1, field: 'frontmatter', message: 'the file must start with a "---" frontmatter block closed by "---"' }], warnings: [] };
  }
  const { body, bodyLine } = split;
  const warnings: ContentProblem[] = [];
  const lc = new LineCounter();
  const doc = parseDocument(split.yaml, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  const lineOf = (offset: number | undefined) => (offset === undefined ? 1 : lc.linePos(offset).line + 1);
  for (const e of [...doc.errors, ...doc.warnings]) {
    const message = /call stack/i.test(e.message) ? `nested too deep (at most ${YAML_MAX_DEPTH} levels): not an entry's metadata` : e.message.split('\n')[0];
    problems.push({ file, line: lineOf(e.pos[0]), field: 'frontmatter', message: `YAML: ${message}` });
  }
  let data: Directive | undefined;
  let js: unknown;
  let readable = !doc.errors.length;
  const depth = readable ? yamlDepth(doc.contents) : 0;
  if (depth > YAML_MAX_DEPTH) {
    readable = false;
    problems.push({ file, line: 2, field: 'frontmatter', message: `YAML nested ${depth} levels deep (at most ${YAML_MAX_DEPTH}): not an entry's metadata` });
  }
  if (readable) {
    try {
      js = doc.toJS({ maxAliasCount: YAML_MAX_ALIASES });
    } catch (e) {
      readable = false;
      problems.push({ file, line: 2, field: 'frontmatter', message: `YAML: ${/alias/i.test((e as Error).message) ? `aliases (*name) expand to too many values (at most ${YAML_MAX_ALIASES})` : (e as Error).message}` });
    }
  }
  if (readable) {
    const parsed = directiveSchema.safeParse(js ?? {});
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
    const message = (e as Error).message ?? String(e);
    problems.push({ file, line: bodyErrorLine(message, bodyLine), field: 'body', message: `MDX does not parse: ${message}` });
    tree = undefined;
  }
  if (data) {
    for (const n of notesOf(data, body)) {
      const line = n.path.length ? lineOf(nodeOffset(doc, n.path.map(String))) : bodyLine;
      (n.severity === 'error' ? problems : warnings).push({ file, line, field: n.path.join('.') || 'body', message: n.message });
    }
  }
  return { ...(data ? { data } : {}), body, bodyLine, ...(tree ? { tree } : {}), problems, warnings };
}

function notesOf(data: Directive, body: string): EntryNote[] {
  return [...drawingNotes(data), ...sizeNotes(data, body)];
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
