import type { FavouriteKind } from './fan-state';

/**
 * One favourite per kind and id. In a module of its own: the favourite button needs it on every page's first
 * load, and the other names in ./fan-state need not come along.
 */
export const favouriteKey = (item: { kind: FavouriteKind; id: string }) => `${item.kind}:${item.id}`;
