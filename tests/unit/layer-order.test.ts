/**
 * Imports in src/ run one way: a module uses only modules of its own folder and of the layers
 * below it. The layers, lowest first, each with why it sits there. An import that runs backwards
 * (up, or between two folders that are not ordered) fails this test, naming the file and the
 * import; a folder in no layer fails too, so a new one must be placed.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importsOf } from '../helpers/module-imports.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const SRC = join(ROOT, 'src');

/** The layers of src/, lowest first: a folder, or a file at the top of src/. */
const LAYERS: ReadonlyArray<{ layer: string; why: string }> = [
  { layer: 'text', why: 'folding, comparing and splitting Vietnamese text: needs nothing of ours' },
  { layer: 'model', why: 'zod schemas and types of a directive, its number, type, date and body components: the shared vocabulary' },
  { layer: 'lunar', why: 'the Vietnamese lunar calendar (UTC+7) and the lunar dates of a text: pure arithmetic on text' },
  { layer: 'lib', why: 'labels, links, files, worker pools, build stages: small helpers every later layer shares, knowing only the model' },
  { layer: 'site', why: 'the site\'s own description (content/site.yaml): its office and its peer sites' },
  { layer: 'federation', why: "the public contract of a site's graph (do-thi.json) and reading peer sites' graphs: on the site config only" },
  { layer: 'citations', why: 'finding and parsing citations in a text: pure, on the model' },
  { layer: 'graph', why: 'corpus relations built from the citations of every entry' },
  { layer: 'slogans', why: 'the slogans of a set of entries, collected and deduplicated' },
  { layer: 'posters', why: 'drawing a slogan (fonts, fitting, SVG/PNG/PDF): entry reading asks it what the fonts can draw' },
  { layer: 'entry', why: 'reading an MDX entry file: schema, body, citations, graph checks, drawing notes' },
  { layer: 'import', why: 'raw text → MDX entry; reads its output back with entry/ to prove nothing was lost' },
  { layer: 'browse', why: 'entries grouped and sorted for the listing pages' },
  { layer: 'calendar', why: 'commemoration days of the entries, sorted as browse sorts them; the .ics file' },
  { layer: 'bulletin', why: 'the monthly bulletin: which directives each issue carries and what each shows, from browse order and calendar deadlines' },
  { layer: 'feeds', why: 'RSS and sitemap, from the browse order and the links' },
  { layer: 'render', why: 'entry bodies and graph relations turned into HTML for the pages' },
  { layer: 'speech', why: 'the loudspeaker script: a directive\'s text as an announcer reads it aloud, from its entry body' },
  { layer: 'search', why: 'index records, number keys and the search page, from the graph' },
  { layer: 'offline', why: 'the offline copy of a finished build' },
  { layer: 'audit', why: 'the "nothing lost" check of a finished build against the entries' },
  { layer: 'eval', why: 'scoring the importer and the citation finder against gold files' },
  { layer: 'security', why: "each page's Content-Security-Policy" },
  { layer: 'integrations', why: 'thin Astro integrations wiring the build to the modules above' },
  { layer: 'content.config.ts', why: 'the content collection: the schema and the entry loader (an integration)' },
  { layer: 'middleware.ts', why: 'Astro middleware applying the page policy' },
  { layer: 'styles', why: 'stylesheets shared by pages and components (the directive\'s official layout): import nothing' },
  { layer: 'components', why: 'Astro components: render only' },
  { layer: 'layouts', why: 'the page frame, with the middleware pulled into every page' },
  { layer: 'pages', why: 'routes: the top, nothing imports them' },
];

interface SourceFile { path: string; imports: readonly string[] }
interface BackwardImport { file: string; import: string; message: string }

/** The layer of a path under src/ ('calendar/events.ts' → 'calendar'; 'middleware.ts' → itself). */
const layerOf = (path: string) => path.split('/')[0]!;

