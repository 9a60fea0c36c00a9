import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRepository, type Repository } from './repository';
import {
  actorSchema,
  type Character,
  type Commentary,
  characterSchema,
  commentarySchema,
  type Dataset,
  type Episode,
  episodeSchema,
  personSchema,
  type Scene,
  sceneSchema,
  seasonSchema,
  sourceSchema,
} from './schema';

/**
 * A small dataset shaped like the real one. Names come from the show, but which scene holds whom, first
 * appearances and relationship episodes are arranged to exercise the code: this is not a source of facts.
 * Entries are listed out of display order on purpose, so the ordering tests prove the repository sorts.
 */
function buildDataset(): Dataset {
  const episodes: Episode[] = [
    {
      id: 's1e5',
      season: 1,
      number: 5,
      overall: 5,
      title: 'Friend',
      released: '2022-04-22',
      directors: ['euros-lyn'],
      writers: ['alice-oseman'],
      synopsis: 'Nick has to choose between a date with Imogen and Charlie’s birthday.',
      sources: ['gq'],
    },
    {
      id: 's1e3',
      season: 1,
      number: 3,
      overall: 3,
      title: 'Kiss',
      released: '2022-04-22',
      directors: ['euros-lyn'],
      writers: ['alice-oseman'],
      synopsis: 'A birthday party ends with a kiss in an empty room.',
      sources: ['gq'],
    },
    {
      id: 's1e4',
      season: 1,
      number: 4,
      overall: 4,
      title: 'Secret',
      released: '2022-04-22',
      directors: ['euros-lyn'],
      writers: ['alice-oseman'],
      synopsis: 'A soaked Nick turns up at Charlie’s door, and they agree to keep things quiet.',
      sources: ['rt-fav', 'gq'],
    },
  ];

  const characters: Character[] = [
    {
      id: 'tori-spring',
      name: 'Tori Spring',
      aliases: [],
      nicknames: [],
      actors: [],
      role: 'Charlie’s older sister',
      description: 'Dry and watchful, and on her brother’s side.',
      relationships: [{ kind: 'sibling', with: 'charlie-spring', since: 's1e3' }],
      firstAppearance: 's1e3',
      sources: ['gq'],
    },
    {
      id: 'nick-nelson',
      name: 'Nick Nelson',
      aliases: ['Nicholas Nelson'],
      nicknames: [],
      actors: ['kit-connor'],
      school: 'truham',
      role: 'Year 11, rugby player',
      description: 'A well-liked rugby player working out who he is.',
      relationships: [{ kind: 'love-interest', with: 'charlie-spring', since: 's1e3' }],
      firstAppearance: 's1e3',
      sources: ['gq'],
    },
    {
      id: 'charlie-spring',
      name: 'Charlie Spring',
      aliases: ['Charles Spring'],
      nicknames: [],
      actors: ['joe-locke'],
      school: 'truham',
      role: 'Year 10',
      description: 'A drummer who thinks too much and cares a lot.',
      relationships: [
        { kind: 'love-interest', with: 'nick-nelson', since: 's1e3' },
        { kind: 'sibling', with: 'tori-spring', since: 's1e3' },
      ],
      firstAppearance: 's1e3',
      slugAliases: ['charlie', 'charles-spring'],
      sources: ['rt-fav', 'gq'],
    },
  ];

  const scenes: Scene[] = [
    {
      id: 's1e4-corridor-talk',
      episode: 's1e4',
      order: 2,
      title: 'Corridor talk',
      setting: 'A school corridor',
      characters: ['nick-nelson', 'tori-spring'],
      description: 'A made-up second scene so the episode has neighbours to step between.',
      sources: ['gq'],
    },
    {
      id: 's1e4-bedroom-after-the-rain',
      episode: 's1e4',
      order: 1,
      title: 'Bedroom scene after the rain',
      placement: 'Cold open',
      setting: 'Charlie’s bedroom',
      characters: ['nick-nelson', 'charlie-spring'],
      description: 'Nick, soaked through, comes to talk in person.',
      aliases: ['s1e4-rain-kiss'],
      sources: ['rt-fav', 'gq'],
    },
    {
      id: 's1e3-kiss-at-the-party',
      episode: 's1e3',
      order: 1,
      title: 'Kiss at the party',
      setting: 'An empty room at a party',
      characters: ['charlie-spring', 'nick-nelson'],
      description: 'The first kiss, away from the crowd.',
      sources: ['gq'],
    },
  ];

  const commentary: Commentary[] = [
    {
      id: 'connor-rain-machine',
      speaker: { kind: 'actor', id: 'kit-connor' },
      summary: 'The downpour in the doorway came from a rain machine and the cast were freezing.',
      date: '2023-02-13',
      about: [
        { kind: 'episode', id: 's1e4', certainty: 'confirmed' },
        {
          kind: 'scene',
          id: 's1e4-bedroom-after-the-rain',
          certainty: 'unconfirmed',
          note: 'The source names the doorway, not the bedroom.',
        },
        { kind: 'show', certainty: 'confirmed' },
        { kind: 'actor', id: 'joe-locke', certainty: 'confirmed' },
      ],
      topic: 'Filming in the rain',
      sources: ['gq'],
    },
    {
      id: 'oseman-favourite-scene',
      speaker: { kind: 'person', id: 'alice-oseman' },
      summary: 'Asked at a festival for a favourite scene, Oseman picked the one in Charlie’s bedroom.',
      date: '2023-02-17',
      about: [
        { kind: 'scene', id: 's1e4-bedroom-after-the-rain', certainty: 'confirmed' },
        { kind: 'scene', id: 's1e4-bedroom-after-the-rain', certainty: 'confirmed' },
      ],
      topic: 'Favourite scene',
      aliases: ['oseman-favourite'],
      sources: ['rt-fav'],
    },
  ];

  return {
    songs: [],
    places: [],
    books: [],
    awards: [],
    films: [],
    sources: [
      {
        id: 'rt-fav',
        outlet: 'Radio Times',
        title: 'Creator reveals favourite scene',
        url: 'https://example.org/rt-fav',
        published: '2023-02',
      },
      {
        id: 'gq',
        outlet: 'GQ',
        title: 'Action Replay',
        url: 'https://example.org/gq',
      },
    ],
    people: [
      {
        id: 'euros-lyn',
        name: 'Euros Lyn',
        roles: ['director'],
        bio: 'Directed the first two seasons.',
        sources: ['gq'],
      },
      {
        id: 'alice-oseman',
        name: 'Alice Oseman',
        pronouns: 'she/they',
        roles: ['creator', 'writer'],
        bio: 'Wrote the comics and the series.',
        aliases: ['oseman'],
        sources: ['rt-fav'],
      },
    ],
    actors: [
      {
        id: 'kit-connor',
        name: 'Kit Connor',
        bio: 'Plays Nick.',
        sources: ['gq'],
      },
      {
        id: 'joe-locke',
        name: 'Joe Locke',
        bio: 'Plays Charlie.',
        aliases: ['locke'],
        sources: ['gq'],
      },
    ],
    seasons: [
      {
        id: 's1',
        number: 1,
        released: '2022-04-22',
        directors: ['euros-lyn'],
        summary: 'The first season.',
        sources: ['gq'],
      },
    ],
    episodes,
    characters,
    scenes,
    commentary,
  };
}

