/**
 * Where the built site will live. Both come from the environment at build time, so the same source deploys
 * to any host: SITE_URL is the public origin (for canonical links, Open Graph tags and the sitemap) and
 * BASE_PATH the folder under it ("/" at the root, "/wiki/" for a sub-folder).
 */
function normaliseBase(value: string | undefined): string {
  const trimmed = (value ?? '/').trim().replace(/^\/*/, '/').replace(/\/*$/, '/');
  return trimmed === '//' ? '/' : trimmed;
}

export const siteConfig = {
  siteUrl: (process.env.SITE_URL ?? 'http://localhost:4173').replace(/\/+$/, ''),
  basePath: normaliseBase(process.env.BASE_PATH),
};

/** The absolute public URL of an app path such as "/episodes/s1e4". */
export function publicUrl(appPath: string): string {
  return `${siteConfig.siteUrl}${siteConfig.basePath}${appPath.replace(/^\//, '')}`;
}
