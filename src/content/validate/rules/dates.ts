import { commentarySchema, sourceSchema } from '../../schema';
import type { Entry } from '../entries';
import { field } from '../json';
import type { PathSegment } from '../messages';
import type { Rule } from '../rule';

/** True when a partial date's first possible day is after `today`. */
function isFuture(date: string, today: string): boolean {
  return date > today.slice(0, date.length);
}

/** Commentary and source dates are not in the future. */
export const checkDates: Rule = ({ entries, today, report }) => {
  const check = (entry: Entry, path: PathSegment[], date: string | undefined): void => {
    if (date !== undefined && isFuture(date, today)) {
      report(entry.file, path, date, `is in the future (today is ${today})`);
    }
  };
  for (const entry of entries) {
    if (entry.collection === 'commentary') {
      check(entry, ['date'], field(entry.json, 'date', commentarySchema.shape.date));
    }
    if (entry.collection === 'sources') {
      check(entry, ['published'], field(entry.json, 'published', sourceSchema.shape.published));
      const event = field(entry.json, 'event', sourceSchema.shape.event);
      check(entry, ['event', 'date'], event?.date);
    }
  }
};
