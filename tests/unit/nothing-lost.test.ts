/**
 * The "nothing lost" audit (src/audit/nothing-lost.ts) on the three real entries, rendered by the
 * project's own renderer (citation links and all) into pages shaped like the site's, then on pages
 * that lose text: a paragraph dropped, a letter or a tone mark changed, paragraphs swapped, a page
 * or a slogan missing, a page too many; and on text that HTML and MDX treat specially.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadEntries, type LoadedEntry } from '../../src/entry/load-entries.ts';
import { parseBody } from '../../src/entry/body.ts';
import { readEntryFile, serializeEntry } from '../../src/entry/entry-file.ts';
import { buildGraph } from '../../src/graph/build.ts';
import { citationLinks } from '../../src/render/citation-links.ts';
import { escapeHtml, renderBody } from '../../src/render/body-html.ts';
import { renderEntryFile } from '../../src/render/entry-body.ts';
import { collectSlogans, sloganSlug } from '../../src/slogans/collect.ts';
import { foldWhitespace } from '../../src/text/fold.ts';
import { ROUTES } from '../../src/lib/links.ts';
import {
  auditDirectivePage, auditNothingLost, bodyPrints, decodeEntities, fold, hashBytes, matchInOrder, pageBodyBlocks,
  pageKeepsPrints, paragraphPrints, paragraphsOf, printOf, type AuditEntry, type AuditProblem, type BuiltSite,
} from '../../src/audit/nothing-lost.ts';
import { frontmatterSlogans, readAuditEntry, sloganLines } from '../../src/audit/read-site.ts';
import { SEED } from '../helpers/content-entries.ts';
import { importString, ROOT, SEED_001_SLOGANS } from '../helpers/seeds.ts';

// ---------------------------------------------------------------------------------------------
// The seeds as the site renders them.

const { entries: loaded } = loadEntries(ROOT, 'content/directives');
const graph = buildGraph(loaded);
const byId = new Map(loaded.map((e) => [e.id, e]));

function auditEntry(e: LoadedEntry): AuditEntry {
  const r = readAuditEntry(e.file, e.id, e.text);
  if (!('entry' in r)) throw new Error(r.problem.message);
  return r.entry;
}

/** A page shaped like src/pages/van-ban/[id].astro: metadata, then .text with the official head and the body. */
const page = (bodyHtml: string, title = 'Văn bản') =>
  `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title><style>.text :global(p){margin:0}</style></head><body>` +
  `<main><article class="directive" data-pagefind-body data-astro-cid-g2yc3rct><div hidden data-pagefind-ignore><span data-pagefind-meta="title">${title}</span></div>` +
  `<h1 data-astro-cid-g2yc3rct>${title}</h1><dl class="attributes"><dt>Nguồn</dt><dd>x.txt</dd></dl>` +
  `<div class="text" data-astro-cid-g2yc3rct> <div class="vb-head" role="group"><div class="left"><p class="issuer">BAN TUYÊN GIÁO</p><p class="star" aria-hidden="true">*</p></div></div> ` +
  `<div class="body" data-astro-cid-g2yc3rct>${bodyHtml}</div> </div> </article>` +
  `<section class="relations"><h2>Quan hệ với các văn bản khác</h2><p>Không dẫn chiếu văn bản nào.</p></section></main></body></html>`;

const seedBody = (e: LoadedEntry) => renderEntryFile(join(ROOT, e.file), citationLinks({ graph }, e.id, e.mentions, '/')).html;

const galleryPage = (texts: readonly string[]) =>
  `<html><body><h1>Khẩu hiệu</h1><ul class="slogan-gallery">${texts.map((t) =>
    `<li data-astro-cid-x><a class="slogan" href="/khau-hieu/${sloganSlug(t)}/" data-astro-cid-x>${escapeHtml(t)}</a><p class="from">Xuất hiện trong 1 văn bản.</p></li>`).join('')}</ul></body></html>`;
const sloganPage = (text: string) => `<html><body><p class="kicker"><a href="/khau-hieu/">Khẩu hiệu</a></p><h1 class="slogan" data-astro-cid-y>${escapeHtml(text)}</h1></body></html>`;

