/**
 * `npm run check:html`: the W3C Nu HTML Checker (vnu.jar, from the vnu-jar package) over the built site.
 * Every prerendered page once (each is written twice, `a/b.html` and `a/b/index.html`: same bytes), the 404
 * page, the search page's shell, and the search page as it looks with prerendered results swapped in (one
 * file of page-data/search-results, which the search page's script puts into the shell). Prints each error
 * with its file, line and column, and fails on any. Needs Java (`.ci/run` installs Debian's when missing).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

const dist = path.resolve(import.meta.dirname, '../dist');
// The package's main export is the path of the jar it ships.
const vnu = String(createRequire(import.meta.url)('vnu-jar'));

function htmlFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return htmlFiles(full);
    return entry.name.endsWith('.html') && entry.name !== 'index.html' ? [full] : [];
  });
}

/** The search page with one prerendered result file's HTML in place of its shell, as a fan sees it. */
function searchPageWithResults(folder: string): string {
  const shell = readFileSync(path.join(dist, 'search.html'), 'utf8');
  const results: { html: string } = JSON.parse(
    readFileSync(path.join(dist, 'page-data/search-results/nick.json'), 'utf8'),
  );
  const root = /<div id="root">[\s\S]*?<\/div>(?=\s*<script)/;
  if (!root.test(shell)) throw new Error('check-html: dist/search.html has no #root before its scripts');
  const file = path.join(folder, 'search-nick.html');
  writeFileSync(
    file,
    shell.replace(root, () => `<div id="root">${results.html}</div>`),
  );
  return file;
}

const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
if (java.error) {
  console.error(
    'check-html: Java is missing, and the Nu HTML Checker needs it. Install it with: sudo apt-get update && sudo apt-get install -y default-jre-headless',
  );
  process.exit(1);
}

const scratch = mkdtempSync(path.join(tmpdir(), 'check-html-'));
try {
  const files = [path.join(dist, 'index.html'), ...htmlFiles(dist), searchPageWithResults(scratch)];
  const run = spawnSync('java', ['-Xss8m', '-jar', vnu, '--errors-only', '--format', 'json', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  // vnu writes its JSON report to stderr, and exits 1 when it found an error.
  const report: {
    messages?: { type: string; url?: string; lastLine?: number; firstColumn?: number; message: string }[];
  } = JSON.parse(run.stderr || '{}');
  const errors = (report.messages ?? []).filter((message) => message.type === 'error');
  for (const error of errors) {
    const file = path.relative(process.cwd(), decodeURI((error.url ?? '').replace(/^file:/, '')));
    console.error(`${file}:${error.lastLine ?? '?'}:${error.firstColumn ?? '?'}: ${error.message}`);
  }
  console.log(
    `check-html: ${files.length} HTML files checked with the Nu HTML Checker, ${errors.length} error${errors.length === 1 ? '' : 's'}`,
  );
  if (errors.length > 0 || run.status !== 0) process.exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
