import { useState } from 'react';
import type { AppearanceCell, AppearancesPageData } from '../../content/pages/glance';
import type { SpoilerMark } from '../../content/view-model';
import { Link } from '../../lib/link';
import { useShield } from '../../shared/spoiler';
import { ScrollRegion } from './scroll-region';
import { plural, progressPhrase, ShieldNotice } from './shield-notice';
import './glance.css';

const byName = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/**
 * Characters x episodes as a real table: a caption, a season row over the episode row (column headers) and
 * the characters' names (row headers), so a screen reader announces both for every cell. A filled cell is
 * one link to the character's first scene in that episode; an empty cell is an empty <td>, which screen
 * readers announce as blank.
 *
 * The spoiler shield (see src/shared/spoiler.tsx), deliberately simple:
 * - a character who first appears after the fan's progress loses their whole row (their name is the
 *   spoiler), and one notice counts the hidden rows;
 * - an episode after the fan's progress keeps its column header (episode codes give nothing away), but every
 *   cell in its column is left empty and hatched, and the header says, to screen readers too, that the
 *   column is hidden. Counts and row order then use only the columns shown, so neither gives away later
 *   episodes.
 * One button in the notice shows everything for this visit to the page.
 */
export function AppearanceGrid({ data }: { data: AppearancesPageData }) {
  const shield = useShield();
  const [revealed, setRevealed] = useState(false);
  const hides = (mark: SpoilerMark | undefined) => !revealed && shield.hides(mark);

  const episodes = data.seasons.flatMap((season) => season.episodes);
  const seasonStarts = new Set(data.seasons.map((season) => season.episodes[0]?.code));
  const hiddenEpisodes = new Set(episodes.filter((episode) => hides(episode)).map((episode) => episode.code));
  const hiddenRows = data.rows.filter((row) => hides(row.character.revealedIn)).length;

  const rows = data.rows
    .filter((row) => !hides(row.character.revealedIn))
    .map((row) => ({
      character: row.character,
      cells: new Map(
        row.cells.filter((cell) => !hiddenEpisodes.has(cell.code)).map((cell) => [cell.code, cell] as const),
      ),
    }));
  // The data comes ordered by every episode; with columns hidden, order by the ones shown.
  if (hiddenEpisodes.size > 0) {
    rows.sort((a, b) => b.cells.size - a.cells.size || byName.compare(a.character.label, b.character.label));
  }

  const shielding = shield.active && (hiddenRows > 0 || hiddenEpisodes.size > 0 || revealed);
  const hiddenFrom =
    shield.through === 0 ? 'every episode' : `episodes after ${progressCode(episodes, shield.through)}`;

  return (
    <>
      {shielding ? (
        <ShieldNotice revealed={revealed} onToggle={() => setRevealed((value) => !value)}>
          {hiddenRows > 0
            ? `${plural(hiddenRows, 'character')} hidden by your spoiler shield: ${progressPhrase(shield.through)}. `
            : null}
          {hiddenEpisodes.size > 0 ? `The grid leaves ${hiddenFrom} hatched and empty.` : null}
        </ShieldNotice>
      ) : null}
      <ul className="glance-legend" aria-label="Key">
        <li>
          <span className="glance-dot" aria-hidden="true" /> in at least one scene (links to their first
          scene)
        </li>
        <li>
          <span className="glance-dot glance-dot--ring" aria-hidden="true" /> first appearance, no scene
          recorded
        </li>
        {hiddenEpisodes.size > 0 ? (
          <li>
            <span className="glance-hatch" aria-hidden="true" /> hidden by your spoiler shield
          </li>
        ) : null}
      </ul>
      {rows.length > 0 ? (
        <ScrollRegion label="Appearance grid" className="glance-scroll--grid">
          <table className="appearance-grid">
            <caption className="visually-hidden">
              Which characters appear in which episode: one row per character, one column per episode
            </caption>
            <colgroup>
              <col />
            </colgroup>
            {data.seasons.map((season) => (
              <colgroup key={season.number} span={season.episodes.length} />
            ))}
            <thead>
              <tr className="appearance-grid__seasons">
                <th scope="col" rowSpan={2} className="appearance-grid__corner">
                  Character
                </th>
                {data.seasons.map((season) => (
                  <th
                    key={season.number}
                    scope="colgroup"
                    colSpan={season.episodes.length}
                    className="season-start"
                  >
                    <span className="appearance-grid__season">Season {season.number}</span>
                  </th>
                ))}
              </tr>
              <tr className="appearance-grid__episodes">
                {episodes.map((episode) => {
                  const hidden = hiddenEpisodes.has(episode.code);
                  return (
                    <th
                      key={episode.code}
                      scope="col"
                      title={episode.label}
                      className={classes(
                        seasonStarts.has(episode.code) && 'season-start',
                        hidden && 'is-shielded',
                      )}
                    >
                      {episode.code.toUpperCase()}
                      {hidden ? (
                        <>
                          {' '}
                          <span className="visually-hidden">(hidden by your spoiler shield)</span>
                        </>
                      ) : null}
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {rows.map(({ character, cells }) => (
                <tr key={character.href}>
                  <th scope="row" className="appearance-grid__row-head">
                    <span className="appearance-grid__name">
                      <Link to={character.href}>{character.label}</Link>
                      <span className="appearance-grid__count">
                        {cells.size}{' '}
                        <span className="visually-hidden">{cells.size === 1 ? 'episode' : 'episodes'}</span>
                      </span>
                    </span>
                  </th>
                  {episodes.map((episode) => (
                    <td
                      key={episode.code}
                      className={classes(
                        seasonStarts.has(episode.code) && 'season-start',
                        hiddenEpisodes.has(episode.code) && 'is-shielded',
                      )}
                    >
                      <Mark cell={cells.get(episode.code)} who={character.label} where={episode.label} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ) : null}
    </>
  );
}

/** A filled cell's link: a dot to see, "Charlie Spring in S1E4: Secret" to hear. */
function Mark({ cell, who, where }: { cell: AppearanceCell | undefined; who: string; where: string }) {
  if (!cell) return null;
  const firstOnly = cell.scenes === 0;
  return (
    <Link to={cell.href} className="appearance-grid__mark">
      <span className="visually-hidden">
        {who} in {where}
        {firstOnly ? ' (first appearance; no scene recorded)' : `, ${plural(cell.scenes, 'scene')}`}
      </span>
      <span className={firstOnly ? 'glance-dot glance-dot--ring' : 'glance-dot'} aria-hidden="true" />
    </Link>
  );
}

function progressCode(episodes: { code: string; overall: number }[], through: number): string {
  return (episodes.find((episode) => episode.overall === through)?.code ?? '').toUpperCase();
}

function classes(...names: (string | false)[]): string | undefined {
  const list = names.filter(Boolean).join(' ');
  return list || undefined;
}
