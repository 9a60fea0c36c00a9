/**
 * The layering rules in biome.json, checked against probe files: each layer may import the layers before
 * it and nothing after, a feature imports no other feature, and an import cycle is an error. The probes are
 * linted in a scratch copy of the project's Biome configuration, so the real tree is never touched.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const biome = path.join(root, 'node_modules', '@biomejs', 'biome', 'bin', 'biome');

type Diagnostic = { category: string; location: { path: string } };

/** Lints the given files (path → source) with the project's rules; returns `file rule` pairs. */
function lint(files: Record<string, string>): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'layers-'));
  try {
    copyFileSync(path.join(root, 'biome.json'), path.join(dir, 'biome.json'));
    for (const [file, source] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), source);
    }
    let output: string;
    try {
      output = execFileSync(
        process.execPath,
        [biome, 'lint', '--reporter=json', '--vcs-enabled=false', '.'],
        {
          cwd: dir,
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
    } catch (error) {
      // Biome exits non-zero when it finds errors; the report is still on stdout.
      output = String((error as { stdout?: unknown }).stdout ?? '');
    }
    const report: { diagnostics: Diagnostic[] } = JSON.parse(output.slice(output.indexOf('{')));
    return report.diagnostics
      .map((diagnostic) => `${diagnostic.location.path.replace(/^\.\//, '')} ${diagnostic.category}`)
      .filter((line) => /noRestrictedImports|noImportCycles/.test(line))
      .sort();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const RESTRICTED = 'lint/style/noRestrictedImports';
const CYCLE = 'lint/suspicious/noImportCycles';

const module = (name: string) => `export const ${name} = 1;\n`;
const importing = (from: string, name = 'x') =>
  `import { ${name} } from '${from}';\nexport const y = ${name};\n`;
const importingType = (from: string) => `import type { X } from '${from}';\nexport type Y = X;\n`;

/** One module in each layer, for the probes to import. */
const LAYERS = {
  'src/lib/paths.ts': module('x'),
  'src/content/schema.ts': module('x'),
  'src/shared/spoiler.ts': module('x'),
  'src/components/card.ts': module('x'),
  'src/features/search/results.ts': `${module('x')}export type X = number;\n`,
  'src/features/fan/store.ts': module('x'),
  'src/app/router.ts': module('x'),
};

test('an import from src/lib into a feature is rejected, even a type-only one', () => {
  expect(
    lint({
      ...LAYERS,
      'src/lib/probe.ts': importing('../features/search/results'),
      'src/lib/probe-type.ts': importingType('../features/search/results'),
    }),
  ).toEqual([`src/lib/probe-type.ts ${RESTRICTED}`, `src/lib/probe.ts ${RESTRICTED}`]);
});

test('each layer may import the layers before it and none after', () => {
  expect(
    lint({
      ...LAYERS,
      'src/content/ok.ts': importing('../lib/paths'),
      'src/content/up.ts': importing('../shared/spoiler'),
      'src/shared/ok.ts': importing('../content/schema'),
      'src/shared/up.ts': importing('../components/card'),
      'src/components/ok.ts': importing('../shared/spoiler'),
      'src/components/up.ts': importing('../features/search/results'),
      'src/features/search/ok.ts': importing('../../components/card'),
      'src/features/search/up.ts': importing('../../app/router'),
      'src/app/ok.ts': importing('../features/search/results'),
    }),
  ).toEqual([
    `src/components/up.ts ${RESTRICTED}`,
    `src/content/up.ts ${RESTRICTED}`,
    `src/features/search/up.ts ${RESTRICTED}`,
    `src/shared/up.ts ${RESTRICTED}`,
  ]);
});

test('a feature may not import another feature, however the path is spelt, nor load it lazily', () => {
  expect(
    lint({
      ...LAYERS,
      'src/features/search/sibling.ts': importing('../fan/store'),
      'src/features/search/roundabout.ts': importing('../../features/fan/store'),
      'src/features/search/lazy.ts': "export const load = () => import('../fan/store');\n",
      'src/features/search/own.ts': importing('./results'),
    }),
  ).toEqual([
    `src/features/search/lazy.ts ${RESTRICTED}`,
    `src/features/search/roundabout.ts ${RESTRICTED}`,
    `src/features/search/sibling.ts ${RESTRICTED}`,
  ]);
});

test('the service worker may import src/lib and nothing else of the app', () => {
  expect(
    lint({
      ...LAYERS,
      'src/service-worker/ok.ts': importing('../lib/paths'),
      'src/service-worker/up.ts': importing('../content/schema'),
      'src/service-worker/page.ts': importing('../features/search/results'),
    }),
  ).toEqual([`src/service-worker/page.ts ${RESTRICTED}`, `src/service-worker/up.ts ${RESTRICTED}`]);
});

test('an import cycle is rejected', () => {
  expect(
    lint({
      'src/lib/a.ts': "import { b } from './b';\nexport const a = () => b;\n",
      'src/lib/b.ts': "import { a } from './a';\nexport const b = () => a;\n",
    }),
  ).toEqual([`src/lib/a.ts ${CYCLE}`, `src/lib/b.ts ${CYCLE}`]);
});

test('tests may import across layers (they render the whole app)', () => {
  expect(lint({ ...LAYERS, 'src/lib/paths.test.ts': importing('../app/router') })).toEqual([]);
});
