/**
 * Pagefind from file://, where module scripts, fetch() and workers are refused
 * (../shared/research/search.md §2): the same index, read through classic scripts.
 *
 * - pagefind.js (an ES module) → a classic script defining `window.__chidaoPagefind`, with
 *   `import.meta.url` replaced by a global the loader sets (esbuild, the version pinned).
 * - every other bundle file → `<file>.js` containing `__pfPut("<file>", "<base64>")`.
 * - LOADER_SOURCE (pagefind-offline.js) defines `window.chidaoLoadPagefind`, the hook the search
 *   page's script (src/search/ui.ts) calls instead of import(): it loads the classic pagefind.js,
 *   replaces window.fetch for URLs inside the bundle by script injection, runs without a worker,
 *   and turns result URLs into the same relative URLs the page builds for its own links.
 *
 * Depends on Pagefind internals (import.meta.url, global fetch, file names): pagefind is pinned and
 * tests/browser/offline.test.ts searches from disk end to end.
 */
import { transform } from 'esbuild';

/** The classic script's global name and the global standing for import.meta.url. */
export const PAGEFIND_GLOBAL = '__chidaoPagefind';
export const PAGEFIND_URL_GLOBAL = '__chidaoPagefindUrl';
/** The loader's file name in the bundle folder. */
export const LOADER_FILE = 'pagefind-offline.js';
/** Files of the web bundle the offline copy drops (a worker cannot start from file://). */
export const DROPPED_FILES = new Set(['pagefind-worker.js']);

/** pagefind.js (ES module) → a classic script assigning its exports to window.__chidaoPagefind. */
export async function pagefindToClassic(source: string): Promise<string> {
  const r = await transform(source, {
    format: 'iife',
    globalName: PAGEFIND_GLOBAL,
    platform: 'browser',
    target: 'es2020',
    define: { 'import.meta.url': `globalThis.${PAGEFIND_URL_GLOBAL}` },
    logLevel: 'silent',
    legalComments: 'none',
  });
  if (/\bimport\.meta\b/.test(r.code) || /^\s*(import|export)\s/m.test(r.code)) {
    throw new Error('pagefind.js: module syntax left after conversion (Pagefind changed?)');
  }
  return r.code;
}

/** One bundle file as a classic script: `__pfPut("index/vi_x.pf_index","<base64>");`. */
export function wrapBundleFile(key: string, bytes: Uint8Array): string {
  return `__pfPut(${JSON.stringify(key)},"${Buffer.from(bytes).toString('base64')}");\n`;
}

/** The file name of a wrapped bundle file. */
export const wrappedName = (key: string) => `${key}.js`;

/**
 * The loader, a classic script (ES2017, no modules). Kept as source text: it runs only in the
 * offline copy's search page, before tim-kiem.js.
 */
export const LOADER_SOURCE = `/* chidao offline: Pagefind from file:// through classic scripts (src/offline/pagefind.ts) */
(function () {
  'use strict';
  var cache = Object.create(null), bundleAbs = '', api = null, last = null;
  // A wrapped file's call: taken by the load event of its script, which fires in the same task as
  // the script ran, so it is that file's whichever bundle (this site's or a sibling's) it is in.
  window.__pfPut = function (key, b64) { last = b64; };
  function decode(b64) {
    var s = atob(b64), n = s.length, u = new Uint8Array(n);
    for (var i = 0; i < n; i++) u[i] = s.charCodeAt(i);
    return u;
  }
  function script(src) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = src;
      s.onload = function () { s.remove(); resolve(); };
      s.onerror = function () { s.remove(); reject(new Error('Không tải được ' + src)); };
      document.head.appendChild(s);
    });
  }
  function load(abs) {
    var p = cache[abs];
    if (!p) {
      p = cache[abs] = new Promise(function (resolve, reject) {
        var s = document.createElement('script');
        s.src = abs + '.js';
        s.onload = function () {
          var b64 = last; last = null; s.remove();
          if (b64 === null) reject(new Error('Tệp chỉ mục hỏng: ' + abs)); else resolve(decode(b64));
        };
        s.onerror = function () { s.remove(); reject(new Error('Không tải được ' + s.src)); };
        document.head.appendChild(s);
      });
      p.then(function () { delete cache[abs]; }, function () { delete cache[abs]; });
    }
    return p;
  }
  var realFetch = window.fetch ? window.fetch.bind(window) : null;
  window.fetch = function (input, init) {
    var url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    var abs = new URL(url, location.href).href.split(/[?#]/)[0];
    // Every file the copy fetches is a Pagefind file, of this site's bundle or of a sibling
    // site's on the same stick (federated search): read through its wrapped script.
    if (bundleAbs && abs.indexOf('file:') === 0) {
      return load(abs).then(function (bytes) {
        return new Response(bytes, { status: 200, headers: { 'Content-Type': /\\/wasm\\.[^\\/]*$/.test(abs) ? 'application/wasm' : 'application/octet-stream' } });
      });
    }
    if (!realFetch) return Promise.reject(new Error('fetch unavailable'));
    return realFetch(input, init);
  };
  // Links the search page builds point at folders ("../van-ban/x/"): on disk, their index.html.
  function explicit(root) {
    var links = root.querySelectorAll('a[href$="/"]');
    for (var i = 0; i < links.length; i++) {
      var h = links[i].getAttribute('href');
      if (!/^([a-z][a-z0-9+.-]*:|\\/\\/|#)/i.test(h)) links[i].setAttribute('href', h + 'index.html');
    }
  }
  function watch() {
    var root = document.getElementById('tim-kiem');
    if (!root) return;
    explicit(root);
    new MutationObserver(function () { explicit(root); }).observe(root, { childList: true, subtree: true });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watch);
  else watch();
  function wrap(pf) {
    var root = document.getElementById('tim-kiem');
    var base = (root && root.dataset.base) || './';
    if (base.charAt(base.length - 1) !== '/') base += '/';
    var fix = function (u) { return typeof u !== 'string' || /^([a-z][a-z0-9+.-]*:|\\/\\/)/i.test(u) ? u : base + u.replace(/^\\/+/, ''); };
    var out = {}; // the module namespace has getters only: copy its functions
    Object.keys(pf).forEach(function (k) { out[k] = pf[k]; });
    out.options = function (o) {
      return pf.options(Object.assign({}, o, { baseUrl: '/', basePath: bundleAbs, noWorker: true }));
    };
    // The index's other parts (src/search/parts.ts) are folders of the bundle: read the same way.
    out.mergeIndex = function (path, o) {
      return pf.mergeIndex(new URL(path, location.href).href, Object.assign({}, o, { baseUrl: '/' }));
    };
    out.search = function (term, o) {
      return pf.search(term, o).then(function (res) {
        if (!res) return res;
        res.results = res.results.map(function (r) {
          return Object.assign({}, r, {
            data: function () {
              return r.data().then(function (d) {
                var sub = (d.sub_results || []).map(function (s) { return Object.assign({}, s, { url: fix(s.url) }); });
                return Object.assign({}, d, { url: fix(d.url), raw_url: d.raw_url, sub_results: sub });
              });
            },
          });
        });
        return res;
      });
    };
    return out;
  }
  window.chidaoLoadPagefind = function (bundlePath) {
    if (!api) {
      bundleAbs = new URL(bundlePath, location.href).href;
      window.${PAGEFIND_URL_GLOBAL} = bundleAbs + 'pagefind.js';
      api = script(bundleAbs + 'pagefind.js').then(function () { return wrap(window.${PAGEFIND_GLOBAL}); });
      api.catch(function () { api = null; });
    }
    return api;
  };
})();
`;
