import type { SearchKind } from '../../content/search-documents';

type Group<H> = { kind: SearchKind; hits: H[] };

/** Hits grouped by kind, the groups in the order of their best hit, each group in rank order. */
export function groupByKind<H extends { document: { kind: SearchKind } }>(hits: readonly H[]): Group<H>[] {
  const groups = new Map<SearchKind, H[]>();
  for (const hit of hits) {
    const group = groups.get(hit.document.kind);
    if (group) group.push(hit);
    else groups.set(hit.document.kind, [hit]);
  }
  return [...groups].map(([kind, grouped]) => ({ kind, hits: grouped }));
}
