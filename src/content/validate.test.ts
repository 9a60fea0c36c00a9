import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { loadDataset, readDataFiles } from './load';
import { CONTENT_NOTE_TOPICS, type CollectionName, type Dataset } from './schema';
import { FIXTURE_TODAY, fixtureDataset, fixtureFiles, getAt, removeAt, setAt } from './test-fixtures';
import {
  damerauLevenshtein,
  formatProblem,
  nearest,
  type PathSegment,
  type Problem,
  type RawFile,
  referencesOf,
  summarizeDataset,
  validateFiles,
} from './validate';

const ANN = 'data/characters/ann-lee.json';
const BEN = 'data/characters/ben-cole.json';
const CAT = 'data/characters/cat-lee.json';
const NELL = 'data/characters/nell-lee.json';
const S1 = 'data/seasons/s1.json';
const S2 = 'data/seasons/s2.json';
const S1E1 = 'data/episodes/s1e1.json';
const S1E2 = 'data/episodes/s1e2.json';
const S2E1 = 'data/episodes/s2e1.json';
const MEETING = 'data/scenes/s1e1-first-meeting.json';
const WALK = 'data/scenes/s1e1-walk-home.json';
const RAIN = 'data/scenes/s1e2-rain.json';
const QUILL_TALK = 'data/commentary/quill-on-first-meeting.json';
const REED_TALK = 'data/commentary/reed-on-ann.json';
const NEWS = 'data/sources/src-news.json';
const INTERVIEW = 'data/sources/src-interview.json';

function problemsOf(files: RawFile[]): Problem[] {
  return validateFiles(files, { today: FIXTURE_TODAY }).problems;
}

/** Asserts a problem with these fields is among `problems` (other fields, e.g. value, only if given). */
function expectProblem(
  problems: Problem[],
  expected: Partial<Problem> & { file: string; path: string },
): void {
  expect(problems).toContainEqual(expect.objectContaining(expected));
}

/** Asserts `problems` is exactly one problem matching `expected`: the fault is reported once, with no echo. */
function expectOnly(problems: Problem[], expected: Partial<Problem> & { file: string; path: string }): void {
  expect(problems).toEqual([expect.objectContaining(expected)]);
}

function addFile(
  files: RawFile[],
  file: string,
  collection: CollectionName | null,
  json: unknown,
): RawFile[] {
  return [...files, { file, collection, text: `${JSON.stringify(json, null, 2)}\n` }];
}

function renameFile(files: RawFile[], from: string, to: string): RawFile[] {
  return files.map((f) => (f.file === from ? { ...f, file: to } : f));
}

/** A fixture entry's JSON, to build a new file from. */
function copyOf(files: RawFile[], file: string): Record<string, unknown> {
  const raw = files.find((f) => f.file === file);
  const json: unknown = raw === undefined ? undefined : JSON.parse(raw.text);
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw new Error(`no fixture file ${file}`);
  return { ...json };
}

/**
 * The fixture plus the optional fields it leaves out: content notes on an episode and a scene, and a
 * `descriptionReveals` on a character. Invented like the rest of the fixture.
 */
function notedDataset(): Dataset {
  const dataset = fixtureDataset();
  const episode = dataset.episodes.find((e) => e.id === 's1e2');
  const scene = dataset.scenes.find((e) => e.id === 's1e2-rain');
  const ann = dataset.characters.find((e) => e.id === 'ann-lee');
  if (!episode || !scene || !ann) throw new Error('the fixture no longer has s1e2, s1e2-rain or ann-lee');
  episode.contentNotes = [
    { topic: 'violence', note: 'A fallen tree crushes a parked car.', sources: ['src-news'] },
    {
      topic: 'mental-health',
      note: 'Ann has a panic attack during the storm.',
      sources: ['src-news', 'src-interview'],
    },
  ];
  // The same topic on a different entry is fine: the one-note-per-topic rule is per entry.
  scene.contentNotes = [
    { topic: 'mental-health', note: 'Ann is still shaken when Nell arrives.', sources: ['src-interview'] },
  ];
  ann.descriptionReveals = 's1e2';
  return dataset;
}

function notedFiles(): RawFile[] {
  return fixtureFiles(notedDataset());
}

// --- the fixture itself --------------------------------------------------------------------------------

test('accepts the fixture dataset without a single problem', () => {
  expect(problemsOf(fixtureFiles())).toEqual([]);
});

test('accepts the fixture with content notes and a descriptionReveals without a single problem', () => {
  const { dataset, problems } = validateFiles(notedFiles(), { today: FIXTURE_TODAY });
  expect(problems).toEqual([]);
  expect(dataset.episodes.find((e) => e.id === 's1e2')?.contentNotes?.map((n) => n.topic)).toEqual([
    'violence',
    'mental-health',
  ]);
  expect(dataset.characters.find((c) => c.id === 'ann-lee')?.descriptionReveals).toBe('s1e2');
});

test('returns the parsed dataset, typed and trimmed, alongside the problems', () => {
  const files = setAt(fixtureFiles(), ANN, ['name'], '  Ann Lee  ');
  const { dataset, problems } = validateFiles(files, { today: FIXTURE_TODAY });
  expect(problems).toEqual([]);
  expect(dataset.characters.find((c) => c.id === 'ann-lee')?.name).toBe('Ann Lee');
  expect(dataset.episodes.map((e) => e.id)).toEqual(['s1e1', 's1e2', 's2e1']);
  expect(dataset.commentary[0]?.about[1]).toEqual({ kind: 'show', certainty: 'confirmed' });
});

test('summarises a valid dataset in one line of counts', () => {
  expect(summarizeDataset(fixtureDataset())).toBe(
    'data ok: 2 seasons, 3 episodes, 4 characters, 4 actors, 2 people, 3 scenes, 2 commentary, 0 songs, 0 places, 0 books, 0 volumes, 0 award nominations, 0 films, 2 people behind the camera, 2 sources',
  );
});

// --- files ---------------------------------------------------------------------------------------------

test('reports invalid JSON with the line and column of the syntax error', () => {
  const files = fixtureFiles().map((f) =>
    f.file === CAT ? { ...f, text: '{\n  "id": "cat-lee"\n  "name": "Cat Lee"\n}\n' } : f,
  );
  const problems = problemsOf(files);
  // Ann and Ben link to Cat: the broken file still claims its id, so only the syntax error is reported.
  expectOnly(problems, {
    file: CAT,
    path: '$',
    value: undefined,
    message: expect.stringMatching(/^is not valid JSON: .+ at line 3, column 3$/),
  });
});

test('reports a file that starts with a byte-order mark', () => {
  const files = fixtureFiles().map((f) => (f.file === NEWS ? { ...f, text: `\uFEFF${f.text}` } : f));
  expectOnly(problemsOf(files), {
    file: NEWS,
    path: '$',
    message: 'starts with a byte-order mark; save it as UTF-8 without BOM',
  });
});

