import { paths } from '../../lib/paths';
import type { Favourite } from './slots';

export function hrefOfFavourite(item: Pick<Favourite, 'kind' | 'id'>): string {
  switch (item.kind) {
    case 'character':
      return paths.character(item.id);
    case 'episode':
      return paths.episode(item.id);
    case 'scene':
      return paths.scene(item.id);
    case 'commentary':
      return paths.commentary(item.id);
  }
}
