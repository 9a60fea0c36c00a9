import { useEffect, useState } from 'react';
import { matchRanges } from './highlight';

const HIGHLIGHT_NAME = 'search-terms';
const BAR_ATTRIBUTE = 'data-search-highlight-bar';

/**
 * Every place the terms occur in the text under `root`, as DOM ranges. Words split across elements are not
 * found; the bar that names the terms is skipped.
 */
export function findTermRanges(root: Element, terms: readonly string[]): Range[] {
  const ranges: Range[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest(`[${BAR_ATTRIBUTE}], script, style`)
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (!(node instanceof Text)) continue;
    for (const [start, end] of matchRanges(node.data, terms)) {
      const range = root.ownerDocument.createRange();
      range.setStart(node, start);
      range.setEnd(node, end);
      ranges.push(range);
    }
  }
  return ranges;
}

/**
 * The CSS Custom Highlight API paints ranges without touching the DOM React owns. Where a browser lacks it,
 * nothing is highlighted and no bar is shown: wrapping text in <mark> would fight React's rendering.
 */
function highlightRegistry(): HighlightRegistry | undefined {
  if (typeof Highlight !== 'function' || typeof CSS === 'undefined' || !('highlights' in CSS))
    return undefined;
  return CSS.highlights;
}

/**
 * Paints the searched words in the page's main content and says so, with a button to stop. Pages fill in
 * as their data arrives, so the ranges are found again whenever the content changes.
 */
export function LandingHighlight({ terms, onDismiss }: { terms: string[]; onDismiss: () => void }) {
  const [count, setCount] = useState<number | undefined>(undefined);
  const registry = highlightRegistry();
  const termsKey = terms.join('\n');

  useEffect(() => {
    const root = document.getElementById('main');
    if (!root || !registry) return;
    const words = termsKey.split('\n');
    let frame = 0;
    const paint = () => {
      frame = 0;
      const ranges = findTermRanges(root, words);
      registry.set(HIGHLIGHT_NAME, new Highlight(...ranges));
      setCount(ranges.length);
    };
    paint();
    const observer = new MutationObserver(() => {
      if (frame === 0) frame = requestAnimationFrame(paint);
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
      registry.delete(HIGHLIGHT_NAME);
    };
  }, [registry, termsKey]);

  if (!registry) return null;
  const label = terms.join(' ');
  return (
    <p className="search-highlight-bar" data-search-highlight-bar="">
      <span>
        Highlighting: <strong>{label}</strong>
        {count === undefined ? null : ` (${count} ${count === 1 ? 'match' : 'matches'})`}
      </span>
      <button type="button" onClick={onDismiss} aria-label={`Stop highlighting ${label}`}>
        ✕
      </button>
    </p>
  );
}