const ids = (items: readonly { id: string }[]): string[] => items.map((item) => item.id);

let repo: Repository;
beforeEach(() => {
  repo = createRepository(buildDataset());
});

test('finds every kind of entry by its id', () => {
  expect(repo.getSource('rt-fav')?.outlet).toBe('Radio Times');
  expect(repo.getPerson('alice-oseman')?.name).toBe('Alice Oseman');
  expect(repo.getActor('joe-locke')?.name).toBe('Joe Locke');
  expect(repo.getSeason('s1')?.number).toBe(1);
  expect(repo.getEpisode('s1e4')?.title).toBe('Secret');
  expect(repo.getCharacter('charlie-spring')?.name).toBe('Charlie Spring');
  expect(repo.getScene('s1e4-bedroom-after-the-rain')?.order).toBe(1);
  expect(repo.getCommentary('oseman-favourite-scene')?.topic).toBe('Favourite scene');
});

test('finds nothing for an id that does not exist, or for an alias passed as an id', () => {
  expect(repo.getSource('nope')).toBeUndefined();
  expect(repo.getPerson('oseman')).toBeUndefined();
  expect(repo.getActor('locke')).toBeUndefined();
  expect(repo.getSeason('s9')).toBeUndefined();
  expect(repo.getEpisode('S1E4')).toBeUndefined();
  expect(repo.getCharacter('charlie')).toBeUndefined();
  expect(repo.getScene('s1e4-rain-kiss')).toBeUndefined();
  expect(repo.getCommentary('oseman-favourite')).toBeUndefined();
});

