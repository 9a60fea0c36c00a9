/**
 * Reading data/ from disk (Node only). Everything that judges the files lives in validate.ts; this module
 * only lists and reads them, so odd files (unknown folders, non-JSON) reach the validator and get reported
 * with the rest instead of throwing here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { COLLECTION_NAMES, type CollectionName, type Dataset } from './schema';
import { formatProblem, type RawFile, type ValidateOptions, validateFiles } from './validate';

export type { RawFile } from './validate';

function isCollectionName(name: string): name is CollectionName {
  return (COLLECTION_NAMES as readonly string[]).includes(name);
}

/** Every file below `dir`, depth first, in name order so the output never depends on the file system. */
function listFiles(dir: string): string[] {
  const out: string[] = [];
  const names = readdirSync(dir).sort();
  for (const name of names) {
    // Dot files (.gitkeep, .DS_Store) are tooling, not data.
    if (name.startsWith('.')) continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listFiles(full));
    else out.push(full);
  }
  return out;
}

/**
 * Reads every file under `dataDir`. `file` is relative to the repository (the folder holding `dataDir`),
 * e.g. "data/episodes/s1e4.json", so messages point where a fan would look. Only files exactly one level
 * down, in a folder named after a collection, get a collection.
 */
export function readDataFiles(dataDir: string): RawFile[] {
  const root = path.resolve(dataDir);
  if (!statSync(root, { throwIfNoEntry: false })?.isDirectory()) {
    throw new Error(`data folder not found: ${root}`);
  }
  const repo = path.dirname(root);
  return listFiles(root).map((full) => {
    const inData = path.relative(root, full).split(path.sep);
    const folder = inData.length === 2 ? inData[0] : undefined;
    return {
      file: path.relative(repo, full).split(path.sep).join('/'),
      collection: folder !== undefined && isCollectionName(folder) ? folder : null,
      text: readFileSync(full, 'utf8'),
    };
  });
}

/** Reads and validates `dataDir`; throws one Error listing every problem, one per line. */
export function loadDataset(dataDir: string, options: ValidateOptions = {}): Dataset {
  const { dataset, problems } = validateFiles(readDataFiles(dataDir), options);
  if (problems.length > 0) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    throw new Error(`${count} in ${dataDir}:\n${problems.map(formatProblem).join('\n')}`);
  }
  return dataset;
}
