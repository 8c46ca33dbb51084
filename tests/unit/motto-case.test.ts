/** The tiêu ngữ as offices type it: "Độc Lập - Tự Do - Hạnh Phúc", in capitals, with em dashes. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { STATE_MOTTO_2 } from '../../src/import/patterns.ts';
import { importText } from '../../src/import/import-text.ts';
import { ROOT } from '../helpers/seeds.ts';

describe('tiêu ngữ spellings', () => {
  it.each(['Độc lập - Tự do - Hạnh phúc', 'Độc lập – Tự do – Hạnh phúc', 'Độc Lập - Tự Do - Hạnh Phúc', 'ĐỘC LẬP - TỰ DO - HẠNH PHÚC', 'Độc lập — Tự do — Hạnh phúc'])('%s', (m) => {
    expect(STATE_MOTTO_2.test(m)).toBe(true);
  });
  it('not a sentence about independence', () => expect(STATE_MOTTO_2.test('Độc lập, tự do là quý nhất')).toBe(false));

  it('a commune plan whose header types "Độc Lập" is read (realworld-heldout-5/11, refused before)', () => {
    const text = readFileSync(join(ROOT, 'tests/fixtures/realworld-heldout-5/11_xa-ubnd-thieuphuc-kh-tet-canh-ty-2020.txt'), 'utf8');
    const r = importText(text, { source: '11.txt', sha256: '0'.repeat(64), imported: '2026-12-07' });
    expect(r.data).toMatchObject({ type: 'ke-hoach', date: '2020-01-12', issuer: { name: 'Ủy ban nhân dân xã Thiệu Phúc', level: 'commune' } });
  });
});