test('lists seasons by number', () => {
  const dataset = buildDataset();
  const [first] = dataset.seasons;
  if (first === undefined) throw new Error('fixture has a season');
  const repoWithTwo = createRepository({
    ...dataset,
    seasons: [{ ...first, id: 's2', number: 2, released: '2023-08-03' }, first],
  });
  expect(ids(repoWithTwo.seasons())).toEqual(['s1', 's2']);
});

test('lists episodes in series order', () => {
  expect(ids(repo.episodes())).toEqual(['s1e3', 's1e4', 's1e5']);
});

test('lists the episodes of one season in order, and none for a season with no episodes', () => {
  expect(ids(repo.episodesOfSeason(1))).toEqual(['s1e3', 's1e4', 's1e5']);
  expect(repo.episodesOfSeason(2)).toEqual([]);
});

test('lists characters alphabetically by name', () => {
  expect(repo.characters().map((character) => character.name)).toEqual([
    'Charlie Spring',
    'Nick Nelson',
    'Tori Spring',
  ]);
});

test('lists actors and people alphabetically by name', () => {
  expect(ids(repo.actors())).toEqual(['joe-locke', 'kit-connor']);
  expect(ids(repo.people())).toEqual(['alice-oseman', 'euros-lyn']);
});

test('breaks ties between characters with the same name by id, so the order never flickers', () => {
  const dataset = buildDataset();
  const [first] = dataset.characters;
  if (first === undefined) throw new Error('fixture has characters');
  const twins = createRepository({
    ...dataset,
    characters: [
      { ...first, id: 'b-twin', name: 'Twin' },
      { ...first, id: 'a-twin', name: 'twin' },
    ],
  });
  expect(ids(twins.characters())).toEqual(['a-twin', 'b-twin']);
});

test('lists scenes by episode, then by their order in the episode', () => {
  expect(ids(repo.scenes())).toEqual([
    's1e3-kiss-at-the-party',
    's1e4-bedroom-after-the-rain',
    's1e4-corridor-talk',
  ]);
});

test('lists commentary newest first', () => {
  expect(ids(repo.commentary())).toEqual(['oseman-favourite-scene', 'connor-rain-machine']);
});

test('puts commentary dated only to a month after fully dated commentary from that month, ties by id', () => {
  const dataset = buildDataset();
  const [connor, oseman] = dataset.commentary;
  if (connor === undefined || oseman === undefined) throw new Error('fixture has two commentary items');
  const mixed = createRepository({
    ...dataset,
    commentary: [
      { ...connor, id: 'b-month-only', date: '2023-02' },
      { ...connor, id: 'a-month-only', date: '2023-02' },
      oseman,
      { ...connor, id: 'year-only', date: '2023' },
    ],
  });
  expect(ids(mixed.commentary())).toEqual([
    'oseman-favourite-scene',
    'a-month-only',
    'b-month-only',
    'year-only',
  ]);
});

test('resolves a canonical address to itself', () => {
  expect(repo.resolveSlug('characters', 'charlie-spring')).toEqual({ id: 'charlie-spring', isAlias: false });
  expect(repo.resolveSlug('episodes', 's1e4')).toEqual({ id: 's1e4', isAlias: false });
});

test('finds a character by an old slug', () => {
  expect(repo.resolveSlug('characters', 'charlie')).toEqual({ id: 'charlie-spring', isAlias: true });
  expect(repo.resolveSlug('characters', 'charles-spring')).toEqual({ id: 'charlie-spring', isAlias: true });
});

