/**
 * Every internal link of a built site must point at something: for each HTML file, every href/src
 * that stays on the site is resolved (against the page and the base path) to a file in the build.
 * Links to a peer site (issue 21) are not internal: absolute URLs, or "<base>../<peer id>/…".
 * Used by `npm run check` and the build-output tests.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { parse } from 'node-html-parser';

export interface BrokenLink {
  /** The page, relative to the build folder. */
  page: string;
  href: string;
}

function* htmlFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* htmlFiles(p);
    else if (name.endsWith('.html')) yield p;
  }
}

/** The build file a site path stands for ("/a/b/" → a/b/index.html), or undefined when outside the base. */
function targetFile(dist: string, sitePath: string, base: string): string | undefined {
  if (!sitePath.startsWith(base)) return undefined;
  let rel = decodeURIComponent(sitePath.slice(base.length));
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  return join(dist, ...rel.split('/'));
}

export function brokenInternalLinks(dist: string, base = '/'): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const normBase = base.endsWith('/') ? base : `${base}/`;
  for (const file of htmlFiles(dist)) {
    const page = relative(dist, file).split(sep).join('/');
    const pagePath = `${normBase}${page.replace(/index\.html$/, '')}`;
    const root = parse(readFileSync(file, 'utf8'));
    for (const el of root.querySelectorAll('[href], [src]')) {
      const ref = el.getAttribute('href') ?? el.getAttribute('src') ?? '';
      if (!ref || /^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i.test(ref)) continue; // other origins, mailto:, fragments
      const path = ref.split(/[?#]/)[0]!;
      if (path.startsWith(`${normBase}../`)) continue; // a peer site's page, in a sibling folder (peerHref, src/lib/links.ts)
      const sitePath = path.startsWith('/') ? path : posix.join(posix.dirname(`${pagePath}x`), path) + (path.endsWith('/') ? '/' : '');
      const target = targetFile(dist, sitePath, normBase);
      if (!target || !existsSync(target) || statSync(target).isDirectory()) broken.push({ page, href: ref });
    }
  }
  return broken;
}