test('reports a file in an unknown folder and suggests the nearest collection', () => {
  const files = addFile(fixtureFiles(), 'data/charaters/dot.json', null, { id: 'dot' });
  expectOnly(problemsOf(files), {
    file: 'data/charaters/dot.json',
    path: '$',
    message: expect.stringContaining('is not in a collection folder ("charaters")'),
    suggestion: 'characters',
  });
});

test('reports a file that is not .json inside a collection folder', () => {
  const files = [
    ...fixtureFiles(),
    { file: 'data/episodes/notes.txt', collection: 'episodes' as const, text: 'hi' },
  ];
  expectOnly(problemsOf(files), {
    file: 'data/episodes/notes.txt',
    path: '$',
    message: 'is not a .json file; each entry is data/<collection>/<id>.json',
  });
});

test('reports a file whose name differs from the id inside it', () => {
  const files = renameFile(fixtureFiles(), ANN, 'data/characters/ann-leigh.json');
  expectOnly(problemsOf(files), {
    file: 'data/characters/ann-leigh.json',
    path: '$.id',
    value: 'ann-lee',
    message: 'does not match the file name "ann-leigh.json"',
  });
});

test('reports a second file claiming an id already taken in the same collection', () => {
  const files = addFile(
    fixtureFiles(),
    'data/characters/ben-cole-2.json',
    'characters',
    copyOf(fixtureFiles(), BEN),
  );
  const problems = problemsOf(files);
  expectProblem(problems, {
    file: 'data/characters/ben-cole-2.json',
    path: '$.id',
    value: 'ben-cole',
    message: `duplicates the id of ${BEN}`,
  });
  expect(problems.filter((p) => p.file === BEN)).toEqual([]);
});

// --- dangling references, one per kind of link ---------------------------------------------------------

type DanglingCase = {
  what: string;
  file: string;
  at: PathSegment[];
  value: string;
  message: string;
  suggestion: string;
};

const danglingCases: DanglingCase[] = [
  {
    what: "a character's actor",
    file: ANN,
    at: ['actors', 0],
    value: 'sam-reid',
    message: 'is not an actor',
    suggestion: 'sam-reed',
  },
  {
    what: "a character's first appearance",
    file: NELL,
    at: ['firstAppearance'],
    value: 's1e9',
    message: 'is not an episode',
    suggestion: 's1e1',
  },
  {
    what: 'a relationship target',
    file: ANN,
    at: ['relationships', 1, 'with'],
    value: 'cat-le',
    message: 'is not a character',
    suggestion: 'cat-lee',
  },
  {
    what: "a relationship's since",
    file: ANN,
    at: ['relationships', 1, 'since'],
    value: 's1e7',
    message: 'is not an episode',
    suggestion: 's1e1',
  },
  {
    what: "a relationship's until",
    file: BEN,
    at: ['relationships', 1, 'until'],
    value: 's2e9',
    message: 'is not an episode',
    suggestion: 's2e1',
  },
  {
    what: "a scene's episode",
    file: RAIN,
    at: ['episode'],
    value: 's1e9',
    message: 'is not an episode',
    suggestion: 's1e1',
  },
  {
    what: "a scene's character",
    file: WALK,
    at: ['characters', 1],
    value: 'kat-lee',
    message: 'is not a character',
    suggestion: 'cat-lee',
  },
  {
    what: "an episode's director",
    file: S1E1,
    at: ['directors', 0],
    value: 'pat-quil',
    message: 'is not a person',
    suggestion: 'pat-quill',
  },
  {
    what: "an episode's writer",
    file: S1E2,
    at: ['writers', 0],
    value: 'lee-pen',
    message: 'is not a person',
    suggestion: 'lee-penn',
  },
  {
    what: "a season's director",
    file: S2,
    at: ['directors', 0],
    value: 'pat-quiill',
    message: 'is not a person',
    suggestion: 'pat-quill',
  },
  {
    what: 'a speaker who is a person',
    file: QUILL_TALK,
    at: ['speaker', 'id'],
    value: 'pat-quil',
    message: 'is not a person',
    suggestion: 'pat-quill',
  },
  {
    what: 'a speaker who is an actor',
    file: REED_TALK,
    at: ['speaker', 'id'],
    value: 'sam-red',
    message: 'is not an actor',
    suggestion: 'sam-reed',
  },
  {
    what: 'a character subject',
    file: REED_TALK,
    at: ['about', 0, 'id'],
    value: 'ann-le',
    message: 'is not a character',
    suggestion: 'ann-lee',
  },
  {
    what: 'an actor subject',
    file: REED_TALK,
    at: ['about', 1, 'id'],
    value: 'sam-reeds',
    message: 'is not an actor',
    suggestion: 'sam-reed',
  },
  {
    what: 'a person subject',
    file: REED_TALK,
    at: ['about', 2, 'id'],
    value: 'lee-pen',
    message: 'is not a person',
    suggestion: 'lee-penn',
  },
  {
    what: 'a season subject',
    file: REED_TALK,
    at: ['about', 3, 'id'],
    value: 's3',
    message: 'is not a season',
    suggestion: 's1',
  },
  {
    what: 'an episode subject',
    file: REED_TALK,
    at: ['about', 4, 'id'],
    value: 's2e9',
    message: 'is not an episode',
    suggestion: 's2e1',
  },
  {
    what: 'a scene subject',
    file: QUILL_TALK,
    at: ['about', 0, 'id'],
    value: 's1e1-first-meting',
    message: 'is not a scene',
    suggestion: 's1e1-first-meeting',
  },
  {
    what: "a person's source",
    file: 'data/people/lee-penn.json',
    at: ['sources', 1],
    value: 'src-intervew',
    message: 'is not a source',
    suggestion: 'src-interview',
  },
  {
    what: "an actor's source",
    file: 'data/actors/jo-park.json',
    at: ['sources', 0],
    value: 'src-new',
    message: 'is not a source',
    suggestion: 'src-news',
  },
  {
    what: "a season's source",
    file: S1,
    at: ['sources', 0],
    value: 'src-newz',
    message: 'is not a source',
    suggestion: 'src-news',
  },
  {
    what: "an episode's source",
    file: S2E1,
    at: ['sources', 1],
    value: 'src-interveiw',
    message: 'is not a source',
    suggestion: 'src-interview',
  },
  {
    what: "a character's source",
    file: CAT,
    at: ['sources', 0],
    value: 'scr-news',
    message: 'is not a source',
    suggestion: 'src-news',
  },
  {
    what: "a scene's source",
    file: MEETING,
    at: ['sources', 0],
    value: 'src-nws',
    message: 'is not a source',
    suggestion: 'src-news',
  },
  {
    what: "a commentary item's source",
    file: REED_TALK,
    at: ['sources', 1],
    value: 'src-nwes',
    message: 'is not a source',
    suggestion: 'src-news',
  },
];