test('ignores letter case and a trailing slash in an address', () => {
  expect(repo.resolveSlug('characters', 'Charlie-Spring/')).toEqual({ id: 'charlie-spring', isAlias: false });
  expect(repo.resolveSlug('characters', 'CHARLIE/')).toEqual({ id: 'charlie-spring', isAlias: true });
  expect(repo.resolveSlug('episodes', 'S1E4')).toEqual({ id: 's1e4', isAlias: false });
});

test('accepts an episode code written as S1E4, s01e04 or 1x04', () => {
  expect(repo.resolveSlug('episodes', 'S1E4')?.id).toBe('s1e4');
  expect(repo.resolveSlug('episodes', 's01e04')).toEqual({ id: 's1e4', isAlias: true });
  expect(repo.resolveSlug('episodes', 'S01E04/')).toEqual({ id: 's1e4', isAlias: true });
  expect(repo.resolveSlug('episodes', '1x04')).toEqual({ id: 's1e4', isAlias: true });
  expect(repo.resolveSlug('episodes', '1X4')).toEqual({ id: 's1e4', isAlias: true });
});

test('does not invent an episode that is spelled right but does not exist', () => {
  expect(repo.resolveSlug('episodes', 's01e09')).toBeUndefined();
  expect(repo.resolveSlug('episodes', '1x00')).toBeUndefined();
  expect(repo.resolveSlug('episodes', 'secret')).toBeUndefined();
});

test('finds actors, people, scenes and commentary by their aliases', () => {
  expect(repo.resolveSlug('actors', 'locke')).toEqual({ id: 'joe-locke', isAlias: true });
  expect(repo.resolveSlug('actors', 'kit-connor')).toEqual({ id: 'kit-connor', isAlias: false });
  expect(repo.resolveSlug('people', 'Oseman')).toEqual({ id: 'alice-oseman', isAlias: true });
  expect(repo.resolveSlug('scenes', 's1e4-rain-kiss')).toEqual({
    id: 's1e4-bedroom-after-the-rain',
    isAlias: true,
  });
  expect(repo.resolveSlug('commentary', 'oseman-favourite/')).toEqual({
    id: 'oseman-favourite-scene',
    isAlias: true,
  });
});

test('does not treat a character’s display-name aliases or another kind’s slugs as addresses', () => {
  expect(repo.resolveSlug('characters', 'Charles Spring')).toBeUndefined();
  expect(repo.resolveSlug('characters', 'joe-locke')).toBeUndefined();
  expect(repo.resolveSlug('actors', 'charlie')).toBeUndefined();
  expect(repo.resolveSlug('scenes', 'nothing-here')).toBeUndefined();
});

test('keeps an id’s address when an alias of another entry collides with it', () => {
  const dataset = buildDataset();
  const clashing = createRepository({
    ...dataset,
    actors: dataset.actors.map((actor) =>
      actor.id === 'joe-locke' ? { ...actor, aliases: ['kit-connor'] } : actor,
    ),
  });
  expect(clashing.resolveSlug('actors', 'kit-connor')).toEqual({ id: 'kit-connor', isAlias: false });
});

test('lists an episode’s scenes in order', () => {
  expect(ids(repo.scenesOfEpisode('s1e4'))).toEqual(['s1e4-bedroom-after-the-rain', 's1e4-corridor-talk']);
  expect(repo.scenesOfEpisode('s1e5')).toEqual([]);
  expect(repo.scenesOfEpisode('s9e9')).toEqual([]);
});

test('lists the scenes a character is in, in series order', () => {
  expect(ids(repo.scenesOfCharacter('nick-nelson'))).toEqual([
    's1e3-kiss-at-the-party',
    's1e4-bedroom-after-the-rain',
    's1e4-corridor-talk',
  ]);
  expect(repo.scenesOfCharacter('nobody')).toEqual([]);
});

test('lists the episodes a character appears in, derived from scenes', () => {
  const appearances = repo.appearancesOfCharacter('nick-nelson');
  expect(appearances.map((appearance) => appearance.episode.id)).toEqual(['s1e3', 's1e4']);
  expect(appearances.map((appearance) => ids(appearance.scenes))).toEqual([
    ['s1e3-kiss-at-the-party'],
    ['s1e4-bedroom-after-the-rain', 's1e4-corridor-talk'],
  ]);
});

