import { type RefObject, useEffect, useRef } from 'react';

/**
 * A fan may type into a prerendered box before the page's code has loaded. Once, after the first render,
 * this hands `onTyped` what the box holds if that differs from what React rendered into it, so the words
 * are kept rather than overwritten. Later typing goes through the box's own onChange.
 */
export function useTypedBeforeHydration(
  inputRef: RefObject<HTMLInputElement | null>,
  rendered: string,
  onTyped: (typed: string) => void,
): void {
  // The first render's values: what was typed before it is all this is about.
  const first = useRef({ rendered, onTyped });
  useEffect(() => {
    const typed = inputRef.current?.value ?? '';
    if (typed !== first.current.rendered) first.current.onTyped(typed);
  }, [inputRef]);
}