test.each(danglingCases)('reports $what that does not exist, with a suggestion', (c) => {
  const problems = problemsOf(setAt(fixtureFiles(), c.file, c.at, c.value));
  const at = `$${c.at.map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`)).join('')}`;
  expectProblem(problems, {
    file: c.file,
    path: at,
    value: c.value,
    message: c.message,
    suggestion: c.suggestion,
  });
});

test('reports a scene whose episode does not exist, with a suggestion, as a single readable line', () => {
  const problems = problemsOf(setAt(fixtureFiles(), RAIN, ['episode'], 's1e9'));
  expect(problems.map(formatProblem)).toEqual([
    'data/scenes/s1e2-rain.json $.episode: "s1e9" is not an episode; did you mean "s1e1"?',
  ]);
});

test('reports an episode whose season has no file', () => {
  const episode = { ...copyOf(fixtureFiles(), S2E1), id: 's3e1', season: 3, overall: 4 };
  const problems = problemsOf(addFile(fixtureFiles(), 'data/episodes/s3e1.json', 'episodes', episode));
  expectOnly(problems, {
    file: 'data/episodes/s3e1.json',
    path: '$.season',
    value: 3,
    message: 'has no season file (expected data/seasons/s3.json)',
  });
});

test('leaves out the suggestion when no id is close to the dangling one', () => {
  const problems = problemsOf(setAt(fixtureFiles(), WALK, ['characters', 1], 'mr-ajayi'));
  expectOnly(problems, {
    file: WALK,
    path: '$.characters[1]',
    value: 'mr-ajayi',
    message: 'is not a character',
  });
  expect(problems[0]).not.toHaveProperty('suggestion');
});

test('says so when a speaker id belongs to the other kind of speaker', () => {
  const problems = problemsOf(setAt(fixtureFiles(), QUILL_TALK, ['speaker', 'id'], 'sam-reed'));
  expectOnly(problems, {
    file: QUILL_TALK,
    path: '$.speaker.id',
    value: 'sam-reed',
    message: 'is not a person (it is the id of an actor)',
  });
});

// --- shapes --------------------------------------------------------------------------------------------

test.each([
  ['2023-02-30', 'is not a real calendar date'],
  ['2023-13-01', 'is not a real calendar date'],
  ['17/02/2023', 'must be an ISO date YYYY-MM-DD'],
  ['2023-2-3', 'must be an ISO date YYYY-MM-DD'],
])('reports the impossible or malformed release date %s once', (date, message) => {
  expectOnly(problemsOf(setAt(fixtureFiles(), S1E2, ['released'], date)), {
    file: S1E2,
    path: '$.released',
    value: date,
    message,
  });
});

test('reports an impossible partial date on commentary', () => {
  expectOnly(problemsOf(setAt(fixtureFiles(), QUILL_TALK, ['date'], '2022-13')), {
    file: QUILL_TALK,
    path: '$.date',
    value: '2022-13',
    message: 'is not a real calendar date',
  });
});

test('reports an entry that cites no source', () => {
  expectOnly(problemsOf(setAt(fixtureFiles(), S1E1, ['sources'], [])), {
    file: S1E1,
    path: '$.sources',
    value: [],
    message: 'must cite at least one source',
  });
});

test('reports an empty quote passage', () => {
  expectOnly(problemsOf(setAt(fixtureFiles(), QUILL_TALK, ['quote', 1], '')), {
    file: QUILL_TALK,
    path: '$.quote[1]',
    value: '',
    message: 'must not be empty',
  });
});

test('reports a quote passage of only whitespace as empty', () => {
  expectOnly(problemsOf(setAt(fixtureFiles(), QUILL_TALK, ['quote', 0], '   ')), {
    file: QUILL_TALK,
    path: '$.quote[0]',
    message: 'must not be empty',
  });
});

test('reports a quote with no passages', () => {
  expectOnly(problemsOf(setAt(fixtureFiles(), QUILL_TALK, ['quote'], [])), {
    file: QUILL_TALK,
    path: '$.quote',
    message: 'must hold at least one passage',
  });
});

test('reports a number written as a string', () => {
  expectOnly(problemsOf(setAt(fixtureFiles(), S1E2, ['number'], '2')), {
    file: S1E2,
    path: '$.number',
    value: '2',
    message: 'must be a number, not a string',
  });
});

test('reports a list written as a single string', () => {
  expectOnly(problemsOf(setAt(fixtureFiles(), BEN, ['actors'], 'jo-park')), {
    file: BEN,
    path: '$.actors',
    value: 'jo-park',
    message: 'must be a list, not a string',
  });
});

test('reports a runtime that is not a whole number', () => {
  expectOnly(problemsOf(setAt(fixtureFiles(), S1E1, ['runtimeMinutes'], 30.5)), {
    file: S1E1,
    path: '$.runtimeMinutes',
    value: 30.5,
    message: 'must be a whole number',
  });
});

test('reports a missing required field', () => {
  expectOnly(problemsOf(removeAt(fixtureFiles(), BEN, ['description'])), {
    file: BEN,
    path: '$.description',
    value: undefined,
    message: 'is required',
  });
});

test('reports an unknown top-level key by name and suggests the field it resembles', () => {
  expectOnly(problemsOf(setAt(fixtureFiles(), S1E1, ['titel'], 'Meet')), {
    file: S1E1,
    path: '$.titel',
    value: 'Meet',
    message: 'is under an unknown field "titel"',
    suggestion: 'title',
  });
});

test('reports an unknown key inside a relationship without breaking the reciprocity check', () => {
  expectOnly(problemsOf(setAt(fixtureFiles(), ANN, ['relationships', 0, 'sinse'], 's1e2')), {
    file: ANN,
    path: '$.relationships[0].sinse',
    value: 's1e2',
    message: 'is under an unknown field "sinse"',
    suggestion: 'since',
  });
});

test.each([
  'javascript:alert(1)',
  'ftp://example.org/cast.txt',
  '/news/cast',
  'example.org/news/cast',
  'mailto:desk@example.org',
])('reports the source URL %s as not an absolute http(s) URL', (url) => {
  expectOnly(problemsOf(setAt(fixtureFiles(), NEWS, ['url'], url)), {
    file: NEWS,
    path: '$.url',
    value: url,
    message: 'must be an absolute http(s) URL',
  });
});

test('reports an upper-case slug in a reference and suggests the lower-case id', () => {
  expectOnly(problemsOf(setAt(fixtureFiles(), ANN, ['actors', 0], 'Sam-Reed')), {
    file: ANN,
    path: '$.actors[0]',
    value: 'Sam-Reed',
    message: 'must be lower-case ASCII kebab-case (a-z, 0-9 and single hyphens)',
    suggestion: 'sam-reed',
  });
});

test('reports an upper-case id without breaking the links to its file', () => {
  const problems = problemsOf(setAt(fixtureFiles(), 'data/actors/jo-park.json', ['id'], 'Jo-Park'));
  expectOnly(problems, {
    file: 'data/actors/jo-park.json',
    path: '$.id',
    value: 'Jo-Park',
    message: 'must be lower-case ASCII kebab-case (a-z, 0-9 and single hyphens)',
  });
});

test('reports an episode code written in upper case and suggests the real one', () => {
  expectOnly(problemsOf(setAt(fixtureFiles(), RAIN, ['episode'], 'S1E2')), {
    file: RAIN,
    path: '$.episode',
    value: 'S1E2',
    message: 'must be an episode code such as "s1e4" (lower case)',
    suggestion: 's1e2',
  });
});

test('reports text that is not NFC-normalised', () => {
  const decomposed = 'Zoe\u0301 Lee';
  expectOnly(problemsOf(setAt(fixtureFiles(), CAT, ['name'], decomposed)), {
    file: CAT,
    path: '$.name',
    value: decomposed,
    message: 'must be Unicode NFC-normalised',
  });
});

test('reports a slug with a combining accent as not ASCII kebab-case', () => {
  const slug = 'zoe\u0301-lee';
  expectOnly(problemsOf(setAt(fixtureFiles(), ANN, ['slugAliases', 0], slug)), {
    file: ANN,
    path: '$.slugAliases[0]',
    value: slug,
    message: 'must be lower-case ASCII kebab-case (a-z, 0-9 and single hyphens)',
  });
});

test.each([
  { file: ANN, at: ['name'], length: 121, message: 'must be at most 120 characters' },
  { file: ANN, at: ['description'], length: 2001, message: 'must be at most 2000 characters' },
  { file: NEWS, at: ['title'], length: 301, message: 'must be at most 300 characters' },
  { file: ANN, at: ['slugAliases', 0], length: 81, message: 'must be at most 80 characters' },
])('reports an absurdly long $at.0 ($length characters)', ({ file, at, length, message }) => {
  const value = 'a'.repeat(length);
  const path = `$.${at[0]}${at.length > 1 ? `[${at[1]}]` : ''}`;
  expectOnly(problemsOf(setAt(fixtureFiles(), file, at, value)), { file, path, value, message });
});

test('reports an unknown relationship kind and suggests the nearest one', () => {
  expectOnly(problemsOf(setAt(fixtureFiles(), ANN, ['relationships', 1, 'kind'], 'siblng')), {
    file: ANN,
    path: '$.relationships[1].kind',
    value: 'siblng',
    message: expect.stringMatching(/^must be one of "partner", "ex-partner", /),
    suggestion: 'sibling',
  });
});

test('reports an unknown school and suggests the nearest one', () => {
  expectOnly(problemsOf(setAt(fixtureFiles(), ANN, ['school'], 'higs')), {
    file: ANN,
    path: '$.school',
    value: 'higs',
    message: 'must be one of "truham", "higgs", "lambert"',
    suggestion: 'higgs',
  });
});

test('reports a person with no roles', () => {
  expectOnly(problemsOf(setAt(fixtureFiles(), 'data/people/lee-penn.json', ['roles'], [])), {
    file: 'data/people/lee-penn.json',
    path: '$.roles',
    message: 'must list at least one role',
  });
});

test('reports a "show" subject that carries an id', () => {
  expectOnly(problemsOf(setAt(fixtureFiles(), QUILL_TALK, ['about', 1, 'id'], 'heartstopper')), {
    file: QUILL_TALK,
    path: '$.about[1].id',
    value: 'heartstopper',
    message: 'a "show" subject takes no id',
  });
});

test('reports a character subject without an id', () => {
  expectOnly(problemsOf(removeAt(fixtureFiles(), REED_TALK, ['about', 0, 'id'])), {
    file: REED_TALK,
    path: '$.about[0].id',
    message: 'a "character" subject needs an id',
  });
});

test('reports an unconfirmed subject without a note', () => {
  expectOnly(problemsOf(removeAt(fixtureFiles(), REED_TALK, ['about', 4, 'note'])), {
    file: REED_TALK,
    path: '$.about[4].note',
    message: 'an unconfirmed link must say why in a note',
  });
});

test('reports commentary dated after today', () => {
  expectOnly(problemsOf(setAt(fixtureFiles(), REED_TALK, ['date'], '2024-02')), {
    file: REED_TALK,
    path: '$.date',
    value: '2024-02',
    message: 'is in the future (today is 2024-01-01)',
  });
});

test('accepts a partial date that includes today', () => {
  expect(problemsOf(setAt(fixtureFiles(), REED_TALK, ['date'], '2024-01'))).toEqual([]);
  expect(problemsOf(setAt(fixtureFiles(), REED_TALK, ['date'], '2024'))).toEqual([]);
});

test('reports a source published after today', () => {
  expectOnly(problemsOf(setAt(fixtureFiles(), INTERVIEW, ['published'], '2025-03-01')), {
    file: INTERVIEW,
    path: '$.published',
    message: 'is in the future (today is 2024-01-01)',
  });
});

test('reports an id listed twice in one list', () => {
  expectOnly(problemsOf(setAt(fixtureFiles(), S2E1, ['sources', 1], 'src-news')), {
    file: S2E1,
    path: '$.sources[1]',
    value: 'src-news',
    message: 'is listed twice (also at $.sources[0])',
  });
});

test('reports the same character twice in a scene', () => {
  expectOnly(problemsOf(setAt(fixtureFiles(), RAIN, ['characters', 2], 'ann-lee')), {
    file: RAIN,
    path: '$.characters[2]',
    value: 'ann-lee',
    message: 'is listed twice (also at $.characters[0])',
  });
});

// --- slugs and aliases ---------------------------------------------------------------------------------

test('reports a slug alias equal to the id of another entry of the same kind', () => {
  expectOnly(problemsOf(setAt(fixtureFiles(), BEN, ['slugAliases'], ['ann-lee'])), {
    file: BEN,
    path: '$.slugAliases[0]',
    value: 'ann-lee',
    message: `collides with the id of ${ANN}`,
  });
});

test("reports a slug alias equal to the entry's own id", () => {
  expectOnly(problemsOf(setAt(fixtureFiles(), 'data/actors/kim-ash.json', ['aliases'], ['kim-ash'])), {
    file: 'data/actors/kim-ash.json',
    path: '$.aliases[0]',
    message: "collides with the entry's own id",
  });
});

test('allows the same alias on entries of different kinds', () => {
  // "first-meeting" is a scene alias; an actor alias lives at a different address.
  expect(
    problemsOf(setAt(fixtureFiles(), 'data/actors/kim-ash.json', ['aliases'], ['first-meeting'])),
  ).toEqual([]);
});

test('reports an alias shared by two entries of the same kind', () => {
  // The first file in name order keeps the alias; the later one is reported.
  expectOnly(problemsOf(setAt(fixtureFiles(), 'data/actors/jo-park.json', ['aliases'], ['samuel-reed'])), {
    file: 'data/actors/sam-reed.json',
    path: '$.aliases[0]',
    value: 'samuel-reed',
    message: 'is also an alias at data/actors/jo-park.json $.aliases[0]',
  });
});

// --- relationships -------------------------------------------------------------------------------------

test('reports a relationship the other character does not record', () => {
  expectOnly(problemsOf(removeAt(fixtureFiles(), BEN, ['relationships', 0])), {
    file: ANN,
    path: '$.relationships[0].kind',
    value: 'partner',
    message: `has no inverse: ${BEN} records no "partner" relationship with ann-lee`,
  });
});

test('reports a relationship whose inverse has the wrong kind, once for the pair', () => {
  // Both files now say "child": each is the other's child. The pair is reported on the id that sorts first.
  expectOnly(problemsOf(setAt(fixtureFiles(), NELL, ['relationships', 0, 'kind'], 'child')), {
    file: ANN,
    path: '$.relationships[2].kind',
    value: 'child',
    message: `has no inverse: ${NELL} records no "parent" relationship with ann-lee (it records "child")`,
  });
});

test('reports a relationship whose inverse starts in a different episode, once for the pair', () => {
  expectOnly(problemsOf(setAt(fixtureFiles(), BEN, ['relationships', 0, 'since'], 's1e1')), {
    file: ANN,
    path: '$.relationships[0].since',
    value: 's1e2',
    message: `differs from the inverse "partner" record at ${BEN} $.relationships[0], whose since is "s1e1"`,
  });
});

test('reports a relationship whose inverse has no end when it has one', () => {
  expectOnly(problemsOf(removeAt(fixtureFiles(), CAT, ['relationships', 1, 'until'])), {
    file: BEN,
    path: '$.relationships[1].until',
    value: 's2e1',
    message: `differs from the inverse "friend" record at ${CAT} $.relationships[1], which has no until`,
  });
});

test('reports a relationship that ends before it starts', () => {
  let files = fixtureFiles();
  for (const file of [BEN, CAT]) {
    files = setAt(
      setAt(files, file, ['relationships', 1, 'since'], 's2e1'),
      file,
      ['relationships', 1, 'until'],
      's1e2',
    );
  }
  const problems = problemsOf(files);
  expectProblem(problems, {
    file: BEN,
    path: '$.relationships[1].until',
    value: 's1e2',
    message: 'is before since "s2e1"',
  });
  expect(problems).toHaveLength(2);
});

test('reports a character in a relationship with itself', () => {
  const problems = problemsOf(setAt(fixtureFiles(), ANN, ['relationships', 0, 'with'], 'ann-lee'));
  expectProblem(problems, {
    file: ANN,
    path: '$.relationships[0].with',
    value: 'ann-lee',
    message: 'is the character itself; a relationship needs another character',
  });
});

test('reports a relationship recorded twice on one character', () => {
  const files = setAt(fixtureFiles(), ANN, ['relationships', 3], {
    kind: 'partner',
    with: 'ben-cole',
    since: 's1e2',
  });
  expectOnly(problemsOf(files), {
    file: ANN,
    path: '$.relationships[3]',
    message: 'repeats the "partner" relationship with ben-cole at $.relationships[0]',
  });
});

test('allows the same relationship again after it has ended', () => {
  let files = fixtureFiles();
  for (const [file, other] of [
    [BEN, 'cat-lee'],
    [CAT, 'ben-cole'],
  ] as const) {
    files = setAt(files, file, ['relationships', 2], { kind: 'friend', with: other, since: 's2e1' });
  }
  expect(problemsOf(files)).toEqual([]);
});

// --- seasons and episodes ------------------------------------------------------------------------------

test('reports a gap in a season’s episode numbers', () => {
  const episode = { ...copyOf(fixtureFiles(), S1E2), id: 's1e4', number: 4, overall: 4 };
  const files = addFile(fixtureFiles(), 'data/episodes/s1e4.json', 'episodes', episode);
  const problems = problemsOf(setAt(files, S2E1, ['overall'], 5));
  expectOnly(problems, {
    file: 'data/episodes/s1e4.json',
    path: '$.number',
    value: 4,
    message: 'leaves a gap: season 1 has no episode 3 (episodes run 1..n without gaps)',
  });
});

test('reports two episodes with the same number in a season', () => {
  const problems = problemsOf(setAt(fixtureFiles(), S1E2, ['number'], 1));
  expectProblem(problems, {
    file: S1E2,
    path: '$.number',
    value: 1,
    message: 'does not match the id "s1e2" (episode 2)',
  });
  expectProblem(problems, {
    file: S1E2,
    path: '$.number',
    value: 1,
    message: `is also the number of ${S1E1}`,
  });
});

test('reports an overall number out of series order', () => {
  expectOnly(problemsOf(setAt(fixtureFiles(), S2E1, ['overall'], 4)), {
    file: S2E1,
    path: '$.overall',
    value: 4,
    message: "should be 3: the episode's position across the series, in season and episode order",
  });
});

test('reports an episode whose season field disagrees with its id', () => {
  expectProblem(problemsOf(setAt(fixtureFiles(), S1E2, ['season'], 2)), {
    file: S1E2,
    path: '$.season',
    value: 2,
    message: 'does not match the id "s1e2" (season 1)',
  });
});

test('reports a malformed episode id', () => {
  const files = setAt(fixtureFiles(), S2E1, ['id'], 'S2E1');
  expectOnly(problemsOf(files), {
    file: S2E1,
    path: '$.id',
    value: 'S2E1',
    message: 'must be an episode code such as "s1e4" (lower case)',
  });
});

test('reports an episode released before its season', () => {
  expectOnly(problemsOf(setAt(fixtureFiles(), S2E1, ['released'], '2023-08-01')), {
    file: S2E1,
    path: '$.released',
    value: '2023-08-01',
    message: `is before its season's release (2023-08-03 in ${S2})`,
  });
});

