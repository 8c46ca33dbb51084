/**
 * The peer baseline of `npm run bench`: the same synthetic corpus built by Hugo, then indexed by
 * Pagefind's CLI, on the same machine in the same run (the setup of the peer benchmarks in
 * shared/research/peer-bench.md: `buildFuture`, taxonomies and RSS off, a trivial single.html with
 * `<main data-pagefind-body>` and a list.html with one link per page).
 *
 * Steps, each measured by `runMeasured` (wall, CPU, peak RSS of the process tree):
 *   hugo-corpus    make-corpus.mjs --format md (same count and seed as the txt corpus of the main
 *                  bench, so the same directives); not part of a build, reported for reference
 *   hugo           `hugo --quiet` after deleting public/, resources/ and Hugo's cache dir
 *   hugo-pagefind  Pagefind 1.6.0 from the project (`node node_modules/pagefind/lib/runner/bin.cjs
 *                  --site public`); its peak includes the small Node wrapper that starts the binary
 *
 * Hugo comes from Debian (`apt-get install hugo`, 0.111.3): `hugoAvailable()` tells whether it is
 * on PATH. Layout under `work`: hugo/{hugo.toml,layouts/,content/directives/,public/}; the corpus's
 * manifest.json is moved to hugo/manifest.json (inside content/ Hugo would publish it).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runMeasured } from '../lib/measure.ts';
import type { Measured } from '../lib/measure.ts';
import type { StepResult } from './steps.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DEFAULT_CORPUS_SCRIPT = resolve(ROOT, '..', 'shared', 'bench', 'make-corpus.mjs');
const PAGEFIND_RUNNER = join(ROOT, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');

const HUGO_TOML = `baseURL = "/"
languageCode = "vi"
title = "Chỉ đạo (Hugo peer benchmark)"
buildFuture = true
disableKinds = ["taxonomy", "term", "RSS"]
`;

const SINGLE_HTML = `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body>
<main data-pagefind-body>
<h1>{{ .Title }}</h1>
<time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "02/01/2006" }}</time>
{{ .Content }}
</main>
</body>
</html>
`;

const LIST_HTML = `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body>
<h1>{{ .Title }}</h1>
<ul>
{{ range .RegularPagesRecursive }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
{{ end }}</ul>
</body>
</html>
`;

/** Whether a `hugo` binary is on PATH and runs. */
export function hugoAvailable(): boolean {
  const r = spawnSync('hugo', ['version'], { stdio: 'ignore' });
  return r.status === 0;
}

/** Files, bytes and HTML files under dir (recursively); zeros if it does not exist. */
function dirStats(dir: string): { files: number; bytes: number; html: number } {
  const out = { files: 0, bytes: 0, html: 0 };
  if (!existsSync(dir)) return out;
  const stack = [dir];
  while (stack.length) {
    const d = stack.pop()!;
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) stack.push(p);
      else if (e.isFile()) {
        out.files++;
        out.bytes += statSync(p).size;
        if (e.name.endsWith('.html')) out.html++;
      }
    }
  }
  return out;
}

const tail = (s: string, lines = 20) => s.trimEnd().split('\n').slice(-lines).join('\n');

function check(step: string, m: Measured): void {
  if (m.code === 0) return;
  throw new Error(`bench step "${step}" exited with code ${m.code} after ${m.wallS.toFixed(1)} s\n`
    + `--- stderr (tail) ---\n${tail(m.stderr) || '(empty)'}\n--- stdout (tail) ---\n${tail(m.stdout, 5) || '(empty)'}`);
}

const base = (name: string, m: Measured): StepResult => ({ name, wallS: m.wallS, cpuS: m.cpuS, peakRss: m.peakRss });

export async function benchHugo(opts: {
  count: number;
  seed?: number;
  work: string;
  /** make-corpus.mjs; default ../shared/bench/make-corpus.mjs next to the project. */
  corpusScript?: string;
  echo?: boolean;
}): Promise<StepResult[]> {
  if (!hugoAvailable()) throw new Error('hugo is not on PATH (Debian: apt-get install -y hugo)');
  if (!existsSync(PAGEFIND_RUNNER)) throw new Error(`Pagefind CLI not found at ${PAGEFIND_RUNNER} (npm install)`);
  const corpusScript = opts.corpusScript ?? DEFAULT_CORPUS_SCRIPT;
  if (!existsSync(corpusScript)) throw new Error(`make-corpus.mjs not found at ${corpusScript}`);

  const site = resolve(opts.work, 'hugo');
  const content = join(site, 'content', 'directives');
  const publicDir = join(site, 'public');
  const cacheDir = join(site, '.hugo_cache');
  const results: StepResult[] = [];

  // The site: config and two layouts (rewritten every run), content from make-corpus.
  rmSync(join(site, 'content'), { recursive: true, force: true });
  mkdirSync(content, { recursive: true });
  mkdirSync(join(site, 'layouts', '_default'), { recursive: true });
  writeFileSync(join(site, 'hugo.toml'), HUGO_TOML);
  writeFileSync(join(site, 'layouts', '_default', 'single.html'), SINGLE_HTML);
  writeFileSync(join(site, 'layouts', '_default', 'list.html'), LIST_HTML);

  const corpusArgs = [corpusScript, '--count', String(opts.count), '--out', content, '--format', 'md'];
  if (opts.seed !== undefined) corpusArgs.push('--seed', String(opts.seed));
  const gen = await runMeasured(process.execPath, corpusArgs, { echo: opts.echo });
  check('hugo-corpus', gen);
  const manifest = join(content, 'manifest.json');
  if (existsSync(manifest)) renameSync(manifest, join(site, 'manifest.json'));
  const cs = dirStats(content);
  results.push({ ...base('hugo-corpus', gen), files: cs.files, bytes: cs.bytes, pages: cs.files, note: 'make-corpus --format md (not part of the build)' });

  // Hugo, from clean.
  for (const d of [publicDir, join(site, 'resources'), cacheDir]) rmSync(d, { recursive: true, force: true });
  const hugo = await runMeasured('hugo', ['--quiet'], {
    cwd: site, echo: opts.echo, env: { ...process.env, HUGO_CACHEDIR: cacheDir },
  });
  check('hugo', hugo);
  const hs = dirStats(publicDir);
  const expected = opts.count + 2; // directives + section list + home
  results.push({
    ...base('hugo', hugo), files: hs.files, bytes: hs.bytes, pages: hs.html,
    note: hs.html === expected ? undefined : `expected ${expected} HTML pages, got ${hs.html}`,
  });

  // Pagefind on Hugo's output.
  const pf = await runMeasured(process.execPath, [PAGEFIND_RUNNER, '--site', 'public'], { cwd: site, echo: opts.echo });
  check('hugo-pagefind', pf);
  const ps = dirStats(join(publicDir, 'pagefind'));
  const indexed = /Indexed (\d+) pages?/.exec(pf.stdout);
  const pages = indexed ? Number(indexed[1]) : hs.html;
  const words = /Indexed (\d+) words?/.exec(pf.stdout);
  results.push({
    ...base('hugo-pagefind', pf), files: ps.files, bytes: ps.bytes, pages,
    note: [words ? `${words[1]} words` : '', indexed ? '' : 'page count from HTML files (no "Indexed N pages" line)']
      .filter(Boolean).join('; ') || undefined,
  });
  return results;
}
