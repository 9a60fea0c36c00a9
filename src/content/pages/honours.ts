/**
 * Page data for what the show has won and what comes after it: every award nomination (with the result),
 * and the film that closes the story. A nomination carries the spoiler mark of what it honours; the film,
 * which picks up after the last episode, that of the last episode.
 */
import type { Award, Film } from '../schema';
import type { LinkRef, Meta, Sourced, SpoilerMark } from '../view-model';
import { type Refs, SITE_NAME, summarise } from './refs';

/** One nomination, as a row of the awards table and on the nominee's page. */
export type AwardRow = {
  id: string;
  ceremony: string;
  year: number;
  category: string;
  /** What was nominated: a link where it has a page, else a name ("Heartstopper", a casting team). */
  nominee: { label: string; href?: string };
  result: 'won' | 'nominated';
  revealedIn?: SpoilerMark;
  sources: { outlet: string; url: string }[];
};

export type AwardsPageData = Meta & {
  kind: 'awards';
  /** Newest first; one group per ceremony and year. */
  ceremonies: { name: string; year: number; rows: AwardRow[] }[];
  wins: number;
};

export type FilmPageData = Meta &
  Sourced & {
    kind: 'film';
    title: string;
    summary: string;
    directors: LinkRef[];
    writers: LinkRef[];
    adapts: LinkRef[];
    announced?: string;
    filmingStarted?: string;
    filmingEnded?: string;
    /** Where the film stands, as of the date of the source that says so. */
    status: { text: string; asOf: string; sources: { outlet: string; url: string }[] };
    revealedIn?: SpoilerMark;
  };

/** Turns nominations into rows, each with the spoiler mark of what it honours. */
export function createAwardRows({
  link,
  markOf,
  outletLinks,
}: Pick<Refs, 'link' | 'markOf' | 'outletLinks'>) {
  /** A nomination gives away what it honours: an episode, a season, or the season named on it. */
  const awardMark = (award: Award): SpoilerMark | undefined => {
    const { nominee } = award;
    if ((nominee.kind === 'episode' || nominee.kind === 'season') && nominee.id !== undefined) {
      return markOf(nominee.kind, nominee.id);
    }
    return award.season === undefined ? undefined : markOf('season', `s${award.season}`);
  };

  const awardRow = (award: Award): AwardRow => {
    const { nominee } = award;
    const linked =
      nominee.kind !== 'show' && nominee.id !== undefined ? link(nominee.kind, nominee.id) : undefined;
    const revealedIn = awardMark(award);
    return {
      id: award.id,
      ceremony: award.ceremony,
      year: award.year,
      category: award.category,
      nominee: linked
        ? { label: linked.label, href: linked.href }
        : { label: nominee.name ?? 'Heartstopper (the series)' },
      result: award.result,
      ...(revealedIn ? { revealedIn } : {}),
      sources: outletLinks(award.sources),
    };
  };

  return awardRow;
}

export function createHonoursPages(refs: Refs) {
  const { repo, link, markOf, outletLinks, recordOf } = refs;
  const awardRow = createAwardRows(refs);

  const awards = (): AwardsPageData => {
    const all = repo.awards();
    const ceremonies: AwardsPageData['ceremonies'] = [];
    for (const award of all) {
      const last = ceremonies.at(-1);
      if (last && last.name === award.ceremony && last.year === award.year) last.rows.push(awardRow(award));
      else ceremonies.push({ name: award.ceremony, year: award.year, rows: [awardRow(award)] });
    }
    const wins = all.filter((award) => award.result === 'won').length;
    return {
      kind: 'awards',
      meta: {
        title: `Awards · ${SITE_NAME}`,
        description: `Heartstopper’s ${all.length} award nominations and ${wins} wins, ceremony by ceremony, from the Children’s & Family Emmys to the GLAAD Media Awards.`,
      },
      ceremonies,
      wins,
    };
  };

  const filmPage = (entry: Film): FilmPageData => {
    const last = repo.episodes().at(-1);
    const revealedIn = last ? markOf('episode', last.id) : undefined;
    return {
      kind: 'film',
      meta: { title: `${entry.title} · ${SITE_NAME}`, description: summarise(entry.summary) },
      title: entry.title,
      summary: entry.summary,
      directors: entry.directors.map((id) => link('person', id)),
      writers: (entry.writers ?? []).map((id) => link('person', id)),
      adapts: (entry.adapts ?? []).map((id) => link('book', id)),
      ...(entry.announced ? { announced: entry.announced } : {}),
      ...(entry.filmingStarted ? { filmingStarted: entry.filmingStarted } : {}),
      ...(entry.filmingEnded ? { filmingEnded: entry.filmingEnded } : {}),
      status: {
        text: entry.status.text,
        asOf: entry.status.asOf,
        sources: outletLinks(entry.status.sources),
      },
      ...(revealedIn ? { revealedIn } : {}),
      sources: repo.citedSources(entry.sources),
      backlinks: [],
      unverified: entry.unverified ?? [],
      record: recordOf('film', entry.id, entry.title),
    };
  };

  /** The one film; a dataset without it has no film page (the address is a 404). */
  const film = (): FilmPageData | undefined => {
    const entry = repo.films()[0];
    return entry ? filmPage(entry) : undefined;
  };

  return { awards, film };
}