test('reports a season whose number disagrees with its id', () => {
  expectProblem(problemsOf(setAt(fixtureFiles(), S2, ['number'], 3)), {
    file: S2,
    path: '$.number',
    value: 3,
    message: 'does not match the id "s2" (season 2)',
  });
});

test('reports a gap in the season numbers', () => {
  const season = { ...copyOf(fixtureFiles(), S2), id: 's4', number: 4 };
  expectOnly(problemsOf(addFile(fixtureFiles(), 'data/seasons/s4.json', 'seasons', season)), {
    file: 'data/seasons/s4.json',
    path: '$.number',
    value: 4,
    message: 'leaves a gap: there is no season 3',
  });
});

// --- scenes --------------------------------------------------------------------------------------------

test('reports two scenes with the same order in one episode', () => {
  expectOnly(problemsOf(setAt(fixtureFiles(), WALK, ['order'], 1)), {
    file: WALK,
    path: '$.order',
    value: 1,
    message: `is also the order of ${MEETING} in s1e1`,
  });
});

test('allows the same scene order in different episodes', () => {
  // s1e2-rain is already order 1, like s1e1-first-meeting.
  expect(getAt(fixtureFiles(), RAIN, ['order'])).toBe(1);
  expect(problemsOf(fixtureFiles())).toEqual([]);
});

