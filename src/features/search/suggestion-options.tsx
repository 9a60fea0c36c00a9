/**
 * The options of the header's suggestion list, grouped by kind. Its own module, fetched with the suggestion
 * engine the first time the box is used, so no page's first load carries it. The input keeps focus
 * throughout (see ./header-search.tsx), so options are pointed at, never focused.
 */

import type { TitleDocument } from '../../content/search-documents';
import { kindLabel } from '../../lib/routes';
import { useShield } from '../../shared/spoiler';
import type { SearchHit } from './engine';
import { Segments } from './segments';
import { type Option, optionId } from './suggestion-option-ids';

type Props = {
  /** The combobox's id, the stem of its options' ids. */
  id: string;
  groups: { kind: TitleDocument['kind']; hits: SearchHit<TitleDocument>[] }[];
  /** Every option in order, the "search all pages" one last: what the arrow keys move through. */
  options: Option[];
  query: string;
  activeIndex: number;
  onChoose: (option: Option) => void;
  onHover: (index: number) => void;
};

export function SuggestionOptions({ id, groups, options, query, activeIndex, onChoose, onHover }: Props) {
  const shield = useShield();
  const renderOption = (option: Option) => {
    const optionIndex = options.findIndex((candidate) =>
      candidate.type === 'page' && option.type === 'page'
        ? candidate.hit === option.hit
        : candidate.type === option.type,
    );
    const selected = optionIndex === activeIndex;
    return (
      // The combobox pattern: options are never focused; the input keeps focus and handles every key, and
      // points at the highlighted option with aria-activedescendant.
      // biome-ignore lint/a11y/useFocusableInteractive: see above
      // biome-ignore lint/a11y/useKeyWithClickEvents: see above
      <div
        key={option.type === 'page' ? option.hit.document.href : 'all'}
        id={optionId(id, optionIndex)}
        role="option"
        aria-selected={selected}
        className={`search-option${option.type === 'all' ? ' search-option--all' : ''}`}
        // Keep focus in the box when an option is pressed (mouse or touch), so the click lands.
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => onChoose(option)}
        onMouseMove={() => {
          if (!selected) onHover(optionIndex);
        }}
      >
        {option.type === 'page' && shield.hides(option.hit.document.revealedIn) ? (
          // Choosing it opens the page's spoiler warning, where the fan decides.
          <>
            <span className="search-option__title">Hidden by your spoiler shield</span>
            <span className="search-option__context">
              Spoiler: {option.hit.document.revealedIn?.code.toUpperCase()}, open to choose whether to reveal
            </span>
          </>
        ) : option.type === 'page' ? (
          <>
            <span className="search-option__title">
              <Segments segments={option.hit.titleSegments} />
            </span>
            <span className="search-option__context">{option.hit.document.context}</span>
          </>
        ) : (
          <span className="search-option__title">Search all pages for “{query}”</span>
        )}
      </div>
    );
  };

  return (
    <>
      {groups.map((group) => (
        // biome-ignore lint/a11y/useSemanticElements: a listbox groups its options with role="group", not <fieldset>
        <div key={group.kind} role="group" aria-labelledby={`${id}-group-${group.kind}`}>
          <div role="presentation" id={`${id}-group-${group.kind}`} className="search-popup__group">
            {kindLabel(group.kind)}
          </div>
          {group.hits.map((hit) => renderOption({ type: 'page', hit }))}
        </div>
      ))}
      {query === '' ? null : renderOption({ type: 'all' })}
    </>
  );
}

/**
 * What the header's live region says while the list is open: loading, unavailable, none, or how many. In
 * this module too, since it is only ever said once the box has been used.
 */
export function SuggestionStatus({
  state,
  count,
  query,
}: {
  state: 'error' | 'loading' | 'done';
  count: number;
  query: string;
}) {
  if (state === 'error') return 'Suggestions are unavailable. Press Enter to search.';
  if (state === 'loading') return 'Loading suggestions…';
  if (count === 0) return `No suggestions for “${query}”. Press Enter to search all pages.`;
  return `${count} ${count === 1 ? 'suggestion' : 'suggestions'}. Use the up and down arrows to choose.`;
}
