import type { Episode } from './schema';

/**
 * The latest of some episodes (by overall number), skipping missing ones; undefined when there is none.
 * In a module of its own so that browser code can use it without loading the repository.
 */
export function latestEpisode(episodes: readonly (Episode | undefined)[]): Episode | undefined {
  let found: Episode | undefined;
  for (const episode of episodes) {
    if (episode && (found === undefined || episode.overall > found.overall)) found = episode;
  }
  return found;
}
