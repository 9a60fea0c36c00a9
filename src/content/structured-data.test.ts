import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDataset } from './load';
import { createPageDataBuilder, isRoutePage } from './page-data';
import { createRepository } from './repository';
import type { Dataset } from './schema';
import {
  createStructuredData,
  SERIES_NAME,
  type StructuredData,
  serializeStructuredData,
} from './structured-data';
import { fixtureDataset } from './test-fixtures';

// Resolved from this file's path string, not `new URL(...)`: under jsdom the global URL is jsdom's.
const dataDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../data');
const SITE = 'https://wiki.test';
const absolute = (appPath: string) => `${SITE}${appPath}`;

/** JSON-LD as a search engine reads it: plain JSON, whatever the builder's types say. */
type Node = Record<string, unknown>;

let dataset: Dataset;
let structuredData: (key: string) => StructuredData | undefined;

beforeAll(() => {
  dataset = loadDataset(dataDir);
  structuredData = createStructuredData(createRepository(dataset), absolute);
});

/** The page's block as JSON (what the page carries), or undefined when it has none. */
function block(key: string, build = structuredData): Node | undefined {
  const data = build(key);
  return data === undefined ? undefined : (JSON.parse(serializeStructuredData(data)) as Node);
}

function required(key: string, build = structuredData): Node {
  const found = block(key, build);
  if (!found) throw new Error(`${key} has no structured data`);
  return found;
}

/** The entity the page is about: the block itself, or the first node of its graph. */
function subjectOf(data: Node): Node {
  const graph = data['@graph'];
  return Array.isArray(graph) ? (graph[0] as Node) : data;
}

/** The series node of a graph (character and actor pages). */
function seriesOf(data: Node): Node {
  const graph = data['@graph'] as Node[];
  const series = graph.find((node) => node['@type'] === 'TVSeries');
  if (!series) throw new Error('no TVSeries in the graph');
  return series;
}

describe('the home page', () => {
  test('is the TVSeries, created by Alice Oseman, with its seasons and episodes counted', () => {
    expect(required('home')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'TVSeries',
      name: SERIES_NAME,
      url: `${SITE}/`,
      creator: { '@type': 'Person', name: 'Alice Oseman', url: `${SITE}/people/alice-oseman` },
      numberOfSeasons: 3,
      numberOfEpisodes: 24,
    });
  });
});

describe('episodes', () => {
  test('S1E4 is a TVEpisode: episode 4 of season 1, released 22 April 2022, directed by Euros Lyn', () => {
    expect(required('episodes/s1e4')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'TVEpisode',
      name: 'Secret',
      url: `${SITE}/episodes/s1e4`,
      episodeNumber: 4,
      datePublished: '2022-04-22',
      director: { '@type': 'Person', name: 'Euros Lyn', url: `${SITE}/people/euros-lyn` },
      partOfSeason: { '@type': 'TVSeason', seasonNumber: 1, url: `${SITE}/episodes#season-1` },
      partOfSeries: { '@type': 'TVSeries', name: SERIES_NAME, url: `${SITE}/` },
    });
  });

  test('every episode names its number, season, release date and title from its file', () => {
    expect(dataset.episodes).toHaveLength(24);
    for (const episode of dataset.episodes) {
      const data = required(`episodes/${episode.id}`);
      expect(data['@type'], episode.id).toBe('TVEpisode');
      expect(data.name, episode.id).toBe(episode.title);
      expect(data.episodeNumber, episode.id).toBe(episode.number);
      expect(data.datePublished, episode.id).toBe(episode.released);
      expect((data.partOfSeason as Node).seasonNumber, episode.id).toBe(episode.season);
    }
  });

  test('S3E7, whose director is unverified, names no director', () => {
    const episode = dataset.episodes.find((entry) => entry.id === 's3e7');
    expect(episode?.unverified?.map((note) => note.field)).toContain('directors');
    const data = required('episodes/s3e7');
    expect(data).not.toHaveProperty('director');
    expect(data).toMatchObject({ '@type': 'TVEpisode', episodeNumber: 7, partOfSeason: { seasonNumber: 3 } });
  });

  test('the episode list is the series with each season: number, release date and episode count', () => {
    expect(required('episodes')).toMatchObject({
      '@type': 'TVSeries',
      name: SERIES_NAME,
      containsSeason: [
        { '@type': 'TVSeason', seasonNumber: 1, datePublished: '2022-04-22', numberOfEpisodes: 8 },
        { '@type': 'TVSeason', seasonNumber: 2, datePublished: '2023-08-03', numberOfEpisodes: 8 },
        { '@type': 'TVSeason', seasonNumber: 3, datePublished: '2024-10-03', numberOfEpisodes: 8 },
      ],
    });
  });
});

