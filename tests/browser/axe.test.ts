/**
 * Accessibility: axe-core (WCAG 2.0–2.2 A/AA rules and best practices) on every main page type,
 * at phone and desktop widths, in Debian's Chromium. No serious or critical violation is allowed;
 * lesser ones are printed so they can be seen (and are expected to stay none).
 */
import { describe, expect, it } from 'vitest';
import { axeViolations, PAGES, useSite } from '../helpers/browser.ts';

const site = useSite();

describe('axe-core', () => {
  const cases = Object.entries(PAGES).flatMap(([name, path]) => [360, 1280].map((width) => [name, path, width] as const));
  it.each(cases)('%s (%s) at %i px: no serious or critical violation', async (_, path, width) => {
    const page = await site().open(path, width);
    const violations = await axeViolations(page);
    await page.close();
    const describe = violations.map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    if (violations.length) console.warn(`${path} at ${width} px:\n  ${describe.join('\n  ')}`);
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id), describe.join('\n')).toEqual([]);
  });
});
