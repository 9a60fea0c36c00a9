import { episodeSchema, seasonSchema } from '../../schema';
import type { Entry } from '../entries';
import { episodeOrder } from '../episode-codes';
import { field } from '../json';
import type { Report } from '../reporter';
import type { Rule } from '../rule';

function byNumber<T extends { number: number; entry: Entry }>(items: T[]): T[] {
  return [...items].sort((a, b) => a.number - b.number || (a.entry.file < b.entry.file ? -1 : 1));
}

/** Reports numbers missing from 1..max (on the entry right after the gap) and numbers used twice. */
function checkNumbering<T extends { number: number; entry: Entry }>(
  items: T[],
  gapMessage: (first: number, last: number) => string,
  report: Report,
): void {
  let previous = 0;
  let previousEntry: Entry | undefined;
  for (const item of byNumber(items)) {
    if (item.number === previous && previousEntry) {
      report(item.entry.file, ['number'], item.number, `is also the number of ${previousEntry.file}`);
      continue;
    }
    if (item.number > previous + 1) {
      report(item.entry.file, ['number'], item.number, gapMessage(previous + 1, item.number - 1));
    }
    previous = item.number;
    previousEntry = item.entry;
  }
}

function range(first: number, last: number): string {
  return first === last ? `${first}` : `${first} to ${last}`;
}

/**
 * Season and episode numbers: agreeing with the ids, running 1..n without gaps or repeats, episodes not
 * released before their season, and each episode's `overall` position across the series.
 */
export const checkSeasonsAndEpisodes: Rule = ({ entries, report, reportedAt }) => {
  const seasons: { entry: Entry; number: number; released: string | undefined }[] = [];
  for (const entry of entries) {
    if (entry.collection !== 'seasons') continue;
    const number = field(entry.json, 'number', seasonSchema.shape.number);
    if (number === undefined) continue;
    const idMatch = /^s([1-9][0-9]*)$/.exec(entry.id);
    if (idMatch && Number(idMatch[1]) !== number) {
      report(entry.file, ['number'], number, `does not match the id "${entry.id}" (season ${idMatch[1]})`);
    }
    seasons.push({ entry, number, released: field(entry.json, 'released', seasonSchema.shape.released) });
  }
  checkNumbering(seasons, (first, last) => `leaves a gap: there is no season ${range(first, last)}`, report);
  const seasonByNumber = new Map(seasons.map((s) => [s.number, s]));

  const episodes: { entry: Entry; season: number; number: number; overall: number | undefined }[] = [];
  for (const entry of entries) {
    if (entry.collection !== 'episodes') continue;
    const season = field(entry.json, 'season', episodeSchema.shape.season);
    const number = field(entry.json, 'number', episodeSchema.shape.number);
    const code = episodeOrder(entry.id);
    if (code && !reportedAt(entry.file, ['id'])) {
      if (season !== undefined && season !== code[0]) {
        report(entry.file, ['season'], season, `does not match the id "${entry.id}" (season ${code[0]})`);
      }
      if (number !== undefined && number !== code[1]) {
        report(entry.file, ['number'], number, `does not match the id "${entry.id}" (episode ${code[1]})`);
      }
    }
    const released = field(entry.json, 'released', episodeSchema.shape.released);
    // A season or number that is itself broken (already reported) falls back to the id, so the numbering
    // checks below do not also report a gap or a shifted `overall` for it.
    const seasonOrId = season ?? code?.[0];
    const numberOrId = number ?? code?.[1];
    const seasonEntry = seasonOrId === undefined ? undefined : seasonByNumber.get(seasonOrId);
    if (released !== undefined && seasonEntry?.released !== undefined && released < seasonEntry.released) {
      report(
        entry.file,
        ['released'],
        released,
        `is before its season's release (${seasonEntry.released} in ${seasonEntry.entry.file})`,
      );
    }
    if (seasonOrId !== undefined && numberOrId !== undefined) {
      const overall = field(entry.json, 'overall', episodeSchema.shape.overall);
      episodes.push({ entry, season: seasonOrId, number: numberOrId, overall });
    }
  }

  const bySeason = new Map<number, typeof episodes>();
  for (const episode of episodes) {
    const list = bySeason.get(episode.season) ?? [];
    list.push(episode);
    bySeason.set(episode.season, list);
  }
  for (const [season, list] of bySeason) {
    checkNumbering(
      list,
      (first, last) =>
        `leaves a gap: season ${season} has no episode ${range(first, last)} (episodes run 1..n without gaps)`,
      report,
    );
  }

  // `overall` counts earlier seasons in full (by their highest episode number), so one missing episode is
  // reported once as a gap rather than shifting every later episode's expected position.
  const seasonNumbers = [...bySeason.keys()].sort((a, b) => a - b);
  const offset = new Map<number, number>();
  let running = 0;
  for (const season of seasonNumbers) {
    offset.set(season, running);
    running += Math.max(...(bySeason.get(season) ?? []).map((e) => e.number));
  }
  for (const episode of episodes) {
    if (episode.overall === undefined) continue;
    const expected = (offset.get(episode.season) ?? 0) + episode.number;
    if (episode.overall !== expected) {
      report(
        episode.entry.file,
        ['overall'],
        episode.overall,
        `should be ${expected}: the episode's position across the series, in season and episode order`,
      );
    }
  }
};