test('counts a character’s first appearance as an appearance even with no recorded scene there', () => {
  const appearances = repo.appearancesOfCharacter('tori-spring');
  expect(appearances.map((appearance) => [appearance.episode.id, ids(appearance.scenes)])).toEqual([
    ['s1e3', []],
    ['s1e4', ['s1e4-corridor-talk']],
  ]);
  expect(repo.appearancesOfCharacter('nobody')).toEqual([]);
});

test('ranks an episode’s characters by how many scenes they are in, then by name', () => {
  expect(ids(repo.charactersOfEpisode('s1e4'))).toEqual(['nick-nelson', 'charlie-spring', 'tori-spring']);
  expect(ids(repo.charactersOfEpisode('s1e3'))).toEqual(['charlie-spring', 'nick-nelson']);
  expect(repo.charactersOfEpisode('s1e5')).toEqual([]);
});

test('lists the characters an actor plays', () => {
  expect(ids(repo.rolesOfActor('joe-locke'))).toEqual(['charlie-spring']);
  expect(ids(repo.rolesOfActor('kit-connor'))).toEqual(['nick-nelson']);
  expect(repo.rolesOfActor('nobody')).toEqual([]);
});

test('lists what a person directed and wrote', () => {
  const lyn = repo.creditsOfPerson('euros-lyn');
  expect(ids(lyn.directed)).toEqual(['s1e3', 's1e4', 's1e5']);
  expect(lyn.wrote).toEqual([]);
  expect(ids(lyn.seasonsDirected)).toEqual(['s1']);

  const oseman = repo.creditsOfPerson('alice-oseman');
  expect(oseman.directed).toEqual([]);
  expect(ids(oseman.wrote)).toEqual(['s1e3', 's1e4', 's1e5']);
  expect(oseman.seasonsDirected).toEqual([]);

  expect(repo.creditsOfPerson('nobody')).toEqual({ directed: [], wrote: [], seasonsDirected: [] });
});

test('finds commentary about exactly the subject asked for, each item once', () => {
  expect(ids(repo.commentaryAbout('scene', 's1e4-bedroom-after-the-rain'))).toEqual([
    'oseman-favourite-scene',
    'connor-rain-machine',
  ]);
  expect(ids(repo.commentaryAbout('episode', 's1e4'))).toEqual(['connor-rain-machine']);
  expect(ids(repo.commentaryAbout('actor', 'joe-locke'))).toEqual(['connor-rain-machine']);
  expect(repo.commentaryAbout('episode', 's1e3')).toEqual([]);
});

test('finds commentary about the show as a whole', () => {
  expect(ids(repo.commentaryAbout('show'))).toEqual(['connor-rain-machine']);
});

test('gathers commentary about an episode together with commentary about its scenes', () => {
  expect(ids(repo.commentaryAboutEpisodeOrItsScenes('s1e4'))).toEqual([
    'oseman-favourite-scene',
    'connor-rain-machine',
  ]);
  expect(repo.commentaryAboutEpisodeOrItsScenes('s1e3')).toEqual([]);
});

test('lists commentary by who said it', () => {
  expect(ids(repo.commentaryBy('person', 'alice-oseman'))).toEqual(['oseman-favourite-scene']);
  expect(ids(repo.commentaryBy('actor', 'kit-connor'))).toEqual(['connor-rain-machine']);
  expect(repo.commentaryBy('actor', 'alice-oseman')).toEqual([]);
});

test('lists a character’s relationships with the other character resolved', () => {
  const links = repo.relationshipsOf('charlie-spring');
  expect(links.map((link) => [link.relationship.kind, link.other.name])).toEqual([
    ['love-interest', 'Nick Nelson'],
    ['sibling', 'Tori Spring'],
  ]);
  expect(repo.relationshipsOf('nobody')).toEqual([]);
});