// --- songs and places ----------------------------------------------------------------------------------

const song = (fields: Record<string, unknown>) => ({
  id: 'a-song',
  title: 'A song',
  artists: ['A band'],
  season: 1,
  episode: 's1e2',
  sources: ['src-news'],
  ...fields,
});

test('accepts a song that plays in a scene of its own episode', () => {
  const files = addFile(fixtureFiles(), 'data/songs/a-song.json', 'songs', song({ scene: 's1e2-rain' }));
  expect(problemsOf(files)).toEqual([]);
});

test('reports a song whose scene is in another episode', () => {
  const files = addFile(
    fixtureFiles(),
    'data/songs/a-song.json',
    'songs',
    song({ scene: 's1e1-first-meeting' }),
  );
  expectOnly(problemsOf(files), {
    file: 'data/songs/a-song.json',
    path: '$.scene',
    value: 's1e1-first-meeting',
    message: 'is a scene of s1e1, not of s1e2',
  });
});

test('reports a song whose episode is in another season', () => {
  const files = addFile(fixtureFiles(), 'data/songs/a-song.json', 'songs', song({ season: 2 }));
  expectOnly(problemsOf(files), {
    file: 'data/songs/a-song.json',
    path: '$.episode',
    value: 's1e2',
    message: "is not in season 2, the song's season",
  });
});

