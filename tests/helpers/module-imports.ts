/**
 * The modules a source file imports, read by TypeScript's own scanner (ts.preProcessFile), so
 * comments and strings are never taken for imports: `import … from`, `import type … from`,
 * side-effect `import '…'`, `export … from` and dynamic `import('…')`. In an .astro file, the
 * frontmatter and the <script> elements are read (the template holds no imports).
 */
import ts from 'typescript';

/** The code parts of a file: all of a .ts file; an .astro file's frontmatter and scripts. */
export function codeOf(path: string, text: string): string {
  if (!path.endsWith('.astro')) return text;
  const parts: string[] = [];
  const front = /^\s*---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (front) parts.push(front[1]!);
  for (const m of text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) parts.push(m[1]!);
  return parts.join('\n;\n');
}

/** Every module specifier the file imports or re-exports, as written, in order. */
export function importsOf(path: string, text: string): string[] {
  const info = ts.preProcessFile(codeOf(path, text), true, true);
  return info.importedFiles.map((f) => f.fileName);
}