test('steps to the previous and next episode, across a season boundary', () => {
  expect(repo.neighbours('s1e4')).toEqual({
    previous: repo.getEpisode('s1e3'),
    next: repo.getEpisode('s1e5'),
  });
  expect(repo.neighbours('s1e3').previous).toBeUndefined();
  expect(repo.neighbours('nope')).toEqual({});

  const dataset = buildDataset();
  const [template] = dataset.episodes;
  if (template === undefined) throw new Error('fixture has episodes');
  const withSeasonTwo = createRepository({
    ...dataset,
    episodes: [
      ...dataset.episodes,
      { ...template, id: 's2e1', season: 2, number: 1, overall: 9, title: 'Out' },
    ],
  });
  expect(withSeasonTwo.neighbours('s1e5').next?.id).toBe('s2e1');
  expect(withSeasonTwo.neighbours('s2e1').previous?.id).toBe('s1e5');
  expect(withSeasonTwo.neighbours('s2e1').next).toBeUndefined();
});

test('steps to the previous and next scene within the same episode only', () => {
  const bedroom = repo.sceneNeighbours('s1e4-bedroom-after-the-rain');
  expect(bedroom.previous).toBeUndefined();
  expect(bedroom.next?.id).toBe('s1e4-corridor-talk');
  expect(repo.sceneNeighbours('s1e4-corridor-talk').previous?.id).toBe('s1e4-bedroom-after-the-rain');
  expect(repo.sceneNeighbours('s1e3-kiss-at-the-party')).toEqual({ previous: undefined, next: undefined });
  expect(repo.sceneNeighbours('nope')).toEqual({});
});

test('shows what links to an actor', () => {
  expect(repo.backlinks('actor', 'joe-locke')).toEqual([
    { kind: 'character', id: 'charlie-spring', label: 'Charlie Spring', via: 'played by' },
    { kind: 'commentary', id: 'connor-rain-machine', label: 'Filming in the rain', via: 'commentary about' },
  ]);
  expect(repo.backlinks('actor', 'kit-connor')).toEqual([
    { kind: 'character', id: 'nick-nelson', label: 'Nick Nelson', via: 'played by' },
    { kind: 'commentary', id: 'connor-rain-machine', label: 'Filming in the rain', via: 'speaker' },
  ]);
});

test('shows what links to a character: scenes they appear in and characters related to them', () => {
  expect(repo.backlinks('character', 'charlie-spring')).toEqual([
    {
      kind: 'scene',
      id: 's1e4-bedroom-after-the-rain',
      label: 'Bedroom scene after the rain',
      via: 'appears in scene',
    },
    { kind: 'scene', id: 's1e3-kiss-at-the-party', label: 'Kiss at the party', via: 'appears in scene' },
    { kind: 'character', id: 'nick-nelson', label: 'Nick Nelson', via: 'relationship: love-interest' },
    { kind: 'character', id: 'tori-spring', label: 'Tori Spring', via: 'relationship: sibling' },
  ]);
});

test('shows what links to an episode: its scenes, first appearances and commentary', () => {
  expect(repo.backlinks('episode', 's1e4')).toEqual([
    {
      kind: 'scene',
      id: 's1e4-bedroom-after-the-rain',
      label: 'Bedroom scene after the rain',
      via: 'scene in episode',
    },
    { kind: 'scene', id: 's1e4-corridor-talk', label: 'Corridor talk', via: 'scene in episode' },
    { kind: 'commentary', id: 'connor-rain-machine', label: 'Filming in the rain', via: 'commentary about' },
  ]);
  const s1e3 = repo.backlinks('episode', 's1e3');
  expect(s1e3).toContainEqual({
    kind: 'character',
    id: 'tori-spring',
    label: 'Tori Spring',
    via: 'first appearance',
  });
  expect(s1e3).toContainEqual({
    kind: 'character',
    id: 'tori-spring',
    label: 'Tori Spring',
    via: 'relationship begins',
  });
});

test('shows the commentary about a scene as a backlink, marking an unconfirmed link as such', () => {
  expect(repo.backlinks('scene', 's1e4-bedroom-after-the-rain')).toEqual([
    { kind: 'commentary', id: 'oseman-favourite-scene', label: 'Favourite scene', via: 'commentary about' },
    {
      kind: 'commentary',
      id: 'connor-rain-machine',
      label: 'Filming in the rain',
      via: 'commentary about (unconfirmed)',
    },
  ]);
});