/** The seeds' site: every directive page, the gallery and the slogan pages; `change` edits it. */
function seedSite(change: (pages: Map<string, string>) => void = () => {}): BuiltSite {
  const pages = new Map<string, string>();
  for (const e of loaded) pages.set(ROUTES.directive(e.id), page(seedBody(e)));
  const slogans = collectSlogans(loaded);
  pages.set(ROUTES.slogans(), galleryPage(slogans.map((s) => s.text)));
  for (const s of slogans) pages.set(ROUTES.slogan(s.slug), sloganPage(s.text));
  change(pages);
  return {
    readPage: (path) => pages.get(path),
    directivePages: () => [...pages.keys()].flatMap((p) => (/^van-ban\/([^/]+)\/$/.exec(p)?.[1] ?? []) as string[]),
  };
}

const seedEntries = loaded.map(auditEntry);
const seed001 = auditEntry(byId.get(SEED.huongDan)!);
const seed001Page = ROUTES.directive(SEED.huongDan);
const fileLines = readFileSync(join(ROOT, seed001.file), 'utf8').split('\n');

/**
 * The text comparison's problems, checking that the fast path (fingerprints of the page's bytes)
 * agrees: on a page in NFC it passes exactly when the comparison finds nothing; on any page it
 * passes only then (a page not in NFC goes to the comparison).
 */
function bothWays(entry: AuditEntry, html: string | undefined): AuditProblem[] {
  const problems = auditDirectivePage(entry, html);
  const fast = pageKeepsPrints(paragraphPrints(entry.paragraphs), html === undefined ? undefined : Buffer.from(html));
  if (html === undefined || html === html.normalize('NFC')) expect(fast).toBe(problems.length === 0);
  else if (fast) expect(problems).toEqual([]);
  // As the audit runs it (entries' text already in NFC: not normalised again): passing means passing.
  if (pageKeepsPrints(paragraphPrints(entry.paragraphs, false), html === undefined ? undefined : Buffer.from(html))) expect(problems).toEqual([]);
  if (html !== undefined && html === html.normalize('NFC')) {
    // The bytes read as the text is: the same blocks, fingerprinted.
    const text = pageBodyBlocks(html), bytes = bodyPrints(Buffer.from(html));
    if (text && bytes) expect(bytes).toEqual({ ...text, blocks: text.blocks.map((b) => printOf(b)) });
  }
  return problems;
}

/** The paragraph of seed 001 whose folded text starts with `start`. */
const paragraph001 = (start: string) => seed001.paragraphs.find((p) => fold(p.text).startsWith(start))!;

