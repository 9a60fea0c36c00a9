import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useMarkPageReady } from '../lib/page-ready';
import { NotFoundPage } from './not-found-page';
import { type PageKind, type PageOf, usePage } from './use-page';

type RoutePageProps<K extends PageKind> = {
  pageKey: string;
  kind: K;
  children: (data: PageOf<K>) => ReactNode;
};

/**
 * Loads one page's data and renders it; an alternate name redirects to the canonical address (keeping any
 * #anchor and ?query), and an address that names nothing renders the 404 page.
 */
export function RoutePage<K extends PageKind>({ pageKey, kind, children }: RoutePageProps<K>) {
  useMarkPageReady();
  const outcome = usePage(pageKey, kind);
  const location = useLocation();
  if (outcome.status === 'redirect') {
    return <Navigate replace to={{ pathname: outcome.to, search: location.search, hash: location.hash }} />;
  }
  if (outcome.status === 'not-found') return <NotFoundPage />;
  return children(outcome.data);
}
