import { Fragment } from 'react';
import { useSearchParams } from 'react-router';
import { PageHeading } from '../../components/page-heading';
import type { CorrectionsPageData } from '../../content/pages/site';
import { useHydrated } from '../../features/search/use-hydrated';
import { Link } from '../../lib/link';
import { PageMeta } from '../../lib/page-meta';
import { pageDataKeys, paths } from '../../lib/paths';
import { RoutePage } from '../route-page';

/**
 * The data file the fan came from (`?file=data/characters/nick-nelson.json`), if it is one a page could be
 * drawn from: a known folder and an id. Read only after hydration, since the prerendered page has no query.
 */
function useFileAsked(folders: CorrectionsPageData['folders']): string | undefined {
  const [params] = useSearchParams();
  const hydrated = useHydrated();
  const file = params.get('file') ?? '';
  if (!hydrated) return undefined;
  const known = folders.some(({ folder }) => file.startsWith(`${folder}/`));
  return known && /^data\/[a-z]+\/[a-z0-9]+(?:-[a-z0-9]+)*\.json$/.test(file) ? file : undefined;
}

function Steps({ data }: { data: CorrectionsPageData }) {
  const file = useFileAsked(data.folders);
  return (
    <>
      <p className="lede">
        Every page of this wiki is drawn from one JSON file in the <code>data/</code> folder of its source
        code.{' '}
        {file ? (
          <>
            The page you came from is drawn from <code>{file}</code>.
          </>
        ) : (
          'A page’s file is named after the last part of its address, in the folder of its kind (below).'
        )}{' '}
        This copy of the wiki was built without a link to where its source is kept, so a correction is made in
        the data itself, and checked before it is published.
      </p>
      <section aria-labelledby="steps-heading">
        <h2 id="steps-heading">How to fix it</h2>
        <ol>
          <li>
            Get the wiki’s source code (from whoever runs this copy) and run <code>npm ci</code> in it.
          </li>
          <li>
            Open {file ? <code>{file}</code> : 'the page’s file'} and fix it. Cite the sources that back the
            change, by their ids in <code>sources</code> (add a file to <code>data/sources/</code> if the
            source is new). Write descriptions in your own words; only <code>quote</code> passages are word
            for word.
          </li>
          <li>
            If you believe something but cannot source it, leave it out, or add an <code>unverified</code>{' '}
            note naming the field.
          </li>
          <li>
            Run <code>npm run validate:data</code> and fix what it reports, then <code>npm run dev</code> to
            see the page at <code>http://localhost:5173</code>.
          </li>
          <li>Send the change to whoever runs this copy of the wiki, with the sources you cited.</li>
        </ol>
        <p>
          The full rules for facts and quotes are in <code>docs/data.md</code>, next to the data.
        </p>
      </section>
    </>
  );
}

export function CorrectionsRoute() {
  return (
    <RoutePage pageKey={pageDataKeys.page('corrections')} kind="corrections">
      {(data) => (
        <article>
          <PageMeta meta={data.meta} />
          <PageHeading>Suggest a correction</PageHeading>
          <Steps data={data} />
          <section aria-labelledby="folders-heading">
            <h2 id="folders-heading">Where each page’s data is</h2>
            <p>
              <Link to={paths.entry('character', 'nick-nelson')}>Nick Nelson’s page</Link> is drawn from{' '}
              <code>data/characters/nick-nelson.json</code>; every other page the same way:
            </p>
            <dl className="facts">
              {data.folders.map(({ label, folder }) => (
                <Fragment key={folder}>
                  <dt>{label}</dt>
                  <dd>
                    <code>{folder}/</code>
                  </dd>
                </Fragment>
              ))}
            </dl>
          </section>
        </article>
      )}
    </RoutePage>
  );
}
