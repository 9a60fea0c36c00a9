/**
 * The spoiler shield. What counts as a spoiler comes from the data: every page-data item that an episode
 * could give away carries `revealedIn` (its first appearance, a relationship's start, a scene's episode, the
 * latest episode a statement is about). With the shield on, anything revealed after the furthest episode the
 * fan has watched is replaced by a control that names the episode and reveals it on request.
 */
import { createContext, type ReactNode, useContext, useEffect, useId, useState } from 'react';
import { create } from 'zustand';
import type { SpoilerMark } from '../content/view-model';
import { Link } from '../lib/link';
import { paths } from '../lib/paths';
import { codeOfOverall, type FanState, shieldActive, useFan, watchedThrough } from './fan-store';

export type Shield = {
  active: boolean;
  /** Overall number of the furthest episode watched; 0 when none, or when the shield is off. */
  through: number;
  /** True when `mark` is past the fan's progress and the shield is on. */
  hides: (mark: SpoilerMark | undefined) => boolean;
};

/** Inside a page the fan chose to reveal, everything up to that page's episode is revealed too. */
const RevealedThrough = createContext(0);

/**
 * The same for what belongs to the page on screen but is drawn outside its tree (the link preview cards):
 * the overall number of the episode it was revealed up to by "Show this page anyway", 0 when it was not.
 */
export const usePageRevealed = create<{ through: number }>(() => ({ through: 0 }));

const shieldOn = (state: FanState) => state.loaded && shieldActive(state);

export function useShield(): Shield {
  // The fan's progress is read only while the shield is on: with it off, nothing on the page depends on it.
  // So when their saved state arrives and leaves the shield off, as it does for most fans, or when they mark
  // an episode watched with it off, none of the page's spoiler marks renders again.
  const on = useFan(shieldOn);
  const through = useFan((state) => (shieldOn(state) ? watchedThrough(state.watched) : 0));
  const read = useFan((state) => (shieldOn(state) ? (state.read ?? 0) : 0));
  const revealed = useContext(RevealedThrough);
  return {
    active: on,
    through,
    hides: (mark) =>
      on &&
      mark !== undefined &&
      mark.overall > Math.max(through, revealed) &&
      // What a book tells is no spoiler to a fan who has read that volume.
      !(mark.volume !== undefined && mark.volume <= read),
  };
}

export const markLabel = (mark: SpoilerMark) => mark.code.toUpperCase();

/** The latest of several marks: something is revealed only once all its parts are. */
export function latestMark(...marks: (SpoilerMark | undefined)[]): SpoilerMark | undefined {
  let latest: SpoilerMark | undefined;
  for (const mark of marks) if (mark && (!latest || mark.overall > latest.overall)) latest = mark;
  return latest;
}

/**
 * Shows its children unless they are a spoiler for this fan; then a button "Spoiler: S2E5, reveal" stands
 * in their place until pressed. `what` names the hidden thing for screen readers ("a relationship").
 */
export function Spoiler({
  mark,
  what,
  block = false,
  children,
}: {
  mark: SpoilerMark | undefined;
  what: string;
  block?: boolean;
  children: ReactNode;
}) {
  const shield = useShield();
  const [revealed, setRevealed] = useState(false);
  if (!mark || revealed || !shield.hides(mark)) return <>{children}</>;
  const Tag = block ? 'div' : 'span';
  return (
    <Tag className={block ? 'spoiler spoiler--block' : 'spoiler'}>
      <button
        type="button"
        className="spoiler__reveal"
        aria-label={`Spoiler from ${markLabel(mark)}: ${what}. Reveal`}
        onClick={() => setRevealed(true)}
      >
        <span aria-hidden="true">Spoiler: {markLabel(mark)}, reveal</span>
      </button>
    </Tag>
  );
}

/**
 * A whole page that gives away `mark`: a fan whose progress is earlier (a shared deep link, say) is warned
 * first and chooses whether to read on.
 */
export function SpoilerGate({
  mark,
  what,
  children,
}: {
  mark: SpoilerMark;
  what: string;
  children: ReactNode;
}) {
  const shield = useShield();
  const [revealed, setRevealed] = useState(false);
  const headingId = useId();
  const outer = useContext(RevealedThrough);
  const through = Math.max(outer, mark.overall);
  useEffect(() => {
    if (!revealed) return;
    usePageRevealed.setState({ through });
    return () => usePageRevealed.setState({ through: 0 });
  }, [revealed, through]);
  if (revealed || !shield.hides(mark)) {
    return <RevealedThrough.Provider value={through}>{children}</RevealedThrough.Provider>;
  }
  return (
    <section className="spoiler-gate" aria-labelledby={headingId}>
      <h1 id={headingId} tabIndex={-1}>
        Spoiler warning: {markLabel(mark)}
      </h1>
      <p>
        This page is about {what}, which gives away events from {markLabel(mark)}.{' '}
        {shield.through === 0
          ? 'You have not marked any episodes as watched'
          : `You have watched up to ${codeOfOverall(shield.through).toUpperCase()}`}
        , and your spoiler shield is on.
      </p>
      <p className="spoiler-gate__actions">
        <button type="button" onClick={() => setRevealed(true)}>
          Show this page anyway
        </button>
        <Link to={paths.index('episode')}>Back to the episode list</Link>
        <Link to={paths.page('my-wiki')}>Change my progress</Link>
      </p>
    </section>
  );
}
