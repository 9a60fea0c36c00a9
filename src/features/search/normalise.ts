/**
 * How text becomes search terms, for the index and the query alike: one tokenizer for both, so whatever a
 * document says ("episode 4", "S1E4", "Stéphane") meets the query in the same form.
 *
 * No dependencies: the landing-page highlighter uses `fold` without pulling in the search engine.
 */

/** Letters that NFD does not split into base letter + accent. */
const SPECIAL_LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  þ: 'th',
};

/**
 * A character folding may have to do more than lower-case: nothing below U+00C0 has a canonical
 * decomposition, an accent or a special letter, and neither have the dashes, quotes and ellipsis of U+2010 to
 * U+2027. Nearly all of the wiki's text has none of these, and lower-casing it alone is much cheaper than
 * decomposing it.
 */
const NEEDS_DECOMPOSING = /[\u00c0-\u200f\u2028-\uffff]/;

/** Lower case without accents, so "Stéphane" and "stephane" are the same word. */
export function fold(text: string): string {
  if (!NEEDS_DECOMPOSING.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđþ]/g, (letter) => SPECIAL_LETTERS[letter] ?? letter);
}

const NUMBER_WORDS: Record<string, string> = {
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
};

/** "episode four", "season one": rewritten with the number's digits. */
const NUMBER_WORD_REFERENCES =
  /\b(season|series|episode|ep)\s+(one|two|three|four|five|six|seven|eight|nine|ten)\b/g;

/**
 * Every common way of naming an episode or season, rewritten to the codes the index uses: `s1e4` for one
 * episode, `e4` for "episode 4" of any season, `s1` for a season. Runs on folded text.
 */
function canonicaliseEpisodeReferences(text: string): string {
  // Every rewrite below but the first needs a digit, and the first writes one.
  if (!/\d/.test(text) && text.search(NUMBER_WORD_REFERENCES) < 0) return text;
  return (
    text
      .replace(
        NUMBER_WORD_REFERENCES,
        (_match, word: string, number: string) => `${word} ${NUMBER_WORDS[number] ?? number}`,
      )
      // s1e4, S01E04, s1 e4, s1ep4, season 1 episode 4, series 1, episode 4
      .replace(
        /\b(?:s|season|series)\s*0*(\d{1,2})\s*[,.:/-]?\s*(?:e|ep|episode)\s*\.?\s*0*(\d{1,3})\b/g,
        ' s$1e$2 ',
      )
      // 1x04
      .replace(/\b0*(\d{1,2})x0*(\d{1,3})\b/g, ' s$1e$2 ')
      .replace(/\b(?:season|series)\s*0*(\d{1,2})\b/g, ' s$1 ')
      .replace(/\b(?:episode|ep)\s*\.?\s*0*(\d{1,3})\b/g, ' e$1 ')
      // e04 and s01 on their own
      .replace(/\b([se])0+(\d{1,3})\b/g, '$1$2')
  );
}

/**
 * The commonest English function words. They occur in nearly every page, so they neither tell pages apart
 * nor rank them, and at 50,000 documents each one costs a pass over most of the index. Content words that
 * are also titles ("Out", "Home", "Together") are not among them.
 */
const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'but',
  'by',
  'for',
  'from',
  'had',
  'has',
  'have',
  'he',
  'her',
  'his',
  'i',
  'in',
  'into',
  'is',
  'it',
  'its',
  'of',
  'on',
  'or',
  'she',
  'so',
  'that',
  'the',
  'their',
  'them',
  'then',
  'there',
  'these',
  'they',
  'this',
  'to',
  'was',
  'were',
  'which',
  'who',
  'will',
  'with',
]);

/**
 * Text to terms: folded, possessives dropped ("Charlie’s" is "charlie"), apostrophes inside words closed up
 * ("don’t" is "dont"), episode references made canonical, split on everything but letters and digits.
 */
function splitTerms(text: string): string[] {
  let folded = fold(text);
  if (folded.includes("'") || folded.includes('’'))
    folded = folded.replace(/(\p{L})['’]s\b/gu, '$1').replace(/(\p{L})['’](\p{L})/gu, '$1$2');
  return canonicaliseEpisodeReferences(folded)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((term) => term.length > 0);
}

/** The terms a text is indexed under: its words without the stop words. */
export function tokenize(text: string): string[] {
  return splitTerms(text).filter((term) => !STOP_WORDS.has(term));
}

const CODE_WORDS = ['season', 'series', 'episode'];

/**
 * A query's terms, each once. Before a number, a word one edit away from "season", "series" or "episode" is
 * read as that word ("seson 2" is season 2), so a typo there still reaches the code; documents are spelt
 * correctly and skip this. While the fan is typing, the last word stays even if it is a stop word so far:
 * "the" may be the start of "theatre".
 */
export function queryTerms(query: string, keepLastWord = false): string[] {
  const corrected = fold(query).replace(/\b(\p{L}{4,8})(?=\s*\d)/gu, (word) => {
    if (CODE_WORDS.includes(word)) return word;
    return CODE_WORDS.find((code) => editDistance(word, code) === 1) ?? word;
  });
  const terms = splitTerms(corrected);
  const kept = terms.filter(
    (term, i) => !STOP_WORDS.has(term) || (keepLastWord && i === terms.length - 1 && /\p{L}$/u.test(query)),
  );
  return [...new Set(kept)];
}

/** The form two names are compared in for an exact match ("S01E04" and "s1e4" are the same key). */
export function exactKey(text: string): string {
  return tokenize(text).join(' ');
}

/** Words made only of letters and at least this long get one edit of typo tolerance. */
const MIN_FUZZY_LENGTH = 4;

export function allowsTypo(word: string): boolean {
  return word.length >= MIN_FUZZY_LENGTH && /^\p{L}+$/u.test(word);
}

/**
 * A word one letter short of typo tolerance may still be a longer word with a letter left out ("nik" for
 * "nick"), but never a different word of its own length ("tap" is not "tao").
 */
export function allowsMissingLetter(word: string): boolean {
  return word.length === MIN_FUZZY_LENGTH - 1 && /^\p{L}+$/u.test(word);
}

/**
 * The word with one pair of neighbouring letters swapped, every way. The engine's typo tolerance counts a
 * swap as two edits; trying these as well makes it count as one ("nikc" finds "nick").
 */
export function swapVariants(word: string): string[] {
  if (!allowsTypo(word)) return [];
  const variants = new Set<string>();
  for (let i = 0; i < word.length - 1; i += 1) {
    const a = word[i];
    const b = word[i + 1];
    if (a === undefined || b === undefined || a === b) continue;
    variants.add(word.slice(0, i) + b + a + word.slice(i + 2));
  }
  return [...variants];
}

/**
 * Edit distance where inserting, deleting or changing a letter, or swapping two neighbouring letters, each
 * count as one (optimal string alignment). Used to pick "did you mean" corrections.
 */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array(rows * cols).fill(0);
  const at = (i: number, j: number) => d[i * cols + j] ?? 0;
  for (let i = 0; i < rows; i += 1) d[i * cols] = i;
  for (let j = 0; j < cols; j += 1) d[j] = j;
  for (let i = 1; i < rows; i += 1) {
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1);
      }
      d[i * cols + j] = best;
    }
  }
  return at(a.length, b.length);
}
