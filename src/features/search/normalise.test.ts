import { editDistance, exactKey, fold, queryTerms, swapVariants, tokenize } from './normalise';

test.each([
  ['s1e4', ['s1e4']],
  ['S01E04', ['s1e4']],
  ['1x04', ['s1e4']],
  ['season 1 episode 4', ['s1e4']],
  ['Season 1, episode 4', ['s1e4']],
  ['series 1 ep. 4', ['s1e4']],
  ['s1 e4', ['s1e4']],
  ['season one episode four', ['s1e4']],
  ['episode 4', ['e4']],
  ['ep 4', ['e4']],
  ['ep4', ['e4']],
  ['E04', ['e4']],
  ['season 2', ['s2']],
  ['S02', ['s2']],
])('the episode reference “%s” becomes %j', (text, terms) => {
  expect(tokenize(text)).toEqual(terms);
});

test('text is folded to lower case without accents, possessives and apostrophes', () => {
  expect(tokenize('Stéphane’s café')).toEqual(['stephane', 'cafe']);
  expect(tokenize("Charlie's bedroom")).toEqual(['charlie', 'bedroom']);
  expect(tokenize('don’t')).toEqual(['dont']);
  expect(tokenize('Truth/Dare: Sports-day')).toEqual(['truth', 'dare', 'sports', 'day']);
  expect(fold('Œuvre Straße')).toBe('oeuvre strasse');
});

test('folding any character on its own gives what decomposing it and dropping its accents gives', () => {
  // The fold of old: every text decomposed, its marks dropped, lower-cased and its special letters spelt out.
  const special: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', þ: 'th' };
  const decomposed = (text: string) =>
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[ßæœøłđþ]/g, (letter) => special[letter] ?? letter);
  const differ: string[] = [];
  for (let code = 0; code < 0x3000; code += 1) {
    const character = `A${String.fromCharCode(code)}b`;
    if (fold(character) !== decomposed(character)) differ.push(code.toString(16));
  }
  expect(differ).toEqual([]);
  // Text with only the characters folding need not decompose takes the quick way, and still folds the same.
  expect(fold('Nick’s “Rugby” – Part 1…')).toBe(decomposed('Nick’s “Rugby” – Part 1…'));
});

test('a word for a number is read as a digit after an episode word, and left alone anywhere else', () => {
  expect(tokenize('Episode four')).toEqual(['e4']);
  expect(tokenize('four episodes')).toEqual(['four', 'episodes']);
  expect(tokenize('series ten')).toEqual(['s10']);
});

test('episode words without a number are left as words, and stop words are dropped', () => {
  expect(tokenize('the favourite episode of the season')).toEqual(['favourite', 'episode', 'season']);
  expect(queryTerms('the')).toEqual([]);
  expect(queryTerms('the', true)).toEqual(['the']);
  expect(queryTerms('the ', true)).toEqual([]);
  expect(tokenize('Year 10')).toEqual(['year', '10']);
});

test('in a query, a typo in “season” or “episode” before a number still reaches the code', () => {
  expect(queryTerms('seson 2')).toEqual(['s2']);
  expect(queryTerms('epsiode 4')).toEqual(['e4']);
  expect(queryTerms('sesaon 1 episdoe 4')).toEqual(['s1e4']);
  expect(queryTerms('nick nick Nick')).toEqual(['nick']);
  // Without a number after it, the word is only a word.
  expect(queryTerms('seson')).toEqual(['seson']);
});

test('exact keys ignore case, accents, punctuation and the spelling of a code', () => {
  expect(exactKey('S1E4: Secret')).toBe(exactKey('s01e04 secret'));
  expect(exactKey('Stéphane Nelson')).toBe('stephane nelson');
});

test('swap variants cover every pair of different neighbouring letters, in words long enough for typos', () => {
  expect(swapVariants('nikc').sort()).toEqual(['inkc', 'nick', 'nkic'].sort());
  expect(swapVariants('ella')).toEqual(['lela', 'elal']);
  expect(swapVariants('tao')).toEqual([]);
  expect(swapVariants('s1e4')).toEqual([]);
});

test.each([
  ['oseman', 'osman', 1],
  ['nick', 'nikc', 1],
  ['charlie', 'chralie', 1],
  ['charlie', 'charlie', 0],
  ['charlie', 'charly', 2],
  ['tao', 'elle', 4],
])('the edit distance from %s to %s is %i', (a, b, distance) => {
  expect(editDistance(a, b)).toBe(distance);
  expect(editDistance(b, a)).toBe(distance);
});
