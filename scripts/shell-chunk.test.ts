import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, type Rolldown } from 'vite';
import { shellChunk } from './shell-chunk';

let directory = '';
let chunks: Rolldown.OutputChunk[] = [];

/** A tiny app shaped like the wiki's: a page, an entry, a CommonJS library, home and one other page. */
const FILES: Record<string, string> = {
  'index.html': '<!doctype html><div id="root"></div><script type="module" src="/src/main.js"></script>',
  // CommonJS, like React: the bundler needs its helpers to run it.
  'src/library.cjs': 'exports.render = function render(text) { return "<" + text + ">"; };',
  'src/main.js': [
    "import { render } from './library.cjs';",
    "import { layout } from './layout.js';",
    "const pages = { home: () => import('./routes/home.js'), episode: () => import('./routes/episode.js') };",
    'pages[location.pathname === "/" ? "home" : "episode"]().then((page) => console.log(render(layout(page.body()))));',
  ].join('\n'),
  'src/layout.js': 'export const layout = (body) => "layout-marker " + body;',
  'src/heading.js': 'export const heading = (text) => "heading-marker " + text;',
  'src/routes/home.js': [
    "import { render } from '../library.cjs';",
    "import { heading } from '../heading.js';",
    'export const body = () => render(heading("home-marker"));',
  ].join('\n'),
  'src/routes/episode.js': [
    "import { render } from '../library.cjs';",
    "import { heading } from '../heading.js';",
    'export const body = () => render(heading("episode-marker"));',
  ].join('\n'),
};

/** Builds the app in `directory` with the shell group, home's module being `home` (relative to it). */
async function bundle(home: string): Promise<Rolldown.OutputChunk[]> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root: directory,
    build: {
      write: false,
      modulePreload: false,
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [shellChunk(path.join(directory, 'index.html'), path.join(directory, home))],
          },
        },
      },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  return outputs.flatMap((output) =>
    'output' in output ? output.output.filter((file) => file.type === 'chunk') : [],
  );
}

beforeAll(async () => {
  directory = mkdtempSync(path.join(tmpdir(), 'shell-chunk-'));
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(directory, file)), { recursive: true });
    writeFileSync(path.join(directory, file), text);
  }
  chunks = await bundle('src/routes/home.js');
});

afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

const chunkWith = (marker: string) => chunks.filter((chunk) => chunk.code.includes(marker));

test('the parts home shares with other pages are in the entry, so no page loads them as a file of their own', () => {
  expect(chunkWith('heading-marker').map((chunk) => chunk.isEntry)).toEqual([true]);
  expect(chunks.find((chunk) => chunk.isEntry)?.imports).toEqual([]);
});

test("home's own module loads as every other page's does, so no other page pays for it", () => {
  const [home] = chunkWith('home-marker');
  const [episode] = chunkWith('episode-marker');
  expect(home?.isDynamicEntry).toBe(true);
  expect(episode?.isDynamicEntry).toBe(true);
  const entry = chunks.find((chunk) => chunk.isEntry)?.fileName;
  expect(home?.imports).toEqual([entry]);
  expect(episode?.imports).toEqual([entry]);
});

test('a bundle without the named entry or home module fails the build, naming the module', async () => {
  await expect(bundle('src/routes/gone.js')).rejects.toThrow(/shellChunk: the bundle has no .*gone\.js/);
});
