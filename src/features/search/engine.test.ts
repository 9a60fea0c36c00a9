import { isSearchKind, type SearchKind } from '../../content/search-documents';
import { sitePages } from '../../test/render-app';
import { shippedSearch } from '../../test/search-engines';
import { buildSearchEngine, createSearchEngine, loadSearchEngine } from './engine';

const { documents, fullText, suggestions } = shippedSearch();

/**
 * What a fan types, and the page that must come first on the results page. An optional kind is the results
 * page's filter: an actor's name finds the actor's own page first (an exact name), and, among characters,
 * the character they play first.
 */
const CASES: [query: string, top: string, kind?: SearchKind][] = [
  // Names
  ['nick', '/characters/nick-nelson'],
  ['charlie', '/characters/charlie-spring'],
  ['Charlie Spring', '/characters/charlie-spring'],
  ['tao', '/characters/tao-xu'],
  ['elle', '/characters/elle-argent'],
  ['Isaac', '/characters/isaac-henderson'],
  ['tara jones', '/characters/tara-jones'],
  ['darcy', '/characters/darcy-olsson'],
  ['Nellie', '/characters/nellie'],
  ['Alice Oseman', '/people/alice-oseman'],
  ['euros lyn', '/people/euros-lyn'],
  // Nicknames, aliases and other spellings
  ['nik', '/characters/nick-nelson'],
  ['nicholas', '/characters/nick-nelson'],
  ['Nicholas Nelson', '/characters/nick-nelson'],
  ['stephane', '/characters/stephane-nelson'],
  ['Stéphane', '/characters/stephane-nelson'],
  ['youssef', '/characters/youssef-farouk'],
  ['mr farouk', '/characters/youssef-farouk'],
  ['nathan ajayi', '/characters/nathan-ajayi'],
  ['headmaster', '/characters/truham-headmaster'],
  ['aunt diane', '/characters/diane'],
  // Typos: one edit, a swap of neighbouring letters counting as one
  ['osman', '/people/alice-oseman'],
  ['oesman', '/people/alice-oseman'],
  ['chralie', '/characters/charlie-spring'],
  ['charlei', '/characters/charlie-spring'],
  ['nikc', '/characters/nick-nelson'],
  ['darcey', '/characters/darcy-olsson'],
  ['isac', '/characters/isaac-henderson'],
  ['imogne', '/characters/imogen-heaney'],
  ['olivia colmen', '/actors/olivia-colman'],
  // Episode codes in every common form
  ['s1e4', '/episodes/s1e4'],
  ['S01E04', '/episodes/s1e4'],
  ['1x04', '/episodes/s1e4'],
  ['season 1 episode 4', '/episodes/s1e4'],
  ['Season 2, Episode 6', '/episodes/s2e6'],
  ['S3 E1', '/episodes/s3e1'],
  ['s3e8', '/episodes/s3e8'],
  ['ep 4', '/episodes/s1e4'],
  ['episode 4', '/episodes/s1e4'],
  ['season 3', '/episodes#season-3'],
  ['season two', '/episodes#season-2'],
  ['secret', '/episodes/s1e4'],
  ['truth dare', '/episodes/s2e6'],
  // Quotes and what scenes and statements are about
  ['space for joy', '/commentary/oseman-queer-joy'],
  ['“there should also be a space for joy”', '/commentary/oseman-queer-joy'],
  ['practically, yeah, rugby', '/commentary/oseman-hardest-scene-rugby'],
  ['that is my favourite', '/commentary/oseman-favourite-scene'],
  ['full-on gay crisis', '/scenes/s1e4-bedroom-after-the-rain'],
  ['rugby rain', '/scenes/s1e4-rugby-match-st-johns'],
  ['bedroom after the rain', '/scenes/s1e4-bedroom-after-the-rain'],
  ['eiffel tower', '/places/eiffel-tower'],
  ['eiffel tower', '/scenes/s2e5-ben-confronts-nick-on-the-eiffel-tower', 'scene'],
  // Songs and places by name
  ['ur so pretty', '/music/ur-so-pretty'],
  ['wasia project', '/music/ur-so-pretty'],
  ['santanyi', '/places/santanyi-church'],
  ['louvre faint', '/scenes/s2e5-louvre-faint'],
  ['hardest scene', '/commentary/oseman-hardest-scene-rugby'],
  ['wetsuit', '/scenes/s1e4-bedroom-after-the-rain'],
  // Actors: their own page first, and the character they play first among characters
  ['kit connor', '/actors/kit-connor'],
  ['kit connor', '/characters/nick-nelson', 'character'],
  ['joe locke', '/actors/joe-locke'],
  ['joe locke', '/characters/charlie-spring', 'character'],
  ['olivia colman', '/characters/sarah-nelson', 'character'],
  ['yasmin finney', '/characters/elle-argent', 'character'],
  ['william gao', '/characters/tao-xu', 'character'],
  ['stephen fry', '/characters/truham-headmaster', 'character'],
];

