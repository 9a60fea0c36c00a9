/** Step 1 of validation: from raw file text to entries, checking folder, extension and JSON syntax. */
import { COLLECTION_NAMES, type CollectionName } from '../schema';
import { isRecord } from './json';
import { nearest } from './messages';
import type { Report } from './reporter';

/** One file under data/, as read from disk (or built by a test). */
export type RawFile = {
  /** Path relative to the repository, with forward slashes: "data/episodes/s1e4.json". */
  file: string;
  /** The collection its folder names, or null when the folder is not a collection. */
  collection: CollectionName | null;
  text: string;
};

export type Entry = {
  file: string;
  collection: CollectionName;
  /** The file name without ".json": what the id must be. */
  stem: string;
  json: unknown;
  /** The entry's id as written, or the file name when the id is missing, so others can still resolve it. */
  id: string;
  /** False when the text is not JSON: the entry still claims its id, but nothing else is known about it. */
  readable: boolean;
};

function describeJsonError(error: unknown, text: string): string {
  const raw = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(raw);
  // V8 quotes the whole input in some messages; keep only the first clause.
  let message = raw.replace(/, ".*" is not valid JSON$/s, '').replace(/ in JSON at position \d+.*$/s, '');
  if (position) {
    const offset = Number(position[1]);
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    message += ` at line ${line}, column ${column}`;
  }
  return message;
}

function fileStem(file: string): string {
  const base = file.slice(file.lastIndexOf('/') + 1);
  return base.endsWith('.json') ? base.slice(0, -'.json'.length) : base;
}

function folderOf(file: string): string {
  const parts = file.split('/');
  return parts.length >= 2 ? (parts[parts.length - 2] ?? '') : '';
}

/** The entries of `files`, in the given order; a file outside any collection is reported and dropped. */
export function readEntries(files: readonly RawFile[], report: Report): Entry[] {
  const entries: Entry[] = [];
  for (const raw of files) {
    if (raw.collection === null) {
      const folder = folderOf(raw.file);
      report(
        raw.file,
        [],
        undefined,
        `is not in a collection folder ("${folder}"); entries live in data/<collection>/, one of ${COLLECTION_NAMES.join(', ')}`,
        nearest(folder, COLLECTION_NAMES),
      );
      continue;
    }
    if (!raw.file.endsWith('.json')) {
      report(raw.file, [], undefined, 'is not a .json file; each entry is data/<collection>/<id>.json');
      continue;
    }
    const stem = fileStem(raw.file);
    // An unreadable file still claims its id (from its name), so links to it are not also reported.
    const unreadable = {
      file: raw.file,
      collection: raw.collection,
      stem,
      json: undefined,
      id: stem,
      readable: false,
    };
    if (raw.text.startsWith('\uFEFF')) {
      report(raw.file, [], undefined, 'starts with a byte-order mark; save it as UTF-8 without BOM');
      entries.push(unreadable);
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(raw.text);
    } catch (error) {
      report(raw.file, [], undefined, `is not valid JSON: ${describeJsonError(error, raw.text)}`);
      entries.push(unreadable);
      continue;
    }
    const id = isRecord(json) && typeof json.id === 'string' ? json.id : stem;
    entries.push({ file: raw.file, collection: raw.collection, stem, json, id, readable: true });
  }
  return entries;
}
