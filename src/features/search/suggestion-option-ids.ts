/** What the header's suggestion list offers, and how its options are named (shared by the box and the list). */
import type { TitleDocument } from '../../content/search-documents';
import type { SearchHit } from './engine';

export type Option = { type: 'page'; hit: SearchHit<TitleDocument> } | { type: 'all' };

/** The id of the option at `index` in the combobox whose id is `id`. */
export function optionId(id: string, index: number): string {
  return `${id}-option-${index}`;
}
