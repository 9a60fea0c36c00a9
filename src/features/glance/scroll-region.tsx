import type { ReactNode } from 'react';

/**
 * A named region that scrolls on its own (sideways on a phone). It takes keyboard focus, so a fan without a
 * mouse or touch screen can scroll it with the arrow keys.
 */
export function ScrollRegion({
  label,
  className,
  children,
}: {
  label: string;
  className: string;
  children: ReactNode;
}) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard to scroll it
    <section className={`glance-scroll ${className}`} aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