describe('the seeds, as the site renders them', () => {
  it('lose nothing: every paragraph of the three entries is on its page, every slogan in the gallery', () => {
    expect(seedEntries).toHaveLength(3);
    expect(auditNothingLost(seedEntries, seedSite())).toEqual([]);
    for (const e of seedEntries) expect(bothWays(e, seedSite().readPage(ROUTES.directive(e.id)))).toEqual([]);
  });

  it('reads every text block: header lines, headings, numbered and dashed items, slogans, distribution list', () => {
    const texts = seed001.paragraphs.map((p) => fold(p.text));
    expect(texts.length).toBeGreaterThan(40);
    expect(texts).toContain('I- MỤC ĐÍCH, YÊU CẦU'); // a heading
    expect(texts.find((t) => t.startsWith('1. Tuyên truyền, quán triệt sâu rộng'))).toBeDefined(); // "1\." unescaped
    expect(texts.find((t) => t.startsWith('- Khẳng định việc tổng kết'))).toBeDefined();
    // "**31/12/2024**": the text a reader sees, without the asterisks.
    expect(texts.find((t) => t.includes('trước ngày 31/12/2024, bảo đảm'))).toBeDefined();
    // Two list items on consecutive lines of the source are two paragraphs, each read whole.
    expect(texts).toContain('4. Tổ chức tuyên truyền trên các ấn phẩm sách, tài liệu tuyên truyền.');
    expect(texts).toContain('5. Tuyên truyền thông qua các tọa đàm, hội thảo khoa học, diễn đàn...');
    SEED_001_SLOGANS.forEach((s, i) => expect(texts).toContain(`${i + 1}. ${s}`)); // the <Slogans> block, numbered
    expect(texts).toContain('Nơi nhận:'); // <Distribution>
    expect(texts.find((t) => t.startsWith('- Ban Tuyên giáo TW (báo cáo), - Thường trực Tỉnh ủy (báo cáo),'))).toBeDefined();
  });

  it('gives each paragraph the line of the entry file it starts on', () => {
    for (const p of seed001.paragraphs) {
      const line = fileLines[p.line - 1]!;
      const firstWord = fold(p.text).split(' ')[0]!.replace(/[\\*]/g, '');
      expect(line.replace(/[\\*]/g, ''), `line ${p.line}`).toContain(firstWord);
    }
    expect(fileLines[paragraph001('I- MỤC ĐÍCH').line - 1]).toBe('## I- MỤC ĐÍCH, YÊU CẦU');
  });

  it('the rendered page holds the body blocks, citation links read as their text', () => {
    const html = seedSite().readPage(seed001Page)!;
    expect(html).toContain('<a class="cite"');
    const body = pageBodyBlocks(html)!;
    expect(body.closed).toBe(true);
    expect(body.blocks).not.toContain('BAN TUYÊN GIÁO'); // the official head is outside .body
    expect(body.blocks).not.toContain('Không dẫn chiếu văn bản nào.'); // after the body
    expect(body.blocks.find((b) => b.startsWith('Thực hiện Hướng dẫn số 173-HD/BTGTW, ngày 28/11/2024 của Ban Tuyên giáo Trung ương'))).toBeDefined();
  });

  it('reads entries as readEntryFile does (the frontmatter read alone for its slogans)', () => {
    for (const e of loaded) {
      const fast = auditEntry(e);
      const exact = readAuditEntry(e.file, e.id, e.text, true);
      expect('entry' in exact && exact.entry).toEqual(fast);
      expect(fast.slogans.map((s) => s.text)).toEqual(e.data.slogans);
    }
  });

  it('names the line of each slogan in the frontmatter', () => {
    expect(seed001.slogans).toHaveLength(10);
    for (const s of seed001.slogans) expect(fileLines[s.line - 1]).toBe(`  - ${s.text}`);
  });
});

