/**
 * The header's search box: a WAI-ARIA combobox with a grouped listbox of suggestions.
 *
 * It is a real GET form to /search, so before the app hydrates (or without JavaScript) Enter still searches.
 * Once the app runs, the first focus or keystroke loads the suggestion engine (code and index) in the
 * background; until then, and if it fails, Enter simply opens the results page.
 */

import { useQuery } from '@tanstack/react-query';
import {
  type FormEvent,
  type KeyboardEvent,
  lazy,
  Suspense,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useNavigate } from 'react-router';
import { SearchFormShell } from '../../components/search-form';
import type { TitleDocument } from '../../content/search-documents';
import { useAppSettled } from '../../lib/page-ready';
import { paths } from '../../lib/paths';
import { useTypedBeforeHydration } from '../../lib/typed-before-hydration';
import { groupByKind } from './groups';
import { highlightState } from './highlight-state';
import { suggestionEngineQuery } from './queries';
import { type Option, optionId } from './suggestion-option-ids';
import './search.css';

const MAX_SUGGESTIONS = 8;

/** The list's options are drawn by their own module, fetched with the engine when the box is first used. */
const loadOptions = () => import('./suggestion-options');
const SuggestionOptions = lazy(() => loadOptions().then((module) => ({ default: module.SuggestionOptions })));
const SuggestionStatus = lazy(() => loadOptions().then((module) => ({ default: module.SuggestionStatus })));

/** Recent searches live in their own lazily loaded module: the header never needs them to render. */
function remember(query: string) {
  void import('./recent-searches').then((module) => module.recordRecentSearch(query));
}

