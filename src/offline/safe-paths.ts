/**
 * A file name of the offline copy that stays inside its folder on every system the copy is opened
 * on: no "\" (a folder separator on Windows, so "..\..\x" climbs out when unzipped there), no
 * absolute path or drive letter ("/x", "C:x", "C:\x"), no "." or ".." part, no empty part, no
 * control character. Such a name cannot come from a build (the content check refuses entry names
 * that would make one), but --allow-broken writes whatever the build holds, so the writer checks.
 */
export function escapesFolder(path: string): string | undefined {
  if (/[\u0000-\u001f\u007f]/.test(path)) return 'holds a control character';
  if (path.includes('\\')) return 'holds "\\", a folder separator on Windows';
  if (path.startsWith('/')) return 'is an absolute path';
  if (/^[A-Za-z]:/.test(path)) return 'starts with a drive letter';
  if (path.split('/').some((part) => part === '' || part === '.' || part === '..')) return 'has an empty, "." or ".." part';
  return undefined;
}

/** The files whose names stay inside the folder, and the others with the reason. */
export function splitUnsafe<T extends { path: string }>(files: readonly T[]): { safe: T[]; unsafe: Array<{ path: string; reason: string }> } {
  const safe: T[] = [];
  const unsafe: Array<{ path: string; reason: string }> = [];
  for (const f of files) {
    const reason = escapesFolder(f.path);
    if (reason) unsafe.push({ path: f.path, reason });
    else safe.push(f);
  }
  return { safe, unsafe };
}
