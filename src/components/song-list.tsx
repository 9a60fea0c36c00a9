import { Link } from 'react-router';
import type { SongRow } from '../content/pages/music';
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
