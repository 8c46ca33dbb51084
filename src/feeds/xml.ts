/** Escaping for XML text and attribute values (feeds, sitemap). */
export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!)
    // Characters XML 1.0 forbids (C0 controls but tab/LF/CR); never in a directive, never emitted.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}
