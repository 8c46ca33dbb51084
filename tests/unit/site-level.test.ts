/**
 * The publisher's level from a page's web address (src/import/issuer/site-level.ts), the saved
 * page's own address (formats/page-address.ts), and importText using both only where the text is
 * silent. Addresses are real ones from the labelled sets (tests/fixtures/realworld-*, gold `source`).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hostParts, levelOfSite } from '../../src/import/issuer/site-level.ts';
import { htmlText } from '../../src/import/formats/html.ts';
import { importText } from '../../src/import/import-text.ts';
import { ROOT } from '../helpers/seeds.ts';

const lines = (...texts: string[]) => texts.map((text, i) => ({ n: i + 1, text }));
const level = (url: string, ...texts: string[]) => levelOfSite(url, lines(...texts))?.level;

describe('hostParts', () => {
  it('keeps the parts that name the publisher', () => {
    expect(hostParts('https://tanthinh.dinhhoa.thainguyen.gov.vn/tin-tuc/1')).toEqual(['tanthinh', 'dinhhoa', 'thainguyen']);
    expect(hostParts('https://www.quan8.hochiminhcity.gov.vn/x')).toEqual(['quan8', 'hochiminhcity']);
    expect(hostParts('https://sotaydangvien.haugiang.dcs.vn/a')).toEqual(['sotaydangvien', 'haugiang']);
    expect(hostParts('http://ig-vast.ac.vn/a')).toEqual(['igvast']);
    expect(hostParts('not an address')).toEqual([]);
    expect(hostParts('http://127.0.0.1:4321/van-ban/')).toEqual([]);
  });
});

describe('levelOfSite', () => {
  it('reads a place the text names with its unit in the address', () => {
    expect(level('https://thiennhan.nghean.gov.vn/hoat-dong', 'Xã Thiên Nhẫn đẩy mạnh công tác tuyên truyền')).toBe('commune');
    expect(level('https://tuyduc.daknong.gov.vn/a', 'Phòng Văn hóa và Thông tin huyện Tuy Đức')).toBe('district');
    expect(level('https://thanhnienlapvo.org.vn/a', 'Huyện đoàn Lấp Vò xây dựng kế hoạch')).toBe('district');
  });

  it('reads the initials of a place the text names, three letters at least', () => {
    expect(level('https://prtc.ninhthuan.gov.vn/portal/a', 'ĐỀ CƯƠNG TUYÊN TRUYỀN … TRÊN ĐỊA BÀN THÀNH PHỐ PHAN RANG - THÁP CHÀM')).toBe('district');
    expect(level('https://tx.ninhthuan.gov.vn/a', 'UBND xã Tân Xuân tuyên truyền')).toBe('province');
    expect(level('https://prtc.ninhthuan.gov.vn/a', 'Kế hoạch tuyên truyền')).toBe('province');
  });

  it('gives the line that names the place', () => {
    expect(levelOfSite('https://baubang.binhduong.gov.vn/a', lines('Tin tức', 'huyện Bàu Bàng vừa tổ chức'))).toMatchObject({ level: 'district', line: 2 });
  });

  it('reads unit words at the start of a part', () => {
    expect(level('https://phuonglonghoa.tayninh.gov.vn/a', 'Kế hoạch tuyên truyền')).toBe('commune');
    expect(level('https://www.quan8.hochiminhcity.gov.vn/a', 'Khẩu hiệu')).toBe('district');
    expect(level('https://huyenuygocongtay.vn/a', 'Thông báo')).toBe('district');
  });

  it('a district the GSO lists: first under its province, or after a district body\'s abbreviation', () => {
    expect(levelOfSite('https://sontra.danang.gov.vn/a', lines('Tin tức'))).toMatchObject({ level: 'district', why: expect.stringContaining('district "sontra"') });
    expect(level('http://pgdcangiuoc.edu.vn/Detail/35451/a', 'Phòng Giáo dục và Đào tạo tuyên truyền')).toBe('district');
    expect(level('https://trungtamytehoavang.com.vn/a', 'Trung tâm Y tế khu vực tuyên truyền')).toBe('district');
    expect(level('http://bvdkmelinh.vn/tin-tuc/a', 'Thông điệp')).toBe('district');
    expect(level('http://c1nguyencongtru.pgdeakar.edu.vn/a', 'Liên đội')).toBe('district');
    // Under another province's name, or below a commune's part, it is not the district's site.
    expect(level('https://sontra.hanoi.gov.vn/a', 'Tin')).toBe('province');
    expect(level('https://truongxuan.thoxuan.thanhhoa.gov.vn/a', 'Tin')).toBe('commune');
    // A province's name is the province's, even where a district bears it ("Thành phố Bắc Ninh").
    expect(level('https://bvdkbacninh.vn/a', 'Tin')).toBe('province');
    // A news site's name is no district's.
    for (const u of ['https://vietnamnet.vn/a', 'https://tuoitre.vn/a', 'https://thanhnien.vn/a', 'https://laodong.vn/a', 'https://dantri.com.vn/a', 'https://vnexpress.net/a', 'https://qdnd.vn/a', 'https://tienphong.vn/a', 'https://baochinhphu.vn/a']) {
      expect(level(u, 'Tin'), u).toBeUndefined();
    }
  });

  it('a national body\'s site: "quốc gia" or "trung ương" in a host part', () => {
    expect(levelOfSite('https://vienkientrucquocgia.gov.vn/ky-niem/', lines('VPĐU đề nghị'))).toMatchObject({ level: 'central' });
    expect(level('https://benhvientrunguonghue.vn/a', 'Tin')).toBe('central');
  });

  it('a province in the address: its site or a department\'s, a commune two parts below it', () => {
    expect(level('https://stc.bacgiang.gov.vn/a', 'Tám khẩu hiệu')).toBe('province');
    expect(level('https://hoinguoicaotuoitayninh.vn/a', 'Đề cương')).toBe('province');
    expect(level('http://dananghospital.org.vn/tin-tuc/a.htm', 'Khẩu hiệu')).toBe('province');
    expect(level('https://www.hochiminhcity.gov.vn/a', 'Khẩu hiệu')).toBe('province');
    expect(level('https://tanthinh.dinhhoa.thainguyen.gov.vn/a', 'Tin bầu cử')).toBe('commune');
  });

  it('a city named like its province ("TP Hải Dương") is not the province\'s site', () => {
    expect(level('https://vhttdl.haiduong.gov.vn/a', 'Tại TP Hải Dương, Sở VHTTDL phối hợp với Thành ủy Hải Dương')).toBe('province');
  });

  it('says nothing for news sites, portals and central bodies', () => {
    expect(level('https://thuvienphapluat.vn/van-ban/a', 'tỉnh Sơn La')).toBeUndefined();
    expect(level('https://nhandan.com.vn/a', 'Ủy ban Dân tộc')).toBeUndefined();
    expect(level('http://ig-vast.ac.vn/a', 'Đoàn Viện')).toBeUndefined();
    // A short name is matched only as a whole part ("olam" is inside other words).
    expect(level('https://bolam.vn/a', 'xã Ô Lâm')).toBeUndefined();
    expect(level('https://olam.angiang.gov.vn/a', 'UBND xã Ô Lâm')).toBe('commune');
  });
});

describe('a saved page states its own address', () => {
  const page = (head: string) => new TextEncoder().encode(`<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body><p>Văn bản</p></body></html>`);

  it('canonical link, then og:url, then the "saved from" mark, then <base>', () => {
    expect(htmlText(page('<link rel="canonical" href="https://a.gov.vn/1"><meta property="og:url" content="https://b.gov.vn/2">')).url).toBe('https://a.gov.vn/1');
    expect(htmlText(page('<meta property="og:url" content="https://b.gov.vn/2"><base href="https://c.gov.vn/">')).url).toBe('https://b.gov.vn/2');
    expect(htmlText(new TextEncoder().encode('<!-- saved from url=(0031)https://xa.tinh.gov.vn/tin/1.htm -->\n<html><body><p>x</p></body></html>')).url).toBe('https://xa.tinh.gov.vn/tin/1.htm');
    expect(htmlText(page('<base href="https://c.gov.vn/">')).url).toBe('https://c.gov.vn/');
  });

  it('no address, or one that is not http(s), or one only in the body: none', () => {
    expect(htmlText(page('')).url).toBeUndefined();
    expect(htmlText(page('<link rel="canonical" href="/tin/1">')).url).toBeUndefined();
    expect(htmlText(page('<link rel="canonical" href="file:///C:/tin.htm">')).url).toBeUndefined();
    expect(htmlText(new TextEncoder().encode('<html><body><link rel="canonical" href="https://a.gov.vn/1"><p>x</p></body></html>')).url).toBeUndefined();
  });
});

describe('importText with the page\'s address', () => {
  const opts = { source: 'x.txt', sha256: '0'.repeat(64), imported: '2026-12-07' };
  // A real page of slogans that names no issuing body (realworld-heldout-4/08, from bvdktinhbacgiang.vn).
  const slogans = readFileSync(join(ROOT, 'tests/fixtures/realworld-heldout-4/08_tinh-bvdk-bacgiang-khau-hieu-khong-thuoc-la-2024.txt'), 'utf8');
  const url = 'https://bvdktinhbacgiang.vn/tin-tuc-su-kien/suc-khoe-cong-dong/ngay-the-gioi-khong-thuoc-la-31-5-2024.html';

  it('records the address, and the publisher\'s level when the text names no issuer, with a warning', () => {
    const r = importText(slogans, { ...opts, url });
    expect(r.data.issuer).toBeUndefined();
    expect(r.data.provenance).toMatchObject({ url, siteLevel: 'province' });
    expect(r.data.provenance.fieldSources.siteLevel).toEqual({ from: 'page-address', line: 1 });
    expect(r.warnings.some((w) => w.field === 'issuer.level' && w.message.includes('bacgiang'))).toBe(true);
    const without = importText(slogans, opts);
    expect(without.data.provenance.url).toBeUndefined();
    expect(without.data.provenance.siteLevel).toBeUndefined();
  });

  it('a named issuer without its place takes the level; one with its place keeps its own', () => {
    const text = 'ỦY BAN NHÂN DÂN THÀNH PHỐ\n\nTHÔNG BÁO\nVề việc treo cờ\n\nUBND thành phố thông báo các cơ quan treo cờ Tổ quốc.\n';
    const r = importText(text, { ...opts, url: 'https://baodanang.vn/tin/1.htm' });
    expect(r.data.issuer).toMatchObject({ level: 'province' });
    expect(r.data.provenance.fieldSources['issuer.level']).toMatchObject({ from: 'page-address' });
    const own = importText(text.replace('THÀNH PHỐ\n', 'XÃ PHÚ LỘC\n'), { ...opts, url: 'https://baodanang.vn/tin/1.htm' });
    expect(own.data.issuer).toMatchObject({ level: 'commune' });
    expect(own.data.provenance.fieldSources['issuer.level']).toMatchObject({ from: 'issuer-name' });
  });
});