test.each(CASES)('“%s” finds %s first', (query, top, kind) => {
  const { hits } = fullText.search(query, kind === undefined ? {} : { kind });
  expect(hits[0]?.document.href).toBe(top);
});

test('the table covers at least 40 queries, every example in the issue among them', () => {
  expect(CASES.length).toBeGreaterThanOrEqual(40);
  const queries = CASES.map(([query]) => query);
  for (const example of ['nik', 'osman', 'ep 4', 's1e4', 'rugby rain']) expect(queries).toContain(example);
});

test('“episode 4” and “ep 4” find the fourth episode of every season, in order', () => {
  for (const query of ['episode 4', 'ep 4', 'ep4', 'Episode four']) {
    const episodes = fullText.search(query, { kind: 'episode' }).hits.map((hit) => hit.document.href);
    expect(episodes).toEqual(['/episodes/s1e4', '/episodes/s2e4', '/episodes/s3e4']);
  }
});

test('suggestions as the fan types lead with the page they are typing towards', () => {
  const top = (typed: string) => suggestions.search(typed, { asYouType: true }).hits[0]?.document.href;
  expect(top('n')).toBe('/characters/nick-nelson');
  expect(top('nic')).toBe('/characters/nick-nelson');
  expect(top('cha')).toBe('/characters/charlie-spring');
  expect(top('ose')).toBe('/people/alice-oseman');
  expect(top('s1e')).toBe('/episodes/s1e1');
  expect(top('kit c')).toBe('/actors/kit-connor');
  expect(top('nik')).toBe('/characters/nick-nelson');
});

test('an exact name, alias or code names one page; a name two pages share names none', () => {
  expect(suggestions.exactMatch('Nick Nelson')?.href).toBe('/characters/nick-nelson');
  expect(suggestions.exactMatch('nicholas nelson')?.href).toBe('/characters/nick-nelson');
  expect(suggestions.exactMatch('S01E04')?.href).toBe('/episodes/s1e4');
  expect(suggestions.exactMatch('1x04')?.href).toBe('/episodes/s1e4');
  expect(suggestions.exactMatch('secret')?.href).toBe('/episodes/s1e4');
  expect(suggestions.exactMatch('kit connor')?.href).toBe('/actors/kit-connor');
  expect(suggestions.exactMatch('Casting Olivia Colman')).toBeUndefined();
  expect(suggestions.exactMatch('nick')).toBeUndefined();
});

test('a typo is forgiven only in words of four or more letters', () => {
  // "tap" is one letter from "tao" but too short to be taken for it.
  expect(fullText.search('tap').hits.map((hit) => hit.document.href)).not.toContain('/characters/tao-xu');
  expect(fullText.search('taoo').hits[0]?.document.href).toBe('/characters/tao-xu');
});

