/**
 * The two pages the offline copy adds at its top: "Mở trang chủ.html", which opens the home page
 * (no JavaScript: a meta refresh, and a link), and kiem-tra-ban-sao.html, which says in Vietnamese
 * how to check a copy against SHA256SUMS.
 */
import { JSON_FILE, SUMS_FILE } from './checksums.ts';

export const OPEN_FILE = 'Mở trang chủ.html';
export const VERIFY_PAGE = 'kiem-tra-ban-sao.html';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const page = (title: string, head: string, body: string) => `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>${head}
<style>
body { font: 17px/1.55 system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.15rem; margin-top: 1.6rem; }
code, pre { font-family: ui-monospace, "Liberation Mono", monospace; background: #f3f1ea; }
pre { padding: .6rem .8rem; overflow-x: auto; white-space: pre-wrap; }
a { color: #0b4f9c; }
</style>
</head>
<body>
${body}
</body>
</html>
`;

export function openPage(): string {
  return page('chidao — mở trang chủ', '\n<meta http-equiv="refresh" content="0; url=index.html">',
    `<h1>Văn bản chỉ đạo — bản ngoại tuyến</h1>
<p><a href="index.html">Mở trang chủ</a> (nếu trang chủ chưa tự mở).</p>
<p><a href="${VERIFY_PAGE}">Kiểm tra bản sao này có đúng và đủ không</a>.</p>
</main>`);
}

export interface VerifyPageInfo { files: number; bytes: number; builtFrom?: string }

export function verifyPage(info: VerifyPageInfo): string {
  const mb = (info.bytes / 1_000_000).toLocaleString('vi-VN', { maximumFractionDigits: 1 });
  return page('Kiểm tra bản sao ngoại tuyến — chidao', '', `<h1>Kiểm tra bản sao ngoại tuyến</h1>
<p>Bản sao này gồm <strong>${info.files.toLocaleString('vi-VN')}</strong> tệp (${mb} MB), chưa kể hai tệp danh sách
<code>${SUMS_FILE}</code> và <code>${JSON_FILE}</code>. Hai tệp đó ghi mã SHA-256 của từng tệp trong bản sao:
nếu một tệp bị sửa, bị thiếu hay bị thêm vào, mã sẽ không khớp.</p>
<p>Muốn chắc chắn chính danh sách cũng không bị sửa, hãy so mã SHA-256 của tệp nén (.zip) hoặc của tệp
<code>${SUMS_FILE}</code> với mã được công bố trên trang web chính thức.</p>

<h2>Cách 1: bằng chidao (Node.js)</h2>
<p>Trong thư mục mã nguồn chidao, chạy (thay đường dẫn bằng nơi chứa bản sao, ví dụ ổ USB):</p>
<pre>npm run verify-offline -- /duong/dan/den/ban-sao</pre>
<p>Lệnh in “OK” khi mọi tệp khớp; nếu không, nó liệt kê tệp bị sửa, bị thiếu, bị thêm và trả mã lỗi khác 0.</p>

<h2>Cách 2: Linux</h2>
<p>Mở cửa sổ lệnh trong thư mục bản sao (thư mục có tệp <code>${SUMS_FILE}</code>):</p>
<pre>sha256sum -c --quiet ${SUMS_FILE}</pre>
<p>Không in gì là đúng; tệp nào sai được in kèm chữ <code>FAILED</code>.</p>

<h2>Cách 3: macOS</h2>
<pre>shasum -a 256 -c --quiet ${SUMS_FILE}</pre>

<h2>Cách 4: Windows (PowerShell)</h2>
<p>Mở PowerShell trong thư mục bản sao và dán:</p>
<pre>Get-Content -Encoding UTF8 ${SUMS_FILE} | ForEach-Object {
  $h, $p = $_ -split '  ', 2
  if ((Get-FileHash -Algorithm SHA256 -LiteralPath $p).Hash -ne $h.ToUpper()) { "SAI: $p" }
}</pre>
<p>Không in gì là đúng. (Cách này không phát hiện tệp bị thêm vào; cách 1 thì có.)</p>

<p><a href="index.html">Về trang chủ</a></p>`);
}

/** A site of an offline bundle of several (bundle.ts), as its top page lists it. */
export interface BundledSite { folder: string; office: string; id: string }

/** The top page of a bundle of several sites: each site's home and search page, in the order given. */
export function sitesPage(sites: readonly BundledSite[]): string {
  const items = sites.map((s) => `<li><a href="${esc(encodeURI(s.folder))}/index.html">${esc(s.office)}</a>
 (<a href="${esc(encodeURI(s.folder))}/tim-kiem/index.html">tìm kiếm</a>)</li>`).join('\n');
  return page('Văn bản chỉ đạo — bản ngoại tuyến của nhiều trang', '', `<main>
<h1>Văn bản chỉ đạo — bản ngoại tuyến</h1>
<p>Bản này gồm ${sites.length.toLocaleString('vi-VN')} trang, mỗi trang một thư mục. Liên kết giữa các trang mở thẳng trang kia trên đĩa.</p>
<ul>
${items}
</ul>
<p>Trang tìm kiếm của mỗi trang tìm cả trên các trang khác có trong bản này mà trang đó liên thông.</p>
<p><a href="${VERIFY_PAGE}">Kiểm tra bản sao này có đúng và đủ không</a>.</p>
</main>`);
}
