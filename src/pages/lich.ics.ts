/** lich.ics: the commemoration calendar as iCalendar (src/calendar/ics.ts), for calendar apps. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { commemorationEvents } from '../calendar/events.ts';
import { toIcs } from '../calendar/ics.ts';
import { sitePlan, siteDeadlines } from '../calendar/site-plan.ts';
import { planSpan } from '../calendar/plan.ts';
import { absoluteHref, ROUTES } from '../lib/links.ts';
import { directiveLine } from '../lib/labels.ts';

export const GET: APIRoute = async ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const entries = await getCollection('directives');
  const plan = await sitePlan();
  const body = toIcs(commemorationEvents(entries), siteDeadlines(entries), {
    name: 'Lịch kỷ niệm — chidao',
    description: 'Các ngày kỷ niệm (lặp lại hằng năm; ngày âm lịch tính sang dương lịch cho từng năm) và thời hạn do văn bản chỉ đạo, hướng dẫn tuyên truyền nêu.',
    urlOf: (e) => absoluteHref(site!, base, ROUTES.directive(e.id)),
    describe: (e) => directiveLine(e.data),
    lunar: { anniversaries: plan.lunarAnniversaries, ...planSpan(plan) },
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
