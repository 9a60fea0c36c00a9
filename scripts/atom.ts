/**
 * Writes the feed's entries (src/content/feed.ts) as an Atom 1.0 document (RFC 4287). Every address in it is
 * absolute, on SITE_URL, since a feed reader fetches it from elsewhere.
 */
import { FEED_PATH, FEED_TITLE, type FeedEntry } from '../src/content/feed';
import { LICENCE } from '../src/content/open-data';

const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom';

const KIND_LABELS: Record<FeedEntry['kind'], string> = {
  statement: 'Statement',
  episode: 'Episode',
  book: 'Book',
  nomination: 'Award nomination',
  film: 'The film',
};

/**
 * Text as XML character data or an attribute value: markup characters escaped, and the characters XML 1.0
 * does not allow at all (control characters, lone surrogates) left out, so no data can make the feed
 * ill-formed.
 */
export function escapeXml(value: string): string {
  return value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A day as an RFC 3339 date-time, as Atom requires: its start, in UTC. */
export function atomDate(day: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`feed: ${day} is not a day`);
  return `${day}T00:00:00Z`;
}

/** The feed. `urlOf` turns an app path into the public URL (publicUrl in scripts/site-config.ts). */
export function atomFeed(entries: readonly FeedEntry[], urlOf: (appPath: string) => string): string {
  const newest = entries[0];
  if (!newest) throw new Error('feed: no entry of the dataset has a day to date it by');
  const home = escapeXml(urlOf('/'));
  const self = escapeXml(urlOf(FEED_PATH));
  const entryXml = entries.map((entry) => {
    const url = escapeXml(urlOf(entry.path));
    return `  <entry>
    <id>${escapeXml(urlOf(entry.id))}</id>
    <title type="text">${escapeXml(entry.title)}</title>
    <link rel="alternate" type="text/html" href="${url}"/>
    <published>${atomDate(entry.published)}</published>
    <updated>${atomDate(entry.updated)}</updated>
    <category term="${entry.kind}" label="${escapeXml(KIND_LABELS[entry.kind])}"/>
    <summary type="text">${escapeXml(entry.summary)}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="${ATOM_NAMESPACE}" xml:lang="en-GB">
  <id>${self}</id>
  <title type="text">${escapeXml(FEED_TITLE)}</title>
  <subtitle type="text">What Alice Oseman, the directors and the cast have said, and new episodes, books, award nominations and news of the film, from the Heartstopper Wiki.</subtitle>
  <link rel="self" type="application/atom+xml" href="${self}"/>
  <link rel="alternate" type="text/html" href="${home}"/>
  <updated>${atomDate(newest.updated)}</updated>
  <author>
    <name>${escapeXml(LICENCE.attribution)}</name>
    <uri>${home}</uri>
  </author>
  <rights type="text">${escapeXml(`Our own words: ${LICENCE.name} (${LICENCE.url}). Quotations and the titles of sources remain their authors’.`)}</rights>
  <icon>${escapeXml(urlOf('/favicon.svg'))}</icon>
${entryXml.join('\n')}
</feed>
`;
}
