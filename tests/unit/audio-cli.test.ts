/**
 * `npm run audio` (scripts/audio.ts): the loudspeaker script spoken into a WAV file by Debian's
 * espeak-ng (voice "vi"), and, without espeak-ng on PATH, no file and an exit code of 1 with a
 * message naming the package. The run with espeak-ng needs it installed (.ci/run installs it):
 * without it that test fails, saying so, rather than skipping.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESPEAK_MISSING, findEspeak, readWavInfo } from '../../src/speech/espeak.ts';
import { ROOT } from '../helpers/seeds.ts';
import { tempDir } from '../helpers/temp.ts';

const tmp = () => tempDir('audio');
const run = (cwd: string, path: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'scripts/audio.ts'), ...args], { cwd, encoding: 'utf8', timeout: 120_000, env: { ...process.env, PATH: path } });

const SLOGAN = 'Đảng Cộng sản Việt Nam quang vinh muôn năm!';
const NEEDS_ESPEAK = 'espeak-ng is not installed: this test needs it and does not skip. Install it with `apt-get install espeak-ng` (as .ci/run does).';

/** A WAV header as espeak-ng writes it: 22,050 Hz, mono, 16 bit, `samples` samples. */
function wav(samples: number): Buffer {
  const b = Buffer.alloc(44 + samples * 2);
  b.write('RIFF', 0, 'latin1'); b.writeUInt32LE(36 + samples * 2, 4); b.write('WAVE', 8, 'latin1');
  b.write('fmt ', 12, 'latin1'); b.writeUInt32LE(16, 16); b.writeUInt16LE(1, 20); b.writeUInt16LE(1, 22);
  b.writeUInt32LE(22050, 24); b.writeUInt32LE(44100, 28); b.writeUInt16LE(2, 32); b.writeUInt16LE(16, 34);
  b.write('data', 36, 'latin1'); b.writeUInt32LE(samples * 2, 40);
  return b;
}

describe('espeak-ng helpers', () => {
  it('reads a WAV header: format and length', () => {
    expect(readWavInfo(wav(44100))).toEqual({ channels: 1, sampleRate: 22050, bitsPerSample: 16, dataBytes: 88200, seconds: 2 });
    expect(() => readWavInfo(Buffer.from('ID3 not a wav file'))).toThrow(/RIFF\/WAVE/);
  });

  it('finds espeak-ng on a PATH, and only there', () => {
    const dir = tmp();
    expect(findEspeak(dir)).toBeUndefined();
    writeFileSync(join(dir, 'espeak-ng'), '#!/bin/sh\n');
    chmodSync(join(dir, 'espeak-ng'), 0o755);
    expect(findEspeak(`/nonexistent:${dir}`)).toBe(join(dir, 'espeak-ng'));
  });
});

describe('npm run audio', () => {
  it('without espeak-ng on PATH: no file, exit 1, the package named', () => {
    const cwd = tmp();
    const r = run(cwd, tmp(), SLOGAN);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`${ESPEAK_MISSING}\n`);
    expect(r.stderr).toContain('apt-get install espeak-ng');
    expect(existsSync(join(cwd, 'khau-hieu-d04c8e0a.wav'))).toBe(false);
  });

  it('with espeak-ng: a slogan, and a whole directive by its id, each a WAV file', { timeout: 180_000 }, () => {
    if (!findEspeak()) throw new Error(NEEDS_ESPEAK);
    const cwd = tmp();
    const r = run(cwd, process.env.PATH ?? '', SLOGAN);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const slogan = readWavInfo(readFileSync(join(cwd, 'khau-hieu-d04c8e0a.wav')));
    expect(slogan.sampleRate).toBe(22050);
    expect(slogan.seconds).toBeGreaterThan(1);
    expect(slogan.seconds).toBeLessThan(10);
    const id = 'cong-van-khong-so-2024-44cf0838'; // seed 000
    const d = run(cwd, process.env.PATH ?? '', id, '--out', 'cv.wav');
    expect(d.status).toBe(0);
    expect(d.stdout).toMatch(new RegExp(`cv\\.wav: văn bản ${id}, \\d+ đoạn, [\\d,]+ giây`));
    // Seed 000 is 22 KB of text: many minutes read aloud, far more than one slogan.
    expect(readWavInfo(readFileSync(join(cwd, 'cv.wav'))).seconds).toBeGreaterThan(300);
  });

  it('asks what to read when given nothing', () => {
    const r = run(tmp(), process.env.PATH ?? '');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^say which directive[^]*usage: npm run audio/);
  });
});
