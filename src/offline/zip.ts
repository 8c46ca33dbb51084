/**
 * A deterministic zip of the offline copy, written as a stream: entries sorted by path, one fixed
 * timestamp, fixed attributes, no extra fields but Zip64's, deflate by fflate (pure JavaScript,
 * version pinned) rather than Node's zlib, whose output may differ between zlib builds and CPUs.
 * Same files → same bytes. Names are UTF-8 (flag bit 11 for non-ASCII names, e.g. "Mở trang
 * chủ.html").
 *
 * Zip64 (APPNOTE 6.3.10 §4.3.14–4.3.15, §4.5.3) only where the plain format runs out: more than
 * 65,534 entries, or offsets past 4 GiB — a national archive's copy has ~95,000 files. A copy the
 * plain format holds gets no Zip64 record at all, so every unzip tool reads it.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { crc32 } from 'node:zlib';
import { deflateSync } from 'fflate';
import { comparePaths } from '../lib/files.ts';
import { escapesFolder } from './safe-paths.ts';
import { workerPool } from '../lib/worker-pool.ts';

/** 2000-01-01 00:00 in DOS date/time: the zip holds local time, so this reads the same everywhere. */
const DOS_DATE = ((2000 - 1980) << 9) | (1 << 5) | 1;
const DOS_TIME = 0;
/** Formats already compressed: stored, not deflated again. */
const STORED = /\.(png|jpe?g|gif|webp|avif|woff2?|pdf|zip|gz)$/i;
/** Unix, zip 2.0 / 4.5 (Zip64). */
const MADE_BY = 0x0314;
const MADE_BY_64 = 0x032d;
const FILE_MODE = 0o100644 * 0x10000;

export interface ZipFile { path: string; bytes: Uint8Array }

/** Where the plain format ends (tests lower them to reach the Zip64 records with small zips). */
export interface ZipLimits { entries: number; offset: number }
export const PLAIN_LIMITS: ZipLimits = { entries: 0xffff, offset: 0xffffffff };

class Writer {
  readonly buf: Buffer;
  at = 0;
  constructor(size: number) { this.buf = Buffer.alloc(size); }
  u16(v: number) { this.at = this.buf.writeUInt16LE(v, this.at); return this; }
  u32(v: number) { this.at = this.buf.writeUInt32LE(v, this.at); return this; }
  u64(v: number) { this.at = this.buf.writeBigUInt64LE(BigInt(v), this.at); return this; }
  bytes(b: Uint8Array) { this.buf.set(b, this.at); this.at += b.length; return this; }
}

/** A zip entry to deflate on a worker thread (zip-worker.ts). */
export interface DeflateJob { path: string; bytes: Uint8Array }

/** One entry's stored bytes: deflated, or as they are (already compressed formats, empty files). */
export interface CompressedEntry { data: Uint8Array; crc: number; store: boolean }

/** Whether an entry is stored as it is: an already compressed format, or empty. */
const storedAsIs = (path: string, bytes: Uint8Array) => bytes.length === 0 || STORED.test(path);

export function compressEntry(path: string, bytes: Uint8Array): CompressedEntry {
  const store = storedAsIs(path, bytes);
  return { data: store ? bytes : deflateSync(bytes, { level: 6 }), crc: crc32(bytes), store };
}

/**
 * The zip's records, entry by entry in the order given (sorted by the caller): each entry's local
 * header and data, then the central directory and the end records. Holds only the directory.
 */
class ZipRecords {
  private central: Buffer[] = [];
  private offset = 0;
  private count = 0;
  private limits: ZipLimits;
  constructor(limits: ZipLimits) { this.limits = limits; }

  entry(path: string, size: number, c: CompressedEntry): Uint8Array[] {
    if (size >= 0xffffffff) throw new Error(`zip: ${path} is 4 GiB or more, larger than one zip entry holds here`);
    const name = Buffer.from(path, 'utf8');
    const flags = /^[\x20-\x7e]*$/.test(path) ? 0 : 0x0800;
    const method = c.store ? 0 : 8;
    const local = new Writer(30 + name.length)
      .u32(0x04034b50).u16(20).u16(flags).u16(method).u16(DOS_TIME).u16(DOS_DATE)
      .u32(c.crc).u32(c.data.length).u32(size).u16(name.length).u16(0).bytes(name);
    const offset = this.offset;
    const far = offset >= this.limits.offset;
    this.central.push(new Writer(46 + name.length + (far ? 12 : 0))
      .u32(0x02014b50).u16(far ? MADE_BY_64 : MADE_BY).u16(far ? 45 : 20).u16(flags).u16(method).u16(DOS_TIME).u16(DOS_DATE)
      .u32(c.crc).u32(c.data.length).u32(size).u16(name.length).u16(far ? 12 : 0).u16(0)
      .u16(0).u16(0).u32(FILE_MODE).u32(far ? 0xffffffff : offset).bytes(name)
      // Zip64 extended information: only the field that overflowed, the local header's offset.
      .bytes(far ? new Writer(12).u16(0x0001).u16(8).u64(offset).buf : new Uint8Array(0)).buf);
    this.offset += local.buf.length + c.data.length;
    this.count++;
    return [local.buf, c.data];
  }

