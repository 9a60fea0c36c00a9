/**
 * Page data for what the creator, directors and cast have said: one page per statement, the full list, and
 * their search documents.
 */
import { formatDate } from '../../lib/dates';
import { paths } from '../../lib/paths';
import type { DocumentHelpers, SearchDocument } from '../search-documents';
import type { CommentaryCard, CommentaryRow, Meta, Sourced } from '../view-model';
import { type EntryBuilder, type Refs, SITE_NAME, summarise } from './refs';

export type CommentaryPageData = Meta &
  Sourced & {
    kind: 'commentary';
    card: CommentaryCard;
    /** Our summary of what was said: the page's text, or the context of the quotation. */
    context: string;
  };

export type CommentaryIndexData = Meta & { kind: 'commentary-index'; items: CommentaryRow[] };

export function createCommentaryPages(
  { repo, commentaryCard, commentaryLink, sourced }: Refs,
  { mark, bodyOf, joinNames }: DocumentHelpers,
) {
  const commentary = (id: string): CommentaryPageData | undefined => {
    const entry = repo.getCommentary(id);
    if (!entry) return undefined;
    const card = commentaryCard(entry);
    return {
      kind: 'commentary',
      meta: {
        title: `${card.speaker.label} on ${entry.topic.toLowerCase()}, ${formatDate(entry.date)} · ${SITE_NAME}`,
        description: summarise(entry.quote ? `“${entry.quote.join(' … ')}”` : entry.summary),
      },
      card,
      context: entry.summary,
      ...sourced('commentary', entry.id, entry.sources, entry.unverified),
    };
  };

  const commentaryIndex = (): CommentaryIndexData => ({
    kind: 'commentary-index',
    meta: {
      title: `Commentary · ${SITE_NAME}`,
      description:
        'What Alice Oseman, the directors and the cast have said about Heartstopper, newest first.',
    },
    // Compact rows, not full cards: the list grows with every statement added, and the page must stay within
    // one network round trip (npm run size).
    items: repo.commentary().map((item) => ({
      ...commentaryLink(item),
      excerpt: summarise(item.quote?.[0] ?? item.summary, 160),
      isQuote: item.quote !== undefined,
    })),
  });

  const documents = () =>
    repo.commentary().map((entry): SearchDocument => {
      const speaker = repo.label(entry.speaker.kind, entry.speaker.id);
      return {
        href: paths.entry('commentary', entry.id),
        kind: 'commentary',
        title: entry.topic,
        names: [],
        codes: [],
        tags: [],
        context: [speaker, formatDate(entry.date)].filter(Boolean).join(' · '),
        related: joinNames([
          speaker,
          ...entry.about.map((subject) =>
            subject.kind === 'show' || subject.id === undefined
              ? undefined
              : repo.label(subject.kind, subject.id),
          ),
        ]),
        body: bodyOf([...(entry.quote ?? []), entry.summary].join(' '), entry.unverified),
        ...mark('commentary', entry.id),
      };
    });

  return {
    entries: {
      commentary: {
        page: commentary,
        slugs: () => repo.commentary().map((entry) => ({ id: entry.id, aliases: entry.aliases ?? [] })),
        documents,
      },
    } satisfies Record<string, EntryBuilder>,
    indexes: { commentary: commentaryIndex },
  };
}