test('reports a place whose scene is in an episode the place does not list', () => {
  const place = {
    id: 'a-place',
    name: 'A place',
    kind: 'setting',
    description: 'Somewhere in the story.',
    episodes: ['s1e1'],
    scenes: ['s1e2-rain'],
    sources: ['src-news'],
  };
  expectOnly(problemsOf(addFile(fixtureFiles(), 'data/places/a-place.json', 'places', place)), {
    file: 'data/places/a-place.json',
    path: '$.scenes[0]',
    value: 's1e2-rain',
    message: 'is a scene of s1e2, which `episodes` does not list',
  });
});

// --- all at once ---------------------------------------------------------------------------------------

test('a file with five faults yields five messages in one run', () => {
  let files = fixtureFiles();
  files = setAt(files, RAIN, ['episode'], 's1e9');
  files = setAt(files, RAIN, ['order'], 0);
  files = setAt(files, RAIN, ['title'], '');
  files = setAt(files, RAIN, ['mood'], 'stormy');
  files = setAt(files, RAIN, ['sources'], []);
  const problems = problemsOf(files);
  expect(problems.map((p) => [p.file, p.path])).toEqual(
    expect.arrayContaining([
      [RAIN, '$.episode'],
      [RAIN, '$.order'],
      [RAIN, '$.title'],
      [RAIN, '$.mood'],
      [RAIN, '$.sources'],
    ]),
  );
  expect(problems).toHaveLength(5);
});

test('reports problems in many files in one run, grouped by file', () => {
  let files = setAt(fixtureFiles(), S1E1, ['released'], '2023-02-30');
  files = setAt(files, WALK, ['characters', 0], 'nobody');
  files = setAt(files, NEWS, ['url'], 'ftp://x');
  const problems = problemsOf(files);
  expect(problems.map((p) => p.file)).toEqual([WALK, S1E1, NEWS].sort());
});

// --- helpers -------------------------------------------------------------------------------------------

test('measures Damerau-Levenshtein distance, counting a swap of neighbours as one edit', () => {
  expect(damerauLevenshtein('', '')).toBe(0);
  expect(damerauLevenshtein('abc', '')).toBe(3);
  expect(damerauLevenshtein('kitten', 'sitting')).toBe(3);
  expect(damerauLevenshtein('s1e4', 's1e9')).toBe(1);
  expect(damerauLevenshtein('charlie-sprign', 'charlie-spring')).toBe(1);
  // Unrestricted: "ca" -> "ac" -> "abc" is two edits (the restricted variant says three).
  expect(damerauLevenshtein('ca', 'abc')).toBe(2);
  expect(damerauLevenshtein('é', 'e')).toBe(1);
});

test('satisfies the metric laws for Damerau-Levenshtein distance', () => {
  const word = fc.string({ maxLength: 8, unit: fc.constantFrom('a', 'b', 'c', 'd') });
  fc.assert(
    fc.property(word, word, word, (a, b, c) => {
      expect(damerauLevenshtein(a, b)).toBe(damerauLevenshtein(b, a));
      expect(damerauLevenshtein(a, a)).toBe(0);
      expect(damerauLevenshtein(a, c)).toBeLessThanOrEqual(
        damerauLevenshtein(a, b) + damerauLevenshtein(b, c),
      );
      expect(damerauLevenshtein(a, b)).toBeLessThanOrEqual(Math.max(a.length, b.length));
    }),
  );
});

test('suggests only ids within max(2, length / 3) edits', () => {
  expect(nearest('charlie-sprng', ['charlie-spring', 'nick-nelson'])).toBe('charlie-spring');
  expect(nearest('tori', ['tao-xu', 'tara-jones'])).toBeUndefined();
  expect(nearest('s1e44', ['s1e4', 's1e5'])).toBe('s1e4');
  expect(nearest('sam-reed', ['sam-reed'])).toBeUndefined();
});

test('formats a problem without a value or suggestion as a plain line', () => {
  expect(formatProblem({ file: 'data/x/y.json', path: '$', value: undefined, message: 'is broken' })).toBe(
    'data/x/y.json $: is broken',
  );
  const long = formatProblem({ file: 'f.json', path: '$.bio', value: 'b'.repeat(500), message: 'is long' });
  expect(long).toContain('… (500 characters) is long');
});

// --- content notes -------------------------------------------------------------------------------------

