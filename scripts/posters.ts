/**
 * npm run posters [-- <content folder>] [--print] [--sizes LIST] [--styles do,trung-tinh] [--out DIR]
 *                 [--cache DIR] [--only <slogan slug prefix>] [--quiet]
 *
 * Draws every slogan of the collection in the sizes and styles asked for, through the cache, into
 * <out>/<slug>/<size>--<style>.<ext> with <out>/manifest.json.
 *   --print   print files (true-size SVG and vector PDF) for an office that wants a folder of them:
 *             the build no longer draws them (src/posters/shown.ts). --sizes: preset ids, a0–a6,
 *             or width x height with a unit (7x0.8m, 50x300cm, 297x210mm), comma-separated;
 *             default every print preset. Default --out: ap-phich-in/.
 *   otherwise web images (PNG): --sizes web preset ids, default every web preset; default --out
 *             dist/khau-hieu-anh.
 * The glyph gate fails the run (exit 1) naming the slogans, directives and characters the font
 * lacks; a size or style it cannot read exits 2 before anything is drawn.
 */
import { join, resolve } from 'node:path';
import { readCommandLine, usageError } from './lib/arguments.ts';
import { loadEntries } from '../src/entry/load-entries.ts';
import { formatProblem } from '../src/entry/entry-file.ts';
import { buildPosters, slogansOf } from '../src/posters/build.ts';
import { isWeb, loadPosterConfig, type Preset } from '../src/posters/presets.ts';
import { parseSizes, PrintSizeError } from '../src/posters/print-sizes.ts';
import { STYLES } from '../src/posters/styles.ts';
import { GlyphGateError } from '../src/posters/gate.ts';

const USAGE = `usage: npm run posters [-- <content folder>] [--print] [--sizes LIST] [--styles do,trung-tinh] [--out DIR]
                         [--cache node_modules/.cache/chidao-posters] [--only <slogan slug prefix>] [--quiet]
  --print: true-size SVG + PDF per slogan; --sizes: preset ids, a0–a6 or WxH with mm/cm/m (7x0.8m), comma-separated`;
const { values, positionals } = readCommandLine(USAGE, {
  allowPositionals: true,
  options: {
    print: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    styles: { type: 'string' },
    out: { type: 'string' },
    cache: { type: 'string', default: 'node_modules/.cache/chidao-posters' },
    only: { type: 'string' },
    quiet: { type: 'boolean', default: false },
  },
});
const usage = (message: string): never => usageError(USAGE, message);

const root = process.cwd();
const config = loadPosterConfig(root);
/** The sizes asked for, read before any entry: a mistake costs nothing. */
function sizes(): Preset[] {
  if (values.print) {
    try {
      return values.sizes ? parseSizes(values.sizes, config.presets) : config.presets.filter((p) => !isWeb(p));
    } catch (e) {
      if (e instanceof PrintSizeError) return usage(e.message);
      throw e;
    }
  }
  const web = config.presets.filter(isWeb);
  if (!values.sizes) return web;
  return values.sizes.split(',').map((id) => web.find((p) => p.id === id.trim()) ?? usage(`unknown web size "${id}" (known: ${web.map((p) => p.id).join(', ')}; print sizes need --print)`));
}
const presets = sizes();
const styles = values.styles
  ? values.styles.split(',').map((id) => STYLES.find((s) => s.id === id.trim()) ?? usage(`unknown style "${id}" (known: ${STYLES.map((s) => s.id).join(', ')})`))
  : [...STYLES];
const out = resolve(root, values.out ?? (values.print ? 'ap-phich-in' : 'dist/khau-hieu-anh'));

const dir = positionals[0] || process.env.CHIDAO_CONTENT_DIR || 'content/directives';
const t0 = performance.now();
const { entries, problems } = loadEntries(root, dir);
if (problems.length) {
  for (const p of problems) console.error(formatProblem(p));
  process.exit(1);
}
let slogans = slogansOf(entries);
if (values.only) slogans = slogans.filter((s) => s.slug.startsWith(values.only!));
try {
  const { manifest, stats } = await buildPosters({
    slogans, presets, styles, phrases: config.phrases,
    outDir: out,
    cacheDir: resolve(root, values.cache),
    log: values.quiet ? undefined : (l) => console.log(l),
  });
  for (const [id, ms] of Object.entries(stats.msByPreset)) {
    console.log(`  ${id}: ${(ms / stats.renderedByPreset[id]!).toFixed(0)} ms/poster (${stats.renderedByPreset[id]} drawn, several at a time)`);
  }
  console.log(`${slogans.length} slogans, ${manifest.posters.length} posters: ${stats.rendered} drawn, ${stats.cached} from the cache, ${((performance.now() - t0) / 1000).toFixed(1)} s → ${join(out, 'manifest.json')}`);
} catch (e) {
  if (e instanceof GlyphGateError) { console.error(e.message); process.exit(1); }
  throw e;
}
