import { isRecord, itemsOf } from '../json';
import { formatPath, type PathSegment } from '../messages';
import type { Rule } from '../rule';

/** One note per topic on an episode or scene: a second note on the same topic belongs in the first. */
export const checkContentNotes: Rule = ({ entries, report }) => {
  for (const entry of entries) {
    if (entry.collection !== 'episodes' && entry.collection !== 'scenes') continue;
    if (!isRecord(entry.json)) continue;
    const firstByTopic = new Map<string, PathSegment[]>();
    itemsOf(entry.json.contentNotes).forEach((note, index) => {
      if (!isRecord(note) || typeof note.topic !== 'string') return;
      const path: PathSegment[] = ['contentNotes', index, 'topic'];
      const first = firstByTopic.get(note.topic);
      if (first) {
        report(
          entry.file,
          path,
          note.topic,
          `repeats the topic of ${formatPath(first)}; give each topic one note, citing all its sources`,
        );
      } else {
        firstByTopic.set(note.topic, path);
      }
    });
  }
};
