/**
 * A block's spoken text cut into sentences of at most `max` characters (at ". ", "; ", ": ", "! ",
 * "? ", else at ", ", else between words): speech engines stop or skip long utterances (Chromium
 * cuts one off after about fifteen seconds). Shared by the "Nghe" button (browser/listen.ts) and
 * `npm run audio`; no imports, so the button's script stays small.
 */
export function utterances(text: string, max = 220): string[] {
  const out: string[] = [];
  const push = (s: string) => { const t = s.trim(); if (t) out.push(t); };
  const cut = (s: string, seps: RegExp[]) => {
    if (s.length <= max) return push(s);
    if (!seps.length) {
      let line = '';
      for (const w of s.split(/\s+/)) {
        if (line && line.length + 1 + w.length > max) { push(line); line = ''; }
        line = line ? `${line} ${w}` : w;
      }
      return push(line);
    }
    const [sep, ...others] = seps;
    let acc = '';
    for (const p of s.split(sep!)) {
      if (acc && acc.length + 1 + p.length > max) { cut(acc, others); acc = ''; }
      acc = acc ? `${acc} ${p}` : p;
    }
    cut(acc, others);
  };
  cut(text, [/(?<=[.;:!?…])\s+/, /(?<=,)\s+/]);
  return out;
}
