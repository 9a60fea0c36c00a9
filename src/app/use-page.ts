import { useSuspenseQuery } from '@tanstack/react-query';
import type { PageData } from '../content/page-data';
import { pageQuery } from '../content/queries';

export type PageKind = Exclude<PageData['kind'], 'redirect'>;
export type PageOf<K extends PageKind> = Extract<PageData, { kind: K }>;

export type PageOutcome<K extends PageKind> =
  | { status: 'ok'; data: PageOf<K> }
  | { status: 'redirect'; to: string }
  | { status: 'not-found' };

function isKind<K extends PageKind>(data: { kind: string }, kind: K): data is PageOf<K> {
  return data.kind === kind;
}

/** Reads a page's data (suspending while it loads) and says whether it is this kind of page. */
export function usePage<K extends PageKind>(key: string, kind: K): PageOutcome<K> {
  const { data } = useSuspenseQuery(pageQuery(key));
  if (data.kind === 'redirect') return { status: 'redirect', to: data.to };
  if (isKind(data, kind)) return { status: 'ok', data };
  return { status: 'not-found' };
}
