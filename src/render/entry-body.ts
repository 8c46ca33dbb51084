/**
 * Render an entry's body from its file at page-build time (the data store holds metadata only).
 * The metadata was validated when the collection was loaded; here only the body is parsed (a third
 * of the time of reading the whole file again) and checked against the MDX allowlist once more,
 * in case the file changed since.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatProblem, splitEntry } from '../entry/entry-file.ts';
import { checkBody, parseBody } from '../entry/body.ts';
import { renderBody, type LinkSpan, type RenderedBody } from './body-html.ts';

/** `file` is relative to the project (CHIDAO_ROOT, set by astro.config.mjs) or absolute. */
export function renderEntryFile(file: string, links: readonly LinkSpan[] = []): RenderedBody {
  return renderEntryText(file, readFileSync(resolve(process.env.CHIDAO_ROOT ?? '.', file), 'utf8'), links);
}

/** The section headings of an entry's body, by file and the digest of its text. */
const headingsMemo = new Map<string, { digest: string; headings: RenderedBody['headings'] }>();

/**
 * renderEntryFile(file).headings, remembered for this process while the file's text is the same:
 * the bulletin lists an entry in every issue of its year when its date gives the year only, and
 * in each month a deadline of it falls in, and parsed its whole text again for each (10,000
 * directives: one parse each instead of several; parsing is most of a bulletin page's time).
 */
export function entryHeadings(file: string): RenderedBody['headings'] {
  const text = readFileSync(resolve(process.env.CHIDAO_ROOT ?? '.', file), 'utf8');
  const digest = createHash('sha1').update(text).digest('base64');
  const known = headingsMemo.get(file);
  if (known?.digest === digest) return known.headings;
  const { headings } = renderEntryText(file, text, []);
  headingsMemo.set(file, { digest, headings });
  return headings;
}

function renderEntryText(file: string, text: string, links: readonly LinkSpan[]): RenderedBody {
  const split = splitEntry(text);
  if (!split) throw new Error(`cannot render ${file}: no frontmatter block`);
  const tree = parseBody(split.body);
  const problems = checkBody(tree);
  if (problems.length) throw new Error(`cannot render ${file}:\n${problems.map((p) => formatProblem({ file, line: split.bodyLine + p.line - 1, field: 'body', message: p.message })).join('\n')}`);
  return renderBody(tree, links);
}
