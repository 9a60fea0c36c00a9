import type { Source, UnverifiedNote } from '../content/schema';
import type { BacklinkRef, PageRecord } from '../content/view-model';
import { Link } from '../lib/link';
import { kindLabel } from '../lib/routes';
import { DateText } from './date-text';
import { PageRecordLine } from './page-record';

/** Facts on this page that we record but could not confirm: shown, never passed off as settled. */
export function UnverifiedNotes({ notes }: { notes: UnverifiedNote[] }) {
  if (notes.length === 0) return null;
  return (
    <aside className="unverified" aria-labelledby="unverified-heading">
      <h2 id="unverified-heading">Not yet confirmed</h2>
      <ul>
        {notes.map((note) => (
          <li key={`${note.field}:${note.note}`}>
            <strong>{note.field}:</strong> {note.note}
          </li>
        ))}
      </ul>
    </aside>
  );
}

export function SourceList({ sources }: { sources: Source[] }) {
  return (
    <section aria-labelledby="sources-heading" className="sources">
      <h2 id="sources-heading">Sources</h2>
      <ol>
        {sources.map((source) => (
          <li key={source.id}>
            <a href={source.url} rel="noopener noreferrer external">
              {source.title}
            </a>
            {', '}
            <span className="outlet">{source.outlet}</span>
            {source.author ? `, by ${source.author}` : ''}
            {source.event ? (
              <>
                {', '}
                {source.event.name}, <DateText value={source.event.date} />
              </>
            ) : null}
            {source.published ? (
              <>
                {', published '}
                <DateText value={source.published} />
              </>
            ) : null}
            {source.note ? <span className="muted"> ({source.note})</span> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** How many links of one kind show before the rest fold away. */
const HANDFUL = 5;

function BacklinkItems({ backlinks }: { backlinks: BacklinkRef[] }) {
  return (
    <ul>
      {backlinks.map((backlink) => (
        <li key={`${backlink.href}:${backlink.via}`}>
          <Link to={backlink.href}>{backlink.label}</Link> <span className="muted">({backlink.via})</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * "What links here": every entry in the dataset that refers to this one, and how, grouped by kind (in the
 * order they come) with a count each; beyond a handful, a group's rest is folded away. Links the page lists
 * in sections of its own are left out (the builders' `shownOnPage`), hence "nothing else" when none remain.
 */
export function WhatLinksHere({ backlinks }: { backlinks: BacklinkRef[] }) {
  const kinds = [...new Set(backlinks.map((backlink) => backlink.kind))];
  return (
    <section aria-labelledby="backlinks-heading" className="backlinks">
      <h2 id="backlinks-heading">What links here</h2>
      {backlinks.length === 0 ? <p className="muted">Nothing else in the wiki links here yet.</p> : null}
      {kinds.map((kind) => {
        const links = backlinks.filter((backlink) => backlink.kind === kind);
        return (
          <div key={kind} className="backlink-group">
            <h3>
              {kindLabel(kind)} <span className="muted">({links.length})</span>
            </h3>
            <BacklinkItems backlinks={links.slice(0, HANDFUL)} />
            {links.length > HANDFUL ? (
              <details className="fold">
                <summary>{links.length - HANDFUL} more</summary>
                <BacklinkItems backlinks={links.slice(HANDFUL)} />
              </details>
            ) : null}
          </div>
        );
      })}
    </section>
  );
}

/**
 * The footer every entity page shares: unconfirmed notes, what links here, the sources, and when the data
 * last changed, with a way to suggest a correction.
 */
export function PageSources({
  sources,
  backlinks,
  unverified,
  record,
}: {
  sources: Source[];
  backlinks: BacklinkRef[];
  unverified: UnverifiedNote[];
  record: PageRecord;
}) {
  return (
    <div className="page-sources">
      <UnverifiedNotes notes={unverified} />
      <WhatLinksHere backlinks={backlinks} />
      <SourceList sources={sources} />
      <PageRecordLine record={record} />
    </div>
  );
}

/** The outlets a fact comes from, each linking to its page: "Attitude, PinkNews". */
export function OutletLinks({ sources }: { sources: { outlet: string; url: string }[] }) {
  return (
    <>
      {sources.map((source, index) => (
        <span key={source.url}>
          {index > 0 ? ', ' : ''}
          <a href={source.url} rel="noopener noreferrer">
            {source.outlet}
          </a>
        </span>
      ))}
    </>
  );
}
