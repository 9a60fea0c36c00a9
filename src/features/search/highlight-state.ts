/**
 * How a search result tells the page it opens which words to highlight: in the history entry's state, not
 * the address, so links stay canonical (shared, bookmarked and prerendered pages never carry a search) while
 * back, forward and reload keep the highlight.
 */
const MAX_TERMS = 8;

type HighlightState = { searchHighlight: string[] };

export function highlightState(terms: readonly string[]): HighlightState {
  return { searchHighlight: terms.slice(0, MAX_TERMS) };
}

/** The words to highlight, from whatever history state the page was opened with. */
export function readHighlight(state: unknown): string[] {
  if (typeof state !== 'object' || state === null || !('searchHighlight' in state)) return [];
  const { searchHighlight } = state;
  if (!Array.isArray(searchHighlight)) return [];
  return searchHighlight
    .filter((term): term is string => typeof term === 'string' && term.trim() !== '')
    .slice(0, MAX_TERMS);
}
