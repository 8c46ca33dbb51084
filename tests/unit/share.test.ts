/** Share links (src/lib/share.ts): the canonical web address, encoded once; never a file:// address. */
import { describe, expect, it } from 'vitest';
import { shareLinks } from '../../src/lib/share.ts';

describe('share links', () => {
  it("Facebook's sharer carries the page's address, percent-encoded", () => {
    const url = 'https://chidao.example/sub/van-ban/cong-van-khong-so-2024-44cf0838/';
    expect(shareLinks(url).facebook).toBe('https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fchidao.example%2Fsub%2Fvan-ban%2Fcong-van-khong-so-2024-44cf0838%2F');
    expect(decodeURIComponent(new URL(shareLinks(url).facebook).searchParams.get('u')!)).toBe(url);
  });
  it('an address with Vietnamese letters, a query or a fragment stays one parameter', () => {
    const fb = new URL(shareLinks('https://chidao.example/khau-hieu/đảng?x=1&y=2#a').facebook);
    expect([...fb.searchParams.keys()]).toEqual(['u']);
    expect(fb.searchParams.get('u')).toBe('https://chidao.example/khau-hieu/%C4%91%E1%BA%A3ng?x=1&y=2#a');
  });
  it('Zalo: its web app (no documented script-free share address)', () => {
    expect(shareLinks('https://chidao.example/').zalo).toBe('https://chat.zalo.me/');
  });
  it('refuses an address that is not on the web (the offline copy shares the web address)', () => {
    expect(() => shareLinks('file:///home/x/chidao/van-ban/a/index.html')).toThrow(/web address/);
  });
});
