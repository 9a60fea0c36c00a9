import { useParams } from 'react-router';
import { DateText } from '../../components/date-text';
import { PageHeading } from '../../components/page-heading';
import { PageSources } from '../../components/page-sources';
import { Link } from '../../lib/link';
import { PageMeta } from '../../lib/page-meta';
import { pageDataKeys } from '../../lib/paths';
import { FavouriteButton, ShieldOffer } from '../../shared/fan-controls';
import { SpoilerGate } from '../../shared/spoiler';
import { RoutePage } from '../route-page';

export function CommentaryRoute() {
  const { slug = '' } = useParams();
  return (
    <RoutePage pageKey={pageDataKeys.entry('commentary', slug)} kind="commentary">
      {({ card, context, meta, sources, backlinks, unverified, record }) => {
        const source = sources[0];
        const page = (
          <article className="entity-page">
            <PageMeta meta={meta} />
            <PageHeading eyebrow="Commentary">{card.topic}</PageHeading>
            <ShieldOffer />
            <FavouriteButton
              item={{ kind: 'commentary', id: card.id, label: `${card.topic} (${card.speaker.label})` }}
            />
            {card.quote ? (
              <figure className="big-quote">
                <blockquote cite={source?.url}>
                  {card.quote.map((passage) => (
                    <p key={passage}>“{passage}”</p>
                  ))}
                </blockquote>
                <figcaption>
                  — <Link to={card.speaker.href}>{card.speaker.label}</Link>
                </figcaption>
              </figure>
            ) : null}
            <section aria-labelledby="summary-heading">
              <h2 id="summary-heading">{card.quote ? 'In context' : 'What was said'}</h2>
              <p className="lede">{context}</p>
              {card.quote ? null : (
                <p className="muted">
                  The source reports this in its own words; we give a summary rather than a quotation.
                </p>
              )}
            </section>
            <section aria-labelledby="attribution-heading">
              <h2 id="attribution-heading">Attribution</h2>
              <dl className="facts">
                <dt>Speaker</dt>
                <dd>
                  <Link to={card.speaker.href}>{card.speaker.label}</Link>
                </dd>
                <dt>Date</dt>
                <dd>
                  <DateText value={card.date} />
                </dd>
                {source ? (
                  <>
                    <dt>Source</dt>
                    <dd>
                      <a href={source.url} rel="noopener noreferrer external">
                        {source.title}
                      </a>
                      , {source.outlet}
                      {source.author ? `, by ${source.author}` : ''}
                    </dd>
                  </>
                ) : null}
                {source?.event ? (
                  <>
                    <dt>Event</dt>
                    <dd>
                      {source.event.name}, <DateText value={source.event.date} />
                    </dd>
                  </>
                ) : null}
              </dl>
            </section>
            <section aria-labelledby="subjects-heading">
              <h2 id="subjects-heading">What it is about</h2>
              <ul className="link-list">
                {card.about.map((subject) => (
                  <li key={`${subject.kind}:${subject.href}`}>
                    <Link to={subject.href}>{subject.label}</Link>{' '}
                    <span className="muted">({subject.kind})</span>
                    {subject.unconfirmed ? (
                      <p className="unconfirmed">Unconfirmed link: {subject.note}</p>
                    ) : null}
                  </li>
                ))}
              </ul>
            </section>
            <PageSources sources={sources} backlinks={backlinks} unverified={unverified} record={record} />
          </article>
        );
        return card.revealedIn ? (
          <SpoilerGate mark={card.revealedIn} what={`a statement by ${card.speaker.label}`}>
            {page}
          </SpoilerGate>
        ) : (
          page
        );
      }}
    </RoutePage>
  );
}
