/** Proper nouns in a name read from capitals, cased as the text writes them (src/import/issuer/text-case.ts). */
import { describe, expect, it } from 'vitest';
import { caseFromText } from '../../src/import/issuer/text-case.ts';
import { issuerFromHeader } from '../../src/import/issuer/index.ts';

describe('caseFromText', () => {
  it('takes the casing the text uses inside a sentence (realworld-heldout-3/02)', () => {
    const lines = ['HỘI TRUYỀN THỐNG TRƯỜNG SƠN - ĐƯỜNG HỒ CHÍ MINH VIỆT NAM', 'Kỷ niệm ngày mở đường, bộ đội Trường Sơn năm xưa …'];
    expect(caseFromText('Hội Truyền thống trường sơn - đường Hồ Chí Minh Việt Nam', lines)).toBe('Hội Truyền thống Trường Sơn - đường Hồ Chí Minh Việt Nam');
  });
  it('not from a sentence\'s or a line\'s first words, not from capitals, and never a unit word', () => {
    expect(caseFromText('Hội Liên hiệp Phụ nữ phú yên', ['Phú Yên là tỉnh ven biển.'])).toBe('Hội Liên hiệp Phụ nữ phú yên');
    expect(caseFromText('Hội Liên hiệp Phụ nữ phú yên', ['HỘI LHPN PHÚ YÊN'])).toBe('Hội Liên hiệp Phụ nữ phú yên');
    expect(caseFromText('Hội Liên hiệp Phụ nữ phú yên', ['Đại hội phụ nữ tỉnh Phú Yên lần thứ XVII'])).toBe('Hội Liên hiệp Phụ nữ Phú Yên');
    expect(caseFromText('Ủy ban MTTQ tỉnh Quảng Ninh', ['gửi Ủy ban MTTQ Tỉnh Quảng Ninh'])).toBe('Ủy ban MTTQ tỉnh Quảng Ninh');
  });
  it('changes only the case of first letters: the words and what is between them stay', () => {
    const name = 'Ban Thường vụ  Hội  nông dân – an giang';
    const out = caseFromText(name, ['… của nông dân An Giang …']);
    expect(out).toBe('Ban Thường vụ  Hội  nông dân – An Giang');
    expect(out.toLowerCase()).toBe(name.toLowerCase());
  });
});

describe('the header\'s issuer block ends at a type heading run on with its subject', () => {
  it('"ĐỀ CƯƠNG TUYÊN TRUYỀN" is not part of the issuer (realworld-heldout-4/03)', () => {
    const g = issuerFromHeader(['HỘI LIÊN HIỆP PHỤ NỮ PHÚ YÊN', 'BAN THƯỜNG VỤ', 'Phú Yên, ngày 25 tháng 10 năm 2021', 'ĐỀ CƯƠNG TUYÊN TRUYỀN', 'KẾT QUẢ ĐẠI HỘI']);
    // Cased from capitals by the name rule; importText then takes the text's own "Phú Yên".
    expect(g?.name).toBe('Ban Thường vụ Hội Liên hiệp Phụ nữ phú yên');
  });
});
