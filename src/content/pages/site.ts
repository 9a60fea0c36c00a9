/**
 * Page data for the pages that are one of a kind and draw on the whole dataset or on nothing: home, the
 * fan's own page and the random page. (The glance pages have their own module, ./glance.ts.)
 */
import { ENTRY_KINDS, kindLabel } from '../../lib/routes';
import { DATA_FOLDER } from '../data-files';
import type { CommentaryCard, Meta, SeasonSummary } from '../view-model';
import { type Refs, SITE_NAME } from './refs';

export type HomePageData = Meta & {
  kind: 'home';
  seasons: SeasonSummary[];
  featured?: CommentaryCard;
  /** The newest statements; the commentary index has them all. */
  feed: CommentaryCard[];
  counts: { episodes: number; characters: number; scenes: number; commentary: number };
};

/** The fan's own page: everything on it lives in the browser, so the data is only its <head>. */
export type MyWikiPageData = Meta & {
  kind: 'my-wiki';
  /** The graphic novel's volumes, for "I've read up to". */
  volumes: { number: number; title: string }[];
};
/**
 * How to fix a mistake in the data, for a build with no repository to report it to: which folder each kind
 * of page is drawn from. The page names the fan's own file from its address (`?file=`).
 */
export type CorrectionsPageData = Meta & {
  kind: 'corrections';
  /** "Characters", `data/characters`; the film's, "The film", `data/films`. */
  folders: { label: string; folder: string }[];
};

/** Sends the fan to a page picked at random from the search titles. */
export type RandomPageData = Meta & { kind: 'random' };

export function createSitePages({ repo, commentaryCard, seasonSummaries }: Refs) {
  const home = (): HomePageData => {
    const all = repo.commentary();
    const feed = all.slice(0, HOME_FEED_LENGTH).map(commentaryCard);
    const favourite = repo.getCommentary(FEATURED_COMMENTARY);
    const featured = favourite ? commentaryCard(favourite) : undefined;
    return {
      kind: 'home',
      meta: {
        title: `${SITE_NAME}: episodes, characters, scenes and the creator’s own words`,
        description:
          'A fast, carefully sourced fan wiki for Netflix’s Heartstopper: every episode, character, actor and scene, and what Alice Oseman has said about them.',
      },
      seasons: seasonSummaries(),
      ...(featured ? { featured } : {}),
      feed,
      counts: {
        episodes: repo.episodes().length,
        characters: repo.characters().length,
        scenes: repo.scenes().length,
        commentary: all.length,
      },
    };
  };

  const myWiki = (): MyWikiPageData => ({
    kind: 'my-wiki',
    volumes: repo
      .books()
      .flatMap((book) => (book.volume === undefined ? [] : [{ number: book.volume, title: book.title }])),
    meta: {
      title: `My wiki · ${SITE_NAME}`,
      description:
        'Your watch progress, spoiler shield and favourites, kept in this browser, with export and import.',
    },
  });

  const random = (): RandomPageData => ({
    kind: 'random',
    meta: {
      title: `Random page · ${SITE_NAME}`,
      description: 'A page of the Heartstopper Wiki picked at random.',
    },
  });

  const corrections = (): CorrectionsPageData => ({
    kind: 'corrections',
    meta: {
      title: `Suggest a correction · ${SITE_NAME}`,
      description:
        'How to fix a mistake on the Heartstopper Wiki: every page is drawn from one JSON file in its data folder.',
    },
    folders: [
      ...ENTRY_KINDS.map((kind) => ({ label: kindLabel(kind), folder: `data/${DATA_FOLDER[kind]}` })),
      { label: 'The film', folder: `data/${DATA_FOLDER.film}` },
    ],
  });

  return { home, myWiki, random, corrections };
}

const FEATURED_COMMENTARY = 'oseman-favourite-scene';
// Enough to show what is new without making the home page's HTML heavier than one network round trip.
const HOME_FEED_LENGTH = 8;
