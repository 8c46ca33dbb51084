/** A page-rewriting thread for packageOffline (package.ts): the build's paths come once, as workerData. */
import { workerData } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathKinds, rewritePage, siblingKinds, type PageRewrite, type RewriteContext, type RewriteJob } from './package.ts';

const ctx = workerData as RewriteContext & { dist: string };
const kind = pathKinds(ctx.paths);
const siblings = siblingKinds(ctx.siblings ?? []);
export default function rewrite({ pages }: RewriteJob): PageRewrite[] {
  return pages.map((p) => rewritePage(p, readFileSync(join(ctx.dist, p)), { base: ctx.base, site: ctx.site, kind, siblings }));
}
