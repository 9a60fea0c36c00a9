import { firstSentence } from './preview-content';
import { appPath, basePrefix, previewTarget } from './targets';

const ORIGIN = 'https://fans.example.org';
const target = (href: string, base = '', here = '/') =>
  previewTarget(new URL(href, ORIGIN), ORIGIN, base, here);

test('characters, episodes and scenes are previewed; other pages and other sites are not', () => {
  expect(target('/characters/nick-nelson')).toEqual({ kind: 'character', key: 'characters/nick-nelson' });
  expect(target('/episodes/s1e4')).toEqual({ kind: 'episode', key: 'episodes/s1e4' });
  expect(target('/scenes/s1e4-bedroom-after-the-rain')).toEqual({
    kind: 'scene',
    key: 'scenes/s1e4-bedroom-after-the-rain',
  });
  expect(target('/episodes/s1e4#s1e4-bedroom-after-the-rain')).toEqual({
    kind: 'episode',
    key: 'episodes/s1e4',
    scene: 's1e4-bedroom-after-the-rain',
  });
  for (const href of ['/', '/characters', '/actors/joe-locke', '/episodes#season-1', '/search?q=nick']) {
    expect(target(href)).toBeUndefined();
  }
  expect(target('https://elsewhere.example/characters/nick-nelson')).toBeUndefined();
});

test('addresses are read in their canonical form, and the page the fan is on is not previewed', () => {
  expect(target('/Characters/Nick-Nelson/')).toEqual({ kind: 'character', key: 'characters/nick-nelson' });
  expect(target('/episodes/s1e4', '', '/episodes/s1e4')).toBeUndefined();
  expect(target('/episodes/s1e4#s1e4-bedroom-after-the-rain', '', '/Episodes/S1E4')).toBeUndefined();
});

test('under a base path, only addresses inside it are the wiki’s', () => {
  const base = basePrefix('/wiki/');
  expect(base).toBe('/wiki');
  expect(basePrefix('/')).toBe('');
  expect(appPath('/wiki', base)).toBe('/');
  expect(appPath('/wikipedia/characters', base)).toBeUndefined();
  expect(target('/wiki/characters/nick-nelson', base)).toEqual({
    kind: 'character',
    key: 'characters/nick-nelson',
  });
  expect(target('/characters/nick-nelson', base)).toBeUndefined();
  expect(target('/wiki/scenes/x', base, '/scenes/x')).toBeUndefined();
});

test('the first sentence stops at the first full stop that ends one', () => {
  expect(firstSentence('Nick meets Charlie. They become friends.')).toBe('Nick meets Charlie.');
  expect(firstSentence('Mr. Ajayi helps out! Later, more.')).toBe('Mr. Ajayi helps out!');
  expect(firstSentence('“Hi.” Charlie says it first.')).toBe('“Hi.”');
  expect(firstSentence('No full stop at all')).toBe('No full stop at all');
  const long = `${'word '.repeat(80)}end.`;
  expect(firstSentence(long).length).toBeLessThanOrEqual(220);
  expect(firstSentence(long)).toMatch(/word…$/);
});