  end(): Uint8Array[] {
    const directory = Buffer.concat(this.central);
    const { count, offset } = this;
    const out: Uint8Array[] = [directory];
    const zip64 = count >= this.limits.entries || offset >= this.limits.offset || directory.length >= 0xffffffff;
    if (zip64) {
      const recordAt = offset + directory.length;
      out.push(new Writer(56 + 20)
        .u32(0x06064b50).u64(44).u16(MADE_BY_64).u16(45).u32(0).u32(0).u64(count).u64(count).u64(directory.length).u64(offset)
        .u32(0x07064b50).u32(0).u64(recordAt).u32(1).buf);
    }
    out.push(new Writer(22)
      .u32(0x06054b50).u16(0).u16(0)
      .u16(zip64 ? 0xffff : count).u16(zip64 ? 0xffff : count)
      .u32(zip64 ? 0xffffffff : directory.length).u32(zip64 ? 0xffffffff : offset).u16(0).buf);
    return out;
  }
}

const sortedByPath = (files: Iterable<ZipFile>) => [...files].sort((a, b) => comparePaths(a.path, b.path));

/** The zip as byte chunks in order, compressed on this thread; one entry's bytes at a time are held (plus the directory). */
export function* zipChunks(files: Iterable<ZipFile>, limits: ZipLimits = PLAIN_LIMITS): Generator<Uint8Array> {
  const records = new ZipRecords(limits);
  for (const f of sortedByPath(files)) {
    const bytes = f.bytes;
    yield* records.entry(f.path, bytes.length, compressEntry(f.path, bytes));
  }
  yield* records.end();
}

/** The whole zip in memory (small copies, tests). */
export function deterministicZip(files: Iterable<ZipFile>, limits?: ZipLimits): Uint8Array {
  return Buffer.concat([...zipChunks(files, limits)]);
}

/**
 * The zip written to `path` as it is made, the same bytes as deterministicZip; returns its size.
 * Deflate (pure JavaScript, most of the time) runs on `threads` worker threads, a window of entries
 * ahead of the one being written, so at most that window of files is held at once.
 */
export async function writeZip(files: Iterable<ZipFile>, path: string, opts: { limits?: ZipLimits; threads?: number } = {}): Promise<number> {
  const sorted = sortedByPath(files);
  const unsafe = sorted.find((f) => escapesFolder(f.path));
  if (unsafe) throw new Error(`zip: ${JSON.stringify(unsafe.path)} ${escapesFolder(unsafe.path)}: a name that leaves the folder when unzipped`);
  const pool = workerPool<DeflateJob, CompressedEntry>(new URL('./zip-worker.ts', import.meta.url), Math.max(0, opts.threads ?? availableParallelism()));
  const window = Math.max(4, pool.size * 8);
  const pending: Array<Promise<{ size: number; c: CompressedEntry }>> = [];
  let next = 0;
  const start = () => {
    const f = sorted[next++]!;
    const bytes = f.bytes;
    pending.push(storedAsIs(f.path, bytes) || pool.size === 0
      ? Promise.resolve({ size: bytes.length, c: compressEntry(f.path, bytes) })
      : pool.run({ path: f.path, bytes }).then((c) => ({ size: bytes.length, c })));
  };
  const records = new ZipRecords(opts.limits ?? PLAIN_LIMITS);
  const fd = openSync(path, 'w');
  let size = 0;
  const write = (chunks: Uint8Array[]) => {
    for (const chunk of chunks) {
      for (let done = 0; done < chunk.length;) done += writeSync(fd, chunk, done, chunk.length - done);
      size += chunk.length;
    }
  };
  try {
    for (let i = 0; i < sorted.length; i++) {
      while (next < sorted.length && next - i < window) start();
      const { size: raw, c } = await pending[i]!;
      delete pending[i];
      write(records.entry(sorted[i]!.path, raw, c));
    }
    write(records.end());
  } finally {
    closeSync(fd);
    await pool.close();
  }
  return size;
}
