import { useRef } from 'react';
import type { CommentaryCard as CommentaryCardData, SubjectRef } from '../content/view-model';
import { Link } from '../lib/link';
import { FavouriteButton } from '../shared/fan-controls';
import { Spoiler } from '../shared/spoiler';
import { DateText } from './date-text';
import { CopyLinkButton } from './share-button';

function SubjectLinks({ subjects }: { subjects: SubjectRef[] }) {
  return (
    <ul className="subject-list" aria-label="About">
      {subjects.map((subject) => (
        <li key={`${subject.kind}:${subject.href}`}>
          <Link to={subject.href}>{subject.label}</Link>
          {subject.unconfirmed ? (
            <span className="unconfirmed"> (unconfirmed link{subject.note ? `: ${subject.note}` : ''})</span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** One statement: the exact words where we have them, otherwise our summary, always with who and where. */
export function CommentaryCard({
  card,
  headingLevel = 3,
}: {
  card: CommentaryCardData;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <Spoiler mark={card.revealedIn} what={`a statement by ${card.speaker.label}`} block>
      <CommentaryCardBody card={card} Heading={Heading} />
    </Spoiler>
  );
}

function CommentaryCardBody({ card, Heading }: { card: CommentaryCardData; Heading: 'h2' | 'h3' | 'h4' }) {
  return (
    <article className="commentary-card">
      <Heading className="commentary-card__topic">
        <Link to={card.href}>{card.topic}</Link>
      </Heading>
      {card.quote ? (
        <blockquote className="quote">
          {card.quote.map((passage) => (
            <p key={passage}>“{passage}”</p>
          ))}
        </blockquote>
      ) : (
        <p className="summary">{card.summary}</p>
      )}
      <p className="attribution">
        <Link to={card.speaker.href}>{card.speaker.label}</Link>, <DateText value={card.date} />
        {card.attribution ? ` · ${card.attribution}` : ''}
      </p>
      <SubjectLinks subjects={card.about} />
      <p className="card-actions">
        <CopyLinkButton path={card.href} label={`Copy link to “${card.topic}”`} />
        <FavouriteButton
          item={{ kind: 'commentary', id: card.id, label: `${card.topic} (${card.speaker.label})` }}
        />
      </p>
    </article>
  );
}

/** How many statements a page shows in full before the rest fold to one line each. */
const IN_FULL = 3;

/**
 * A page's statements, most relevant first: the first few in full, the rest one line each (topic, speaker,
 * date) that opens to the full card, and a button that opens them all.
 */
export function CommentaryList({ cards, empty }: { cards: CommentaryCardData[]; empty: string }) {
  if (cards.length === 0) return <p className="muted">{empty}</p>;
  return (
    <div className="commentary-list">
      {cards.slice(0, IN_FULL).map((card) => (
        <CommentaryCard key={card.id} card={card} />
      ))}
      {cards.length > IN_FULL ? <FoldedStatements cards={cards.slice(IN_FULL)} /> : null}
    </div>
  );
}

function FoldedStatements({ cards }: { cards: CommentaryCardData[] }) {
  const list = useRef<HTMLUListElement>(null);
  return (
    <div className="more-statements">
      <div className="more-statements__head">
        <h3>
          {cards.length} more {cards.length === 1 ? 'statement' : 'statements'}
        </h3>
        <button
          type="button"
          className="link-button"
          onClick={() => {
            for (const fold of list.current?.querySelectorAll('details') ?? []) fold.open = true;
          }}
        >
          Open them all
        </button>
      </div>
      <ul ref={list} className="statement-folds">
        {cards.map((card) => (
          <li key={card.id}>
            <Spoiler mark={card.revealedIn} what={`a statement by ${card.speaker.label}`} block>
              <details className="fold">
                <summary>
                  <span className="card-title">{card.topic}</span>
                  <span className="muted">
                    {' '}
                    · {card.speaker.label}, <DateText value={card.date} />
                  </span>
                </summary>
                <CommentaryCardBody card={card} Heading="h4" />
              </details>
            </Spoiler>
          </li>
        ))}
      </ul>
    </div>
  );
}
