import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDataset } from './load';
import { createRepository, type Repository } from './repository';
import type { Character, Dataset } from './schema';

// Facts that a check of the dataset against its sources found wrong (issue 15). Each test reads the real
// dataset, so putting an old, unsourced value back fails here.
// Resolved from this file's path string, not `new URL(...)`: under jsdom the global URL is jsdom's, which
// node:url rejects.
const dataDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../data');

let dataset: Dataset;
let repo: Repository;

beforeAll(() => {
  dataset = loadDataset(dataDir);
  repo = createRepository(dataset);
});

function character(id: string): Character {
  const found = repo.getCharacter(id);
  if (!found) throw new Error(`no character ${id}`);
  return found;
}

/** The episode's place in the whole show (S1E1 is 1), so codes from different seasons compare. */
function overall(code: string): number {
  const episode = repo.getEpisode(code);
  if (!episode) throw new Error(`no episode ${code}`);
  return episode.overall;
}

/** When the tie from `from` to `to` starts, after checking the record on the other side agrees. */
function tieSince(from: string, to: string): string {
  const mine = character(from).relationships.filter((r) => r.with === to);
  const theirs = character(to).relationships.filter((r) => r.with === from);
  expect(mine).toHaveLength(1);
  expect(theirs).toHaveLength(1);
  expect(theirs[0]?.since).toBe(mine[0]?.since);
  return mine[0]?.since ?? '';
}

function noteOn(entry: Character, field: string): string {
  return entry.unverified?.find((note) => note.field === field)?.note ?? '';
}

/** Every source id cited anywhere in the dataset outside the sources themselves. */
function citedSourceIds(data: Dataset): Set<string> {
  const cited = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'sources' && Array.isArray(inner)) {
          for (const id of inner) if (typeof id === 'string') cited.add(id);
        } else {
          visit(inner);
        }
      }
    }
  };
  for (const [collection, entries] of Object.entries(data)) {
    if (collection !== 'sources') visit(entries);
  }
  return cited;
}

test('Tao’s first appearance is no later than S1E2, where a recap shows him, and his friends’ ties follow the sources', () => {
  const tao = character('tao-xu');
  expect(overall(tao.firstAppearance)).toBeLessThanOrEqual(overall('s1e2'));
  expect(tao.sources).toEqual(expect.arrayContaining(['trg102', 'col-s1']));
  // The note says what the sources do and do not say about S1E1.
  expect(noteOn(tao, 'firstAppearance')).toMatch(/trg102/);
  expect(noteOn(tao, 'firstAppearance')).toMatch(/col-s1/);

  // Charlie and Tao are friends from Tao's first sourced episode, not S1E4.
  expect(overall(tieSince('charlie-spring', 'tao-xu'))).toBeLessThanOrEqual(overall('s1e2'));

  // Isaac: a write-up of S1E3 already counts him among the characters, so neither he nor his
  // friendships wait for S1E4.
  const isaac = character('isaac-henderson');
  expect(overall(isaac.firstAppearance)).toBeLessThanOrEqual(overall('s1e3'));
  expect(isaac.sources).toContain('ih103');
  for (const friend of ['charlie-spring', 'tao-xu', 'elle-argent']) {
    expect(overall(tieSince('isaac-henderson', friend))).toBeLessThanOrEqual(overall('s1e3'));
  }

  // Yan Xu is on screen as Tao's mother, so her first appearance and her tie to him start together, at
  // S1E7, where a recap shows her with him (not S1E1, which no source gives).
  const yan = character('yan-xu');
  const motherhood = tieSince('yan-xu', 'tao-xu');
  expect(yan.firstAppearance).toBe(motherhood);
  expect(overall(motherhood)).toBeGreaterThanOrEqual(overall(tao.firstAppearance));
  expect(overall(motherhood)).toBeLessThanOrEqual(overall('s1e7'));
  expect(yan.sources).toContain('trg107');

  // Nowhere does a tie start before either character is on screen.
  for (const someone of repo.characters()) {
    for (const tie of someone.relationships) {
      const other = repo.getCharacter(tie.with);
      expect(overall(tie.since), `${someone.id} → ${tie.with}`).toBeGreaterThanOrEqual(
        Math.max(overall(someone.firstAppearance), other ? overall(other.firstAppearance) : 0),
      );
    }
  }
});

