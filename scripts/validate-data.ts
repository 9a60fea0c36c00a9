/**
 * `npm run validate:data`: checks every file under data/ and every link between them.
 * Prints each problem on its own line to stderr and exits 1, or prints one summary line and exits 0.
 * The data folder is found from this file's location, so it works from any working directory.
 */
import { fileURLToPath } from 'node:url';
import { readDataFiles } from '../src/content/load';
import { formatProblem, summarizeDataset, validateFiles } from '../src/content/validate';

const dataDir = fileURLToPath(new URL('../data', import.meta.url));

try {
  const files = readDataFiles(dataDir);
  const { dataset, problems } = validateFiles(files);
  if (problems.length > 0) {
    for (const problem of problems) console.error(formatProblem(problem));
    const fileCount = new Set(problems.map((p) => p.file)).size;
    console.error(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${fileCount} file${fileCount === 1 ? '' : 's'}`,
    );
    process.exitCode = 1;
  } else {
    console.log(summarizeDataset(dataset));
  }
} catch (error) {
  // An unreadable data folder is a problem too, not a stack trace.
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