test('shows what links to a person and to a season', () => {
  expect(repo.backlinks('person', 'euros-lyn')).toEqual([
    { kind: 'season', id: 's1', label: 'Season 1', via: 'directed' },
    { kind: 'episode', id: 's1e3', label: 'S1E3: Kiss', via: 'directed' },
    { kind: 'episode', id: 's1e4', label: 'S1E4: Secret', via: 'directed' },
    { kind: 'episode', id: 's1e5', label: 'S1E5: Friend', via: 'directed' },
  ]);
  expect(repo.backlinks('person', 'alice-oseman')).toContainEqual({
    kind: 'commentary',
    id: 'oseman-favourite-scene',
    label: 'Favourite scene',
    via: 'speaker',
  });
  expect(ids(repo.backlinks('season', 's1'))).toEqual(['s1e3', 's1e4', 's1e5']);
});

test('shows everything that cites a source', () => {
  expect(repo.backlinks('source', 'rt-fav').map((link) => `${link.kind}:${link.id}`)).toEqual([
    'episode:s1e4',
    'scene:s1e4-bedroom-after-the-rain',
    'character:charlie-spring',
    'person:alice-oseman',
    'commentary:oseman-favourite-scene',
  ]);
  expect(repo.backlinks('source', 'rt-fav').every((link) => link.via === 'cites')).toBe(true);
});

test('lists each linking entry once per field, even when it repeats the link', () => {
  const links = repo.backlinks('scene', 's1e4-bedroom-after-the-rain');
  expect(links.filter((link) => link.id === 'oseman-favourite-scene')).toHaveLength(1);
  expect(repo.backlinks('character', 'nobody')).toEqual([]);
});

test('returns the cited sources in the order given, skipping unknown and repeated ids', () => {
  expect(ids(repo.citedSources(['gq', 'missing', 'rt-fav', 'gq']))).toEqual(['gq', 'rt-fav']);
  expect(repo.citedSources([])).toEqual([]);
});

test('labels every kind of entry for display', () => {
  expect(repo.label('character', 'charlie-spring')).toBe('Charlie Spring');
  expect(repo.label('actor', 'joe-locke')).toBe('Joe Locke');
  expect(repo.label('person', 'alice-oseman')).toBe('Alice Oseman');
  expect(repo.label('episode', 's1e4')).toBe('S1E4: Secret');
  expect(repo.label('scene', 's1e4-bedroom-after-the-rain')).toBe('Bedroom scene after the rain');
  expect(repo.label('commentary', 'oseman-favourite-scene')).toBe('Favourite scene');
  expect(repo.label('season', 's1')).toBe('Season 1');
  expect(repo.label('source', 'rt-fav')).toBe('Radio Times: Creator reveals favourite scene');
  expect(repo.label('episode', 's9e9')).toBeUndefined();
});

test('hands out copies of its lists, so a page that sorts one cannot reorder another page', () => {
  repo.episodes().reverse();
  repo.scenesOfEpisode('s1e4').pop();
  repo.backlinks('actor', 'joe-locke').pop();
  expect(ids(repo.episodes())).toEqual(['s1e3', 's1e4', 's1e5']);
  expect(repo.scenesOfEpisode('s1e4')).toHaveLength(2);
  expect(repo.backlinks('actor', 'joe-locke')).toHaveLength(2);
});

test('leaves the dataset it is given untouched', () => {
  const dataset = buildDataset();
  const before = JSON.stringify(dataset);
  const built = createRepository(dataset);
  built.episodes();
  built.backlinks('source', 'gq');
  expect(JSON.stringify(dataset)).toBe(before);
});

test('still renders around a dangling reference instead of failing', () => {
  const dataset = buildDataset();
  const broken = createRepository({
    ...dataset,
    scenes: [
      ...dataset.scenes,
      {
        id: 's9e9-lost',
        episode: 's9e9',
        order: 1,
        title: 'Lost',
        setting: 'Nowhere',
        characters: ['ghost', 'charlie-spring'],
        description: 'Points at an episode and a character that do not exist.',
        sources: ['missing-source'],
      },
    ],
  });
  expect(ids(broken.scenes()).at(-1)).toBe('s9e9-lost');
  expect(
    ids(broken.appearancesOfCharacter('charlie-spring').map((appearance) => appearance.episode)),
  ).toEqual(['s1e3', 's1e4']);
  expect(broken.charactersOfEpisode('s9e9').map((character) => character.id)).toEqual(['charlie-spring']);
});

