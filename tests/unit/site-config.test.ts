import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSiteConfig, parseSiteConfig, siteConfigPath } from '../../src/site/site-config.ts';
import { tempDir } from '../helpers/temp.ts';

describe('site config (content/site.yaml)', () => {
  it('reads the project file', () => {
    const c = loadSiteConfig(process.cwd(), {});
    expect(c.id).toBe('chidao');
    expect(c.peers).toEqual([]);
  });

  it('gives defaults when the file is absent', () => {
    const dir = tempDir('site-config');
    expect(loadSiteConfig(dir, {})).toEqual({ id: 'chidao', office: 'Ban Tuyên giáo', peers: [] });
  });

  it('follows CHIDAO_SITE_CONFIG', () => {
    const dir = tempDir('site-config');
    writeFileSync(join(dir, 'xa.yaml'), 'id: xa-gio-son\noffice: Đảng ủy xã Gio Sơn\n');
    expect(siteConfigPath(dir, { CHIDAO_SITE_CONFIG: 'xa.yaml' })).toBe(join(dir, 'xa.yaml'));
    expect(loadSiteConfig(dir, { CHIDAO_SITE_CONFIG: 'xa.yaml' }).office).toBe('Đảng ủy xã Gio Sơn');
  });

  it('reads peers with their defaults', () => {
    const c = parseSiteConfig([
      'id: xa',
      'peers:',
      '  - id: tinh',
      '    name: Ban Tuyên giáo Tỉnh ủy',
      '    relation: upstream',
      '    path: ../tinh/dist',
      '    search: true',
      '  - id: trung-uong',
      '    name: Ban Tuyên giáo Trung ương',
      '    url: https://tw.example/',
    ].join('\n'), 'site.yaml');
    expect(c.peers).toEqual([
      { id: 'tinh', name: 'Ban Tuyên giáo Tỉnh ủy', relation: 'upstream', path: '../tinh/dist', search: true },
      { id: 'trung-uong', name: 'Ban Tuyên giáo Trung ương', relation: 'peer', url: 'https://tw.example/', search: false },
    ]);
  });

  it('names the file, line and field of a bad peer', () => {
    const text = 'id: xa\npeers:\n  - id: tinh\n    name: A\n    url: x\n  - id: tinh\n    name: B\n    path: b\n';
    expect(() => parseSiteConfig(text, 'site.yaml')).toThrow(/site\.yaml:5: peers\.0\.url/);
    const dup = 'id: xa\npeers:\n  - id: tinh\n    name: A\n    path: a\n  - id: tinh\n    name: B\n    path: b\n';
    expect(() => parseSiteConfig(dup, 'site.yaml')).toThrow(/site\.yaml:6: peers\.1\.id: duplicate peer id "tinh"/);
    expect(() => parseSiteConfig('peers:\n  - id: p\n    name: A\n', 'site.yaml')).toThrow(/a peer needs a url or a path/);
    expect(() => parseSiteConfig('office: [\n', 'site.yaml')).toThrow(/site\.yaml: not valid YAML/);
    expect(() => parseSiteConfig('colour: red\n', 'site.yaml')).toThrow(/site\.yaml/);
  });
});
