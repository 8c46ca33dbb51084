/**
 * The three sites of tests/fixtures/sites (the same content and site.yaml as the federation
 * builds, tests/helpers/federation.ts) built each on its own at its own address
 * (https://<id>.chidao.test/, served to Chromium by routing: tests/helpers/routed-sites.ts), for
 * the tests of federated search and of the offline bundle of several sites. Each peer the fixture
 * gives by a path is given here by its address instead, so that links and searches go from one
 * origin to another as on the web. The commune site searches the two others beside its own.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { astroBuild } from './build.ts';
import { copySiteContent, SITES, writeSiteConfig, type SiteId } from './federation.ts';

export type SiteName = SiteId;

/** The web address of a fixture site ("https://xa.chidao.test/"). */
export const siteUrl = (name: string) => `https://${name}.chidao.test/`;

/** Builds the three sites under `work` (one after the other: two cores); returns each output folder. */
export function buildSites(work: string): Record<SiteName, string> {
  const out = {} as Record<SiteName, string>;
  for (const name of SITES) {
    const dist = join(work, name, 'dist');
    out[name] = dist;
    if (existsSync(join(dist, 'index.html')) && process.env.CHIDAO_TEST_SITES_REUSE) continue;
    const content = join(work, name, 'directives');
    copySiteContent(name, content);
    const config = join(work, name, 'site.yaml');
    writeSiteConfig(name, config, ({ path: _path, ...p }) => ({ ...p, url: siteUrl(p.id) }));
    const r = astroBuild(dist, {
      CHIDAO_CONTENT_DIR: content,
      CHIDAO_SITE_CONFIG: config,
      CHIDAO_CACHE_DIR: join(work, name, 'cache'),
      CHIDAO_SITE: siteUrl(name).slice(0, -1),
      CHIDAO_POSTERS: '0',
    });
    if (r.status !== 0) throw new Error(`build of the ${name} site failed:\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`);
  }
  return out;
}
