import type { Dataset } from '../schema';

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The CLI's success line: "data ok: 3 seasons, 24 episodes, ...". */
export function summarizeDataset(dataset: Dataset): string {
  return `data ok: ${[
    plural(dataset.seasons.length, 'season', 'seasons'),
    plural(dataset.episodes.length, 'episode', 'episodes'),
    plural(dataset.characters.length, 'character', 'characters'),
    plural(dataset.actors.length, 'actor', 'actors'),
    plural(dataset.people.length, 'person', 'people'),
    plural(dataset.scenes.length, 'scene', 'scenes'),
    `${dataset.commentary.length} commentary`,
    plural(dataset.songs.length, 'song', 'songs'),
    plural(dataset.places.length, 'place', 'places'),
    plural(dataset.books.length, 'book', 'books'),
    plural(dataset.books.filter((book) => book.volume !== undefined).length, 'volume', 'volumes'),
    plural(dataset.awards.length, 'award nomination', 'award nominations'),
    plural(dataset.films.length, 'film', 'films'),
    plural(
      dataset.people.filter((person) => person.roles.some((role) => role !== 'author' && role !== 'creator'))
        .length,
      'person behind the camera',
      'people behind the camera',
    ),
    plural(dataset.sources.length, 'source', 'sources'),
  ].join(', ')}`;
}