export function HeaderSearch() {
  const id = useId();
  const inputId = `${id}-input`;
  const listboxId = `${id}-listbox`;
  const hintId = `${id}-hint`;
  const navigate = useNavigate();
  const inputRef = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState('');
  const [open, setOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(-1);
  const [wanted, setWanted] = useState(false);
  useTypedBeforeHydration(inputRef, '', (typed) => {
    setValue(typed);
    setWanted(true);
    if (document.activeElement === inputRef.current) setOpen(true);
  });
  // A box focused before the page hydrated was a plain field then: it asks for the engine now, as focus does.
  useEffect(() => {
    if (document.activeElement === inputRef.current) setWanted(true);
  }, []);
  const engine = useQuery({ ...suggestionEngineQuery(), enabled: wanted });
  useEffect(() => {
    if (wanted) void loadOptions();
  }, [wanted]);

  const query = value.trim();
  // The untrimmed value: whether it ends in a space tells the engine if the last word is finished.
  const hits = useMemo(
    () =>
      engine.data && value.trim() !== ''
        ? engine.data.search(value, { asYouType: true, limit: MAX_SUGGESTIONS }).hits
        : [],
    [engine.data, value],
  );
  const groups = groupByKind(hits);
  const options: Option[] =
    query === ''
      ? []
      : [
          ...groups.flatMap((group) => group.hits.map((hit): Option => ({ type: 'page', hit }))),
          { type: 'all' },
        ];
  const expanded = open && options.length > 0;
  const active = expanded ? options[activeIndex] : undefined;

  // "/" and Ctrl/Cmd+K reach the box from anywhere on the page (./search-shortcut, fetched once the page is
  // ready and settled). The box names them (aria-keyshortcuts) only once they work.
  const settled = useAppSettled();
  const [shortcutListens, setShortcutListens] = useState(false);
  useEffect(() => {
    if (!settled) return;
    let stop: (() => void) | undefined;
    let unmounted = false;
    void import('./search-shortcut').then(({ listenForSearchShortcut }) => {
      if (unmounted) return;
      stop = listenForSearchShortcut(() => inputRef.current);
      setShortcutListens(true);
    });
    return () => {
      unmounted = true;
      stop?.();
    };
  }, [settled]);

  // Keep the highlighted option in view when the arrows move past the edge of a scrolled list.
  useEffect(() => {
    if (activeIndex < 0) return;
    document.getElementById(optionId(id, activeIndex))?.scrollIntoView({ block: 'nearest' });
  }, [activeIndex, id]);

  const close = () => {
    setOpen(false);
    setActiveIndex(-1);
  };

  const finish = () => {
    close();
    setValue('');
    inputRef.current?.blur();
  };

  const openPage = (page: TitleDocument, highlight: readonly string[]) => {
    remember(query);
    finish();
    navigate(page.href, { state: highlightState(highlight) });
  };

  const openResults = () => {
    if (query !== '') remember(query);
    finish();
    navigate(paths.search(query));
  };

  const choose = (option: Option) => {
    if (option.type === 'page') openPage(option.hit.document, option.hit.highlight);
    else openResults();
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    openResults();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (!expanded) {
          setOpen(true);
          setActiveIndex(event.key === 'ArrowDown' ? 0 : options.length - 1);
          return;
        }
        // Both arrows wrap around, as in the APG's listbox examples.
        const count = options.length;
        setActiveIndex((current) =>
          event.key === 'ArrowDown' ? (current + 1) % count : current <= 0 ? count - 1 : current - 1,
        );
        return;
      }
      case 'Enter': {
        if (active) {
          event.preventDefault();
          choose(active);
          return;
        }
        // A wiki's "Go": the exact name, alias or code of one page opens that page.
        const exact = engine.data?.exactMatch(query);
        if (exact) {
          event.preventDefault();
          const hit = hits.find((candidate) => candidate.document === exact);
          openPage(exact, hit?.highlight ?? []);
        }
        // Anything else submits the form: the results page.
        return;
      }
      case 'Escape': {
        if (expanded) {
          event.preventDefault();
          close();
        } else if (value !== '') {
          event.preventDefault();
          setValue('');
        }
        return;
      }
      default:
    }
  };

  return (
    <SearchFormShell className="search-form header-search" name="Site search" onSubmit={onSubmit}>
      <label htmlFor={inputId} className="visually-hidden">
        Search the wiki
      </label>
      <div className="header-search__box">
        <input
          ref={inputRef}
          id={inputId}
          // A combobox is a text input in HTML's rules (type="search" may not take the role); the form is
          // the search landmark and enterKeyHint still shows a search key on phones.
          type="text"
          name="q"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-activedescendant={active ? optionId(id, activeIndex) : undefined}
          aria-describedby={hintId}
          aria-keyshortcuts={shortcutListens ? '/ Control+K Meta+K' : undefined}
          value={value}
          placeholder="Search characters, episodes, scenes…"
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          enterKeyHint="search"
          onChange={(event) => {
            setValue(event.target.value);
            setOpen(true);
            setActiveIndex(-1);
            setWanted(true);
          }}
          onFocus={() => {
            setWanted(true);
            if (value.trim() !== '') setOpen(true);
          }}
          onBlur={close}
          onKeyDown={onKeyDown}
        />
        <span id={hintId} className="visually-hidden">
          Suggestions appear as you type. Press slash or Control K to come back here from anywhere.
        </span>
        <div
          id={listboxId}
          role="listbox"
          aria-label="Suggestions"
          className="search-popup"
          hidden={!expanded}
        >
          {expanded ? (
            <Suspense fallback={null}>
              <SuggestionOptions
                id={id}
                groups={groups}
                options={options}
                query={query}
                activeIndex={activeIndex}
                onChoose={choose}
                onHover={setActiveIndex}
              />
            </Suspense>
          ) : null}
        </div>
      </div>
      <button type="submit">Search</button>
      <div role="status" className="visually-hidden">
        {expanded ? (
          <Suspense fallback={null}>
            <SuggestionStatus
              state={engine.isError ? 'error' : engine.data ? 'done' : 'loading'}
              count={hits.length}
              query={query}
            />
          </Suspense>
        ) : null}
      </div>
    </SearchFormShell>
  );
}
