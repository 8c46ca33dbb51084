/**
 * Speaking a script into a WAV file with Debian's espeak-ng and its Vietnamese voice ("vi",
 * Northern), for `npm run audio`. Nothing is downloaded: espeak-ng must be installed
 * (`apt-get install espeak-ng`); when it is not on PATH, `findEspeak` says so and names the package.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export const ESPEAK_MISSING = 'espeak-ng không có trên máy này (không tìm thấy trong PATH): hãy cài gói Debian espeak-ng, có sẵn giọng tiếng Việt «vi» — `apt-get install espeak-ng` (hoặc `sudo apt-get install espeak-ng`).';

/** The path of espeak-ng on `path` (the PATH variable), or undefined. */
export function findEspeak(path = process.env.PATH ?? ''): string | undefined {
  for (const dir of path.split(delimiter).filter(Boolean)) {
    const file = join(dir, 'espeak-ng');
    try { accessSync(file, constants.X_OK); return file; } catch { /* not here */ }
  }
  return undefined;
}

export interface WavInfo { channels: number; sampleRate: number; bitsPerSample: number; dataBytes: number; seconds: number }

/** The format and length of a PCM WAV file (RIFF/WAVE, its "fmt " and "data" chunks), or an error saying why not. */
export function readWavInfo(bytes: Uint8Array): WavInfo {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.length < 12 || b.toString('latin1', 0, 4) !== 'RIFF' || b.toString('latin1', 8, 12) !== 'WAVE') throw new Error('not a RIFF/WAVE file');
  let at = 12;
  let fmt: Omit<WavInfo, 'dataBytes' | 'seconds'> | undefined;
  while (at + 8 <= b.length) {
    const id = b.toString('latin1', at, at + 4);
    let size = b.readUInt32LE(at + 4);
    if (id === 'fmt ') fmt = { channels: b.readUInt16LE(at + 10), sampleRate: b.readUInt32LE(at + 12), bitsPerSample: b.readUInt16LE(at + 22) };
    if (id === 'data') {
      if (!fmt) throw new Error('WAV data before its format');
      // espeak-ng writing to a file fixes the sizes at the end; a stream would leave 0x7fffffff: take what is there.
      size = Math.min(size, b.length - at - 8);
      const rate = fmt.sampleRate * fmt.channels * (fmt.bitsPerSample / 8);
      return { ...fmt, dataBytes: size, seconds: rate ? size / rate : 0 };
    }
    at += 8 + size + (size % 2);
  }
  throw new Error('no data chunk in the WAV file');
}

/** Speaks `text` (UTF-8) into `out` with espeak-ng's Vietnamese voice; throws espeak-ng's own message on failure. */
export function speakToWav(espeak: string, text: string, out: string, { wordsPerMinute = 150 } = {}): WavInfo {
  const r = spawnSync(espeak, ['-v', 'vi', '-s', String(wordsPerMinute), '-b', '1', '-w', out, '--stdin'], { input: text, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`espeak-ng stopped (exit ${r.status}): ${r.stderr.trim()}`);
  return readWavInfo(readFileSync(out));
}
