declare module 'virtual:episode-list' {
  import type { EpisodeListItem } from './content/view-model';

  /** Every episode in overall order, generated from data/ by scripts/page-data-plugin.ts. */
  const episodes: EpisodeListItem[];
  export default episodes;
}
