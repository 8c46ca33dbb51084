import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { decodeSource } from '../../src/import/source-text.ts';
import { importText, sha256Hex } from '../../src/import/import-text.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
export const SEEDS_DIR = join(ROOT, '..', 'shared', 'seeds');
export const CONTENT_DIR = join(ROOT, 'content', 'directives');
export const REALWORLD_DIR = join(ROOT, '..', 'shared', 'realworld');

export const seedFiles = () => readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort();

export function seedText(name: string): string {
  return decodeSource(readFileSync(join(SEEDS_DIR, name)));
}

export function importSeed(name: string) {
  const bytes = readFileSync(join(SEEDS_DIR, name));
  return importText(decodeSource(bytes), { source: name, sha256: sha256Hex(bytes), imported: '2026-11-23' });
}

export function importString(text: string, source = 'test.txt') {
  return importText(decodeSource(new TextEncoder().encode(text)), { source, sha256: sha256Hex(text), imported: '2026-11-23' });
}

// Seed 001's slogans, as printed in the source (hand-checked against ../shared/seeds/001_*.txt).
export const SEED_001_SLOGANS = [
  'Đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh, gọn, mạnh, hiệu năng, hiệu lực, hiệu quả!',
  'Sắp xếp tổ chức bộ máy tinh, gọn, bảo đảm tính tổng thể, đồng bộ, liên thông!',
  'Tinh gọn bộ máy hệ thống chính trị hiệu quả, thiết thực, chống lãng phí!',
  'Tập trung thực hiện thắng lợi cuộc cách mạng về tổ chức bộ máy của hệ thống chính trị!',
  'Đổi mới, sắp xếp tổ chức bộ máy là đòi hỏi bức thiết của tình hình thực tiễn hiện nay!',
  'Quyết liệt, mạnh mẽ trong việc sắp xếp tổ chức bộ máy của hệ thống chính trị!',
  'Thực hiện đồng bộ các giải pháp để hoàn thiện đồng bộ hạ tầng năng lượng quốc gia, đáp ứng yêu cầu phát triển đất nước trong tình hình mới!',
  'Đảng Cộng sản Việt Nam quang vinh muôn năm!',
  'Nước Cộng hòa xã hội chủ nghĩa Việt Nam muôn năm!',
  'Chủ tịch Hồ Chí Minh vĩ đại sống mãi trong sự nghiệp của chúng ta!',
];