describe('pages that lose text', () => {
  const html = seedSite().readPage(seed001Page)!;
  const target = paragraph001('2. Đề cao vai trò, trách nhiệm');

  it('a paragraph dropped from the page: its file and line', () => {
    const cut = html.replace(/<p>2\. Đề cao vai trò[^]*?<\/p>\n/, '');
    expect(cut.length).toBeLessThan(html.length);
    const problems = bothWays(seed001, cut);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/directives/huong-dan-khong-so-khong-ngay-cb6f72ab.mdx', line: target.line });
    expect(problems[0]!.message).toMatch(/^paragraph missing from van-ban\/huong-dan-khong-so-khong-ngay-cb6f72ab\/: «2\. Đề cao vai trò/);
  });

  it('one tone mark changed ("Đảng" → "Đang"), one letter changed, one letter dropped', () => {
    for (const [from, to] of [['sâu rộng, tạo sự thống nhất cao về tư tưởng và hành động trong toàn Đảng', 'sâu rộng, tạo sự thống nhất cao về tư tưởng và hành động trong toàn Đang'],
      ['Đề cao vai trò', 'Đề cao vai tró'], ['Đề cao vai trò', 'Đề cao vai trò'.normalize('NFD').replace('\u0300', '')], ['quyết tâm chính trị', 'quyết tâm chính tr']]) {
      const changed = html.replace(from!, to!);
      expect(changed).not.toBe(html);
      const problems = bothWays(seed001, changed);
      expect(problems, to).toHaveLength(1);
      expect(problems[0]!.message).toContain('where the page has');
    }
    const problems = auditDirectivePage(seed001, html.replace('hành động trong toàn Đảng', 'hành động trong toàn Đang'));
    expect(problems[0]!.line).toBe(paragraph001('1. Tuyên truyền, quán triệt sâu rộng').line);
    expect(problems[0]!.message).toContain('toàn Đảng');
    expect(problems[0]!.message).toContain('toàn Đang');
  });

  it('two paragraphs swapped: out of order', () => {
    const a = /<p>1\. Tuyên truyền, quán triệt[^]*?<\/p>/.exec(html)![0];
    const b = /<p>2\. Đề cao vai trò[^]*?<\/p>/.exec(html)![0];
    const swapped = html.replace(a, '\u0000').replace(b, a).replace('\u0000', b);
    const problems = bothWays(seed001, swapped);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/^paragraph out of order/);
  });

  it('a paragraph merged into the next one, or split in two, is lost as a paragraph', () => {
    const merged = html.replace(/(<p>2\. Đề cao vai trò[^]*?)<\/p>\n<p>/, '$1 ');
    expect(bothWays(seed001, merged)).toHaveLength(2);
    const split = html.replace('quyết tâm chính trị mạnh mẽ', 'quyết tâm chính trị</p><p>mạnh mẽ');
    expect(bothWays(seed001, split)).toHaveLength(1);
  });

  it('a short paragraph cannot hide inside a longer block', () => {
    const entry: AuditEntry = { id: 'x', file: 'x.mdx', slogans: [], paragraphs: [{ text: '1.', line: 3 }, { text: 'Về tổ chức', line: 5 }] };
    expect(bothWays(entry, page('<p>1. Về tổ chức</p>'))).toHaveLength(2);
    expect(bothWays(entry, page('<h3>1.</h3>\n<p>Về tổ chức</p>'))).toEqual([]);
  });

  it('a slogan dropped from the <Slogans> block of the text', () => {
    const cut = html.replace(`<li class="slogan">8. ${SEED_001_SLOGANS[7]}</li>`, '');
    expect(cut).not.toBe(html);
    const problems = bothWays(seed001, cut);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('Đảng Cộng sản Việt Nam quang vinh muôn năm!');
  });

  it('the text body missing, emptied or not closed', () => {
    expect(bothWays(seed001, html.replace('class="body"', 'class="corps"'))[0]!.message).toMatch(/has no text body/);
    expect(bothWays(seed001, page('')).length).toBe(seed001.paragraphs.length);
    expect(bothWays(seed001, html.slice(0, html.indexOf('</div> </div> </article>')))[0]!.message).toMatch(/not closed/);
  });

  it('extra text on the page is not a loss', () => {
    expect(bothWays(seed001, html.replace('<div class="body" data-astro-cid-g2yc3rct>', '$&<p>Lời giới thiệu.</p>'))).toEqual([]);
  });
});

describe('pages and slogans of the build', () => {
  it('a missing directive page', () => {
    const problems = auditNothingLost(seedEntries, seedSite((p) => p.delete(ROUTES.directive(SEED.keHoach))));
    expect(problems).toEqual([{ file: 'content/directives/ke-hoach-khong-so-khong-ngay-d1f5bbac.mdx', line: 1, message: `directive page van-ban/${SEED.keHoach}/ is missing from the build` }]);
  });

  it('a directive page without an entry', () => {
    const problems = auditNothingLost(seedEntries, seedSite((p) => p.set(ROUTES.directive('chi-thi-99-ct-tw-2030'), page('<p>x</p>'))));
    expect(problems).toEqual([{ file: 'van-ban/chi-thi-99-ct-tw-2030/index.html', line: 1, message: 'directive page without an entry (no chi-thi-99-ct-tw-2030.mdx in the content folder)' }]);
  });

  it('a slogan missing from the gallery, or without its page: the line of the slogan', () => {
    const missing = SEED_001_SLOGANS[2]!;
    const line = seed001.slogans.find((s) => s.text === missing)!.line;
    const all = collectSlogans(loaded).map((s) => s.text);
    let problems = auditNothingLost(seedEntries, seedSite((p) => p.set(ROUTES.slogans(), galleryPage(all.filter((t) => t !== missing)))));
    expect(problems).toEqual([{ file: seed001.file, line, message: `slogan missing from the gallery khau-hieu/: «${missing.slice(0, 69)}…»` }]);
    problems = auditNothingLost(seedEntries, seedSite((p) => p.delete(ROUTES.slogan(sloganSlug(missing)))));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: seed001.file, line });
    expect(problems[0]!.message).toMatch(/has no page \(khau-hieu\/tinh-gon-bo-may-he-thong-chinh-tri-hieu-qua-thiet-thuc-chong-[0-9a-f]{8}\/ is missing\)$/);
    problems = auditNothingLost(seedEntries, seedSite((p) => p.set(ROUTES.slogan(sloganSlug(missing)), sloganPage('Một khẩu hiệu khác!'))));
    expect(problems[0]!.message).toMatch(/shows another slogan: «Một khẩu hiệu khác!»$/);
    problems = auditNothingLost(seedEntries, seedSite((p) => p.delete(ROUTES.slogans())));
    expect(problems).toHaveLength(11); // the gallery's absence once, then each slogan
  });

  it('a slogan shown in another case or spacing is the same slogan (sloganKey)', () => {
    const all = collectSlogans(loaded).map((s) => s.text);
    const site = seedSite((p) => p.set(ROUTES.slogans(), galleryPage(all.map((t) => t.toLocaleUpperCase('vi').replace(/ /g, '\u00a0 ')))));
    expect(auditNothingLost(seedEntries, site)).toEqual([]);
  });
});

