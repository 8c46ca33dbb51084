/**
 * npm run posters [-- <content folder>] [--out dist/khau-hieu-anh] [--cache node_modules/.cache/chidao-posters]
 *                 [--preset og,vuong,...] [--style do,trung-tinh] [--only <slogan slug prefix>]
 * Renders every slogan of the collection in every poster preset and style (web PNG; print SVG +
 * PDF), through the cache, and writes <out>/manifest.json. The glyph gate fails the
 * run (exit 1) naming the slogans, directives and characters the font lacks.
 */
import { join } from 'node:path';
import { readCommandLine } from './lib/arguments.ts';
import { loadEntries } from '../src/entry/load-entries.ts';
import { formatProblem } from '../src/entry/entry-file.ts';
import { buildPosters, slogansOf } from '../src/posters/build.ts';
import { loadPosterConfig } from '../src/posters/presets.ts';
import { STYLES } from '../src/posters/styles.ts';
import { GlyphGateError } from '../src/posters/gate.ts';

const USAGE = `usage: npm run posters [-- <content folder>] [--out dist/khau-hieu-anh] [--cache node_modules/.cache/chidao-posters]
                         [--preset og,vuong,...] [--style do,trung-tinh] [--only <slogan slug prefix>] [--quiet]`;
const { values, positionals } = readCommandLine(USAGE, {
  allowPositionals: true,
  options: {
    out: { type: 'string', default: 'dist/khau-hieu-anh' },
    cache: { type: 'string', default: 'node_modules/.cache/chidao-posters' },
    preset: { type: 'string' },
    style: { type: 'string' },
    only: { type: 'string' },
    quiet: { type: 'boolean', default: false },
  },
});
const root = process.cwd();
const dir = positionals[0] ?? process.env.CHIDAO_CONTENT_DIR ?? 'content/directives';
const t0 = performance.now();
const { entries, problems } = loadEntries(root, dir);
if (problems.length) {
  for (const p of problems) console.error(formatProblem(p));
  process.exit(1);
}
const config = loadPosterConfig(root);
const pick = <T extends { id: string }>(all: readonly T[], list: string | undefined, what: string): T[] => {
  if (!list) return [...all];
  return list.split(',').map((id) => {
    const hit = all.find((x) => x.id === id);
    if (!hit) { console.error(`unknown ${what} "${id}" (known: ${all.map((x) => x.id).join(', ')})`); process.exit(2); }
    return hit;
  });
};
let slogans = slogansOf(entries);
if (values.only) slogans = slogans.filter((s) => s.slug.startsWith(values.only!));
try {
  const { manifest, stats } = await buildPosters({
    slogans,
    presets: pick(config.presets, values.preset, 'preset'),
    styles: pick(STYLES, values.style, 'style'),
    phrases: config.phrases,
    outDir: join(root, values.out),
    cacheDir: join(root, values.cache),
    log: values.quiet ? undefined : (l) => console.log(l),
  });
  for (const [id, ms] of Object.entries(stats.msByPreset)) {
    console.log(`  ${id}: ${(ms / stats.renderedByPreset[id]!).toFixed(0)} ms/poster (${stats.renderedByPreset[id]} rendered, 3 at a time)`);
  }
  console.log(`${slogans.length} slogans, ${manifest.posters.length} posters: ${stats.rendered} rendered, ${stats.cached} from cache, ${((performance.now() - t0) / 1000).toFixed(1)} s → ${values.out}/manifest.json`);
} catch (e) {
  if (e instanceof GlyphGateError) { console.error(e.message); process.exit(1); }
  throw e;
}
