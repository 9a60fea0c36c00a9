/**
 * Page data for the books: Alice Oseman's graphic novels and the other books the story crosses into, what
 * each episode adapts and where it departs from the page, the list of books, and their search documents.
 * A book carries the spoiler mark of the last episode adapting it, and its volume for readers.
 */
import { paths } from '../../lib/paths';
import type { Book } from '../schema';
import type { DocumentHelpers, SearchDocument } from '../search-documents';
import type { EpisodeRef, LinkRef, Meta, Sourced, SpoilerMark } from '../view-model';
import { type EntryBuilder, type Refs, SITE_NAME, summarise } from './refs';

const BOOK_KIND_LABELS: Record<Book['kind'], string> = {
  'graphic-novel': 'Graphic novel',
  novella: 'Novella',
  novel: 'Novel',
};

export type BookPageData = Meta &
  Sourced & {
    kind: 'book';
    id: string;
    title: string;
    bookKind: string;
    volume?: number;
    published?: string;
    description: string;
    /** The last episode adapting the book: its description tells what happens in it. */
    revealedIn?: SpoilerMark;
    adaptations: { episodes: EpisodeRef[]; chapters?: string; note?: string }[];
    changes: { episode: EpisodeRef; note: string; revealedIn?: SpoilerMark }[];
  };

export type BooksIndexData = Meta & { kind: 'books'; items: (LinkRef & { detail: string })[] };

/** A mark that a reader of `volume` may also pass: they know what the book tells. */
function forReaders(
  { revealedIn }: { revealedIn?: SpoilerMark | undefined },
  volume: number | undefined,
): { revealedIn?: SpoilerMark } {
  if (!revealedIn) return {};
  return { revealedIn: volume === undefined ? revealedIn : { ...revealedIn, volume } };
}

/** "Volume 2" for a numbered volume, else the kind of book. */
export function bookDetail(book: Pick<Book, 'volume' | 'kind'>): string {
  return book.volume === undefined ? BOOK_KIND_LABELS[book.kind] : `Volume ${book.volume}`;
}

export function createBookPages(
  { repo, episodeRef, link, markOf, withMark, sourced }: Refs,
  { mark, bodyOf }: DocumentHelpers,
) {
  const book = (id: string): BookPageData | undefined => {
    const entry = repo.getBook(id);
    if (!entry) return undefined;
    return {
      kind: 'book',
      meta: {
        title: `${entry.title} · ${SITE_NAME}`,
        description: summarise(entry.description),
      },
      id: entry.id,
      title: entry.title,
      bookKind: BOOK_KIND_LABELS[entry.kind],
      ...(entry.volume === undefined ? {} : { volume: entry.volume }),
      ...(entry.published ? { published: entry.published } : {}),
      description: entry.description,
      ...forReaders(withMark('book', entry.id), entry.volume),
      adaptations: (entry.adaptations ?? []).map((adaptation) => ({
        episodes: adaptation.episodes.map(episodeRef),
        ...(adaptation.chapters ? { chapters: adaptation.chapters } : {}),
        ...(adaptation.note ? { note: adaptation.note } : {}),
      })),
      changes: (entry.changes ?? []).map((change) => ({
        episode: episodeRef(change.episode),
        note: change.note,
        ...forReaders({ revealedIn: markOf('episode', change.episode) }, entry.volume),
      })),
      ...sourced('book', entry.id, entry.sources, entry.unverified),
    };
  };

  const booksIndex = (): BooksIndexData => ({
    kind: 'books',
    meta: {
      title: `Books · ${SITE_NAME}`,
      description:
        'Alice Oseman’s Heartstopper graphic novels, volume by volume, the books the story crosses into, and which episodes adapt what.',
    },
    items: repo.books().map((entry) => ({ ...link('book', entry.id), detail: bookDetail(entry) })),
  });

  const documents = () =>
    repo.books().map(
      (entry): SearchDocument => ({
        href: paths.entry('book', entry.id),
        kind: 'book',
        title: entry.title,
        names: entry.volume === undefined ? [] : [`Volume ${entry.volume}`],
        codes: [],
        tags: [],
        context: bookDetail(entry),
        related: 'Alice Oseman',
        body: bodyOf(entry.description, entry.unverified),
        ...forReaders(mark('book', entry.id), entry.volume),
      }),
    );

  return {
    entries: {
      book: {
        page: book,
        slugs: () => repo.books().map((entry) => ({ id: entry.id, aliases: [] })),
        documents,
      },
    } satisfies Record<string, EntryBuilder>,
    indexes: { book: booksIndex },
  };
}