describe('text that HTML, MDX and Unicode treat specially', () => {
  /** An entry and its page, both from one MDX body, through parseBody and the renderer. */
  function fromMdx(body: string) {
    const tree = parseBody(body);
    const entry: AuditEntry = { id: 'e', file: 'e.mdx', slogans: [], paragraphs: paragraphsOf(tree, 10) };
    return { entry, html: page(renderBody(tree).html) };
  }
  const nasty = [
    'Điều 1\\. \\<script\\>alert("x")\\</script\\> & &amp; AT&T \'trích\' "dẫn" a < b > c',
    'Giá trị \\{x\\} và \\{\\{y\\}\\}, dấu \\* sao \\*, dấu \\_ gạch \\_, \\` — \\# không phải tiêu đề',
    'Khoảng\u00a0trắng\u00a0không\u00a0ngắt, tab\there, hai  dấu cách, \u2003em space, \u202fnarrow',
    '**Đậm** và *nghiêng* và ~~gạch~~ và [liên kết](https://example.org/a?b=1&c=2)',
    '<Slogans>\n\nĐảng Cộng sản Việt Nam quang vinh muôn năm!\n\n</Slogans>',
    '### 1\\. Đề mục\n\n\\- gạch đầu dòng\n\n\\+ cộng\n\n- danh sách thật\n- mục hai\n\n> trích dẫn\n> hai dòng',
    'Dòng một\\\nDòng hai\nnối tiếp',
  ].join('\n\n');

  it('< & { * _ ~ NBSP tabs, emphasis, lists, quotes, breaks: found when kept, missed when changed', () => {
    const { entry, html } = fromMdx(nasty);
    const texts = entry.paragraphs.map((p) => fold(p.text));
    expect(texts).toContain('Điều 1. <script>alert("x")</script> & & AT&T \'trích\' "dẫn" a < b > c');
    expect(texts).toContain('Giá trị {x} và {{y}}, dấu * sao *, dấu _ gạch _, ` — # không phải tiêu đề');
    expect(texts).toContain('Khoảng trắng không ngắt, tab here, hai dấu cách, em space, narrow');
    expect(texts).toContain('Đậm và nghiêng và ~~gạch~~ và liên kết'); // no GFM: ~~ is text
    expect(texts).toContain('Dòng một Dòng hai nối tiếp');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &amp; AT&amp;T &#39;trích&#39;');
    expect(bothWays(entry, html)).toEqual([]);
    for (const [from, to] of [['&lt;script&gt;', '<script>'], ['&amp; &amp;', '&amp;'], ['{{y}}', '{y}'], ['AT&amp;T', 'AT&T;'],
      ['&#39;trích&#39;', 'trích'], ['Khoảng\u00a0trắng', 'Khoảngtrắng'], ['<strong>Đậm</strong>', '<strong></strong>'], ['<li><p>mục hai</p></li>', '']]) {
      const changed = html.replace(from!, to!);
      expect(changed, from).not.toBe(html);
      expect(bothWays(entry, changed), `${from} → ${to}`).toHaveLength(1);
    }
  });

  it('the XSS probes of tests/fixtures/xss, imported by the importer: found as text, missed when dropped', () => {
    const imported = importString(readFileSync(join(ROOT, 'tests/fixtures/xss/huong-dan-xss.txt'), 'utf8'), 'huong-dan-xss.txt');
    const text = serializeEntry(imported.data, imported.body);
    const r = readAuditEntry('xss.mdx', 'xss', text);
    if (!('entry' in r)) throw new Error(r.problem.message);
    const html = page(renderBody(readEntryFile('xss.mdx', text).tree!).html);
    expect(html).toContain('&lt;img src=x onerror=window.__pwned=1&gt;');
    expect(html).not.toContain('<img src=x');
    expect(r.entry.paragraphs.map((p) => fold(p.text))).toContain('1. Khẩu hiệu thử <img src=x onerror=window.__pwned=1> muôn năm!');
    expect(r.entry.slogans.map((s) => s.text)).toEqual(['Khẩu hiệu thử <img src=x onerror=window.__pwned=1> muôn năm!', 'Khẩu hiệu thử </script><script>window.__pwned=1</script> muôn năm!']);
    expect(bothWays(r.entry, html)).toEqual([]);
    const dropped = html.replace('&lt;/script&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt; muôn năm!', ' muôn năm!');
    expect(dropped).not.toBe(html);
    expect(bothWays(r.entry, dropped)).toHaveLength(1);
    // A probe that became markup: its text is gone from the page.
    expect(bothWays(r.entry, html.replace('&lt;img src=x onerror=window.__pwned=1&gt; muôn', '<img src=x onerror=window.__pwned=1> muôn'))).toHaveLength(1);
  });

  it('character references of every kind decode to the text; an unknown one stays as written', () => {
    expect(decodeEntities('&lt;&gt;&amp;&quot;&apos;&#39;&#x1EA1;&#7841;&nbsp;&hellip;&#0;')).toBe('<>&"\'\'ạạ\u00a0&hellip;\ufffd');
    const entry: AuditEntry = { id: 'e', file: 'e.mdx', slogans: [], paragraphs: [{ text: 'Đại hội ạ “x” – y', line: 1 }] };
    expect(bothWays(entry, page('<p>&#272;&#x1EA1;i h&#7897;i &#x1ea1; &ldquo;x&rdquo; &#8211; y</p>'))).toHaveLength(1); // named ldquo: not decoded
    expect(bothWays(entry, page('<p>&#272;&#x1EA1;i h&#7897;i &#x1ea1; “x” &#8211; y</p>'))).toEqual([]);
  });

  it('NFD input (an editor that saves decomposed letters) is the same text', () => {
    const nfc = 'Đảng bộ tỉnh Cao Bằng quyết tâm thực hiện thắng lợi Nghị quyết';
    const entry: AuditEntry = { id: 'e', file: 'e.mdx', slogans: [], paragraphs: [{ text: nfc.normalize('NFD'), line: 1 }] };
    expect(nfc.normalize('NFD')).not.toBe(nfc);
    expect(bothWays(entry, page(`<p>${nfc}</p>`))).toEqual([]);
    expect(bothWays(entry, page(`<p>${nfc.normalize('NFD')}</p>`))).toEqual([]);
    expect(bothWays(entry, page(`<p>${nfc.replace('Đảng', 'Đang')}</p>`))).toHaveLength(1);
    // A whole entry file saved as NFD reads as its NFC text (readEntryFile normalises the body).
    const e = byId.get(SEED.huongDan)!;
    const r = readAuditEntry(e.file, e.id, e.text.normalize('NFD'));
    expect('entry' in r && r.entry.paragraphs.map((p) => fold(p.text))).toEqual(seed001.paragraphs.map((p) => fold(p.text)));
    expect(bothWays('entry' in r ? r.entry : seed001, seedSite().readPage(seed001Page))).toEqual([]);
  });

  it('fold is foldWhitespace, faster; a fingerprint is the hash of the folded text\'s UTF-8', () => {
    const samples = ['', '  ', ' a ', 'a\u00a0\u00a0b', '\ufeffx\u3000y\u2028z\tw\n\nv\u1680\u205f\u202f', 'e\u0301 \u1ea1', 'Đ\u0323 ', '😀 𝐀', 'lone \ud800 surrogate \udc00', nasty, seedSite().readPage(seed001Page)!];
    for (const s of samples) {
      expect(fold(s)).toBe(foldWhitespace(s));
      expect(printOf(s)).toBe(fold(s) ? hashBytes(Buffer.from(fold(s))) : undefined);
    }
    expect(printOf('Đảng')).not.toBe(printOf('Đang'));
    expect(printOf(' Đảng\u00a0 ')).toBe(printOf('Đảng'.normalize('NFD')));
    expect(Number.isSafeInteger(printOf('x'))).toBe(true);
  });

  it('the bytes of a page read as its text: white space of every kind, references, comments, stray "<"', () => {
    const html = page('<p>\u00a0a\u2003\u2003b&nbsp;c&#32;d&#x2028;e\u3000\ufefff <!-- x --><br>g<!x>h &lt; i < j &amp;amp; &bogus; &#99999999; &#0; &#x1F600; 😀</p>' +
      '<ol class="vb-slogans"><li class="slogan">Một!</li>\n<li class="slogan">Hai!</li></ol><p title="a > b">k</p><div><p>l</p></div><p>  </p><hr><p>m</p>');
    const text = pageBodyBlocks(html)!;
    expect(text.blocks).toEqual(['a b c d e f gh < i < j &amp; &bogus; &#99999999; \ufffd 😀 😀', 'Một!', 'Hai!', 'k', 'l', 'm']);
    expect(bodyPrints(Buffer.from(html))).toEqual({ closed: true, blocks: text.blocks.map((b) => printOf(b)) });
  });

  it('matchInOrder: a subsequence, greedy, reporting the missing and the reordered', () => {
    expect(matchInOrder(['a', 'b', 'c'], ['x', 'a', 'y', 'b', 'c'])).toEqual([]);
    expect(matchInOrder(['a', 'a'], ['a'])).toEqual([{ index: 1, earlier: true, next: 1 }]);
    expect(matchInOrder(['b', 'a'], ['a', 'b'])).toEqual([{ index: 1, earlier: true, next: 2 }]);
    expect(matchInOrder(['a', 'q', 'b'], ['a', 'b'])).toEqual([{ index: 1, earlier: false, next: 1 }]);
  });
});

