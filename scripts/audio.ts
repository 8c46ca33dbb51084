/**
 * npm run audio -- <directive id | slogan text> [--out FILE.wav]
 *
 * The loudspeaker script (src/speech) spoken into a WAV file by Debian's espeak-ng with its
 * Vietnamese voice: a directive's whole text when the argument is the id of an entry in
 * content/directives (the <id> of /van-ban/<id>/), else the argument itself read as a slogan.
 * Default file: phat-thanh-<id>.wav, or khau-hieu-<8 hex>.wav for a text, in the current folder.
 * Without espeak-ng on PATH it writes nothing and exits 1, naming the package to install.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readCommandLine, usageError } from './lib/arguments.ts';
import { scriptOfEntryFile } from '../src/speech/entry-script.ts';
import { scriptOfSlogans } from '../src/speech/script.ts';
import { ESPEAK_MISSING, findEspeak, speakToWav } from '../src/speech/espeak.ts';

const USAGE = `usage: npm run audio -- <directive id | slogan text> [--out FILE.wav]
  e.g. npm run audio -- huong-dan-khong-so-khong-ngay-cb6f72ab
       npm run audio -- "Đảng Cộng sản Việt Nam quang vinh muôn năm!" --out quang-vinh.wav`;
const { values, positionals } = readCommandLine(USAGE, { options: { out: { type: 'string' } }, allowPositionals: true });
const what = positionals.join(' ').trim();
if (!what) usageError(USAGE, 'say which directive (its id) or which text to read');

const root = resolve(import.meta.dirname, '..');
const entryFile = /^[a-z0-9-]+$/.test(what) ? join(root, 'content/directives', `${what}.mdx`) : undefined;
const isEntry = entryFile !== undefined && existsSync(entryFile);
const blocks = isEntry ? scriptOfEntryFile(entryFile) : scriptOfSlogans([what]);
const text = blocks.map((b) => b.spoken.join('\n')).join('\n\n');
const out = resolve(values.out ?? (isEntry ? `phat-thanh-${what}.wav` : `khau-hieu-${createHash('sha256').update(what).digest('hex').slice(0, 8)}.wav`));

const espeak = findEspeak();
if (!espeak) {
  process.stderr.write(`${ESPEAK_MISSING}\n`);
  process.exit(1);
}
try {
  const info = speakToWav(espeak, text, out);
  const kb = Math.round(info.dataBytes / 1024).toLocaleString('vi');
  process.stdout.write(`${out}: ${isEntry ? `văn bản ${what}, ${blocks.length} đoạn` : 'khẩu hiệu'}, ${info.seconds.toFixed(1).replace('.', ',')} giây, ${kb} KB (${info.sampleRate} Hz, ${info.bitsPerSample} bit)\n`);
} catch (e) {
  process.stderr.write(`không ghi được tệp âm thanh: ${(e as Error).message}\n`);
  process.exit(1);
}
