/**
 * npm run bench:posters — time per poster and per format (sequential, warm, after one warm-up),
 * with the CPU time of the process alongside wall time (a loaded machine inflates wall time only).
 * Budget from issue 7: ≤ 25 ms per web PNG on the 2-core CI machine.
 */
import { loadEntries } from '../src/entry/load-entries.ts';
import { loadPosterConfig, isWeb } from '../src/posters/presets.ts';
import { renderSvg, svgToPng, trueSizeSvg } from '../src/posters/render.ts';
import { svgToPdf } from '../src/posters/pdf.ts';
import { STYLES } from '../src/posters/styles.ts';
import { readCommandLine } from './lib/arguments.ts';

readCommandLine('usage: npm run bench:posters   (no arguments: times the posters of content/directives)', { options: {} });
const t0 = performance.now();
const slogans = loadEntries(process.cwd(), 'content/directives').entries.flatMap((e) => e.data.slogans);
const presets = loadPosterConfig(process.cwd()).presets;
const style = STYLES[0]!;
await svgToPng((await renderSvg(slogans[0]!, presets[0]!, style)).svg, { width: 1200, height: 630 }); // warm-up
console.log(`startup + first render: ${(performance.now() - t0).toFixed(0)} ms; ${slogans.length} slogans`);
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
console.log('preset            satori  raster   pdf   total(wall)  total(cpu)  ms/poster');
for (const p of presets) {
  let a = 0, b = 0, c = 0;
  const w0 = performance.now(), c0 = cpu();
  for (const s of slogans) {
    let t = performance.now();
    const { svg, layout } = await renderSvg(s, p, style);
    a += performance.now() - t; t = performance.now();
    if (isWeb(p)) await svgToPng(svg, layout.geometry);
    b += performance.now() - t; t = performance.now();
    if (!isWeb(p)) { trueSizeSvg(svg, p.widthMm, p.heightMm); svgToPdf(svg, p.widthMm, p.heightMm, s); }
    c += performance.now() - t;
  }
  const n = slogans.length, wall = performance.now() - w0, cp = cpu() - c0;
  console.log(`${p.id.padEnd(17)} ${(a / n).toFixed(1).padStart(6)} ${(b / n).toFixed(1).padStart(7)} ${(c / n).toFixed(1).padStart(5)} ${wall.toFixed(0).padStart(10)} ms ${cp.toFixed(0).padStart(9)} ms ${(wall / n).toFixed(1).padStart(9)}`);
}
