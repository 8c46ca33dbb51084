/**
 * The poster as a satori element tree: a full-bleed background, the fitted lines centred in the
 * safe area, one element per line (satori never re-wraps them). Plain objects, no JSX/React.
 */
import type { FitResult } from './fit.ts';
import type { PosterStyle } from './styles.ts';
import { FAMILY } from './font-face.ts';

/** Bump when the template changes what is drawn (part of every cache key). */
export const TEMPLATE_VERSION = 2;

/**
 * Line box height in em: the lowest ink of the slogan's characters (dot below, comma, Q's tail)
 * on one line must stay above the highest ink (stacked marks of Ễ, Ỗ…) of the next, whatever
 * letters meet, with 0.08 em of clear space; 1.25 at least (research E4: 1.3 looks clean), 1.6 at most.
 */
export const MIN_LINE_HEIGHT = 1.25;
export const MAX_LINE_HEIGHT = 1.6;
/** Clear space between the two, in em. */
export const MARK_GAP = 0.08;

export interface El {
  type: string;
  props: { style?: Record<string, string | number>; children?: El | El[] | string };
}

export interface Geometry {
  width: number;
  height: number;
  /** Margin on each side, px. */
  margin: number;
}

export function geometry(canvas: { width: number; height: number }, marginFraction: number): Geometry {
  return { ...canvas, margin: Math.round(Math.min(canvas.width, canvas.height) * marginFraction) };
}

export function posterElement(fit: FitResult, g: Geometry, style: PosterStyle): El {
  const lineBox = Math.round(fit.fontSize * fit.lineHeight);
  const lines: El[] = fit.lines.map((line) => ({
    type: 'div',
    props: {
      style: { display: 'flex', height: lineBox, lineHeight: `${lineBox}px`, fontSize: fit.fontSize, whiteSpace: 'pre', textAlign: 'center' },
      children: line,
    },
  }));
  const children: El[] = [];
  if (style.rule) {
    const inset = Math.round(g.margin * 0.4);
    children.push({
      type: 'div',
      props: { style: { position: 'absolute', top: inset, left: inset, right: inset, bottom: inset, border: `${Math.max(2, Math.round(g.margin * 0.08))}px solid ${style.rule}` } },
    });
  }
  children.push({
    type: 'div',
    props: {
      style: { display: 'flex', flexDirection: 'column', alignItems: 'center', justifyContent: 'center', boxSizing: 'border-box', width: g.width - 2 * g.margin, height: g.height - 2 * g.margin },
      children: lines,
    },
  });
  return {
    type: 'div',
    props: {
      style: {
        display: 'flex', boxSizing: 'border-box', width: g.width, height: g.height, padding: g.margin,
        alignItems: 'center', justifyContent: 'center', position: 'relative',
        backgroundColor: style.background, color: style.text, fontFamily: FAMILY, fontWeight: style.weight,
      },
      children,
    },
  };
}
