import { type ReactNode, useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

let firstPageShown = false;

/**
 * The page's one h1. After an in-app navigation it takes focus, so a screen reader announces the new page
 * (as a full page load would); on the first page of a visit, and when an #anchor was asked for, it doesn't.
 */
export function PageHeading({ children, eyebrow }: { children: ReactNode; eyebrow?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { key, hash } = useLocation();
  useEffect(() => {
    if (!firstPageShown) {
      firstPageShown = true;
      return;
    }
    // Never pull focus away from a field the fan is typing in (the header search stays usable mid-load).
    const active = document.activeElement;
    const typing = active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement;
    if (!hash && key && !typing) ref.current?.focus({ preventScroll: true });
  }, [key, hash]);
  return (
    <header className="page-heading">
      {eyebrow ? <p className="eyebrow">{eyebrow}</p> : null}
      <h1 ref={ref} tabIndex={-1}>
        {children}
      </h1>
    </header>
  );
}