test('Nick and Tara are old friends seen talking at Harry’s party in S1E3, where Imogen is already after Nick', () => {
  expect(tieSince('nick-nelson', 'tara-jones')).toBe('s1e3');
  expect(character('tara-jones').sources).toContain('ih103');

  const imogen = character('imogen-heaney');
  expect(imogen.firstAppearance).toBe('s1e3');
  expect(tieSince('nick-nelson', 'imogen-heaney')).toBe('s1e3');
  expect(imogen.sources).toEqual(expect.arrayContaining(['ih103', 'trg104']));
});

test('Oseman’s directing quote reads “a few very, very tiny scenes”, as GCN printed it', () => {
  const directing = repo.getCommentary('oseman-first-time-directing');
  expect(directing?.quote).toEqual(['a few very, very tiny scenes']);
  expect(directing?.sources).toContain('gcn-o');
});

test('the PinkNews quotes keep the curly apostrophes PinkNews printed', () => {
  expect(repo.getCommentary('oseman-favourite-season-3-scene-halloween')?.quote).toEqual([
    'Absolutely, and it’s Halloween.',
  ]);
  expect(repo.getCommentary('oseman-isaac-asexuality-attitude')?.quote).toEqual([
    'in a big way',
    'I hope it’ll change the world.',
  ]);
  for (const entry of repo.commentary()) {
    if (entry.sources.some((id) => id.startsWith('pn-'))) {
      for (const quote of entry.quote ?? []) expect(quote, entry.id).not.toMatch(/\w'\w/);
    }
  }
});

test('Jane Spring is called strict only on the strength of the S2E2 write-ups that describe it', () => {
  const jane = character('jane-spring');
  expect(jane.description).toMatch(/strict/);
  expect(jane.description).not.toMatch(/often worried/);
  expect(jane.sources).toEqual(expect.arrayContaining(['tm202', 'ih210']));
  // The description describes Season 2 events, so it waits for S2E2 like any other spoiler.
  expect(jane.descriptionReveals).toBe('s2e2');
});

test('source titles are the headlines the stored pages show', () => {
  const headlines: Record<string, string> = {
    gga104: 'HEARTSTOPPER Recap: (S01E04) Secret',
    tr101:
      "REVIEW: 'Heartstopper' - Charlie Quickly Forms a Crush on Nick and Their Friendship Inspires Change for Both in 'Meet'",
    ih103: 'Heartstopper: Episode 3',
    tl103: 'Heartstopper, Series 1, Episode 3: “Kiss”',
    'pn-isaac':
      'Heartstopper creator Alice Oseman teases Isaac’s season two storyline: ‘I hope it’ll change the world’',
    'gcn-o':
      'Exclusive: Heartstopper\'s Alice Oseman opens up about "amazing experience" creating beloved queer show',
    'bc-title': 'Heartstopper Forever: Finale Gets Official Title; 2026 Premiere Set',
  };
  for (const [id, headline] of Object.entries(headlines)) {
    expect(repo.getSource(id)?.title, id).toBe(headline);
  }
});

test('every source is cited by at least one entry', () => {
  const cited = citedSourceIds(dataset);
  const uncited = dataset.sources.map((source) => source.id).filter((id) => !cited.has(id));
  expect(uncited).toEqual([]);
  // Sources that could not bear a fact were removed rather than left hanging.
  for (const removed of ['fnn', 'rdt3', 'dm3', 'oip-v5']) expect(repo.getSource(removed)).toBeUndefined();
});
