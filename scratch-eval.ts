import { readFileSync, readdirSync } from 'node:fs';
import { decodeSource } from './src/import/source-text.ts';
import { importText } from './src/import/import-text.ts';
import { DOCUMENT_TYPES } from './src/model/document-type.ts';
const dir = process.argv[2] ?? '../shared/realworld';
const only = process.argv[3];
const gold = JSON.parse(readFileSync(`${dir}/gold.json`, 'utf8'));
const key = (s: string) => s.replace(/\\-/g, '-').normalize('NFD').replace(/\p{Mn}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/[^a-z0-9]/g, '');
const norm = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ');
let n = 0, ok = { type: 0, number: 0, date: 0, issuer: 0, level: 0, refused: 0 }, sl = { tp: 0, pred: 0, gold: 0 };
for (const [k, g] of Object.entries<any>(gold)) {
  if (k.startsWith('_')) continue;
  if (only && k !== only) continue;
  n++;
  const text = decodeSource(readFileSync(`${dir}/${g.file}`));
  let d: any;
  try { d = importText(text, { source: g.file, sha256: '0'.repeat(64), imported: '2026-01-01' }).data; } catch (e) { ok.refused++; console.log(k, 'REFUSED', (e as Error).message.slice(0, 100)); continue; }
  const type = d.type === 'khac' ? null : DOCUMENT_TYPES[d.type as keyof typeof DOCUMENT_TYPES].name;
  const tOk = (type ?? '').toLowerCase() === (g.self.type ?? '').toLowerCase();
  const num = d.number?.printed && /^\d/.test(d.number.printed) ? d.number.printed : null;
  const nOk = num ? g.self.keys.includes(key(num)) || g.self.keys.map((x: string) => x.replace(/^0+/, '')).includes(key(num).replace(/^0+/, '')) : g.self.number === null;
  const dOk = (d.date ?? null) === g.self.date;
  const lvl = g.level === 'ward' ? 'commune' : g.level;
  const lOk = d.issuer?.level === lvl;
  const iss = d.issuer?.name ?? null;
  const gs = g.slogans.map(norm), ps = (d.slogans ?? []).map(norm);
  const tp = ps.filter((s: string) => gs.includes(s)).length;
  sl.tp += tp; sl.pred += ps.length; sl.gold += gs.length;
  ok.type += +tOk; ok.number += +nOk; ok.date += +dOk; ok.level += +lOk;
  console.log(k, tOk ? '✓' : `✗type(${type}≠${g.self.type})`, nOk ? '✓' : `✗num(${num}≠${g.self.number})`, dOk ? '✓' : `✗date(${d.date}≠${g.self.date})`, lOk ? '✓' : `✗lvl(${d.issuer?.level}≠${lvl})`, `iss=${iss} | gold=${g.self.issuer}`, `slog ${tp}/${ps.length}/${gs.length}`);
}
console.log(n, ok, sl);
