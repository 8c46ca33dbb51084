/**
 * Escaping plain directive text so MDX reads it back as the same text. MDX would treat { } < > as
 * code and Markdown would read [ ] _ ` ~ | & \ as markup; line starts such as "- ", "+ ", "1." and
 * "I-" would become lists, "import x" and "export …" ES module statements. Asterisks are kept:
 * *italic* and **bold** come from the source and stay emphasis (the lossless check proves they
 * read back as written).
 */
const INLINE = /[\\`{}<>[\]_~|&#$]/g;

export function escapeInline(text: string): string {
  return text.replace(INLINE, '\\$&');
}

/** Escape a whole line, including what only matters at the start of a line. */
export function escapeLine(text: string): string {
  const e = escapeInline(text);
  // "- x", "+ x", "* x", "> x", "=== ", "1. x", "1) x": would start a list, quote or heading.
  return e
    // "import x", "export const …" at the start of a line are MDX's ES module syntax, and a
    // backslash cannot escape a letter: a character reference keeps the word as text.
    .replace(/^(?:i(?=mport(?![\p{L}\p{N}]))|e(?=xport(?![\p{L}\p{N}])))/u, (c) => `&#${c.codePointAt(0)};`)
    .replace(/^([-+>=])/, '\\$1')
    .replace(/^\*(?=\s|\*+\s*$|$)/, '\\*')
    .replace(/^(\d{1,9})([.)])/, '$1\\$2');
}

/** Also escape every asterisk: the fallback when emphasis in a source would not read back as written. */
export function escapeLineStrict(text: string): string {
  return escapeLine(text).replace(/(?<!\\)\*/g, '\\*');
}
