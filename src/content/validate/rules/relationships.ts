import { z } from 'zod';
import { INVERSE_RELATIONSHIP, type Relationship, relationshipSchema } from '../../schema';
import type { Entry } from '../entries';
import { compareEpisodeCodes } from '../episode-codes';
import { isRecord, itemsOf } from '../json';
import { formatPath, type PathSegment } from '../messages';
import type { Rule } from '../rule';

/** The relationship shape without the unknown-key rule: a stray key is reported once, by the schema pass. */
const lenientRelationship = z.object(relationshipSchema.shape);

type Located = { entry: Entry; index: number; relationship: Relationship };

function relationshipPath(index: number, key?: keyof Relationship): PathSegment[] {
  return key === undefined ? ['relationships', index] : ['relationships', index, key];
}

function endsAfter(a: Relationship, b: Relationship): boolean {
  // Periods are [since, until); a missing until runs to the end of the show.
  if (a.until === undefined) return true;
  return (compareEpisodeCodes(a.until, b.since) ?? 1) > 0;
}

/**
 * Relationships between characters: periods in order, no overlapping repeats, and every relationship
 * recorded from both sides with the inverse kind and the same period.
 */
export const checkRelationships: Rule = ({ entries, idsOf, resolves, report, reportedAt }) => {
  const characters = idsOf('characters');
  // Each relationship is parsed on its own, so a character with an unrelated fault still has its
  // relationships checked from both sides instead of looking like a missing inverse.
  const cache = new Map<Entry, { list: Located[]; doubtful: boolean }>();
  const relationshipsOf = (entry: Entry): { list: Located[]; doubtful: boolean } => {
    const cached = cache.get(entry);
    if (cached) return cached;
    const list: Located[] = [];
    // A side with an unreadable relationship or an unknown `with` may hold the missing inverse under a typo;
    // that typo is already reported, so "no inverse" on the other side would only repeat it.
    let doubtful = !entry.readable;
    if (isRecord(entry.json)) {
      itemsOf(entry.json.relationships).forEach((item, index) => {
        const result = lenientRelationship.safeParse(item);
        if (!result.success) doubtful = true;
        else if (!resolves('characters', result.data.with)) doubtful = true;
        else list.push({ entry, index, relationship: result.data });
      });
    }
    const value = { list, doubtful };
    cache.set(entry, value);
    return value;
  };
  const pathReported = (located: Located, key: 'since' | 'until'): boolean =>
    reportedAt(located.entry.file, relationshipPath(located.index, key)) !== undefined;

  for (const entry of entries) {
    if (entry.collection !== 'characters') continue;
    const own = relationshipsOf(entry).list;
    own.forEach((mine, position) => {
      const { index, relationship: r } = mine;
      if (r.until !== undefined) {
        const order = compareEpisodeCodes(r.until, r.since);
        if (order !== undefined && order < 0) {
          report(entry.file, relationshipPath(index, 'until'), r.until, `is before since "${r.since}"`);
        }
      }
      const duplicate = own
        .slice(0, position)
        .find(
          (o) =>
            o.relationship.kind === r.kind &&
            o.relationship.with === r.with &&
            endsAfter(o.relationship, r) &&
            endsAfter(r, o.relationship),
        );
      if (duplicate) {
        report(
          entry.file,
          relationshipPath(index),
          r,
          `repeats the "${r.kind}" relationship with ${r.with} at ${formatPath(relationshipPath(duplicate.index))}`,
        );
        return;
      }

      const other = characters.get(r.with);
      if (!other || other === entry) return; // dangling or self: reported with the references
      const theirs = relationshipsOf(other);
      const inverseKind = INVERSE_RELATIONSHIP[r.kind];
      const back = theirs.list.filter((o) => o.relationship.with === entry.id);
      const candidates = back.filter((o) => o.relationship.kind === inverseKind);
      // Mismatches that both sides would see are reported once, by the character whose id sorts first.
      const reportsPair = entry.id < other.id;
      if (candidates.length === 0) {
        if ((back.length > 0 && !reportsPair) || (back.length === 0 && theirs.doubtful)) return;
        const recorded =
          back.length > 0 ? ` (it records ${back.map((o) => `"${o.relationship.kind}"`).join(', ')})` : '';
        report(
          entry.file,
          relationshipPath(index, 'kind'),
          r.kind,
          `has no inverse: ${other.file} records no "${inverseKind}" relationship with ${entry.id}${recorded}`,
        );
        return;
      }
      const same = (o: Located) => o.relationship.since === r.since && o.relationship.until === r.until;
      if (candidates.some(same) || !reportsPair) return;
      const match =
        candidates.find((o) => o.relationship.since === r.since) ??
        candidates.find((o) => o.relationship.until === r.until) ??
        candidates[0];
      if (!match) return;
      const where = `${other.file} ${formatPath(relationshipPath(match.index))}`;
      // A dangling episode on either side is already reported; comparing it would say the same thing twice.
      if (
        match.relationship.since !== r.since &&
        !pathReported(mine, 'since') &&
        !pathReported(match, 'since')
      ) {
        report(
          entry.file,
          relationshipPath(index, 'since'),
          r.since,
          `differs from the inverse "${inverseKind}" record at ${where}, whose since is "${match.relationship.since}"`,
        );
      }
      if (
        match.relationship.until !== r.until &&
        !pathReported(mine, 'until') &&
        !pathReported(match, 'until')
      ) {
        const until =
          match.relationship.until === undefined ? 'has no until' : `has until "${match.relationship.until}"`;
        report(
          entry.file,
          relationshipPath(index, 'until'),
          r.until,
          `differs from the inverse "${inverseKind}" record at ${where}, which ${until}`,
        );
      }
    });
  }
};
