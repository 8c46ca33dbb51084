/**
 * Every internal link of the site comes from here, so the offline edition can turn them into
 * relative links to explicit index.html files in one place.
 */
export const ROUTES = {
  home: () => '',
  directive: (id: string) => `van-ban/${id}/`,
} as const;

/** Join the site base ("/" or "/sub/") with a route path. */
export function href(base: string, path: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}${path}`;
}