test('reports a content note whose topic repeats an earlier note on the same entry', () => {
  const problems = problemsOf(setAt(notedFiles(), S1E2, ['contentNotes', 1, 'topic'], 'violence'));
  expectOnly(problems, {
    file: S1E2,
    path: '$.contentNotes[1].topic',
    value: 'violence',
    message: 'repeats the topic of $.contentNotes[0].topic; give each topic one note, citing all its sources',
  });
});

test('reports an unknown content-note topic and suggests the nearest one', () => {
  const problems = problemsOf(setAt(notedFiles(), RAIN, ['contentNotes', 0, 'topic'], 'mental-heath'));
  expectOnly(problems, {
    file: RAIN,
    path: '$.contentNotes[0].topic',
    value: 'mental-heath',
    message: `must be one of ${CONTENT_NOTE_TOPICS.map((t) => JSON.stringify(t)).join(', ')}`,
    suggestion: 'mental-health',
  });
});

test('reports a content-note source that does not exist, with a suggestion', () => {
  const problems = problemsOf(setAt(notedFiles(), S1E2, ['contentNotes', 1, 'sources', 1], 'src-intervew'));
  expectOnly(problems, {
    file: S1E2,
    path: '$.contentNotes[1].sources[1]',
    value: 'src-intervew',
    message: 'is not a source',
    suggestion: 'src-interview',
  });
  expect(problems.map(formatProblem)).toEqual([
    'data/episodes/s1e2.json $.contentNotes[1].sources[1]: "src-intervew" is not a source; did you mean "src-interview"?',
  ]);
});

test('reports a dangling source in a scene’s content note', () => {
  const problems = problemsOf(setAt(notedFiles(), RAIN, ['contentNotes', 0, 'sources', 0], 'src-nws'));
  expectOnly(problems, {
    file: RAIN,
    path: '$.contentNotes[0].sources[0]',
    value: 'src-nws',
    message: 'is not a source',
    suggestion: 'src-news',
  });
});

test('reports a source listed twice in one content note', () => {
  const problems = problemsOf(setAt(notedFiles(), S1E2, ['contentNotes', 1, 'sources', 1], 'src-news'));
  expectOnly(problems, {
    file: S1E2,
    path: '$.contentNotes[1].sources[1]',
    value: 'src-news',
    message: 'is listed twice (also at $.contentNotes[1].sources[0])',
  });
});

test('reports a content note that cites no source', () => {
  expectOnly(problemsOf(setAt(notedFiles(), RAIN, ['contentNotes', 0, 'sources'], [])), {
    file: RAIN,
    path: '$.contentNotes[0].sources',
    message: 'must cite at least one source',
  });
});

test('reports a content note longer than 300 characters', () => {
  const long = `${'Ann hides from the storm. '.repeat(12)}`.trim();
  expect(long.length).toBeGreaterThan(300);
  expectOnly(problemsOf(setAt(notedFiles(), S1E2, ['contentNotes', 0, 'note'], long)), {
    file: S1E2,
    path: '$.contentNotes[0].note',
    message: 'must be at most 300 characters',
  });
});

test('reports an empty list of content notes', () => {
  expectOnly(problemsOf(setAt(notedFiles(), RAIN, ['contentNotes'], [])), {
    file: RAIN,
    path: '$.contentNotes',
    value: [],
    message: 'must hold at least one note; leave the field out when there is none',
  });
});

test('reports content notes on a character, which does not take them', () => {
  const note = { topic: 'bullying', note: 'Ann is teased.', sources: ['src-news'] };
  expectOnly(problemsOf(setAt(notedFiles(), ANN, ['contentNotes'], [note])), {
    file: ANN,
    path: '$.contentNotes',
    message: 'is under an unknown field "contentNotes"',
  });
});

// --- descriptionReveals --------------------------------------------------------------------------------

test('reports a descriptionReveals that is not an episode, with a suggestion', () => {
  const problems = problemsOf(setAt(notedFiles(), ANN, ['descriptionReveals'], 's1e9'));
  expectOnly(problems, {
    file: ANN,
    path: '$.descriptionReveals',
    value: 's1e9',
    message: 'is not an episode',
    suggestion: 's1e1',
  });
  expect(problems.map(formatProblem)).toEqual([
    'data/characters/ann-lee.json $.descriptionReveals: "s1e9" is not an episode; did you mean "s1e1"?',
  ]);
});

test('reports a descriptionReveals earlier than the character’s first appearance', () => {
  expectOnly(problemsOf(setAt(notedFiles(), NELL, ['descriptionReveals'], 's1e1')), {
    file: NELL,
    path: '$.descriptionReveals',
    value: 's1e1',
    message: 'is earlier than the character\'s firstAppearance "s1e2" (overall 1 < 2)',
  });
});

test('accepts a descriptionReveals equal to or later than the first appearance', () => {
  expect(problemsOf(setAt(notedFiles(), NELL, ['descriptionReveals'], 's1e2'))).toEqual([]);
  expect(problemsOf(setAt(notedFiles(), NELL, ['descriptionReveals'], 's2e1'))).toEqual([]);
});

test('reports a descriptionReveals in upper case once, suggesting the real episode', () => {
  expectOnly(problemsOf(setAt(notedFiles(), ANN, ['descriptionReveals'], 'S1E2')), {
    file: ANN,
    path: '$.descriptionReveals',
    value: 'S1E2',
    message: 'must be an episode code such as "s1e4" (lower case)',
    suggestion: 's1e2',
  });
});

test('does not compare descriptionReveals with a first appearance that is itself dangling', () => {
  let files = setAt(notedFiles(), NELL, ['firstAppearance'], 's2e9');
  files = setAt(files, NELL, ['descriptionReveals'], 's1e1');
  expectOnly(problemsOf(files), {
    file: NELL,
    path: '$.firstAppearance',
    value: 's2e9',
    message: 'is not an episode',
  });
});

// --- every reference, by construction ------------------------------------------------------------------

type ReferenceSite = { file: string; path: PathSegment[]; target: CollectionName };

/**
 * Every reference in the fixture with notes (`notedFiles()`), listed by hand so the validator's own
 * enumeration is checked against it.
 */
