/**
 * Share links of a page, script-free (reading pages carry no JavaScript), for its canonical web URL
 * (the site's address, also in the offline copy: a file:// address means nothing to others).
 *
 * - Facebook: the sharer URL, https://www.facebook.com/sharer/sharer.php?u=<url>.
 * - Zalo documents only a JavaScript share button (its social plugin: a `zalo-share-button`
 *   element and the script https://sp.zalo.me/plugins/sdk.js, needing an Official Account id). The
 *   addresses other sites link to instead (sp.zalo.me/share?…, /share_inline?…, /share/base?…)
 *   differ from site to site and are not documented by Zalo, so none is used: the Zalo link opens
 *   Zalo on the web (chat.zalo.me) and the page says to paste the address from the copy field.
 */
export interface ShareLinks {
  facebook: string;
  zalo: string;
}

export function shareLinks(url: string): ShareLinks {
  const u = new URL(url);
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new Error(`a shared address must be a web address, not "${url}"`);
  return {
    facebook: `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(u.href)}`,
    zalo: 'https://chat.zalo.me/',
  };
}
