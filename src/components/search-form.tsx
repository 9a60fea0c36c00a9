import { type FormEvent, type ReactNode, useId } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '../lib/paths';

/**
 * The one search form element every search box sits in: a real GET form to /search (under the base path),
 * so it works before the app hydrates and with JavaScript off. It is a search landmark; `name` tells it
 * apart from the header's when a page has two (the results page, the 404 page).
 */
export function SearchFormShell({
  className,
  name,
  onSubmit,
  children,
}: {
  className: string;
  name: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  children: ReactNode;
}) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> is too new for jsdom and older browsers; the role is equivalent
    <form
      role="search"
      aria-label={name}
      method="get"
      action={`${import.meta.env.BASE_URL}search`}
      className={className}
      onSubmit={onSubmit}
    >
      {children}
    </form>
  );
}

/**
 * A GET form to /search: a real form, so it works before the app hydrates and with JavaScript off; once the
 * app runs, submitting navigates in place.
 */
export function SearchForm({
  defaultValue = '',
  label = 'Search the wiki',
  name,
}: {
  defaultValue?: string;
  label?: string;
  /** The search landmark's name, distinct from the header search's ("Site search"). */
  name: string;
}) {
  const id = useId();
  const navigate = useNavigate();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const query = new FormData(event.currentTarget).get('q');
    navigate(paths.search(typeof query === 'string' ? query.trim() : ''));
  };
  return (
    <SearchFormShell className="search-form" name={name} onSubmit={onSubmit}>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={defaultValue}
        placeholder="Search characters, episodes, scenes…"
        autoComplete="off"
        enterKeyHint="search"
      />
      <button type="submit">Search</button>
    </SearchFormShell>
  );
}
