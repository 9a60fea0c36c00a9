import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, type Rolldown } from 'vite';
import { COMPILE_HINT, eagerCompile, eagerWrappers } from './eager-compile';

let directory = '';
let chunks: Rolldown.OutputChunk[] = [];

beforeAll(async () => {
  directory = mkdtempSync(path.join(tmpdir(), 'eager-compile-'));
  // A CommonJS module, like React's, imported by the entry and by a chunk loaded later.
  writeFileSync(
    path.join(directory, 'counter.cjs'),
    'let count = 0;\nexports.next = function next() { count += 1; return count; };\n',
  );
  writeFileSync(
    path.join(directory, 'main.js'),
    "import { next } from './counter.cjs';\nexport const first = next();\nexport const later = () => import('./later.js');\n",
  );
  writeFileSync(
    path.join(directory, 'later.js'),
    "import { next } from './counter.cjs';\nexport const second = next();\n",
  );
  chunks = await bundle();
});

afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

async function bundle(): Promise<Rolldown.OutputChunk[]> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root: directory,
    plugins: [eagerCompile()],
    build: {
      write: false,
      modulePreload: false,
      rolldownOptions: { input: path.join(directory, 'main.js'), preserveEntrySignatures: 'strict' },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  return outputs.flatMap((output) =>
    'output' in output ? output.output.filter((file) => file.type === 'chunk') : [],
  );
}

test('the code every page runs as it loads is marked to be compiled while it downloads, and nothing else', () => {
  const entry = chunks.find((chunk) => chunk.isEntry);
  const later = chunks.find((chunk) => chunk.fileName.includes('later'));
  expect(entry?.code.startsWith(COMPILE_HINT)).toBe(true);
  for (const file of entry?.imports ?? []) {
    expect(chunks.find((chunk) => chunk.fileName === file)?.code.startsWith(COMPILE_HINT)).toBe(true);
  }
  expect(later?.code).not.toContain('allFunctionsCalledOnLoad');
});

test('a bundled CommonJS module is wrapped in a function expression, which V8 compiles at once', () => {
  const counter = chunks.find((chunk) => chunk.fileName.includes('counter'))?.code ?? '';
  // The module's body, `let count = 0; ...`, as minified.
  expect(counter).toMatch(/\(\(function\s*\(\w+\)\s*\{var \w+=0;/);
  expect(counter).not.toMatch(/\(\(\(?\w+\)?=>\{var \w+=0;/);
});

test('a rewritten wrapper runs the module exactly as the arrow function did', () => {
  const bundled = [
    'var __commonJSMin = (cb, mod) => () => (mod || (cb((mod = { exports: {} }).exports, mod, mod.exports), cb = null), mod.exports);',
    'var require_counter = /* @__PURE__ */ __commonJSMin(((exports) => {',
    '\tlet count = 0;',
    '\texports.next = () => ++count;',
    '}));',
    'var require_main = /* @__PURE__ */ __commonJSMin(((exports, module) => {',
    '\tmodule.exports = { counter: require_counter(), self: typeof this };',
    '}));',
    'return require_main();',
  ].join('\n');
  const eager = eagerWrappers(bundled);
  expect(eager).toContain('__commonJSMin((function(exports) {');
  expect(eager).toContain('__commonJSMin((function(exports, module) {');
  const run = (code: string) => {
    const main = new Function(`'use strict';\n${code}`)();
    return { first: main.counter.next(), second: main.counter.next(), self: main.self };
  };
  expect(run(eager)).toEqual(run(bundled));
});
