/** The two poster styles: the conventional red with yellow letters, and a neutral one. */
export interface PosterStyle {
  id: string;
  label: string;
  background: string;
  text: string;
  /** A thin rule inside the margin (neutral style) or none. */
  rule?: string;
  /** Font weight of Be Vietnam Pro used (both are loaded once). */
  weight: 700 | 800;
}

export const STYLES: readonly PosterStyle[] = [
  // National-flag red and yellow (research note §3: #DA251D / #FFFF00, contrast 4.59:1).
  { id: 'do', label: 'Nền đỏ, chữ vàng', background: '#DA251D', text: '#FFFF00', weight: 800 },
  { id: 'trung-tinh', label: 'Nền sáng, chữ đỏ sẫm', background: '#FAF7F0', text: '#8B1A14', rule: '#DA251D', weight: 700 },
];

export function styleById(id: string): PosterStyle {
  const s = STYLES.find((x) => x.id === id);
  if (!s) throw new Error(`unknown poster style "${id}" (known: ${STYLES.map((x) => x.id).join(', ')})`);
  return s;
}
