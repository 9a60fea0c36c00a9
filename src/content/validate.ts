/**
 * The dataset validator: turns the raw text of every data file into a typed `Dataset` plus the full list of
 * problems, with the file, JSON path and offending value for each.
 *
 * Pure on purpose (no fs, no clock unless `today` is omitted): the CLI, the build and the tests all feed it
 * `RawFile`s, so every rule can be tested on a small in-memory fixture. It never stops at the first problem:
 * a fan fixing the data should see everything that is wrong in one run.
 *
 * This module is the public entry point; the steps and rules live under ./validate/.
 */
import { type Dataset, isoDateSchema } from './schema';
import { type RawFile, readEntries } from './validate/entries';
import { checkIds } from './validate/ids';
import type { Problem } from './validate/messages';
import { checkReferences } from './validate/references';
import { createReporter } from './validate/reporter';
import type { Rule } from './validate/rule';
import { checkAliases } from './validate/rules/aliases';
import { checkContentNotes } from './validate/rules/content-notes';
import { checkDates } from './validate/rules/dates';
import { checkDescriptionReveals } from './validate/rules/description-reveals';
import { checkOnScreen } from './validate/rules/on-screen';
import { checkRelationships } from './validate/rules/relationships';
import { checkSceneOrder } from './validate/rules/scene-order';
import { checkSeasonsAndEpisodes } from './validate/rules/seasons-and-episodes';
import { parseDataset } from './validate/shapes';

export type { RawFile } from './validate/entries';
export {
  damerauLevenshtein,
  formatPath,
  formatProblem,
  nearest,
  type PathSegment,
  type Problem,
} from './validate/messages';
export { type Reference, referencesOf } from './validate/references';
export { summarizeDataset } from './validate/summary';

export type ValidateOptions = {
  /** ISO date used for "not in the future" checks; defaults to the current UTC date. */
  today?: string;
};

export type ValidationResult = { dataset: Dataset; problems: Problem[] };

/**
 * The checks across entries, in the order they run. Order matters: a rule stays quiet where an earlier step
 * already reported the same spot, and a file's problems are listed in the order they were found.
 */
const RULES: readonly Rule[] = [
  checkReferences,
  checkAliases,
  checkSeasonsAndEpisodes,
  checkRelationships,
  checkSceneOrder,
  checkContentNotes,
  checkDescriptionReveals,
  checkDates,
  checkOnScreen,
];

export function validateFiles(files: readonly RawFile[], options: ValidateOptions = {}): ValidationResult {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  if (!isoDateSchema.safeParse(today).success) {
    throw new Error(
      `validateFiles: options.today must be an ISO date YYYY-MM-DD, got ${JSON.stringify(today)}`,
    );
  }

  const reporter = createReporter();
  const sorted = [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const entries = readEntries(sorted, reporter.report);
  const dataset = parseDataset(entries, reporter);
  const ids = checkIds(entries, reporter);
  const context = { ...ids, entries, today, report: reporter.report, reportedAt: reporter.reportedAt };
  for (const rule of RULES) rule(context);

  // Group by file, keeping each file's problems in the order they were found.
  const { problems } = reporter;
  const order = new Map(sorted.map((f, index) => [f.file, index]));
  problems.sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0));
  return { dataset, problems };
}
