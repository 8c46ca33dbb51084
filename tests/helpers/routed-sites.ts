/**
 * Several built sites at their own https addresses in one Chromium context, without a server or a
 * name lookup: every request to https://<name>.chidao.test/ is answered from that site's output
 * folder by playwright's routing (a folder URL → its index.html), as a web server would. Peer
 * sites must let other sites' search pages read their index (fetch from another origin), so the
 * answers carry `Access-Control-Allow-Origin: *`, as a peer's server must send for pagefind/.
 * A site listed in `down` answers 503 to everything (a peer that cannot be reached).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { BrowserContext } from 'playwright-core';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.xml': 'application/xml',
};

export async function routeSites(ctx: BrowserContext, sites: Record<string, string>, down: ReadonlySet<string> = new Set()): Promise<void> {
  await ctx.route(/^https:\/\/[a-z0-9-]+\.chidao\.test\//, async (route) => {
    const url = new URL(route.request().url());
    const name = url.hostname.split('.')[0]!;
    const dist = sites[name];
    if (!dist || down.has(name)) return route.fulfill({ status: 503, body: 'unavailable' });
    let file = join(dist, normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, ''));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({
      status: 200,
      headers: { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'access-control-allow-origin': '*' },
      body: readFileSync(file),
    });
  });
}
