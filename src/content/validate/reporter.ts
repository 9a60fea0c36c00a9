import { formatPath, type Problem } from './messages';

export type Report = (
  file: string,
  path: readonly PropertyKey[],
  value: unknown,
  message: string,
  suggestion?: string,
) => void;

export type ReportedAt = (file: string, path: readonly PropertyKey[]) => Problem | undefined;

export type Reporter = {
  /** Every problem, in the order it was reported. */
  problems: Problem[];
  report: Report;
  /** The first problem reported at this spot, if any. */
  reportedAt: ReportedAt;
};

export function createReporter(): Reporter {
  const problems: Problem[] = [];
  /** Problems by file and path, so later checks do not repeat a fault already reported at the same spot. */
  const reported = new Map<string, Problem>();
  const report: Report = (file, path, value, message, suggestion) => {
    const problem: Problem = { file, path: formatPath(path), value, message };
    if (suggestion !== undefined) problem.suggestion = suggestion;
    problems.push(problem);
    const key = `${file}\u0000${problem.path}`;
    if (!reported.has(key)) reported.set(key, problem);
  };
  const reportedAt: ReportedAt = (file, path) => reported.get(`${file}\u0000${formatPath(path)}`);
  return { problems, report, reportedAt };
}
