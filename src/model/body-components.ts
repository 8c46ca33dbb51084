/**
 * The project's own MDX components, the only ones an entry body may contain: the importer wraps
 * the structural parts of a directive in them (src/import/mdx-writer.ts), entry reading admits
 * them and no other (src/entry/body.ts), the site renders them.
 */
export const BODY_COMPONENTS = [
  'Header', 'Recipients', 'Slogans', 'Footnote', 'Distribution', 'Signature', 'PageBefore', 'PageAfter',
] as const;
/** The components that hold the web page around a directive, not the directive's own text. */
export const PAGE_COMPONENTS: ReadonlySet<string> = new Set(['PageBefore', 'PageAfter']);
export type BodyComponent = (typeof BODY_COMPONENTS)[number];
