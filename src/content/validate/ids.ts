/** Step 3 of validation: ids equal to the file name and unique within the collection. */
import { COLLECTION_NAMES, type CollectionName } from '../schema';
import type { Entry } from './entries';
import { isRecord } from './json';
import type { Reporter } from './reporter';

export type IdIndex = {
  /** The entry that owns each id of a collection. */
  idsOf: (collection: CollectionName) => Map<string, Entry>;
  /** Whether `id` names an entry of `collection`, by its id or by its file name. */
  resolves: (collection: CollectionName, id: string) => boolean;
};

export function checkIds(entries: readonly Entry[], { report, reportedAt }: Reporter): IdIndex {
  const ids = new Map<CollectionName, Map<string, Entry>>(COLLECTION_NAMES.map((c) => [c, new Map()]));
  /** Ids plus file names: what a reference may resolve to without a second report for a misnamed file. */
  const resolvable = new Map<CollectionName, Set<string>>(COLLECTION_NAMES.map((c) => [c, new Set()]));
  for (const entry of entries) {
    const idValue = isRecord(entry.json) ? entry.json.id : undefined;
    if (typeof idValue === 'string' && idValue !== entry.stem && !reportedAt(entry.file, ['id'])) {
      report(entry.file, ['id'], idValue, `does not match the file name "${entry.stem}.json"`);
    }
  }
  // The file whose name matches the id owns it; any other file claiming it is the duplicate.
  const byOwnership = [...entries].sort(
    (a, b) => Number(a.stem !== a.id) - Number(b.stem !== b.id) || (a.file < b.file ? -1 : 1),
  );
  for (const entry of byOwnership) {
    const byId = ids.get(entry.collection);
    const first = byId?.get(entry.id);
    if (first) {
      report(entry.file, ['id'], entry.id, `duplicates the id of ${first.file}`);
    } else {
      byId?.set(entry.id, entry);
    }
    resolvable.get(entry.collection)?.add(entry.id).add(entry.stem);
  }
  return {
    idsOf: (collection) => ids.get(collection) ?? new Map(),
    resolves: (collection, id) => resolvable.get(collection)?.has(id) ?? false,
  };
}
