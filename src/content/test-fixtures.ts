/**
 * A tiny, fully valid dataset for tests: two seasons (two episodes, then one), four characters with
 * reciprocal relationships, three scenes and two commentary items covering every subject kind.
 *
 * It is typed as `Dataset`, so the compiler keeps it in step with schema.ts; tests that need broken data
 * serialise it with `fixtureFiles()` and break one thing with `setAt` / `removeAt`. Every call returns
 * fresh objects, so a test can never leak a mutation into another.
 *
 * The people, titles and dates are invented: nothing here is a fact about the show.
 */

import { COLLECTION_NAMES, type Dataset } from './schema';
import type { PathSegment, RawFile } from './validate';

/** The "today" fixture tests pass to the validator, after every date in the fixture. */
export const FIXTURE_TODAY = '2024-01-01';

export function fixtureDataset(): Dataset {
  return {
    songs: [],
    places: [],
    books: [],
    awards: [],
    films: [],
    sources: [
      {
        id: 'src-news',
        outlet: 'Example News',
        title: 'Cast of the example series announced',
        url: 'https://example.org/news/cast',
        published: '2021-04-20',
      },
      {
        id: 'src-interview',
        outlet: 'Example Magazine',
        title: 'The director on the first season',
        author: 'Ada Reporter',
        url: 'https://example.org/interview',
        published: '2022-05',
        event: { name: 'Premiere Q&A', date: '2022-04-20' },
        note: 'An interview transcript.',
      },
    ],
    people: [
      {
        id: 'pat-quill',
        name: 'Pat Quill',
        roles: ['director'],
        bio: 'Directed every episode of the example series.',
        aliases: ['p-quill'],
        sources: ['src-news'],
      },
      {
        id: 'lee-penn',
        name: 'Lee Penn',
        pronouns: 'they/them',
        roles: ['creator', 'writer'],
        bio: 'Created the example series and wrote its scripts.',
        sources: ['src-news', 'src-interview'],
      },
    ],
    actors: [
      {
        id: 'sam-reed',
        name: 'Sam Reed',
        bio: 'Plays Ann in the example series.',
        aliases: ['samuel-reed'],
        sources: ['src-news'],
      },
      { id: 'jo-park', name: 'Jo Park', bio: 'Plays Ben.', sources: ['src-news'] },
      { id: 'kim-ash', name: 'Kim Ash', bio: 'Plays Cat.', sources: ['src-news'] },
      {
        id: 'ray-lee',
        name: 'Ray Lee',
        bio: 'Plays Nell.',
        sources: ['src-news'],
        unverified: [{ field: 'name', note: 'Only one source spells it this way.' }],
      },
    ],
    seasons: [
      {
        id: 's1',
        number: 1,
        released: '2022-04-22',
        directors: ['pat-quill'],
        summary: 'Ann and Ben meet.',
        sources: ['src-news'],
      },
      {
        id: 's2',
        number: 2,
        released: '2023-08-03',
        directors: ['pat-quill'],
        summary: 'Ann and Ben go on a trip.',
        sources: ['src-news'],
      },
    ],
    episodes: [
      {
        id: 's1e1',
        season: 1,
        number: 1,
        overall: 1,
        title: 'Meet',
        released: '2022-04-22',
        runtimeMinutes: 30,
        directors: ['pat-quill'],
        writers: ['lee-penn'],
        synopsis: 'Ann is seated next to Ben.',
        sources: ['src-news'],
      },
      {
        id: 's1e2',
        season: 1,
        number: 2,
        overall: 2,
        title: 'Rain',
        released: '2022-04-22',
        directors: ['pat-quill'],
        writers: ['lee-penn'],
        synopsis: 'A storm keeps Ann at Ben’s house.',
        sources: ['src-news'],
      },
      {
        id: 's2e1',
        season: 2,
        number: 1,
        overall: 3,
        title: 'Trip',
        released: '2023-08-03',
        directors: ['pat-quill'],
        writers: ['lee-penn'],
        synopsis: 'The class leaves for a trip abroad.',
        sources: ['src-news', 'src-interview'],
      },
    ],
    characters: [
      {
        id: 'ann-lee',
        name: 'Ann Lee',
        aliases: ['Annabel Lee'],
        nicknames: ['Annie'],
        actors: ['sam-reed'],
        school: 'truham',
        role: 'Year 10 student',
        description: 'A quiet student who plays the drums.',
        relationships: [
          { kind: 'partner', with: 'ben-cole', since: 's1e2' },
          { kind: 'sibling', with: 'cat-lee', since: 's1e1' },
          { kind: 'child', with: 'nell-lee', since: 's1e1', note: 'Her mother.' },
        ],
        firstAppearance: 's1e1',
        slugAliases: ['annie-lee'],
        sources: ['src-news'],
      },
      {
        id: 'ben-cole',
        name: 'Ben Cole',
        aliases: [],
        nicknames: [],
        actors: ['jo-park'],
        school: 'truham',
        role: 'Year 11 student',
        description: 'A rugby player.',
        relationships: [
          { kind: 'partner', with: 'ann-lee', since: 's1e2' },
          { kind: 'friend', with: 'cat-lee', since: 's1e1', until: 's2e1' },
        ],
        firstAppearance: 's1e1',
        sources: ['src-news'],
      },
      {
        id: 'cat-lee',
        name: 'Cat Lee',
        aliases: [],
        nicknames: [],
        actors: ['kim-ash'],
        role: 'Ann’s older sister',
        description: 'Ann’s sister, away at university.',
        relationships: [
          { kind: 'sibling', with: 'ann-lee', since: 's1e1' },
          { kind: 'friend', with: 'ben-cole', since: 's1e1', until: 's2e1' },
        ],
        firstAppearance: 's1e1',
        sources: ['src-news'],
      },
      {
        id: 'nell-lee',
        name: 'Nell Lee',
        aliases: [],
        nicknames: [],
        actors: ['ray-lee'],
        role: 'Ann’s mother',
        description: 'A nurse.',
        relationships: [{ kind: 'parent', with: 'ann-lee', since: 's1e1' }],
        firstAppearance: 's1e2',
        sources: ['src-news'],
      },
    ],
    scenes: [
      {
        id: 's1e1-first-meeting',
        episode: 's1e1',
        order: 1,
        title: 'First meeting',
        placement: 'Cold open',
        setting: 'A classroom',
        characters: ['ann-lee', 'ben-cole'],
        description: 'Ann takes the seat next to Ben.',
        aliases: ['first-meeting'],
        sources: ['src-news'],
      },
      {
        id: 's1e1-walk-home',
        episode: 's1e1',
        order: 2,
        title: 'Walk home',
        setting: 'A street',
        characters: ['ann-lee', 'cat-lee'],
        description: 'Cat walks Ann home.',
        sources: ['src-news'],
      },
      {
        id: 's1e2-rain',
        episode: 's1e2',
        order: 1,
        title: 'Rain',
        setting: 'Ben’s house',
        characters: ['ann-lee', 'ben-cole', 'nell-lee'],
        description: 'Nell collects Ann after the storm.',
        sources: ['src-news'],
        unverified: [{ field: 'placement', note: 'Sources disagree on where in the episode it falls.' }],
      },
    ],
    commentary: [
      {
        id: 'quill-on-first-meeting',
        speaker: { kind: 'person', id: 'pat-quill' },
        quote: ['We shot it twice.', 'The second take had the rain.'],
        summary: 'The director says the opening was filmed twice.',
        date: '2022-05',
        about: [
          { kind: 'scene', id: 's1e1-first-meeting', certainty: 'confirmed' },
          { kind: 'show', certainty: 'confirmed' },
        ],
        topic: 'Filming the opening',
        sources: ['src-interview'],
      },
      {
        id: 'reed-on-ann',
        speaker: { kind: 'actor', id: 'sam-reed' },
        summary: 'The actor describes how Ann changes between the seasons.',
        date: '2023-08-10',
        about: [
          { kind: 'character', id: 'ann-lee', certainty: 'confirmed' },
          { kind: 'actor', id: 'sam-reed', certainty: 'confirmed' },
          { kind: 'person', id: 'lee-penn', certainty: 'confirmed' },
          { kind: 'season', id: 's2', certainty: 'confirmed' },
          {
            kind: 'episode',
            id: 's1e2',
            certainty: 'unconfirmed',
            note: 'The interview mentions "the rain episode".',
          },
        ],
        topic: 'Playing Ann',
        aliases: ['reed-interview'],
        sources: ['src-interview', 'src-news'],
      },
    ],
  };
}

