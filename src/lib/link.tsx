/**
 * The wiki's links, built on React Router's own hooks for custom links (`useHref`, `useLinkClickHandler`:
 * the address with the base path, and a click that navigates in the app unless the fan asked for a new tab
 * or window). React Router's `<Link>` and `<NavLink>` carry what only its framework and data modes use
 * (prefetching, view transitions, route discovery, masks), which came to about 3 kB gzip on every page's
 * first load, and a `data-discover` attribute on every prerendered link (docs/decisions/0020).
 */
import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { type To, useHref, useLinkClickHandler, useLocation, useResolvedPath } from 'react-router';

export type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  /** Where the link goes, inside the app (the base path is added). */
  to: To;
  /** Load the address as a document, as a download or a file the app does not render needs. */
  reloadDocument?: boolean;
  /** History state the page opened by the link reads (`useLocation().state`). */
  state?: unknown;
};

export function Link({ to, reloadDocument = false, state, onClick, target, ...rest }: LinkProps) {
  const href = useHref(to);
  const navigate = useLinkClickHandler<HTMLAnchorElement>(to, { target, state });
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (!event.defaultPrevented && !reloadDocument) navigate(event);
  };
  return <a {...rest} href={href} target={target} onClick={handleClick} />;
}

/**
 * A link in the site's navigation: marked `aria-current="page"` on its own page and on every page below it
 * (the Characters link on a character's page), ignoring case, as React Router's `<NavLink>` does. The home
 * link is current only on the home page.
 */
export function NavLink({ to, ...rest }: Omit<LinkProps, 'aria-current'>) {
  const current = useLocation().pathname.toLowerCase();
  const own = useResolvedPath(to).pathname.toLowerCase();
  const isCurrent =
    current === own || (own !== '/' && current.startsWith(own.endsWith('/') ? own : `${own}/`));
  return <Link {...rest} to={to} aria-current={isCurrent ? 'page' : undefined} />;
}
