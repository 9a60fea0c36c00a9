/**
 * Episode codes in series order: which codes exist and how to sort them. Without zod, so the quick reading of
 * saved state (./saved-quick-read) can use it on a page's first load.
 */
import episodes from 'virtual:episode-list';

const overallByCode = new Map(episodes.map((episode) => [episode.code, episode.overall]));

export const isKnownEpisode = (code: string) => overallByCode.has(code);

/** Episode codes in series order, without duplicates. */
export function sortEpisodeCodes(codes: Iterable<string>): string[] {
  return [...new Set(codes)].sort((a, b) => (overallByCode.get(a) ?? 0) - (overallByCode.get(b) ?? 0));
}