function serialise(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** The dataset as data files, one per entry, exactly as they would sit under data/. */
export function fixtureFiles(dataset: Dataset = fixtureDataset()): RawFile[] {
  const files: RawFile[] = [];
  for (const collection of COLLECTION_NAMES) {
    for (const entry of dataset[collection]) {
      files.push({ file: `data/${collection}/${entry.id}.json`, collection, text: serialise(entry) });
    }
  }
  return files;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Replaces one file's JSON with `edit(json)`; throws if the file is missing (a typo in a test). */
export function editJson(files: RawFile[], file: string, edit: (json: unknown) => unknown): RawFile[] {
  if (!files.some((f) => f.file === file)) throw new Error(`editJson: no fixture file ${file}`);
  return files.map((f) => (f.file === file ? { ...f, text: serialise(edit(JSON.parse(f.text))) } : f));
}

/** The container at `path` minus its last segment, and that segment; throws if the path does not exist. */
function parentOf(
  json: unknown,
  path: readonly PathSegment[],
): [Record<string, unknown> | unknown[], PathSegment] {
  let current = json;
  for (const segment of path.slice(0, -1)) {
    if (Array.isArray(current) && typeof segment === 'number') current = current[segment];
    else if (isObject(current) && typeof segment === 'string') current = current[segment];
    else throw new Error(`no ${segment} in the fixture at ${JSON.stringify(path)}`);
  }
  const last = path[path.length - 1];
  if (last === undefined || !(Array.isArray(current) || isObject(current))) {
    throw new Error(`cannot reach ${JSON.stringify(path)} in the fixture`);
  }
  return [current, last];
}

/** A copy of `files` with the value at `path` in `file` set (or added) to `value`. */
export function setAt(
  files: RawFile[],
  file: string,
  path: readonly PathSegment[],
  value: unknown,
): RawFile[] {
  return editJson(files, file, (json) => {
    const [parent, key] = parentOf(json, path);
    if (Array.isArray(parent) && typeof key === 'number') parent[key] = value;
    else if (isObject(parent) && typeof key === 'string') parent[key] = value;
    else throw new Error(`cannot set ${JSON.stringify(path)}`);
    return json;
  });
}

/** A copy of `files` with the key (or array item) at `path` in `file` removed. */
export function removeAt(files: RawFile[], file: string, path: readonly PathSegment[]): RawFile[] {
  return editJson(files, file, (json) => {
    const [parent, key] = parentOf(json, path);
    if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
    else if (isObject(parent) && typeof key === 'string') delete parent[key];
    else throw new Error(`cannot remove ${JSON.stringify(path)}`);
    return json;
  });
}

/** The value at `path` in one fixture file (for tests that derive a change from the current value). */
export function getAt(files: RawFile[], file: string, path: readonly PathSegment[]): unknown {
  const raw = files.find((f) => f.file === file);
  if (!raw) throw new Error(`no fixture file ${file}`);
  const [parent, key] = parentOf(JSON.parse(raw.text), path);
  if (Array.isArray(parent) && typeof key === 'number') return parent[key];
  if (isObject(parent) && typeof key === 'string') return parent[key];
  return undefined;
}
