/**
 * The seeds as three sites, each built on its own (tests of federated search and of the offline
 * bundle of several sites): the central seed (000, Cục Thông tin cơ sở), the province seed (001,
 * Cao Bằng) and the commune seed (004, Đảng ủy xã), each with its own content folder, site config
 * (tests/fixtures/sites-search/<site>.yaml), cache and output folder, and its own address
 * (https://<site>.chidao.test/, served to Chromium by routing: tests/helpers/routed-sites.ts).
 * The commune site searches the two others beside its own.
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { astroBuild } from './build.ts';
import { CONTENT_DIR, ROOT } from './seeds.ts';

export const SITES = {
  tw: { entry: 'cong-van-khong-so-2024-44cf0838.mdx', office: 'Cục Thông tin cơ sở' },
  tinh: { entry: 'huong-dan-khong-so-khong-ngay-cb6f72ab.mdx', office: 'Ban Tuyên giáo Tỉnh ủy Cao Bằng' },
  xa: { entry: 'ke-hoach-khong-so-khong-ngay-d1f5bbac.mdx', office: 'Đảng ủy xã' },
} as const;
export type SiteName = keyof typeof SITES;

/** The web address of a fixture site ("https://xa.chidao.test/"). */
export const siteUrl = (name: SiteName) => `https://${name}.chidao.test/`;

/** Builds the three sites under `work` (one after the other: two cores); returns each output folder. */
export function buildSites(work: string): Record<SiteName, string> {
  const out = {} as Record<SiteName, string>;
  for (const name of Object.keys(SITES) as SiteName[]) {
    const content = join(work, name, 'directives');
    mkdirSync(content, { recursive: true });
    copyFileSync(join(CONTENT_DIR, SITES[name].entry), join(content, SITES[name].entry));
    const dist = join(work, name, 'dist');
    out[name] = dist;
    if (existsSync(join(dist, 'index.html')) && process.env.CHIDAO_TEST_SITES_REUSE) continue;
    const r = astroBuild(dist, {
      CHIDAO_CONTENT_DIR: content,
      CHIDAO_SITE_CONFIG: join(ROOT, 'tests/fixtures/sites-search', `${name}.yaml`),
      CHIDAO_CACHE_DIR: join(work, name, 'cache'),
      CHIDAO_SITE: siteUrl(name).slice(0, -1),
      CHIDAO_POSTERS: '0',
    });
    if (r.status !== 0) throw new Error(`build of the ${name} site failed:\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`);
  }
  return out;
}
