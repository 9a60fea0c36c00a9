import { highlightSegments, matchRanges, snippetSegments } from './highlight';

test('terms match at the start of words, ignoring case and accents', () => {
  expect(highlightSegments('Stéphane Nelson', ['stephane'])).toEqual([
    { text: 'Stéphane', mark: true },
    { text: ' Nelson', mark: false },
  ]);
  expect(highlightSegments('Nick at Charlie’s door', ['cha'])).toEqual([
    { text: 'Nick at ', mark: false },
    { text: 'Cha', mark: true },
    { text: 'rlie’s door', mark: false },
  ]);
});

test('a term inside a word is not marked, and the longest term wins where two start together', () => {
  expect(matchRanges('Unicorn corner', ['corn'])).toEqual([[8, 12]]);
  expect(matchRanges('Charlie', ['cha', 'charlie'])).toEqual([[0, 7]]);
});

test('episode codes are marked in labels', () => {
  expect(highlightSegments('S1E4: Secret', ['s1e4'])).toEqual([
    { text: 'S1E4', mark: true },
    { text: ': Secret', mark: false },
  ]);
});

test('no terms, or no match, leaves the text whole', () => {
  expect(highlightSegments('Nick Nelson', [])).toEqual([{ text: 'Nick Nelson', mark: false }]);
  expect(highlightSegments('Nick Nelson', ['tao'])).toEqual([{ text: 'Nick Nelson', mark: false }]);
});

test('a snippet is cut at word boundaries around the first match', () => {
  const text = `${'Filler words come first here. '.repeat(10)}Then the rugby match in the rain, and ${'more words after it. '.repeat(10)}`;
  const segments = snippetSegments(text, ['rain'], 120);
  const joined = segments.map((segment) => segment.text).join('');
  expect(segments[0]).toEqual({ text: '…', mark: false });
  expect(segments.at(-1)).toEqual({ text: '…', mark: false });
  expect(joined.length).toBeLessThanOrEqual(124);
  expect(segments.filter((segment) => segment.mark).map((segment) => segment.text)).toEqual(['rain']);
  expect(joined).toMatch(/^… ?[A-Za-z]/);
});

test('a short text is its own snippet', () => {
  expect(snippetSegments('Nick’s dog', ['dog'])).toEqual([
    { text: 'Nick’s ', mark: false },
    { text: 'dog', mark: true },
  ]);
});
