import type { Entry } from './entries';
import type { IdIndex } from './ids';
import type { Report, ReportedAt } from './reporter';

/** What every rule sees: all entries (readable or not), the id index, today's date and the shared report. */
type RuleContext = IdIndex & {
  entries: readonly Entry[];
  /** ISO date for "not in the future" checks. */
  today: string;
  report: Report;
  /** Lets a rule stay quiet where an earlier step already reported a fault. */
  reportedAt: ReportedAt;
};

/**
 * One family of checks across entries. A rule reports into the shared context rather than returning its
 * problems, because later rules skip spots that earlier ones already reported.
 */
export type Rule = (context: RuleContext) => void;
