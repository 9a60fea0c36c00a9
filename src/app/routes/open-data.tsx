import { Fragment } from 'react';
import { PageHeading } from '../../components/page-heading';
import { Link } from '../../lib/link';
import { PageMeta } from '../../lib/page-meta';
import { pageDataKeys } from '../../lib/paths';
import { RoutePage } from '../route-page';

/** Text whose `backticked` words are field names or values, shown as code. */
function WithCode({ text }: { text: string }) {
  return (
    <>
      {text.split('`').map((part, index) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed string, never reordered
        index % 2 === 1 ? <code key={index}>{part}</code> : <Fragment key={index}>{part}</Fragment>,
      )}
    </>
  );
}

/**
 * A file on the site, not a page of the app: the browser fetches it instead of the router drawing it. A
 * `download` link saves the file rather than showing it.
 */
function FileLink({ href, download, children }: { href: string; download?: boolean; children: string }) {
  return (
    <Link reloadDocument to={href} download={download}>
      {children}
    </Link>
  );
}

export function OpenDataRoute() {
  return (
    <RoutePage pageKey={pageDataKeys.page('open-data')} kind="open-data">
      {(data) => {
        const { downloads, licence } = data;
        return (
          <article>
            <PageMeta meta={data.meta} />
            <PageHeading>Open data</PageHeading>
            <p className="lede">
              Everything on this wiki is also here as data to reuse: all {data.entries} entries, checked by
              the same validator as every page, in one JSON file, with a JSON Schema for each kind of entry.
            </p>

            <section aria-labelledby="downloads-heading">
              <h2 id="downloads-heading">Downloads</h2>
              <ul>
                <li>
                  <FileLink href={downloads.versioned.href} download>
                    {downloads.versioned.name}
                  </FileLink>
                  : the whole dataset, version <code>{data.version}</code>,{' '}
                  {Math.round(downloads.versioned.bytes / 1000)} kB of JSON. Cite or pin this one: a file of
                  this name never changes.
                </li>
                <li>
                  <FileLink href={downloads.latest.href} download>
                    {downloads.latest.name}
                  </FileLink>
                  : always the newest version (today, the same file).
                </li>
                <li>
                  <FileLink href={downloads.schema}>dataset.schema.json</FileLink>: the JSON Schema of the
                  download. Each collection’s own schema is linked below, with its fields.
                </li>
                <li>
                  <FileLink href={downloads.feed}>feed.xml</FileLink>: an Atom feed of the newest statements,
                  episodes, books, award nominations and news of the film, for a feed reader.
                </li>
              </ul>
            </section>

            <section aria-labelledby="licence-heading">
              <h2 id="licence-heading">Licence</h2>
              <p>
                Our own text (synopses, descriptions, summaries, notes, and the ids and links between entries)
                is licensed under the{' '}
                <a href={licence.url} rel="license noopener noreferrer external">
                  {licence.title}
                </a>{' '}
                licence ({licence.name}). Credit “{licence.attribution}”, link to this wiki, and share what
                you make from it under the same licence.
              </p>
              <p>
                The sources’ words stay theirs. Quotations (<code>quote</code> in commentary) are the words of
                the people quoted, as the cited sources published them, and the titles of sources are their
                publishers’: we do not licence them. Quote them as you would quote any source, with credit.
                Nor are Heartstopper, its story and its characters ours: they belong to Alice Oseman and the
                makers of the series.
              </p>
            </section>

            <section aria-labelledby="versions-heading">
              <h2 id="versions-heading">Versions</h2>
              <p>
                The version (<code>{data.version}</code>) is a fingerprint of the data: it changes whenever
                any entry does, and only then. The site keeps the newest version only, so keep a copy of the
                one you use. The schema version (<code>{data.schemaVersion}</code>) is the version of the
                shapes: its first number goes up when a file that was valid may no longer be, its second when
                something new becomes allowed.
              </p>
            </section>

            <section aria-labelledby="ids-heading">
              <h2 id="ids-heading">How ids work</h2>
              <ul>
                <li>
                  Every entry has an <code>id</code> of lower-case letters, digits and single hyphens (
                  <code>nick-nelson</code>). It is unique within its collection, it is the entry’s file name
                  in the wiki’s <code>data/</code> folder, and it ends its page’s address (
                  <code>/characters/nick-nelson</code>).
                </li>
                <li>
                  An episode’s id is its season and number (<code>s1e4</code>), a season’s its number (
                  <code>s1</code>), and a scene’s starts with its episode’s (
                  <code>s1e4-bedroom-after-the-rain</code>).
                </li>
                <li>
                  Entries refer to each other by id alone: an episode’s <code>directors</code> are ids of
                  people, a scene’s <code>characters</code> ids of characters. Where a reference could be to
                  more than one kind of entry, it names the kind:{' '}
                  <code>{'{ "kind": "actor", "id": "kit-connor" }'}</code>. Every reference resolves: the
                  validator checks each one before anything is published.
                </li>
                <li>
                  Ids are kept. When one has had to change, the old one is listed in <code>aliases</code> (
                  <code>slugAliases</code> on characters), and its old address still leads to the page.
                </li>
                <li>
                  Every fact cites its sources by their ids in <code>sources</code>.
                </li>
              </ul>
            </section>

            <section aria-labelledby="dates-heading">
              <h2 id="dates-heading">Dates and missing values</h2>
              <p>
                Dates are written <code>YYYY-MM-DD</code>. Where the sources give only a month or a year, so
                does the data (<code>2022-04</code>, <code>2023</code>), never a day we guessed. A field with
                nothing to say is left out, not given an empty value.
              </p>
            </section>

            <section aria-labelledby="fields-heading">
              <h2 id="fields-heading">What the fields mean</h2>
              <p>
                The download starts with a few fields about itself (<code>title</code>, <code>version</code>,{' '}
                <code>schemaVersion</code>, <code>licence</code>, <code>counts</code>); then{' '}
                <code>collections</code> holds one list per kind of entry, each entry as its file in the
                wiki’s <code>data/</code> folder holds it, sorted by id. The schemas check the shape of each
                entry; the rules between entries (every reference resolving, relationships agreeing on both
                sides) and dates being real days are checked by the wiki’s validator.
              </p>
              {data.collections.map((collection) => (
                <div key={collection.name}>
                  <h3 id={`collection-${collection.name}`}>
                    <code>{collection.name}</code>: {collection.count}{' '}
                    {collection.count === 1 ? 'entry' : 'entries'}
                  </h3>
                  <p>
                    <WithCode text={collection.about} /> Schema:{' '}
                    <FileLink href={collection.schema}>{`${collection.name}.schema.json`}</FileLink>.
                  </p>
                  <dl className="facts">
                    {collection.fields.map((field) => (
                      <Fragment key={field.name}>
                        <dt>
                          <code>{field.name}</code>
                        </dt>
                        <dd>
                          <WithCode text={field.note} />{' '}
                          <span className="muted">
                            ({field.type}
                            {field.required ? '' : '; optional'})
                          </span>
                        </dd>
                      </Fragment>
                    ))}
                  </dl>
                </div>
              ))}
            </section>
          </article>
        );
      }}
    </RoutePage>
  );
}
