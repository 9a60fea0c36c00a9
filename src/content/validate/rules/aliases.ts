import { COLLECTION_NAMES, type CollectionName } from '../../schema';
import { isRecord, itemsOf } from '../json';
import { formatPath, type PathSegment } from '../messages';
import type { Rule } from '../rule';

/** Where each collection keeps its slug aliases (old addresses that must keep working). */
const ALIAS_FIELDS: Partial<Record<CollectionName, string>> = {
  people: 'aliases',
  actors: 'aliases',
  scenes: 'aliases',
  commentary: 'aliases',
  characters: 'slugAliases',
};

/** Slug aliases: never an id or another alias of the same kind, or old links would become ambiguous. */
export const checkAliases: Rule = ({ entries, idsOf, report, reportedAt }) => {
  for (const collection of COLLECTION_NAMES) {
    const key = ALIAS_FIELDS[collection];
    if (key === undefined) continue;
    const owners = new Map<string, { file: string; path: PathSegment[] }>();
    for (const entry of entries) {
      if (entry.collection !== collection || !isRecord(entry.json)) continue;
      itemsOf(entry.json[key]).forEach((alias, index) => {
        const path: PathSegment[] = [key, index];
        if (typeof alias !== 'string' || reportedAt(entry.file, path)) return;
        const owner = idsOf(collection).get(alias);
        if (owner) {
          const whose = owner === entry ? "the entry's own id" : `the id of ${owner.file}`;
          report(entry.file, path, alias, `collides with ${whose}`);
          return;
        }
        const other = owners.get(alias);
        if (other) {
          report(entry.file, path, alias, `is also an alias at ${other.file} ${formatPath(other.path)}`);
          return;
        }
        owners.set(alias, { file: entry.file, path });
      });
    }
  }
};
