import type { PageRecord } from '../content/view-model';
import { Link } from '../lib/link';
import { DateText } from './date-text';

/**
 * The last line of every entity page: when its data last changed ("Last updated 3 December 2026", or "Data
 * as of" the day of the build when the history was not there to read) and "Suggest a correction", which
 * leads to a new issue on the repository (and its data file), or, on a build without one, to the wiki's page
 * on fixing data. The links come finished in the page data.
 */
export function PageRecordLine({ record }: { record: PageRecord }) {
  const date = record.updated ?? record.built;
  return (
    <p className="page-record">
      {date ? (
        <>
          {record.updated ? 'Last updated ' : 'Data as of '}
          <DateText value={date} />.{' '}
        </>
      ) : null}
      <span className="page-record__tools">
        {record.view ? (
          <>
            <a href={record.correct}>Suggest a correction</a> or <a href={record.view}>view the data file</a>.
          </>
        ) : (
          <Link to={record.correct}>Suggest a correction</Link>
        )}
      </span>
    </p>
  );
}
