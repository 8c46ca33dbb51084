/**
 * Render an entry's body from its file at page-build time (the data store holds metadata only).
 * The metadata was validated when the collection was loaded; here only the body is parsed (a third
 * of the time of reading the whole file again) and checked against the MDX allowlist once more,
 * in case the file changed since.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatProblem, splitEntry } from '../entry/entry-file.ts';
import { checkBody, parseBody } from '../entry/body.ts';
import { renderBody, type LinkSpan, type RenderedBody } from './body-html.ts';

/** `file` is relative to the project (CHIDAO_ROOT, set by astro.config.mjs) or absolute. */
export function renderEntryFile(file: string, links: readonly LinkSpan[] = []): RenderedBody {
  const split = splitEntry(readFileSync(resolve(process.env.CHIDAO_ROOT ?? '.', file), 'utf8'));
  if (!split) throw new Error(`cannot render ${file}: no frontmatter block`);
  const tree = parseBody(split.body);
  const problems = checkBody(tree);
  if (problems.length) throw new Error(`cannot render ${file}:\n${problems.map((p) => formatProblem({ file, line: split.bodyLine + p.line - 1, field: 'body', message: p.message })).join('\n')}`);
  return renderBody(tree, links);
}