function fixtureReferenceSites(): ReferenceSite[] {
  const sites: ReferenceSite[] = [];
  const add = (file: string, path: PathSegment[], target: CollectionName) =>
    sites.push({ file, path, target });
  const sources = (file: string, count: number) => {
    for (let i = 0; i < count; i++) add(file, ['sources', i], 'sources');
  };
  sources('data/people/pat-quill.json', 1);
  sources('data/people/lee-penn.json', 2);
  for (const actor of ['sam-reed', 'jo-park', 'kim-ash', 'ray-lee']) sources(`data/actors/${actor}.json`, 1);
  for (const season of [S1, S2]) {
    add(season, ['directors', 0], 'people');
    sources(season, 1);
  }
  for (const [episode, sourceCount] of [
    [S1E1, 1],
    [S1E2, 1],
    [S2E1, 2],
  ] as const) {
    add(episode, ['season'], 'seasons');
    add(episode, ['directors', 0], 'people');
    add(episode, ['writers', 0], 'people');
    sources(episode, sourceCount);
  }
  const relationships: [string, number, boolean][] = [
    [ANN, 3, false],
    [BEN, 2, true],
    [CAT, 2, true],
    [NELL, 1, false],
  ];
  for (const [character, count, secondHasUntil] of relationships) {
    add(character, ['actors', 0], 'actors');
    add(character, ['firstAppearance'], 'episodes');
    for (let i = 0; i < count; i++) {
      add(character, ['relationships', i, 'with'], 'characters');
      add(character, ['relationships', i, 'since'], 'episodes');
      if (i === 1 && secondHasUntil) add(character, ['relationships', i, 'until'], 'episodes');
    }
    sources(character, 1);
  }
  for (const [scene, characterCount] of [
    [MEETING, 2],
    [WALK, 2],
    [RAIN, 3],
  ] as const) {
    add(scene, ['episode'], 'episodes');
    for (let i = 0; i < characterCount; i++) add(scene, ['characters', i], 'characters');
    sources(scene, 1);
  }
  add(S1E2, ['contentNotes', 0, 'sources', 0], 'sources');
  add(S1E2, ['contentNotes', 1, 'sources', 0], 'sources');
  add(S1E2, ['contentNotes', 1, 'sources', 1], 'sources');
  add(RAIN, ['contentNotes', 0, 'sources', 0], 'sources');
  add(ANN, ['descriptionReveals'], 'episodes');
  add(QUILL_TALK, ['speaker', 'id'], 'people');
  add(QUILL_TALK, ['about', 0, 'id'], 'scenes');
  sources(QUILL_TALK, 1);
  add(REED_TALK, ['speaker', 'id'], 'actors');
  const subjects: CollectionName[] = ['characters', 'actors', 'people', 'seasons', 'episodes'];
  subjects.forEach((target, i) => {
    add(REED_TALK, ['about', i, 'id'], target);
  });
  sources(REED_TALK, 2);
  return sites;
}

function formatSegments(path: PathSegment[]): string {
  return `$${path.map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`)).join('')}`;
}

test('enumerates exactly the references listed by hand for the fixture', () => {
  const found = notedFiles().flatMap((f) =>
    f.collection === null
      ? []
      : referencesOf(f.collection, JSON.parse(f.text)).map(
          (r) => `${f.file} ${formatSegments(r.path)} ${r.target}`,
        ),
  );
  const expected = fixtureReferenceSites().map((s) => `${s.file} ${formatSegments(s.path)} ${s.target}`);
  expect(found.sort()).toEqual(expected.sort());
});

test('reports a problem at exactly the path of any single reference replaced by an unknown id', () => {
  const dataset = fixtureDataset();
  const idsOf = (target: CollectionName) => new Set<string>(dataset[target].map((e) => e.id));
  const sites = fixtureReferenceSites();
  const slug = fc.stringMatching(/^[a-z][a-z0-9]{0,6}(?:-[a-z0-9]{1,6}){0,2}$/);
  const episodeCode = fc
    .tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 12 }))
    .map(([s, e]) => `s${s}e${e}`);
  const replacement = (site: ReferenceSite) => {
    // Replace like with like, so the dangling-reference rule (not only the shape rule) is exercised.
    if (site.target === 'seasons' && site.path[0] === 'season') return fc.integer({ min: 3, max: 99 });
    const ids = idsOf(site.target);
    return (site.target === 'episodes' ? episodeCode : slug).filter((value) => !ids.has(value));
  };
  fc.assert(
    fc.property(
      fc.constantFrom(...sites).chain((site) => fc.tuple(fc.constant(site), replacement(site))),
      ([site, value]) => {
        const problems = problemsOf(setAt(notedFiles(), site.file, site.path, value));
        expect(problems).toContainEqual(
          expect.objectContaining({ file: site.file, path: formatSegments(site.path), value }),
        );
      },
    ),
    { numRuns: 300 },
  );
});

// --- disk ----------------------------------------------------------------------------------------------

test('reads data files from disk with repository-relative paths, leaving odd files to the validator', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'validate-test-'));
  try {
    const data = path.join(root, 'data');
    for (const file of fixtureFiles()) {
      const full = path.join(root, file.file);
      mkdirSync(path.dirname(full), { recursive: true });
      writeFileSync(full, file.text);
    }
    mkdirSync(path.join(data, 'spoilers'));
    writeFileSync(path.join(data, 'spoilers', 'x.json'), '{}');
    writeFileSync(path.join(data, 'episodes', 'notes.md'), '# notes');
    writeFileSync(path.join(data, 'episodes', '.gitkeep'), '');

    const files = readDataFiles(data);
    expect(files.find((f) => f.file === S1E1)).toMatchObject({ collection: 'episodes' });
    expect(files.find((f) => f.file === 'data/spoilers/x.json')).toMatchObject({ collection: null });
    expect(files.some((f) => f.file.endsWith('.gitkeep'))).toBe(false);

    const problems = problemsOf(files);
    expect(problems.map((p) => p.file)).toEqual(['data/episodes/notes.md', 'data/spoilers/x.json']);
    expect(() => loadDataset(data, { today: FIXTURE_TODAY })).toThrow(
      /^2 problems in .*\n.*notes\.md \$: is not a \.json file.*\n.*spoilers\/x\.json \$: is not in a collection folder/,
    );

    rmSync(path.join(data, 'spoilers'), { recursive: true });
    rmSync(path.join(data, 'episodes', 'notes.md'));
    expect(loadDataset(data, { today: FIXTURE_TODAY }).episodes).toHaveLength(3);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('the real dataset has no problems', () => {
  const dataDir = path.resolve(import.meta.dirname, '../../data');
  expect(() => loadDataset(dataDir)).not.toThrow();
});

test('the real dataset uses content notes and descriptionReveals, and they pass', () => {
  const dataDir = path.resolve(import.meta.dirname, '../../data');
  const { dataset, problems } = validateFiles(readDataFiles(dataDir));
  expect(problems.map(formatProblem)).toEqual([]);
  expect(dataset.episodes.some((e) => (e.contentNotes?.length ?? 0) > 0)).toBe(true);
  expect(dataset.scenes.some((e) => (e.contentNotes?.length ?? 0) > 0)).toBe(true);
  expect(dataset.characters.some((c) => c.descriptionReveals !== undefined)).toBe(true);
});
