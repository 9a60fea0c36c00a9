/**
 * Importing a "My wiki" file (see ./transfer). An import is all or nothing: a file that is not ours, is
 * damaged, or holds a single unreadable entry is refused with a message saying why, and nothing changes. It
 * is checked with the same schemas as the fan's saved state (src/shared/fan-slots.ts), so a hand-edited
 * export is held to the same rules as storage; only here, one bad entry refuses the file instead of being
 * left out. My wiki loads this module when a file is chosen: zod comes with it, as with the code that saves.
 */
import * as z from 'zod/mini';
import { replaceAll } from '../../shared/fan-actions';
import { type Favourite, favouriteSchema, type Progress, progressSchema } from '../../shared/fan-slots';
import { FAVOURITE_KINDS, MAX_FAVOURITES } from '../../shared/fan-state';
import { favouriteKey } from '../../shared/favourite-key';
import { EXPORT_FORMAT, EXPORT_VERSION } from './transfer';

/** Far above any real export (500 favourites is ~60 KB). */
export const MAX_IMPORT_BYTES = 1024 * 1024;

export type ImportResult =
  | { ok: true; progress: Progress; favourites: Favourite[] }
  | { ok: false; message: string };

/** Read first: a newer version's file is refused for its version, whatever else it holds. */
const header = z.object({ format: z.literal(EXPORT_FORMAT), version: z.optional(z.unknown()) });
const version = z.int().check(z.minimum(1));
const body = z.object({
  progress: progressSchema,
  favourites: z.array(favouriteSchema).check(z.maxLength(MAX_FAVOURITES)),
});

/** The fan's words for the first thing wrong with the file's progress or favourites. */
function bodyProblem(issues: readonly z.core.$ZodIssue[]): string {
  const [issue] = issues;
  const [section, field, index] = issue?.path ?? [];
  if (section === 'progress') {
    if (field === undefined) return 'This export has no "progress" section.';
    if (field === 'shield') return '"progress.shield" must be "on", "off" or null.';
    if (index === undefined) return '"progress.watched" must be a list of episode codes.';
    return `"progress.watched[${String(index)}]" is ${JSON.stringify(issue?.input)}, which is not an episode of Heartstopper.`;
  }
  if (field !== undefined) {
    return `"favourites[${String(field)}]" is not a favourite the wiki can read (it needs a kind of ${FAVOURITE_KINDS.join(', ')}, an id and a label).`;
  }
  if (issue?.code === 'too_big' && Array.isArray(issue.input)) {
    return `This export lists ${issue.input.length} favourites; the most the wiki keeps is ${MAX_FAVOURITES}.`;
  }
  return '"favourites" must be a list.';
}

const refuse = (message: string): ImportResult => ({ ok: false, message });

export function parseMyWikiImport(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) {
    return refuse('This file is too large to be a My wiki export (the limit is 1 MB).');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return refuse('This file is not valid JSON, so it cannot be a My wiki export.');
  }
  const file = header.safeParse(parsed);
  if (!file.success) {
    return refuse(
      'This file is not a Heartstopper Wiki export (it has no "format": "heartstopper-wiki/my-wiki").',
    );
  }
  const fileVersion = version.safeParse(file.data.version);
  if (!fileVersion.success) return refuse('This export has no valid version number.');
  if (fileVersion.data > EXPORT_VERSION) {
    return refuse(
      `This export was made by a newer version of the wiki (format version ${fileVersion.data}); reload the page to get the latest version, then try again.`,
    );
  }
  const read = body.safeParse(parsed, { reportInput: true });
  if (!read.success) return refuse(bodyProblem(read.error.issues));
  // The last of two favourites with the same kind and id wins, in the place of the first.
  const favourites = new Map(read.data.favourites.map((favourite) => [favouriteKey(favourite), favourite]));
  return { ok: true, progress: read.data.progress, favourites: [...favourites.values()] };
}

/** Reads a file and, when it is one the wiki can read in full, puts its progress and favourites in place. */
export function importMyWiki(text: string): ImportResult {
  const result = parseMyWikiImport(text);
  if (result.ok) replaceAll(result);
  return result;
}