/**
 * The imports among `files` (paths relative to src/, with '/') that run backwards through
 * `layers`, and the files in no layer. Packages and virtual modules (`astro:content`) are not ours.
 */
function backwardImports(files: readonly SourceFile[], layers: readonly string[]): BackwardImport[] {
  const rank = new Map(layers.map((l, i) => [l, i]));
  const found: BackwardImport[] = [];
  for (const f of files) {
    const from = layerOf(f.path);
    const own = rank.get(from);
    if (own === undefined) {
      found.push({ file: f.path, import: '', message: `src/${f.path}: src/${from} is in no layer (add it to LAYERS in tests/unit/layer-order.test.ts)` });
      continue;
    }
    for (const spec of f.imports) {
      if (!spec.startsWith('.')) continue;
      const target = normalize(join(dirname(f.path), spec)).split(sep).join('/');
      if (target.startsWith('..')) continue; // outside src/
      const to = layerOf(target);
      if (to === from) continue;
      const theirs = rank.get(to);
      if (theirs === undefined || theirs > own) {
        found.push({ file: f.path, import: spec, message: `src/${f.path} imports ${spec}: ${from} may not use ${to}${theirs === undefined ? ' (in no layer)' : ', a later layer'}` });
      }
    }
  }
  return found;
}

function sourceFiles(dir: string): SourceFile[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|mts|js|mjs|astro)$/.test(e.name))
    .map((e) => {
      const abs = join(e.parentPath, e.name);
      const path = relative(dir, abs).split(sep).join('/');
      return { path, imports: importsOf(path, readFileSync(abs, 'utf8')) };
    });
}

describe('layer order', () => {
  it('no import in src/ runs backwards through the layers', () => {
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(100);
    expect(backwardImports(files, LAYERS.map((l) => l.layer)).map((b) => b.message)).toEqual([]);
  });

  it('catches every form of import that runs backwards, and nothing else', () => {
    const layers = ['model', 'entry', 'import', 'pages'];
    const files: SourceFile[] = [
      { path: 'entry/body.ts', imports: ['../import/mdx-writer.ts', '../model/directive.ts', './body-text.ts', 'satteri', 'astro:content'] },
      { path: 'model/directive.ts', imports: ['../entry/entry-file.ts'] },
      { path: 'import/import-text.ts', imports: ['../entry/body.ts', '../model/directive.ts', '../pages/index.astro'] },
      { path: 'pages/index.astro', imports: ['../import/import-text.ts', '../../scripts/x.ts'] },
      { path: 'feeds/rss.ts', imports: [] },
    ];
    expect(backwardImports(files, layers).map((b) => `${b.file} ${b.import}`)).toEqual([
      'entry/body.ts ../import/mdx-writer.ts',
      'model/directive.ts ../entry/entry-file.ts',
      'import/import-text.ts ../pages/index.astro',
      'feeds/rss.ts ',
    ]);
  });

  it('reads static, type, side-effect, re-export and dynamic imports, not comments', () => {
    const text = [
      "import { a } from '../x/a.ts';",
      "import type { B } from '../x/b.ts';",
      "import '../x/c.ts';",
      "export { d } from '../x/d.ts';",
      "export * from '../x/e.ts';",
      "const f = await import('../x/f.ts');",
      "// import { g } from '../x/g.ts';",
      "/* export * from '../x/h.ts' */",
      "const s = \"import('../x/i.ts')\";",
    ].join('\n');
    expect(importsOf('y/z.ts', text)).toEqual(['../x/a.ts', '../x/b.ts', '../x/c.ts', '../x/d.ts', '../x/e.ts', '../x/f.ts']);
    const astro = "---\nimport A from '../components/A.astro';\n---\n<p>import x from '../not.ts'</p>\n<script>import { s } from '../search/ui.ts';</script>\n";
    expect(importsOf('pages/p.astro', astro)).toEqual(['../components/A.astro', '../search/ui.ts']);
  });
});
