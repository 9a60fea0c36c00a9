import type { CorrectionSettings } from '../src/content/data-files';

/**
 * Where the built site will live. These come from the environment at build time, so the same source deploys
 * to any host: SITE_URL is the public origin (for canonical links, Open Graph tags and the sitemap) and
 * BASE_PATH the folder under it ("/" at the root, "/wiki/" for a sub-folder). REPO_URL is the repository the
 * site is built from, on a GitHub-style host (`https://github.com/owner/repo`): every entity page's "Suggest
 * a correction" opens a new issue there. Without it, the link leads to the wiki's own page on fixing data.
 */
function normaliseBase(value: string | undefined): string {
  const trimmed = (value ?? '/').trim().replace(/^\/*/, '/').replace(/\/*$/, '/');
  return trimmed === '//' ? '/' : trimmed;
}

/** The repository's address without a trailing slash or `.git`; empty when not set. */
export function normaliseRepoUrl(value: string | undefined): string {
  const trimmed = (value ?? '')
    .trim()
    .replace(/\/+$/, '')
    .replace(/\.git$/, '');
  if (trimmed !== '' && !/^https?:\/\/[^/]+\/./.test(trimmed)) {
    throw new Error(
      `REPO_URL must be the web address of the repository, like https://github.com/owner/repo (got "${value}")`,
    );
  }
  return trimmed;
}

export const siteConfig = {
  siteUrl: (process.env.SITE_URL ?? 'http://localhost:4173').replace(/\/+$/, ''),
  basePath: normaliseBase(process.env.BASE_PATH),
  repoUrl: normaliseRepoUrl(process.env.REPO_URL),
};

/** The absolute public URL of an app path such as "/episodes/s1e4". */
export function publicUrl(appPath: string): string {
  return `${siteConfig.siteUrl}${siteConfig.basePath}${appPath.replace(/^\//, '')}`;
}

/** Where the pages' "Suggest a correction" links lead (src/content/data-files.ts). */
export function correctionSettings(): CorrectionSettings {
  return { repo: siteConfig.repoUrl, site: publicUrl('/') };
}
