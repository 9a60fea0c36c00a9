import type { ContentNoteView } from '../content/view-model';
import { OutletLinks } from './page-sources';

/**
 * Sourced notes on difficult themes, collapsed until a fan opens them: nobody is shown the detail unasked,
 * and anyone who wants it is one click away (and it is in the HTML for readers without scripts).
 */
export function ContentNotes({ notes, of }: { notes: ContentNoteView[]; of: string }) {
  if (notes.length === 0) return null;
  return (
    <details className="content-notes">
      <summary>
        Content notes for this {of} ({notes.length} {notes.length === 1 ? 'topic' : 'topics'})
      </summary>
      <ul>
        {notes.map((note) => (
          <li key={note.topic}>
            <strong>{note.label}:</strong> {note.note}{' '}
            <span className="muted">
              (Source: <OutletLinks sources={note.sources} />)
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