test('did you mean offers the nearest indexed word for a word the wiki does not have', () => {
  expect(fullText.didYouMean('osman')).toBe('oseman');
  expect(fullText.didYouMean('alcie osemna')).toBe('alice oseman');
  expect(fullText.didYouMean('nick nelson')).toBeUndefined();
  expect(fullText.didYouMean('s1e4')).toBeUndefined();
});

test('hits carry the words to mark: the typed part of a prefix, the indexed word of a typo', () => {
  expect(suggestions.search('cha', { asYouType: true }).hits[0]?.highlight).toEqual(['cha']);
  expect(fullText.search('osman').hits[0]?.highlight).toEqual(['oseman']);
});

test('no words, no results; every result is a known kind', () => {
  expect(fullText.search('   ').hits).toEqual([]);
  expect(fullText.search('— …').total).toBe(0);
  expect(fullText.search('the').total).toBe(0);
  expect(fullText.search('nelson').hits.every((hit) => isSearchKind(hit.document.kind))).toBe(true);
});

test('results count every kind, and can be limited overall or per kind', () => {
  const all = fullText.search('charlie');
  const characters = fullText.search('charlie', { kind: 'character', limit: 3 });
  expect(characters.hits.map((hit) => hit.document.kind)).toEqual(['character', 'character', 'character']);
  expect(characters.total).toBe(all.counts.get('character'));
  expect(characters.counts).toEqual(all.counts);
  expect([...all.counts.values()].reduce((sum, count) => sum + count, 0)).toBe(all.total);
  const grouped = fullText.search('charlie', { perKind: 2 });
  for (const kind of all.counts.keys()) {
    expect(grouped.hits.filter((hit) => hit.document.kind === kind).length).toBe(
      Math.min(2, all.counts.get(kind) ?? 0),
    );
  }
  // Limits choose the same best hits as an unlimited search.
  expect(fullText.search('charlie', { limit: 5 }).hits).toEqual(all.hits.slice(0, 5));
});

test('a short half-typed word narrows what the other words found', () => {
  const hits = suggestions.search('kit c', { asYouType: true }).hits.map((hit) => hit.document.href);
  expect(hits[0]).toBe('/actors/kit-connor');
  const episodes = suggestions.search('s1 e', { asYouType: true }).hits.map((hit) => hit.document.href);
  expect(episodes).toContain('/episodes/s1e4');
  expect(episodes.every((href) => href.startsWith('/episodes/s1'))).toBe(true);
});

test('a serialised index loads back to the same results', () => {
  const loaded = loadSearchEngine(fullText.serialise(), documents.full, 'full');
  for (const [query, , kind] of CASES) {
    const options = kind === undefined ? {} : { kind };
    expect(loaded.search(query, options).hits.map((hit) => hit.document.href)).toEqual(
      fullText.search(query, options).hits.map((hit) => hit.document.href),
    );
  }
});

test('the index built in batches finds exactly what the index built at once finds', async () => {
  const documents = sitePages().page('search-index');
  if (documents?.kind !== 'search-index') throw new Error('no search index');
  const atOnce = createSearchEngine(documents.documents, 'full');
  const inBatches = await buildSearchEngine(documents.documents, 'full');
  for (const query of ['nick', 'osman', 'rugby rain', 's1e4', 'charlie drums', 'paris']) {
    expect(inBatches.search(query).hits.map((hit) => hit.document.href)).toEqual(
      atOnce.search(query).hits.map((hit) => hit.document.href),
    );
  }
});

test('while the full index is built in batches, the page gets to handle a tap between them', async () => {
  const documents = sitePages().page('search-index');
  if (documents?.kind !== 'search-index') throw new Error('no search index');
  const handled: string[] = [];
  const building = buildSearchEngine(documents.documents, 'full').then(() => handled.push('built'));
  // A tap arriving while the first batch is being indexed: an event the page handles in a task of its own.
  const tap = new MessageChannel();
  tap.port1.onmessage = () => {
    handled.push('tap');
    tap.port1.close();
  };
  tap.port2.postMessage(null);
  await building;
  expect(handled).toEqual(['tap', 'built']);
});
