import { characterSchema, episodeSchema } from '../../schema';
import { field } from '../json';
import type { Rule } from '../rule';

/**
 * A character's `descriptionReveals` may not come before its `firstAppearance`: a description cannot give
 * away an episode the character is not yet in. Compared by the episodes' `overall` positions; a dangling or
 * malformed episode on either side is already reported, so it is skipped here.
 */
export const checkDescriptionReveals: Rule = ({ entries, idsOf, report, reportedAt }) => {
  const episodes = idsOf('episodes');
  const overallOf = (code: string | undefined): number | undefined => {
    const episode = code === undefined ? undefined : episodes.get(code);
    return episode === undefined ? undefined : field(episode.json, 'overall', episodeSchema.shape.overall);
  };
  for (const entry of entries) {
    if (entry.collection !== 'characters') continue;
    if (reportedAt(entry.file, ['descriptionReveals']) || reportedAt(entry.file, ['firstAppearance']))
      continue;
    const reveals = field(entry.json, 'descriptionReveals', characterSchema.shape.descriptionReveals);
    const first = field(entry.json, 'firstAppearance', characterSchema.shape.firstAppearance);
    const revealsAt = overallOf(reveals);
    const firstAt = overallOf(first);
    if (revealsAt === undefined || firstAt === undefined || revealsAt >= firstAt) continue;
    report(
      entry.file,
      ['descriptionReveals'],
      reveals,
      `is earlier than the character's firstAppearance "${first}" (overall ${revealsAt} < ${firstAt})`,
    );
  }
};
