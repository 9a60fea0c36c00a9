/**
 * Page data for places: where the story is set and, separately, the real places it was filmed, one page
 * each, the list of both, and their search documents. A place carries the spoiler mark of the first
 * episode it is seen in.
 */
import { paths } from '../../lib/paths';
import type { Place } from '../schema';
import type { DocumentHelpers, SearchDocument } from '../search-documents';
import type { EpisodeRef, LinkRef, Meta, Sourced } from '../view-model';
import { type EntryBuilder, type Refs, SITE_NAME, summarise } from './refs';

export type PlaceKind = Place['kind'];

/** A place in a list: a story setting with where it was filmed, or a filming place with where it is. */
export type PlaceRow = LinkRef & { location?: string; filmedAt: LinkRef[]; standsInFor: LinkRef[] };

export type PlacePageData = Meta &
  Sourced & {
    kind: 'place';
    id: string;
    name: string;
    placeKind: PlaceKind;
    description: string;
    location?: string;
    /** For a filming place: the story's places it played. */
    standsInFor: LinkRef[];
    /** For a story setting: the real places that played it. */
    filmedAt: LinkRef[];
    episodes: EpisodeRef[];
    scenes: LinkRef[];
  };

export type PlacesIndexData = Meta & { kind: 'places'; settings: PlaceRow[]; filming: PlaceRow[] };

export function createPlacePages(
  { repo, episodeRef, link, sourced }: Refs,
  { mark, bodyOf, joinNames }: DocumentHelpers,
) {
  const row = (place: Place): PlaceRow => ({
    ...link('place', place.id),
    ...(place.location ? { location: place.location } : {}),
    filmedAt: repo.filmingPlacesOf(place.id).map((filming) => link('place', filming.id)),
    standsInFor: (place.standsInFor ?? []).map((id) => link('place', id)),
  });

  const place = (id: string): PlacePageData | undefined => {
    const entry = repo.getPlace(id);
    if (!entry) return undefined;
    return {
      kind: 'place',
      meta: {
        title: `${entry.name} · ${SITE_NAME}`,
        description: summarise(entry.description),
      },
      id: entry.id,
      name: entry.name,
      placeKind: entry.kind,
      description: entry.description,
      ...(entry.location ? { location: entry.location } : {}),
      standsInFor: (entry.standsInFor ?? []).map((setting) => link('place', setting)),
      filmedAt: repo.filmingPlacesOf(entry.id).map((filming) => link('place', filming.id)),
      episodes: entry.episodes.map(episodeRef).sort((a, b) => a.overall - b.overall),
      scenes: (entry.scenes ?? []).map((scene) => link('scene', scene)),
      ...sourced('place', entry.id, entry.sources, entry.unverified, ['filmed at']),
    };
  };

  const placesIndex = (): PlacesIndexData => {
    const places = repo.places();
    return {
      kind: 'places',
      meta: {
        title: `Places · ${SITE_NAME}`,
        description: `Where Heartstopper is set and where it was filmed: ${places.length} places, from Truham to “Menorca”.`,
      },
      settings: places.filter((entry) => entry.kind === 'setting').map(row),
      filming: places.filter((entry) => entry.kind === 'filming').map(row),
    };
  };

  const documents = () =>
    repo.places().map(
      (entry): SearchDocument => ({
        href: paths.entry('place', entry.id),
        kind: 'place',
        title: entry.name,
        names: [],
        codes: [],
        tags: entry.episodes,
        context: [entry.kind === 'setting' ? 'In the story' : 'Filming location', entry.location]
          .filter(Boolean)
          .join(' · '),
        related: joinNames([
          ...(entry.standsInFor ?? []).map((id) => repo.label('place', id)),
          ...repo.filmingPlacesOf(entry.id).map((filming) => filming.name),
        ]),
        body: bodyOf(entry.description, entry.unverified),
        ...mark('place', entry.id),
      }),
    );

  return {
    entries: {
      place: {
        page: place,
        slugs: () => repo.places().map((entry) => ({ id: entry.id, aliases: [] })),
        documents,
      },
    } satisfies Record<string, EntryBuilder>,
    indexes: { place: placesIndex },
  };
}
