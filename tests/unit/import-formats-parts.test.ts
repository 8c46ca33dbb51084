/**
 * The format readers piece by piece, on small hand-made inputs for what the LibreOffice fixtures do
 * not hold: Word footnotes, text boxes, numbering formats, revisions and field codes; web-page
 * markup and charsets; PDF layout rules; telling kinds of file apart; damaged files refused.
 */
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { readDocx } from '../../src/import/formats/docx.ts';
import { htmlText } from '../../src/import/formats/html.ts';
import { layOutPages, type PdfItem } from '../../src/import/formats/pdf-layout.ts';
import { sourceKind } from '../../src/import/formats/source-kind.ts';
import { readSource } from '../../src/import/formats/read-source.ts';
import { ImportError } from '../../src/import/source-text.ts';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"';
const docx = (body: string, parts: Record<string, string> = {}) => zipSync({
  '[Content_Types].xml': strToU8('<Types/>'),
  'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
  ...Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)])),
});
const p = (runs: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${runs}</w:p>`;
const r = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const numPr = (numId: number, ilvl = 0) => `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;

describe('docx details', () => {
  it('breaks, tabs, NBSP, soft and non-breaking hyphens kept; deleted revisions and field codes left out', () => {
    const { text } = readDocx(docx(
      p(`${r('&#x1EC7;&#160;&amp;')}</w:p><w:p>${r('Số:')}<w:r><w:tab/></w:r>${r('12-KH/ĐU')}<w:r><w:br/></w:r>${r('Hà\u00a0Nội')}<w:r><w:softHyphen/></w:r>${r('x')}<w:r><w:noBreakHyphen/></w:r>${r('y')}`)
      + p(`${r('Giữ ')}<w:del><w:r><w:delText>BỎ</w:delText></w:r></w:del><w:ins><w:r><w:t>thêm</w:t></w:r></w:ins>`)
      + p(`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${r('7')}<w:r><w:fldChar w:fldCharType="end"/></w:r>`),
    ));
    expect(text).toBe('ệ\u00a0&\n\nSố:\t12-KH/ĐU\nHà\u00a0Nội\u00adx\u2011y\n\nGiữ thêm\n\n7\n');
  });

  it('list labels computed from numbering.xml: decimal with restart of deeper levels, letters, bullets, start override', () => {
    const numbering = `<w:numbering ${W}>
      <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:suff w:val="space"/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/><w:suff w:val="space"/></w:lvl></w:abstractNum>
      <w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/></w:lvl></w:abstractNum>
      <w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/><w:suff w:val="space"/></w:lvl></w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>
      <w:num w:numId="3"><w:abstractNumId w:val="3"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride></w:num></w:numbering>`;
    const { text, notes } = readDocx(docx(
      p(r('Mục đích'), numPr(1)) + p(r('ý một'), numPr(1, 1)) + p(r('ý hai'), numPr(1, 1)) + p(r('Yêu cầu'), numPr(1)) + p(r('ý ba'), numPr(1, 1))
      + p(r('Khẩu hiệu'), numPr(2)) + p(r('Tổ chức'), numPr(3)) + p(r('không định nghĩa'), numPr(9)),
      { 'word/numbering.xml': numbering },
    ));
    expect(text.split('\n\n')).toEqual(['1. Mục đích', 'a) ý một', 'b) ý hai', '2. Yêu cầu', 'a) ý ba', '•\tKhẩu hiệu', 'III. Tổ chức', 'không định nghĩa\n']);
    expect(notes.join('\n')).toMatch(/list label could not be computed \(list 9, level 0\)/);
  });

  it('a list that comes from the paragraph style (through basedOn), heading levels tied by w:pStyle', () => {
    const numbering = `<w:numbering ${W}><w:abstractNum w:abstractNumId="5">
      <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:pStyle w:val="Heading1"/><w:lvlText w:val="%1."/><w:suff w:val="space"/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading2"/><w:lvlText w:val="%2."/><w:suff w:val="space"/></w:lvl></w:abstractNum>
      <w:num w:numId="4"><w:abstractNumId w:val="5"/></w:num></w:numbering>`;
    const styles = `<w:styles ${W}>
      <w:style w:type="paragraph" w:styleId="Heading1"><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="Heading2"><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="MucLon"><w:basedOn w:val="Heading1"/></w:style></w:styles>`;
    const { text } = readDocx(docx(
      p(r('MỤC ĐÍCH, YÊU CẦU'), '<w:pStyle w:val="Heading1"/>') + p(r('Mục đích'), '<w:pStyle w:val="Heading2"/>') + p(r('Yêu cầu'), '<w:pStyle w:val="Heading2"/>')
      + p(r('NỘI DUNG'), '<w:pStyle w:val="MucLon"/>') + p(r('Không đánh số'), `<w:pStyle w:val="Heading2"/><w:numPr><w:numId w:val="0"/></w:numPr>`),
      { 'word/numbering.xml': numbering, 'word/styles.xml': styles },
    ));
    expect(text.split('\n\n')).toEqual(['I. MỤC ĐÍCH, YÊU CẦU', '1. Mục đích', '2. Yêu cầu', 'II. NỘI DUNG', 'Không đánh số\n']);
  });

  it('footnotes appended at the end, each marked with its number; text boxes after their paragraph, once', () => {
    const footnotes = `<w:footnotes ${W}><w:footnote w:type="separator" w:id="-1">${p('<w:r><w:separator/></w:r>')}</w:footnote>
      <w:footnote w:id="2">${p(`<w:r><w:footnoteRef/></w:r>${r(' Nghị quyết số 18-NQ/TW.')}`)}</w:footnote></w:footnotes>`;
    const box = `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx><w:txbxContent>${p(r('ĐẢNG CỘNG SẢN VIỆT NAM'))}</w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>${p(r('ĐẢNG CỘNG SẢN VIỆT NAM'))}</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
    const { text, notes } = readDocx(docx(p(`${r('BAN TUYÊN GIÁO')}${box}`) + p(`${r('Thực hiện Nghị quyết')}<w:r><w:footnoteReference w:id="2"/></w:r>${r(', Ban hướng dẫn.')}`), { 'word/footnotes.xml': footnotes }));
    expect(text).toBe('BAN TUYÊN GIÁO\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nThực hiện Nghị quyết[1], Ban hướng dẫn.\n\n[1] Nghị quyết số 18-NQ/TW.\n');
    expect(notes).toEqual(['1 footnote appended at the end, marked [1] …', '1 text box given after the paragraph that anchors it']);
  });

  it('a table: cells of several lines are blocks; one-line cells of a row stay together', () => {
    const cell = (...lines: string[]) => `<w:tc>${lines.map((l) => p(r(l))).join('')}</w:tc>`;
    const { text } = readDocx(docx(`<w:tbl><w:tr>${cell('ỦY BAN NHÂN DÂN', 'Số: 5/KH-UBND')}${cell('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Hà Nội, ngày 1 tháng 2 năm 2024')}</w:tr></w:tbl>`
      + `<w:tbl><w:tr>${cell('1')}${cell('Mừng Đảng, mừng Xuân!')}</w:tr><w:tr>${cell('2')}${cell('Việt Nam muôn năm!')}</w:tr></w:tbl>`));
    expect(text).toBe('ỦY BAN NHÂN DÂN\nSố: 5/KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHà Nội, ngày 1 tháng 2 năm 2024\n\n1\nMừng Đảng, mừng Xuân!\n\n2\nViệt Nam muôn năm!\n');
  });

  it.each<[string, Uint8Array, RegExp]>([
    ['a truncated zip', docx(p(r('x'))).subarray(0, 120), /damaged \.docx|damaged zip/],
    ['broken XML', zipSync({ 'word/document.xml': strToU8(`<w:document ${W}><w:body><w:p><w:r><w:t>x</w:p></w:body></w:document>`) }), /^damaged \.docx: word\/document\.xml is not well-formed XML \(line 1: /],
    ['nesting 10,000 deep', zipSync({ 'word/document.xml': strToU8(`<w:document ${W}><w:body>${'<w:sdt><w:sdtContent>'.repeat(5000)}${'</w:sdtContent></w:sdt>'.repeat(5000)}</w:body></w:document>`) }), /^damaged \.docx: word\/document\.xml cannot be read \(Maximum nested tags exceeded\)/],
    ['no body text', docx(p('')), /^Word document: no text found$/],
    ['a control character', docx(p(r('a\u0007b'))), /^Word document: control or replacement character U\+0007/],
  ])('%s is refused with the reason', async (_, bytes, message) => {
    const e = await readSource(bytes, 'x.docx').then(() => undefined, (err: unknown) => err);
    expect(e).toBeInstanceOf(ImportError);
    expect((e as Error).message).toMatch(message);
  });
});

describe('web page details', () => {
  const page = (body: string, head = '<meta charset="utf-8">') => strToU8(`<!doctype html><html><head>${head}<title>Tiêu đề trang</title></head><body>${body}</body></html>`);

  it('entities decoded, white space collapsed but NBSP kept, <br> and <pre> as written', () => {
    const { text } = htmlText(page('<p>Số:&nbsp;12&#8209;KH &amp; &quot;x&quot;\n   tiếp</p><p>a<br>b<br><br>c</p><pre>  giữ   nguyên\n  dòng</pre>'));
    expect(text).toBe('Số:\u00a012\u2011KH & "x" tiếp\n\na\nb\n\nc\n\n  giữ   nguyên\n  dòng\n');
  });

  it('hidden elements (hidden attribute, display:none), inputs and selects are not text, nor the title; aria-hidden and button text are shown, so kept', () => {
    const { text } = htmlText(page('<div hidden>ẩn 1</div><span style="display: none">ẩn 2</span><select><option>Chọn</option></select><input value="ẩn 3"><p>hiện <span aria-hidden="true">cũng hiện</span></p><button>In văn bản</button>'));
    expect(text).toBe('hiện cũng hiện\n\nIn văn bản\n');
  });

  it.each<[string, Uint8Array, string]>([
    ['<meta charset> windows-1258', new Uint8Array([...strToU8('<html><head><meta charset="windows-1258"></head><body>Vi'), 0xea, 0xf2, ...strToU8('t</body></html>')]), 'Việt\n'],
    ['a UTF-8 BOM over a wrong <meta>', new Uint8Array([0xef, 0xbb, 0xbf, ...strToU8('<html><head><meta charset="iso-8859-1"></head><body>Việt</body></html>')]), 'Việt\n'],
    ['no charset, valid UTF-8', strToU8('<html><body>Việt</body></html>'), 'Việt\n'],
    ['an old windows-1258 tag on a page re-saved as UTF-8', strToU8('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"></head><body>Việt</body></html>'), 'Việt\n'],
  ])('charset from %s', (_, bytes, expected) => {
    expect(htmlText(bytes).text).toBe(expected);
  });

  it('no charset and not UTF-8, or an unknown charset: refused, saying what to do', () => {
    expect(() => htmlText(new Uint8Array([...strToU8('<html><body>Vi'), 0xf2, 0xea]))).toThrow(/no charset declared and the bytes are not UTF-8; re-save the page as UTF-8/);
    expect(() => htmlText(strToU8('<html><head><meta charset="x-tcvn-9"></head><body>a</body></html>'))).toThrow(/unknown charset "x-tcvn-9"/);
  });

  it('100,000 nested elements are read without running out of stack', () => {
    const { text } = htmlText(page(`${'<div><span>'.repeat(50_000)}sâu${'</span></div>'.repeat(50_000)}<table>${'<tr><td><table>'.repeat(200)}ô${'</table></td></tr>'.repeat(200)}</table>`));
    expect(text).toBe('sâu\n\nô\n');
  });
});

describe('PDF layout', () => {
  const item = (str: string, x: number, y: number, width = str.length * 6, fontSize = 12): PdfItem => ({ str, x, y, width, fontSize });

  it('rows by baseline, left to right; a gap inside a word is no space, a gap between words one', () => {
    const { text } = layOutPages([{ items: [item('Việt', 130, 700, 24), item('Thực hiện', 70, 700, 54), item('Nam', 156, 700, 18), item('K', 127, 700.5, 3)] }]);
    expect(text).toBe('Thực hiện KViệt Nam');
  });

  it('two columns centred in their halves: left lines, a blank line, right lines; the body after them', () => {
    const { text, twoColumnBlocks } = layOutPages([{ items: [
      item('UBND XÃ A', 120, 800, 60), item('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 320, 800, 200),
      item('Số: 5/KH-UBND', 110, 786, 80), item('Độc lập - Tự do - Hạnh phúc', 340, 786, 160),
      item('A, ngày 1 tháng 2 năm 2024', 345, 772, 150),
      item('KẾ HOẠCH', 260, 740, 60),
      item('Thực hiện Kế hoạch số 1-KH/TU, Ủy ban nhân dân xã xây dựng kế hoạch như sau để tổ chức thực', 60, 712, 480),
      item('hiện các nội dung tuyên truyền trọng tâm trong năm 2024 trên địa bàn toàn xã, bảo đảm thiết', 60, 698, 480),
      item('thực, hiệu quả.', 60, 684, 80),
    ] }]);
    expect(twoColumnBlocks).toBe(1);
    expect(text).toBe('UBND XÃ A\nSố: 5/KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nA, ngày 1 tháng 2 năm 2024\n\nKẾ HOẠCH\n\nThực hiện Kế hoạch số 1-KH/TU, Ủy ban nhân dân xã xây dựng kế hoạch như sau để tổ chức thực\nhiện các nội dung tuyên truyền trọng tâm trong năm 2024 trên địa bàn toàn xã, bảo đảm thiết\nthực, hiệu quả.');
  });

  it('a justified line stretched from margin to margin is one line with single spaces, not two columns', () => {
    const { text, twoColumnBlocks } = layOutPages([{ items: [
      item('Một dòng đầy đủ của đoạn văn bản được căn đều hai bên lề trái và phải', 60, 700, 480),
      item('- Như', 60, 686, 30), item('trên;', 510, 686, 30),
    ] }]);
    expect(twoColumnBlocks).toBe(0);
    expect(text.split('\n')[1]).toBe('- Như trên;');
  });

  it('page numbers: dropped only when alone at the top or bottom and equal to the page number', () => {
    const body = (n: number) => [item(`Trang nội dung ${n} có chữ`, 60, 700, 150), item('Dòng tiếp theo của trang', 60, 686, 150)];
    const { text, droppedPageNumbers } = layOutPages([
      { items: [...body(1), item('1', 300, 40, 6)] },
      { items: [item('- 2 -', 290, 800, 20), ...body(2)] },
      { items: [...body(3), item('12', 300, 40, 12)] }, // not this page's number: kept
    ]);
    expect(droppedPageNumbers).toBe(2);
    expect(text).not.toMatch(/^(1|- 2 -)$/m);
    expect(text).toMatch(/^12$/m);
  });
});

describe('kinds of file', () => {
  const b = (...xs: number[]) => new Uint8Array(xs);
  it.each<[string, Uint8Array, string, string]>([
    ['docx by content, any name', docx(p(r('x'))), 'van-ban.bin', 'docx'],
    ['PDF after junk bytes', strToU8('\n\n%PDF-1.7\n'), 'a.txt', 'pdf'],
    ['PNG', b(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), 'a.dat', 'image'],
    ['JPEG', b(0xff, 0xd8, 0xff, 0xe0), 'scan.jpg', 'image'],
    ['TIFF', b(0x49, 0x49, 0x2a, 0x00), 'scan.tif', 'image'],
    ['HTML after a BOM and a comment', strToU8('\ufeff  <!-- saved --><!DOCTYPE html><html>'), 'page.txt', 'html'],
    ['HTML source under a title a copy put above it (realworld-heldout-7/01)', strToU8('Ban Tuyên giáo Trung ương: Hướng dẫn tuyên truyền\n\n<html><head><meta charset="utf-8"></head><body><p>Ng&agrave;y 5/1/2017</p>'), 'page.txt', 'html'],
    ['HTML source under a title ending in "<br>" (realworld-heldout-14/17)', strToU8('Đề cương tuyên truyền kỷ niệm 83 năm ngày thành lập Đoàn<br>\n\n<html> <head> <meta http-equiv=\'Content-Type\' content=\'text/html; charset=utf-8\'> </head><body><p>BCH &#272;O&Agrave;N</p>'), 'page.txt', 'html'],
    ['a CMS body: HTML paragraphs with entities and no <html>, under a front matter (realworld-heldout-8/08)', strToU8('---json\n{\n  "title": "Hướng dẫn tuyên truyền"\n}\n---\n<p><strong>Ban Tuy&ecirc;n gi&aacute;o tỉnh ủy vừa c&oacute; văn bản</strong></p>\n\n<p>&nbsp;</p>\n\n<p>Mục đ&iacute;ch tuyên truyền</p>\n'), 'page.txt', 'html'],
    ['a markdown table with line breaks in its cells is text', strToU8('KẾ HOẠCH\n\n| TT | Nội dung<br>công việc | Thời gian<br>thực hiện |\n|---|---|---|\n| 1 | Treo cờ<br>Tổ quốc | 2/9 |\n| 2 | Khẩu hiệu<br>tuyên truyền | 3/2 |\n'), 'a.md', 'text'],
    ['a text with one tag in it is text', strToU8('Kế hoạch tuyên truyền\n\nThực hiện <b>Hướng dẫn</b> số 12, UBND xã xây dựng kế hoạch.\nI. MỤC ĐÍCH\nII. NỘI DUNG\n1. Treo cờ\n'), 'a.txt', 'text'],
    ['prose that mentions a tag is text', strToU8('Hướng dẫn viết trang web\n\nMở thẻ <html> rồi viết nội dung.\n'), 'a.txt', 'text'],
    ['.htm by name', strToU8('Số: 1'), 'page.htm', 'html'],
    ['text by name', strToU8('Số: 1'), 'a.md', 'text'],
  ])('%s', (_, bytes, name, kind) => {
    expect(sourceKind(bytes, name).kind).toBe(kind);
  });

  it.each<[string, Uint8Array, string, RegExp]>([
    ['Word 97', b(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), 'cv.doc', /Word 97–2003 \.doc: save it as \.docx.*soffice --headless --convert-to docx/],
    ['Excel', zipSync({ 'xl/workbook.xml': strToU8('<w/>') }), 'a.xlsx', /Excel workbook/],
    ['OpenDocument', zipSync({ 'content.xml': strToU8('<d/>'), mimetype: strToU8('x') }), 'a.odt', /\.odt: save it as \.docx/],
    ['another zip', zipSync({ 'a.txt': strToU8('x') }), 'a.zip', /zip archive: unpack it/],
    ['RTF', strToU8('{\\rtf1 x}'), 'a.rtf', /RTF/],
    ['a .docx that is no zip', strToU8('Số: 1'), 'a.docx', /damaged \.docx: not a zip/],
    ['an unknown extension', strToU8('Số: 1'), 'a.csv', /"\.csv" files are not read: sources are \.txt/],
  ])('%s: unsupported, with what to do', (_, bytes, name, reason) => {
    const k = sourceKind(bytes, name);
    expect(k.kind).toBe('unsupported');
    expect(k.kind === 'unsupported' && k.reason).toMatch(reason);
  });

  it('a damaged PDF is refused as such, never an unexpected error', async () => {
    await expect(readSource(strToU8('%PDF-1.7\n1 0 obj << /Type /Catalog'), 'a.pdf')).rejects.toThrow(ImportError);
  });
});
