/** What is heard and seen on screen in an episode or scene: its songs, and its places. */

import type { LinkRef, SongRow } from '../content/view-model';
import { Link } from '../lib/link';
import { Spoiler } from '../shared/spoiler';

/** Songs in a list: title (a link), who sings it, and where it plays when the sources say. */
export function SongList({ songs }: { songs: SongRow[] }) {
  return (
    <ul className="song-list">
      {songs.map((song) => (
        <li key={song.href}>
          <Spoiler mark={song.revealedIn} what="a song">
            <Link to={song.href}>{song.label}</Link> <span className="muted">by {song.artists}</span>
            {song.placement ? <span className="song-list__placement"> · {song.placement}</span> : null}
          </Spoiler>
        </li>
      ))}
    </ul>
  );
}

type Props = { settings: LinkRef[]; filming: (LinkRef & { as: string[] })[] };

/** Where an episode or scene is set, and the real places that played them ("Cala Llombards, as Menorca"). */
export function ScreenPlaces({ settings, filming }: Props) {
  if (settings.length === 0 && filming.length === 0) return <p className="muted">No places recorded yet.</p>;
  return (
    <dl className="facts">
      {settings.length > 0 ? (
        <>
          <dt>In the story</dt>
          <dd>
            {settings.map((place, index) => (
              <span key={place.href}>
                {index > 0 ? ', ' : ''}
                <Link to={place.href}>{place.label}</Link>
              </span>
            ))}
          </dd>
        </>
      ) : null}
      {filming.length > 0 ? (
        <>
          <dt>Filmed at</dt>
          <dd>
            {filming.map((place, index) => (
              <span key={place.href}>
                {index > 0 ? '; ' : ''}
                <Link to={place.href}>{place.label}</Link>
                {place.as.length > 0 ? `, as ${place.as.join(' and ')}` : ''}
              </span>
            ))}
          </dd>
        </>
      ) : null}
    </dl>
  );
}
