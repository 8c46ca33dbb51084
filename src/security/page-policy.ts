/**
 * Which policy a rendered page gets, by its URL: 'wasm-unsafe-eval' only where Pagefind may
 * compile its WebAssembly in the page itself (the search page: its worker fallback, and always in
 * the offline copy, where no worker can start) and on the poster maker page (satori's layout
 * WebAssembly), which alone also shows blob: images (the poster it drew). Reading pages get
 * neither. src/middleware.ts applies it to every HTML page.
 */
import { ROUTES } from '../lib/links.ts';
import { withCsp } from './csp.ts';

/** Route paths (relative to the site base, as in ROUTES) of the pages allowed 'wasm-unsafe-eval'. */
export const WASM_ROUTES: ReadonlySet<string> = new Set([ROUTES.search(), ROUTES.posterMaker()]);

/** Route paths of the pages allowed blob: images (they show images their script drew). */
export const BLOB_IMAGE_ROUTES: ReadonlySet<string> = new Set([ROUTES.posterMaker()]);

/** A page's route path relative to the site base: "/sub/tim-kiem/" with base "/sub/" → "tim-kiem/". */
export function routeOf(pathname: string, base: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const path = pathname.startsWith(b) ? pathname.slice(b.length) : pathname.replace(/^\//, '');
  return decodeURI(path);
}

/**
 * The page's HTML with its policy; an error names the page. `peerOrigins`: the origins of the peer
 * sites the search page searches (content/site.yaml, `search: true`), allowed on that page only.
 */
export function pagePolicyFor(pathname: string, base: string, html: string, peerOrigins: readonly string[] = []): string {
  try {
    const route = routeOf(pathname, base);
    return withCsp(html, { wasm: WASM_ROUTES.has(route), blobImages: BLOB_IMAGE_ROUTES.has(route), peerOrigins: route === ROUTES.search() ? peerOrigins : [] }).html;
  } catch (e) {
    throw new Error(`${pathname}: ${(e as Error).message}`);
  }
}
