/**
 * The search page's script (tim-kiem/): bundled by esbuild into ONE classic script (an IIFE, no
 * modules of its own), so the offline edition can run it from file:// by swapping how Pagefind is
 * loaded (window.chidaoLoadPagefind) — the number shards are already classic scripts.
 *
 * Order of results: (1) documents bearing the number typed (cited documents, each with the
 * directives citing it), (2) directives of the collection bearing it, (3) full-text hits from
 * Pagefind — for a number query, on request (Enter, the button, or a query sent in the address by
 * the header box), so that a number query typed here loads a few KB, not Pagefind. Full-text hits
 * Pagefind only guessed are dropped (hit-check.ts); the hits shown are ordered by exact accents and
 * side-by-side words (accent-rank.ts). Everything shown comes from data as text nodes: no
 * innerHTML anywhere.
 */
import { DOCUMENT_TYPES } from '../model/document-type.ts';
import { displayPartialDate } from '../model/partial-date.ts';
import { phraseFirst, phraseQuery, rankHits } from './accent-rank.ts';
import { bestExcerpt, excerptSegments } from './highlight.ts';
import { keepRealHits, searchedWords, typedWords } from './hit-check.ts';
import { matchNumber, SHARD_CALLBACK, shardFor, type LookupDoc, type NumberMatch } from './number-match.ts';
import { mayBecomeNumber, parseQuery, type ParsedQuery } from './query.ts';
import { FILTERS, SORT_KEY } from './record-keys.ts';
import { docIdentity, peerUrl, readSearchIndex, SEARCH_INDEX_CALLBACK, siteOfInstance, type SearchIndexFile, type SearchPeer } from './federation.ts';

/** `part`: the index part the hit comes from (src/search/pagefind-merge.ts). */
interface PagefindResult { id: string; part?: number; data: () => Promise<PagefindData> }
interface PagefindData { url: string; raw_url?: string; excerpt: string; content: string; meta: Record<string, string | undefined>; site?: SearchPeer }
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, o?: Record<string, unknown>): Promise<void>;
  search(term: string | null, o?: Record<string, unknown>): Promise<{ results: PagefindResult[] } | null>;
}
declare global {
  interface Window {
    /** The offline edition's Pagefind loader (file:// cannot import modules); absent on the web. */
    chidaoLoadPagefind?: (bundlePath: string) => Promise<Pagefind>;
    [SHARD_CALLBACK]?: (index: number, docs: LookupDoc[]) => void;
    [SEARCH_INDEX_CALLBACK]?: (file: SearchIndexFile) => void;
  }
}

/** Full-text hits shown at first, then per "more" click (each loads its excerpt, ~5–8 KB). */
const FIRST_PAGE = 5;
const PAGE_SIZE = 10;
/** Documents shown per part of the number block (a bare "1" may name hundreds). */
const MAX_CARDS = 20;
/** A search runs after a pause in typing this long (a number with its ký hiệu does not wait). */
const DEBOUNCE_MS = 150;
const FILTER_NAMES = Object.keys(FILTERS);

/** A peer's documents bearing the number typed. */
interface PeerMatches { peer: SearchPeer; matches: NumberMatch[] }

const root = document.getElementById('tim-kiem');
if (root) start(root);

