import { Fragment } from 'react';
import type { Segment } from './highlight';

/** Text with the searched words in <mark>, built from text segments (never injected HTML). */
export function Segments({ segments }: { segments: readonly Segment[] }) {
  let offset = 0;
  return segments.map((segment) => {
    // A segment's position in the text is unique and stable: a better key than its index.
    const key = offset;
    offset += segment.text.length;
    // Unmarked runs stay bare text, so the element's accessible name reads as one string ("Charlie Spring").
    return segment.mark ? (
      <mark key={key}>{segment.text}</mark>
    ) : (
      <Fragment key={key}>{segment.text}</Fragment>
    );
  });
}