describe('characters, actors and people', () => {
  test('a character is a Person in the series, played by its actor in a PerformanceRole', () => {
    const data = required('characters/nick-nelson');
    const character = subjectOf(data);
    expect(character).toEqual({
      '@type': 'Person',
      '@id': `${SITE}/characters/nick-nelson#character`,
      name: 'Nick Nelson',
      url: `${SITE}/characters/nick-nelson`,
    });
    expect(seriesOf(data)).toEqual({
      '@type': 'TVSeries',
      name: SERIES_NAME,
      url: `${SITE}/`,
      character: { '@id': character['@id'] },
      actor: {
        '@type': 'PerformanceRole',
        actor: { '@type': 'Person', name: 'Kit Connor', url: `${SITE}/actors/kit-connor` },
        characterName: 'Nick Nelson',
      },
    });
  });

  test('a character with no credited actor (Nellie) has no PerformanceRole', () => {
    const data = required('characters/nellie');
    expect(subjectOf(data)).toMatchObject({ '@type': 'Person', name: 'Nellie' });
    expect(seriesOf(data)).not.toHaveProperty('actor');
  });

  test('an actor is a Person, named in a PerformanceRole for the character they play', () => {
    const data = required('actors/kit-connor');
    const actor = subjectOf(data);
    expect(actor).toEqual({
      '@type': 'Person',
      '@id': `${SITE}/actors/kit-connor#actor`,
      name: 'Kit Connor',
      url: `${SITE}/actors/kit-connor`,
    });
    expect(seriesOf(data)).toMatchObject({
      actor: { '@type': 'PerformanceRole', actor: { '@id': actor['@id'] }, characterName: 'Nick Nelson' },
      character: { '@type': 'Person', name: 'Nick Nelson', url: `${SITE}/characters/nick-nelson` },
    });
  });

  test('every character and actor page names its subject', () => {
    const named = (entry: { unverified?: { field: string }[] }) =>
      !entry.unverified?.some((note) => note.field === 'name');
    const entries = [
      ...dataset.characters.map((entry) => ({ key: `characters/${entry.id}`, entry })),
      ...dataset.actors.map((entry) => ({ key: `actors/${entry.id}`, entry })),
    ];
    expect(entries.filter(({ entry }) => named(entry)).length).toBeGreaterThan(60);
    for (const { key, entry } of entries) {
      if (!named(entry)) expect(block(key), key).toBeUndefined();
      else expect(subjectOf(required(key)), key).toMatchObject({ '@type': 'Person', name: entry.name });
    }
  });

  test('a person behind the camera is a Person; one whose name is unverified gets no block', () => {
    expect(required('people/euros-lyn')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Person',
      name: 'Euros Lyn',
      url: `${SITE}/people/euros-lyn`,
    });
    expect(dataset.people.find((person) => person.id === 'iain-canning')?.unverified?.[0]?.field).toBe(
      'name',
    );
    expect(block('people/iain-canning')).toBeUndefined();
  });
});

describe('songs and places', () => {
  test('a song is a MusicRecording by its artist', () => {
    expect(required('music/ur-so-pretty')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'MusicRecording',
      name: 'ur so pretty',
      url: `${SITE}/music/ur-so-pretty`,
      byArtist: { '@type': 'MusicGroup', name: 'Wasia Project' },
    });
    expect(required('music/fall-in-love-with-a-girl').byArtist).toEqual([
      { '@type': 'MusicGroup', name: 'Cavetown' },
      { '@type': 'MusicGroup', name: 'Orla Gartland' },
    ]);
  });

  test('an unverified artist is left out, and a song with an unverified title gets no block', () => {
    expect(required('music/just-like-heaven')).not.toHaveProperty('byArtist');
    expect(block('music/tresor')).toBeUndefined();
    expect(block('music/never-be-the-same')).toBeUndefined();
  });

  test('a place is a Place with its location as the address, when the data gives one', () => {
    expect(required('places/menorca')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Place',
      name: 'Menorca',
      url: `${SITE}/places/menorca`,
      address: 'Menorca, Spain',
    });
    expect(required('places/the-zoo')).not.toHaveProperty('address');
  });

  test('an unverified location is left out, and a place with an unverified name gets no block', () => {
    expect(required('places/burnham-park-academy')).not.toHaveProperty('address');
    expect(block('places/menorcan-town-and-church')).toBeUndefined();
  });
});

