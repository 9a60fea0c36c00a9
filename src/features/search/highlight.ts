/**
 * Finding searched words in display text, for <mark> segments in suggestions and results and for the
 * landing page's highlight. Works on text only: callers render segments as React text, never as HTML.
 */
import { fold } from './normalise';

export type Segment = { text: string; mark: boolean };

/** The folded text, and for each of its characters (plus the end) the index in the original it came from. */
function foldWithOrigins(text: string): { folded: string; origins: number[] } {
  let folded = '';
  const origins: number[] = [];
  let i = 0;
  for (const character of text) {
    const part = fold(character);
    for (let k = 0; k < part.length; k += 1) origins.push(i);
    folded += part;
    i += character.length;
  }
  origins.push(text.length);
  return { folded, origins };
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * Where the terms occur at the start of a word, as [start, end) offsets into the original text, in order and
 * without overlaps. Matching ignores case and accents; a term matches the start of a longer word, so a
 * half-typed "cha" marks the "Cha" of "Charlie".
 */
export function matchRanges(text: string, terms: readonly string[]): [number, number][] {
  const candidates = [...new Set(terms.map(fold).filter((term) => term.length > 0))].sort(
    (a, b) => b.length - a.length,
  );
  if (candidates.length === 0) return [];
  const { folded, origins } = foldWithOrigins(text);
  const ranges: [number, number][] = [];
  for (let pos = 0; pos < folded.length; pos += 1) {
    if (pos > 0 && WORD_CHARACTER.test(folded[pos - 1] ?? '')) continue;
    const term = candidates.find((candidate) => folded.startsWith(candidate, pos));
    if (term === undefined) continue;
    ranges.push([origins[pos] ?? 0, origins[pos + term.length] ?? text.length]);
    pos += term.length - 1;
  }
  return ranges;
}

/** The text cut into marked and unmarked runs. */
export function highlightSegments(text: string, terms: readonly string[]): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const [start, end] of matchRanges(text, terms)) {
    if (start > at) segments.push({ text: text.slice(at, start), mark: false });
    segments.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), mark: false });
  return segments;
}

/**
 * A short passage of body text around the first searched word, cut at word boundaries, with the words
 * marked. Without a match it is the start of the text.
 */
export function snippetSegments(text: string, terms: readonly string[], length = 180): Segment[] {
  if (text.length <= length) return highlightSegments(text, terms);
  const first = matchRanges(text, terms)[0];
  let start = first ? Math.max(0, first[0] - Math.floor(length / 3)) : 0;
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space === -1 || space > (first?.[0] ?? start) ? start : space + 1;
  }
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  const passage = highlightSegments(text.slice(start, end), terms);
  return [
    ...(start > 0 ? [{ text: '…', mark: false }] : []),
    ...passage,
    ...(end < text.length ? [{ text: '…', mark: false }] : []),
  ];
}
