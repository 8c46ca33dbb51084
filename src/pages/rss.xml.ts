/** rss.xml: new directives (src/feeds/rss.ts). */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { toRss } from '../feeds/rss.ts';
import { absoluteHref, ROUTES } from '../lib/links.ts';
import { dateLabel, LEVEL_LABEL, numberLabel } from '../lib/labels.ts';

export const GET: APIRoute = async ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const body = toRss(await getCollection('directives'), {
    title: 'Văn bản chỉ đạo mới — chidao',
    description: 'Văn bản chỉ đạo, hướng dẫn, kế hoạch tuyên truyền mới đăng.',
    homeUrl: absoluteHref(site!, base, ROUTES.home()),
    selfUrl: absoluteHref(site!, base, ROUTES.feed()),
    limit: 50,
    item: (e) => {
      const d = e.data;
      return {
        title: `${numberLabel(d)}${d.title ? ` — ${d.title}` : ''}`,
        url: absoluteHref(site!, base, ROUTES.directive(e.id)),
        description: [
          d.issuer && `${d.issuer.name}${d.issuer.level ? ` (${LEVEL_LABEL[d.issuer.level]})` : ''}`,
          `${d.place ? `${d.place}, ` : ''}${dateLabel(d)}`,
          d.title,
        ].filter(Boolean).join('. '),
        categories: d.topics,
      };
    },
  });
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