describe('every page', () => {
  test('only the kinds of page described here carry a block, and its url is the page’s own', () => {
    const pages = createPageDataBuilder(createRepository(dataset));
    const kinds = new Set<string>();
    for (const key of pages.keys()) {
      const page = pages.page(key);
      if (!isRoutePage(page)) continue;
      const data = block(key);
      if (data === undefined) continue;
      kinds.add(page.kind);
      const subject = subjectOf(data);
      expect(data['@context'], key).toBe('https://schema.org');
      // The series is described on home and on the episode list, which it links to.
      const own = page.kind === 'home' || page.kind === 'episodes' ? '/' : `/${key}`;
      expect(subject.url, key).toBe(absolute(own));
    }
    expect([...kinds].sort()).toEqual(
      ['actor', 'character', 'episode', 'episodes', 'home', 'person', 'place', 'song'].sort(),
    );
  });

  test('pages of other kinds, and addresses that name nothing, have none', () => {
    for (const key of ['scenes/s1e1-first-hi', 'commentary', 'books/heartstopper-vol-1', 'film', 'search'])
      expect(block(key), key).toBeUndefined();
    expect(block('episodes/s9e9')).toBeUndefined();
    expect(block('no-such-page')).toBeUndefined();
  });
});

describe('unverified notes', () => {
  test('a field with a note is left out, whichever field it is', () => {
    const fixture = fixtureDataset();
    const episode = fixture.episodes[0];
    if (!episode) throw new Error('the fixture has no episode');
    episode.unverified = [
      { field: 'released', note: 'One source only.' },
      { field: 'title', note: 'Spelt two ways.' },
      { field: 'season', note: 'Sources disagree.' },
    ];
    const build = createStructuredData(createRepository(fixture), absolute);
    const data = required(`episodes/${episode.id}`, build);
    expect(data).toMatchObject({ '@type': 'TVEpisode', episodeNumber: 1 });
    expect(data).not.toHaveProperty('name');
    expect(data).not.toHaveProperty('datePublished');
    expect(data).not.toHaveProperty('partOfSeason');
    expect(data).toHaveProperty('director');
  });

  test('an actor with an unverified name gets no block, and no role on their character’s page', () => {
    const fixture = fixtureDataset();
    const build = createStructuredData(createRepository(fixture), absolute);
    expect(block('actors/ray-lee', build)).toBeUndefined();
    const nell = fixture.characters.find((character) => character.actors.includes('ray-lee'));
    if (!nell) throw new Error('the fixture has no character played by ray-lee');
    expect(seriesOf(required(`characters/${nell.id}`, build))).not.toHaveProperty('actor');
  });
});

describe('serializeStructuredData', () => {
  test('escapes what could end the script element or a comment, and parses back to the same data', () => {
    const hostile = '</script><script>alert(1)</script><!-- \u2028\u2029';
    const data: StructuredData = {
      '@context': 'https://schema.org',
      '@type': 'Person',
      name: hostile,
      url: `${SITE}/people/x`,
    };
    const json = serializeStructuredData(data);
    expect(json).not.toMatch(/<|\u2028|\u2029/);
    expect(json).toContain('\\u003c/script>');
    expect(JSON.parse(json)).toEqual(data);
  });

  test('is compact: one line, not pretty-printed', () => {
    const json = serializeStructuredData(structuredData('episodes/s1e4') as StructuredData);
    expect(json).not.toContain('\n');
    expect(json.startsWith('{"@context":"https://schema.org","@type":"TVEpisode",')).toBe(true);
  });
});
