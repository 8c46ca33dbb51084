/**
 * Reading peer sites' graphs (src/federation/read-peers.ts): from a build folder, a .zip, a URL;
 * every way a peer can fail is a problem naming the peer and the reason, and the last good copy
 * from the cache stands in; never a throw.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { readPeers } from '../../src/federation/read-peers.ts';
import { checkContract, CONTRACT_VERSION } from '../../src/federation/contract.ts';
import type { Peer } from '../../src/site/site-config.ts';
import { tempDir } from '../helpers/temp.ts';

const graph = (office: string) => ({
  format: 'chidao-graph', version: CONTRACT_VERSION, site: { id: 'tinh', office },
  documents: [{ id: 'van-ban/hd-06', url: 'van-ban/hd-06/', entry: 'hd-06', type: 'huong-dan', number: { printed: '06-HD/BTGDVTU', key: '06hdbtgdvtu' }, group: '06hdbtgdvtu', date: '2025-08-06', spellings: [] }],
  references: [], implements: { 'hd-06': [] }, numbers: {},
});
const peer = (p: Partial<Peer>): Peer => ({ id: 'tinh', name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy', relation: 'upstream', search: false, ...p });

function scratch() {
  const root = tempDir('peers');
  const cacheDir = join(root, 'cache');
  return { root, cacheDir };
}

describe('readPeers', () => {
  it('reads a build folder and a zip of one (at its top or in one folder)', async () => {
    const { root, cacheDir } = scratch();
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'dist/do-thi.json'), JSON.stringify(graph('A')));
    writeFileSync(join(root, 'top.zip'), zipSync({ 'do-thi.json': strToU8(JSON.stringify(graph('B'))), 'van-ban/x/index.html': strToU8('<p>') }));
    writeFileSync(join(root, 'nested.zip'), zipSync({ 'dist-offline/do-thi.json': strToU8(JSON.stringify(graph('C'))) }));
    const config = { peers: [peer({ id: 'a', path: 'dist' }), peer({ id: 'b', path: 'top.zip' }), peer({ id: 'c', path: join(root, 'nested.zip') })] };
    const { peers, problems } = await readPeers(config, { root, cacheDir });
    expect(problems).toEqual([]);
    expect(peers.map((p) => [p.peer.id, p.graph.site.office, p.from])).toEqual([['a', 'A', 'path'], ['b', 'B', 'path'], ['c', 'C', 'path']]);
  });

  it('fetches url + do-thi.json when there is no path', async () => {
    const { root, cacheDir } = scratch();
    const asked: string[] = [];
    const fetch = (async (u: string) => { asked.push(String(u)); return new Response(JSON.stringify(graph('U'))); }) as unknown as typeof globalThis.fetch;
    const { peers, problems } = await readPeers({ peers: [peer({ url: 'https://tinh.example/chidao' })] }, { root, cacheDir, fetch });
    expect(asked).toEqual(['https://tinh.example/chidao/do-thi.json']);
    expect(problems).toEqual([]);
    expect(peers[0]!.from).toBe('url');
  });

  it('names the peer and the reason for each failure, and goes on without it', async () => {
    const { root, cacheDir } = scratch();
    mkdirSync(join(root, 'broken'));
    writeFileSync(join(root, 'broken/do-thi.json'), '{"format": "chidao-graph", "vers');
    mkdirSync(join(root, 'old'));
    writeFileSync(join(root, 'old/do-thi.json'), JSON.stringify({ ...graph('O'), version: 1 }));
    mkdirSync(join(root, 'bad'));
    writeFileSync(join(root, 'bad/do-thi.json'), JSON.stringify({ ...graph('X'), documents: [{ id: 'x', url: 'https://elsewhere/' }] }));
    writeFileSync(join(root, 'not.zip'), 'PK but not really');
    const fetch = (async () => { throw new Error('getaddrinfo ENOTFOUND tinh.example'); }) as unknown as typeof globalThis.fetch;
    const http404 = (async () => new Response('no', { status: 404 })) as unknown as typeof globalThis.fetch;
    const config = { peers: [
      peer({ id: 'missing', path: 'nowhere' }), peer({ id: 'broken', path: 'broken' }), peer({ id: 'old', path: 'old' }),
      peer({ id: 'bad', path: 'bad' }), peer({ id: 'zip', path: 'not.zip' }), peer({ id: 'net', url: 'https://tinh.example/' }),
    ] };
    const { peers, problems } = await readPeers(config, { root, cacheDir, fetch });
    expect(peers).toEqual([]);
    expect(problems).toHaveLength(6);
    expect(problems[0]).toMatch(/^peer "missing" \(Ban Tuyên giáo và Dân vận Tỉnh ủy\): .*nowhere does not exist; left out of this build/);
    expect(problems[1]).toMatch(/^peer "broken" .*not valid JSON/);
    expect(problems[2]).toMatch(/^peer "old" .*version 1; this build reads version 2/);
    expect(problems[3]).toMatch(/^peer "bad" .*does not match the contract \(documents\.0\.url: a path relative to the site base; documents\.0\.spellings/);
    expect(problems[4]).toMatch(/^peer "zip" .*not a readable zip/);
    expect(problems[5]).toMatch(/^peer "net" .*ENOTFOUND/);
    const { problems: p404 } = await readPeers({ peers: [peer({ url: 'https://tinh.example/' })] }, { root, cacheDir, fetch: http404 });
    expect(p404[0]).toMatch(/HTTP 404/);
  });

  it('stands in the last good copy from the cache when a peer fails later', async () => {
    const { root, cacheDir } = scratch();
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'dist/do-thi.json'), JSON.stringify(graph('first')));
    const config = { peers: [peer({ path: 'dist' })] };
    expect((await readPeers(config, { root, cacheDir })).problems).toEqual([]);
    writeFileSync(join(root, 'dist/do-thi.json'), 'not json');
    const { peers, problems } = await readPeers(config, { root, cacheDir });
    expect(peers.map((p) => [p.graph.site.office, p.from])).toEqual([['first', 'cache']]);
    expect(problems[0]).toMatch(/^peer "tinh" .*not valid JSON .*; using the copy cached \d{4}-\d\d-\d\dT/);
  });

  it('refuses a reference to a document the graph does not hold', () => {
    const g = { ...graph('A'), references: [{ from: 'hd-06', mention: 0, line: 1, raw: 'x', sentence: 'x', status: 'stated', target: 'tai-lieu/none' }] };
    expect(checkContract(g)).toEqual({ problem: 'reference from hd-06 to tai-lieu/none, which is not among its documents' });
    expect('graph' in checkContract(graph('A'))).toBe(true);
  });
});
