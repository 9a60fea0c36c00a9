declare module 'virtual:episode-list' {
  import type { EpisodeListItem } from './content/page-data';

  /** Every episode in overall order, generated from data/ by scripts/page-data-plugin.ts. */
  const episodes: EpisodeListItem[];
  export default episodes;
}
