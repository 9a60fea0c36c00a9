/**
 * The wiki's links. React Router's `<Link>` and `<NavLink>` carry what only its framework and data modes use
 * (prefetching, view transitions, route discovery, masks), which came to about 3 kB gzip on every page's
 * first load, and a `data-discover` attribute on every prerendered link (docs/decisions/0020).
 *
 * Each link reads the router's two contexts and nothing else: the navigator with the base path, and the
 * location. React Router's hooks for custom links (`useHref`, `useLinkClickHandler`) resolve the address
 * against the route tree twice per link and give every link a layout effect; a character page has about
 * 200 links, and hydrating them was the largest single part of the page's hydration (docs/decisions/0023).
 * Every address the wiki links to is absolute (./paths.ts), so the route tree has nothing to add.
 */
import { type AnchorHTMLAttributes, type MouseEvent, useContext } from 'react';
import {
  createPath,
  type Path,
  resolvePath,
  type To,
  UNSAFE_NavigationContext,
  useLocation,
} from 'react-router';

export type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  /** Where the link goes, inside the app (the base path is added). */
  to: To;
  /** Load the address as a document, as a download or a file the app does not render needs. */
  reloadDocument?: boolean;
  /** History state the page opened by the link reads (`useLocation().state`). */
  state?: unknown;
};

/** The address with the site's base path, as React Router writes it (`/wiki` for the home page). */
function withBase(basename: string, path: Path): Path {
  if (basename === '/') return path;
  const pathname = path.pathname === '/' ? basename : `${basename}/${path.pathname}`.replace(/\/\/+/g, '/');
  return { ...path, pathname };
}

/** A plain left click: anything else (a modifier key, another button) asks the browser for a new tab or window. */
function isPlainClick(event: MouseEvent<HTMLAnchorElement>): boolean {
  return event.button === 0 && !event.metaKey && !event.altKey && !event.ctrlKey && !event.shiftKey;
}

export function Link({ to, reloadDocument = false, state, onClick, target, ...rest }: LinkProps) {
  const { basename, navigator } = useContext(UNSAFE_NavigationContext);
  const location = useLocation();
  const path = resolvePath(to, location.pathname);
  const address = withBase(basename, path);
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || reloadDocument || !isPlainClick(event)) return;
    if (target && target !== '_self') return;
    event.preventDefault();
    // A link to the page already open replaces its history entry, as React Router's own links do.
    const open = createPath(location) === createPath(path);
    (open ? navigator.replace : navigator.push)(address, state);
  };
  return <a {...rest} href={navigator.createHref(address)} target={target} onClick={handleClick} />;
}

/**
 * A link in the site's navigation: marked `aria-current="page"` on its own page and on every page below it
 * (the Characters link on a character's page), ignoring case, as React Router's `<NavLink>` does. The home
 * link is current only on the home page.
 */
export function NavLink({ to, ...rest }: Omit<LinkProps, 'aria-current'>) {
  const current = useLocation().pathname.toLowerCase();
  const own = resolvePath(to, current).pathname.toLowerCase();
  const isCurrent =
    current === own || (own !== '/' && current.startsWith(own.endsWith('/') ? own : `${own}/`));
  return <Link {...rest} to={to} aria-current={isCurrent ? 'page' : undefined} />;
}