// The real dataset, read at test time because other contributors are still writing it. Parsed with the
// schemas directly so this test depends on nothing but schema.ts and the files.
// Resolved from this file's path string, not `new URL(...)`: under jsdom the global URL is jsdom's, which
// node:url rejects.
const dataDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../data');
const hasRealData =
  existsSync(join(dataDir, 'episodes')) &&
  readdirSync(join(dataDir, 'episodes')).some((file) => file.endsWith('.json'));

function readCollection<T>(folder: string, schema: { parse(input: unknown): T }): T[] {
  const dir = join(dataDir, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const raw: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      try {
        return schema.parse(raw);
      } catch (error) {
        throw new Error(`data/${folder}/${file} does not match its schema`, { cause: error });
      }
    });
}

function loadRealRepository(): Repository {
  return createRepository({
    songs: [],
    places: [],
    books: [],
    awards: [],
    films: [],
    sources: readCollection('sources', sourceSchema),
    people: readCollection('people', personSchema),
    actors: readCollection('actors', actorSchema),
    seasons: readCollection('seasons', seasonSchema),
    episodes: readCollection('episodes', episodeSchema),
    characters: readCollection('characters', characterSchema),
    scenes: readCollection('scenes', sceneSchema),
    commentary: readCollection('commentary', commentarySchema),
  });
}

test.skipIf(!hasRealData)(
  'shows Joe Locke on Charlie’s page and Charlie among Joe Locke’s roles (real data)',
  () => {
    const real = loadRealRepository();
    const charlie = real.getCharacter('charlie-spring');
    expect(charlie?.actors.map((id) => real.label('actor', id))).toContain('Joe Locke');
    expect(real.label('character', 'nick-nelson')).toBe('Nick Nelson');
    expect(real.getCharacter('nick-nelson')?.actors.map((id) => real.label('actor', id))).toContain(
      'Kit Connor',
    );
    const locke = real.actors().find((actor) => actor.name === 'Joe Locke');
    expect(locke && ids(real.rolesOfActor(locke.id))).toContain('charlie-spring');
  },
);

test.skipIf(!hasRealData)(
  'links Oseman’s favourite-scene commentary from the S1E4 bedroom scene (real data)',
  () => {
    const real = loadRealRepository();
    const bedroomScenes = real.scenesOfEpisode('s1e4').filter((scene) => /bedroom/i.test(scene.title));
    expect(ids(bedroomScenes)).toHaveLength(1);
    const [bedroom] = bedroomScenes;
    expect(bedroom && real.backlinks('scene', bedroom.id)).toContainEqual(
      expect.objectContaining({ kind: 'commentary', id: 'oseman-favourite-scene' }),
    );
    expect(ids(real.commentaryAboutEpisodeOrItsScenes('s1e4'))).toContain('oseman-favourite-scene');
  },
);

test.skipIf(!hasRealData)('runs all 24 episodes in order and steps from S1E8 to S2E1 (real data)', () => {
  const real = loadRealRepository();
  expect(real.episodes().map((episode) => episode.overall)).toEqual(
    Array.from({ length: 24 }, (_, i) => i + 1),
  );
  expect(real.neighbours('s1e8').next?.id).toBe('s2e1');
  expect(real.neighbours('s2e8').next?.id).toBe('s3e1');
  expect(real.resolveSlug('episodes', 'S01E04')).toEqual({ id: 's1e4', isAlias: true });
});

test.skipIf(!hasRealData)('credits Alice Oseman as writer of every episode (real data)', () => {
  const real = loadRealRepository();
  const oseman = real.people().find((person) => person.name === 'Alice Oseman');
  expect(oseman).toBeDefined();
  expect(oseman && real.creditsOfPerson(oseman.id).wrote).toHaveLength(real.episodes().length);
});