function start(root: HTMLElement) {
  const cfg = {
    base: root.dataset.base ?? '/',
    bundle: root.dataset.bundle ?? '/pagefind/',
    /** The index's other parts (folders in the bundle), newest first (src/search/parts.ts). */
    parts: (root.dataset.parts ?? '').split(' ').filter(Boolean),
    shards: root.dataset.shards ?? '',
    starts: (root.dataset.starts ?? '0').split(',').map(Number),
    weights: JSON.parse(root.dataset.weights ?? '{}') as Record<string, number>,
    /** Peer sites searched beside this one (src/search/federation.ts); none unless the config asks. */
    peers: JSON.parse(root.dataset.peers ?? '[]') as SearchPeer[],
    /** Where a peer keeps its search file, number shards and Pagefind bundle (the link helper's routes). */
    peerRoutes: JSON.parse(root.dataset.peerRoutes ?? '{}') as { index: string; shards: string; pagefind: string },
  };
  const peerNote = root.querySelector<HTMLElement>('#tk-lien-thong-loi');
  // Which peers are searched: written here, from the peers this page can reach (the offline copy
  // keeps only the sites on the same stick).
  const peerLine = root.querySelector<HTMLElement>('#tk-lien-thong');
  if (peerLine && cfg.peers.length) {
    peerLine.firstElementChild!.textContent = `Tìm cả trên trang của ${cfg.peers.map((p) => p.name).join(', ')}.`;
    peerLine.hidden = false;
  }
  const form = root.querySelector('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const select = (name: string) => form.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
  const status = root.querySelector<HTMLElement>('#tk-trang-thai')!;
  const numberBox = root.querySelector<HTMLElement>('#tk-so-hieu')!;
  const numberTitle = numberBox.querySelector('h2')!;
  const numberBody = numberBox.querySelector('div')!;
  const textBox = root.querySelector<HTMLElement>('#tk-toan-van')!;
  const textList = textBox.querySelector('ol')!;
  const more = textBox.querySelector<HTMLButtonElement>('button.more')!;
  const offer = textBox.querySelector<HTMLElement>('.offer')!;

  // --- loading -------------------------------------------------------------------------------
  /**
   * Data files are classic scripts calling a global callback (number shards, search files), from
   * this site or a peer's. A script's load event fires in the same task as its execution, so the
   * call just before a script's load event is that script's, whichever site it came from.
   */
  let lastCall: unknown[] | undefined;
  const capture = (...args: unknown[]) => { lastCall = args; };
  window[SHARD_CALLBACK] = capture;
  window[SEARCH_INDEX_CALLBACK] = capture;
  const scripts = new Map<string, Promise<unknown[]>>();
  const loadScript = (src: string) => {
    let p = scripts.get(src);
    if (!p) {
      p = new Promise<unknown[]>((resolve, reject) => {
        const s = document.createElement('script');
        s.src = src;
        s.onload = () => { const got = lastCall; lastCall = undefined; s.remove(); if (got) resolve(got); else reject(new Error(`${src}: không có dữ liệu`)); };
        s.onerror = () => { s.remove(); reject(new Error(`không tải được ${src}`)); };
        document.head.appendChild(s);
      });
      p.catch(() => scripts.delete(src)); // a later search tries again
      scripts.set(src, p);
    }
    return p;
  };
  const loadShard = (prefix: string, i: number) => loadScript(`${prefix}${i}.js`).then((a) => a[1] as LookupDoc[]);
  const peerIndex = (peer: SearchPeer) => loadScript(peerUrl(peer.base, cfg.peerRoutes.index)).then((a) => readSearchIndex(a[0]));

  /** Peers whose index could not be read: named under the search box, searched again next time. */
  const failed = new Set<string>();
  const peerFailed = (peer: SearchPeer, e: unknown) => {
    console.warn(`${peer.name}: ${(e as Error).message}`);
    failed.add(peer.name);
    if (peerNote) peerNote.textContent = ` Không tải được chỉ mục tìm kiếm của ${[...failed].join(', ')}: kết quả chưa có phần của trang đó.`;
  };
  const peerOk = (peer: SearchPeer) => {
    if (failed.delete(peer.name) && peerNote) peerNote.textContent = failed.size ? ` Không tải được chỉ mục tìm kiếm của ${[...failed].join(', ')}: kết quả chưa có phần của trang đó.` : '';
  };

  /** How many Pagefind instances each site holds, own site first, then each peer merged (merged order). */
  let instanceCounts: number[] = [];
  let instanceSites: Array<SearchPeer | undefined> = [];
  let pagefind: Promise<Pagefind> | undefined;
  const loadPagefind = () => (pagefind ??= (async () => {
    const pf = window.chidaoLoadPagefind
      ? await window.chidaoLoadPagefind(cfg.bundle)
      : (await import(/* @vite-ignore */ `${cfg.bundle}pagefind.js`)) as Pagefind;
    const options = { baseUrl: cfg.base, excerptLength: 28, ranking: { metaWeights: cfg.weights } };
    await pf.options(options);
    await pf.init();
    // In order: with a sort, results come part after part (src/search/pagefind-merge.ts).
    for (const part of cfg.parts) await pf.mergeIndex(`${cfg.bundle}${part}/`, options);
    instanceCounts = [1 + cfg.parts.length];
    instanceSites = [undefined];
    // Peers' indexes (Pagefind's multisite merge), each after its search file and its entry file
    // were read (all peers at once): an index Pagefind cannot load would fail every later search,
    // not only its own. Then every merge is started at once, in the peers' order: Pagefind adds
    // each index to its list when the call is made, so the order of the list is the order here.
    const ready = await Promise.all(cfg.peers.map(async (peer) => {
      const bundle = peerUrl(peer.base, cfg.peerRoutes.pagefind);
      try {
        const index = await peerIndex(peer);
        const entry = await fetch(`${bundle}pagefind-entry.json`);
        if (!entry.ok) throw new Error(`${bundle}pagefind-entry.json: HTTP ${entry.status}`);
        peerOk(peer);
        return { peer, bundle, index };
      } catch (e) { peerFailed(peer, e); return undefined; }
    }));
    const merges: Promise<void>[] = [];
    for (const r of ready) {
      if (!r) continue;
      merges.push(pf.mergeIndex(r.bundle, options), ...r.index.parts.map((part) => pf.mergeIndex(`${r.bundle}${part}/`, options)));
      instanceCounts.push(1 + r.index.parts.length);
      instanceSites.push(r.peer);
    }
    await Promise.all(merges);
    return pf;
  })().catch((e: unknown) => { pagefind = undefined; throw e; })); // a later search tries again
  /** The peer a full-text hit comes from (undefined: this site). */
  const siteOf = (r: PagefindResult) => instanceSites[siteOfInstance(instanceCounts, r.part ?? 0)];

  // --- DOM helpers (text only) -------------------------------------------------------------------
  type Child = Node | string | false | undefined;
  function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Child[]) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    for (const c of children) if (c) e.append(c);
    return e;
  }
  const url = (route: string) => `${cfg.base.endsWith('/') ? cfg.base : `${cfg.base}/`}${route}`;
  const typeName = (t: string | undefined) => (t && t in DOCUMENT_TYPES ? DOCUMENT_TYPES[t as keyof typeof DOCUMENT_TYPES].name : 'Văn bản');
  const when = (d: LookupDoc) => (d.d ? (d.d.length === 10 ? `ngày ${displayPartialDate(d.d)}` : displayPartialDate(d.d)) : d.r ? `khóa ${d.r}` : 'không rõ ngày');

  // --- state -----------------------------------------------------------------------------------
  let run = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let hits: PagefindResult[] = [];
  let shown = 0;
  let shownUrls = new Set<string>();
  let parsed: ParsedQuery = parseQuery('');
  /** Whether shown hits are ordered by accents and phrase (src/search/accent-rank.ts): not when sorted by date. */
  let reorder = true;

  const filters = () => {
    const f: Record<string, string> = {};
    for (const n of FILTER_NAMES) { const v = select(n)?.value; if (v) f[n] = v; }
    return f;
  };
  const sortOption = () => {
    const v = select('sap_xep')?.value;
    return v === 'moi' ? { [SORT_KEY]: 'desc' } : undefined;
  };

  function writeUrl() {
    const params = new URLSearchParams();
    if (input.value.trim()) params.set('q', input.value.trim());
    for (const [k, v] of Object.entries(filters())) params.set(k, v);
    const s = select('sap_xep')?.value;
    if (s) params.set('sap_xep', s);
    const qs = params.toString();
    history.replaceState(null, '', qs ? `?${qs}` : location.pathname);
  }

  function readUrl() {
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    for (const n of [...FILTER_NAMES, 'sap_xep']) {
      const s = select(n);
      const v = params.get(n);
      if (s && v !== null && [...s.options].some((o) => o.value === v)) {
        s.value = v;
        if (v) s.closest('details')?.setAttribute('open', '');
      }
    }
  }

  // --- number block ------------------------------------------------------------------------------
  function numberCard(m: NumberMatch & { site?: SearchPeer }) {
    const d = m.doc;
    const site = m.site;
    const at = (route: string) => (site ? peerUrl(site.base, route) : url(route));
    const where = site ? 'trên trang đó' : 'trong kho';
    const title = `${typeName(d.t)} số ${d.p}`;
    const li = h('li', { class: `doc${m.tier === 0 ? ' exact' : ''}` },
      h('a', { class: 'kq', href: at(d.u) }, title),
      site && h('p', { class: 'site' }, `trên trang của ${site.name}`),
      h('p', { class: 'meta' }, [when(d), d.i].filter(Boolean).join(' · ')),
      d.h && h('p', { class: 'subject' }, d.h));
    if (d.n === 0) li.append(h('p', { class: 'cited' }, `Chưa có văn bản nào ${where} dẫn chiếu văn bản này.`));
    else {
      li.append(h('p', { class: 'cited' }, `Được dẫn chiếu bởi ${d.n} văn bản ${where}:`),
        h('ul', {}, ...d.c.map(([route, label]) => h('li', {}, h('a', { href: at(route) }, label)))));
      if (d.n > d.c.length) li.append(h('p', {}, h('a', { href: at(d.u) }, `Xem cả ${d.n} văn bản dẫn chiếu`)));
    }
    return li;
  }

  function renderNumber(matches: NumberMatch[], q: ParsedQuery, peers: PeerMatches[] = []) {
    numberBody.replaceChildren();
    shownUrls = new Set([...matches.map((m) => url(m.doc.u)), ...peers.flatMap((p) => p.matches.map((m) => peerUrl(p.peer.base, m.doc.u)))]);
    if (!matches.length && !peers.length) { numberBox.hidden = true; return; }
    const exact = [...matches, ...peers.flatMap((p) => p.matches)].find((m) => m.tier === 0);
    const label = exact ? exact.doc.p : `${q.number!.type ? `${typeName(q.number!.type)} ` : ''}số ${q.number!.seq}`;
    numberTitle.textContent = `Văn bản mang số ${label}`;
    const cited = matches.filter((m) => !m.doc.e).slice(0, MAX_CARDS);
    const own = matches.filter((m) => m.doc.e).slice(0, MAX_CARDS);
    if (cited.length) {
      numberBody.append(h('h3', {}, `Văn bản được dẫn chiếu (${cited.length})`), h('ol', { class: 'docs' }, ...cited.map(numberCard)));
    }
    if (own.length) {
      numberBody.append(h('h3', {}, `Văn bản trong kho (${own.length})`), h('ol', { class: 'docs' }, ...own.map(numberCard)));
    }
    const left = matches.length - cited.length - own.length;
    if (left > 0) numberBody.append(h('p', {}, `… và ${left} văn bản khác mang số này: gõ thêm ký hiệu (“${q.number!.seq}-KH”, “${q.number!.seq}/UBND”…) để thu hẹp.`));
    const groups = [...new Set(matches.map((m) => m.doc.g))];
    if (groups.length === 1) numberBody.append(h('p', {}, h('a', { href: url(groups[0]!) }, `Trang số hiệu ${matches[0]!.doc.p}: mọi văn bản mang số này và các dẫn chiếu chưa xác định`)));
    for (const { peer, matches: found } of peers) {
      const cards = found.slice(0, MAX_CARDS);
      numberBody.append(h('h3', {}, `Trên trang của ${peer.name} (${found.length})`), h('ol', { class: 'docs' }, ...cards.map((m) => numberCard({ ...m, site: peer }))));
      if (found.length > cards.length) numberBody.append(h('p', {}, `… và ${found.length - cards.length} văn bản khác trên trang đó.`));
    }
    numberBox.hidden = false;
  }

  // --- full-text results -------------------------------------------------------------------------
  function hitItem(data: PagefindData, q: ParsedQuery) {
    const m = data.meta;
    const site = data.site;
    const line = [m.type, m.number ? `Số ${m.number}` : 'Không số', m.date, m.issuer].filter(Boolean).join(' · ');
    const excerpt = h('p', { class: 'excerpt' });
    const last = q.terms[q.terms.length - 1];
    const segments = bestExcerpt(data.content ?? '', q.terms, last) ?? excerptSegments(data.excerpt ?? '', q.terms, last);
    for (const seg of segments) excerpt.append(seg.mark ? h('mark', {}, seg.text) : seg.text);
    return h('li', { class: 'hit' },
      h('a', { class: 'kq', href: data.url }, m.title || data.url),
      site && h('p', { class: 'site' }, `trên trang của ${site.name}`),
      h('p', { class: 'meta' }, line),
      excerpt);
  }

  async function showMore(token: number, focusFirst: boolean, count = PAGE_SIZE) {
    const next = hits.slice(shown, shown + count);
    shown += next.length;
    const loaded = await Promise.all(next.map((r) => hitData(r)));
    if (token !== run) return;
    const items = reorder ? rankHits(loaded, parsed.text) : loaded;
    const nodes = items.filter((d) => !shownUrls.has(d.url)).map((d) => hitItem(d, parsed));
    textList.append(...nodes);
    more.hidden = shown >= hits.length;
    if (focusFirst) nodes[0]?.querySelector('a')?.focus();
  }

  /** A hit's data; a peer's hit gets the peer's URL for its page and the peer, for its label. */
  async function hitData(r: PagefindResult): Promise<PagefindData> {
    const d = await r.data();
    const site = siteOf(r);
    return site ? { ...d, url: peerUrl(site.base, d.raw_url ?? d.url), site } : d;
  }

  // --- a search ----------------------------------------------------------------------------------
  /**
   * After "Không tìm thấy…": the words of the query no document holds — a one-word query is told
   * to check its spelling; a longer one is told which of its words to check or leave out.
   */
  const notFound = (words: string[], query: string) => {
    if (!words.length) return '';
    if (words.length === 1 && searchedWords(query).length === 1) return ' Hãy kiểm tra chính tả.';
    return ` Không văn bản nào có ${words.length > 1 ? 'các từ' : 'từ'} ${words.map((w) => `“${w}”`).join(', ')}: hãy kiểm tra chính tả hoặc bỏ bớt từ.`;
  };

  /**
   * The number block: a shard of a few KB, loaded once. Stale answers (the reader typed on) are
   * dropped by the token.
   */
  let numberRun = 0;
  let numberCount = 0;
  async function showNumber(q: ParsedQuery) {
    const token = ++numberRun;
    delete root.dataset.numberDone;
    if (!q.number || !cfg.shards) { numberCount = 0; renderNumber([], q); return; }
    try {
      const seq = Number(q.number.seq);
      const [docs, peers] = await Promise.all([loadShard(cfg.shards, shardFor(cfg.starts, seq)), peerNumbers(q, seq)]);
      if (token !== numberRun) return;
      const matches = matchNumber(q.number, docs);
      // A document this site already shows (cited here too) is not repeated from a peer's lookup,
      // unless it is that peer's own directive (its full text is there).
      const seen = new Set(matches.map((m) => docIdentity(m.doc)));
      const fromPeers: PeerMatches[] = [];
      for (const p of peers) {
        const fresh = p.matches.filter((m) => m.doc.e || !seen.has(docIdentity(m.doc)));
        for (const m of fresh) seen.add(docIdentity(m.doc));
        if (fresh.length) fromPeers.push({ peer: p.peer, matches: fresh });
      }
      numberCount = matches.length + fromPeers.reduce((n, p) => n + p.matches.length, 0);
      renderNumber(matches, q, fromPeers);
      root.dataset.numberDone = q.text;
    } catch (e) {
      console.error(e);
      if (token === numberRun) { numberCount = 0; renderNumber([], q); }
    }
  }

  /**
   * A search: the number block, then Pagefind's full-text hits (first page, with excerpts). For a
   * number query the full text waits to be asked for (Enter, or the button): the number block is
   * the answer, and Pagefind's library, metadata and index (~250–600 KB at 10,000 directives) are
   * not loaded for it — nor for a pause on a number half typed ("NQ 1").
   */
  /** The number query on each peer's lookup (its search file, then the one shard): failures named, not fatal. */
  async function peerNumbers(q: ParsedQuery, seq: number): Promise<PeerMatches[]> {
    const out = await Promise.all(cfg.peers.map(async (peer) => {
      try {
        const index = await peerIndex(peer);
        const docs = await loadShard(peerUrl(peer.base, cfg.peerRoutes.shards), shardFor(index.starts, seq));
        peerOk(peer);
        return { peer, matches: matchNumber(q.number!, docs) };
      } catch (e) { peerFailed(peer, e); return { peer, matches: [] }; }
    }));
    return out.filter((p) => p.matches.length);
  }

  async function search(wantFullText: boolean) {
    clearTimeout(timer);
    const token = ++run;
    delete root.dataset.done; // set again, to the query, when its results are all shown
    writeUrl();
    const q = parseQuery(input.value);
    parsed = q;
    const f = filters();
    const sort = sortOption();
    const quoted = q.text ? ` cho “${q.text}”` : '';
    if (!q.text && !Object.keys(f).length) {
      ++numberRun;
      numberBox.hidden = true; textBox.hidden = true; numberBody.replaceChildren(); textList.replaceChildren();
      status.textContent = 'Nhập số ký hiệu hoặc từ khóa để tìm.';
      root.dataset.done = '';
      return;
    }
    status.textContent = 'Đang tìm…';
    root.setAttribute('aria-busy', 'true');
    await showNumber(q);
    if (token !== run) return;
    textBox.querySelector('h2')!.textContent = q.number ? 'Trong nội dung văn bản' : 'Kết quả';
    if (q.number && !wantFullText && !Object.keys(f).length) {
      hits = [];
      textList.replaceChildren();
      more.hidden = true;
      offer.hidden = false;
      textBox.hidden = false;
      status.textContent = `${numberCount ? `${numberCount} văn bản mang số này${quoted}` : `Không có văn bản nào mang số này trong kho${quoted}`}. Nhấn Enter để tìm cả trong nội dung văn bản.`;
      root.removeAttribute('aria-busy');
      root.dataset.done = q.text;
      return;
    }
    try {
      const pf = await loadPagefind();
      if (token !== run) return;
      const res = await pf.search(q.text || null, { filters: f, ...(sort ? { sort } : {}) });
      if (token !== run || !res) return;
      // Pagefind answers a word it cannot find with a shorter one, or without it: such hits go.
      const checked = await keepRealHits(res.results, searchedWords(q.text));
      if (token !== run) return;
      // The texts holding the words side by side first, from any page of hits (accent-rank.ts).
      const phrase = sort || checked.hits.length < 2 ? undefined : phraseQuery(q.text);
      const together = phrase ? await pf.search(phrase, { filters: f }) : null;
      if (token !== run) return;
      hits = together ? phraseFirst(checked.hits, new Set(together.results.map((r) => r.id))) : checked.hits;
      reorder = !sort;
      shown = 0;
      textList.replaceChildren();
      offer.hidden = true;
      textBox.hidden = !hits.length; // no empty "Kết quả" heading under "Không tìm thấy…"
      await showMore(token, false, FIRST_PAGE);
      if (token !== run) return;
      status.textContent = numberCount || hits.length
        ? `${numberCount ? `${numberCount} văn bản mang số này; ` : ''}${hits.length} kết quả trong nội dung${quoted}.`
        : `Không tìm thấy văn bản nào${quoted}.${notFound(typedWords(q.text, checked.missing), q.text)}`;
    } catch (e) {
      console.error(e);
      if (token === run) status.textContent = 'Không tải được chỉ mục tìm kiếm. Hãy thử tải lại trang.';
    } finally {
      if (token === run) { root.removeAttribute('aria-busy'); root.dataset.done = q.text; }
    }
  }

  // --- events ------------------------------------------------------------------------------------
  /** The result links shown, in order: number block first, then full-text hits. */
  const resultLinks = () => [...root.querySelectorAll<HTMLAnchorElement>('a.kq')].filter((a) => !a.closest('[hidden]'));
  form.addEventListener('submit', (e) => { e.preventDefault(); void search(true); });
  input.addEventListener('input', () => {
    ++run; // a search still running is for an older query
    clearTimeout(timer);
    timer = setTimeout(() => void search(false), DEBOUNCE_MS);
    const q = parseQuery(input.value);
    // A number with its ký hiệu started ("59/C…") cannot change shard: look it up at once. A bare
    // number may still grow ("8" → "81" → "8144"): the search after the pause shows it, so
    // typing does not load every shard on the way.
    if (q.number?.key) void showNumber(q);
    else if (!q.number) {
      void showNumber(q); // clears the block
      // Words: the full-text search will need Pagefind; start loading it while the reader types.
      if (!mayBecomeNumber(q.text)) void loadPagefind().catch(() => undefined);
    }
  });
  for (const n of [...FILTER_NAMES, 'sap_xep']) select(n)?.addEventListener('change', () => void search(true));
  more.addEventListener('click', () => void showMore(run, true).catch((e: unknown) => console.error(e)));
  offer.querySelector('button')!.addEventListener('click', () => void search(true).then(() => resultLinks().find((a) => a.closest('#tk-toan-van'))?.focus()));

  // Keyboard: ↓ from the box to the first result, ↑/↓ between results, Esc back to the box.
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') { const first = resultLinks()[0]; if (first) { e.preventDefault(); first.focus(); } }
  });
  root.addEventListener('keydown', (e) => {
    const t = e.target as HTMLElement;
    if (!t.matches('a.kq')) return;
    const links = resultLinks();
    const i = links.indexOf(t as HTMLAnchorElement);
    if (e.key === 'ArrowDown' && links[i + 1]) { e.preventDefault(); links[i + 1]!.focus(); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); (links[i - 1] ?? input).focus(); }
    else if (e.key === 'Escape') { e.preventDefault(); input.focus(); }
  });

  readUrl();
  // A query in the address was sent (Enter in the header box, or a link to results): the reader
  // asked already, so a number query gets its full-text hits too, without a second Enter.
  if (input.value.trim() || Object.keys(filters()).length) void search(true);
  else status.textContent = 'Nhập số ký hiệu hoặc từ khóa để tìm.';
}
