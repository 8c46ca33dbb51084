/**
 * What a build draws: only the image the site shows — each slogan's and each directive's share
 * image, the Open Graph size (1200 × 630) in the red style: a slogan page's preview and og:image,
 * a directive page's og:image. Every other size and style is drawn on demand, by the poster
 * maker page in the browser (ap-phich/tao/) or in bulk by `npm run posters -- --print`.
 * CHIDAO_POSTERS=0 draws nothing (fast test builds); any other value, or none, draws these.
 */
import type { Preset } from './presets.ts';
import { STYLES, type PosterStyle } from './styles.ts';

/** The preset and style of the shown image (ROUTES.directiveImage names the same file). */
export const SHOWN_PRESET = 'og';
export const SHOWN_STYLE = 'do';

export interface Shown { presets: Preset[]; styles: PosterStyle[] }

export function shownPosters(presets: readonly Preset[], mode = process.env.CHIDAO_POSTERS): Shown {
  if (mode === '0') return { presets: [], styles: [] };
  const preset = presets.find((p) => p.id === SHOWN_PRESET);
  const style = STYLES.find((s) => s.id === SHOWN_STYLE);
  if (!preset || !style) throw new Error(`posters: no preset "${SHOWN_PRESET}" or style "${SHOWN_STYLE}" to draw the share images with`);
  return { presets: [preset], styles: [style] };
}