describe('reading entry files for the audit', () => {
  const fm = (slogans: string) => `---\ntype: huong-dan\ntitle: Tiêu đề\n${slogans}provenance:\n  source: a.txt\n  sha256: ${'a'.repeat(64)}\n  imported: 2026-01-01\n  completeness: complete\n---\n\nVăn bản.\n`;
  it('the slogans field alone, as the whole frontmatter gives it; anything unusual read whole', () => {
    const cases = [
      'slogans: []\n', '', 'slogans:\n  - Một!\n  - "Hai: ba"\n', 'slogans:\n- Một!\n- Hai!\n', 'slogans: [Một!, Hai!]\n',
      'slogans:\n  - >-\n    Dòng một\n    dòng hai\n  # chú thích\n  - Ba\n', 'slogans:\n  -   Có khoảng trắng   \n',
    ];
    for (const c of cases) {
      const text = fm(c);
      const whole = readEntryFile('a.mdx', text);
      expect(whole.problems, c).toEqual([]);
      expect(frontmatterSlogans(/^---\n([^]*?)\n---/.exec(text)![1]!), c).toEqual(whole.data!.slogans);
      const r = readAuditEntry('a.mdx', 'a', text);
      expect('entry' in r && r.entry.slogans.map((s) => s.text)).toEqual(whole.data!.slogans);
    }
    expect(frontmatterSlogans('"slogans": [a]')).toBeUndefined();
    expect(frontmatterSlogans('slogans: *x')).toBeUndefined();
    expect(frontmatterSlogans('slogans: [1, 2]')).toBeUndefined();
    expect(sloganLines(fm('slogans:\n  - Một!\n  - Hai!\n'), 2)).toEqual([5, 6]);
    expect(sloganLines(fm('slogans: [Một!, Hai!]\n'), 2)).toEqual([4, 4]);
  });

  it('an entry with content problems is reported, not audited', () => {
    const r = readAuditEntry('bad.mdx', 'bad', fm('slogans: []\n').replace('Văn bản.', 'Văn {bản}.'));
    expect('problem' in r && r.problem).toMatchObject({ file: 'bad.mdx', line: 12 });
    expect('problem' in r && r.problem.message).toMatch(/JavaScript expression/);
    expect('problem' in readAuditEntry('none.mdx', 'none', 'no frontmatter')).toBe(true);
  });
});
