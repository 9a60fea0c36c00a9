import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  buildVersion,
  injectPrecache,
  MANIFEST_PLACEHOLDER,
  precacheEntries,
  precacheFiles,
  VERSION_PLACEHOLDER,
  writeServiceWorker,
} from './precache';

const WORKER = `(function(){var list=${MANIFEST_PLACEHOLDER},version=${VERSION_PLACEHOLDER};start(list,version)})();`;

let dist: string;
beforeEach(() => {
  dist = mkdtempSync(path.join(tmpdir(), 'precache-'));
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(path.join(dist, 'offline.html'), '<!doctype html><title>Heartstopper Wiki</title>');
  writeFileSync(path.join(dist, 'favicon.svg'), '<svg/>');
  writeFileSync(path.join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
  writeFileSync(path.join(dist, 'assets', 'index-abc123.js.map'), '{}');
  writeFileSync(path.join(dist, 'assets', 'index-def456.css'), 'body{}');
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Home</title>');
  writeFileSync(path.join(dist, 'sw.js'), 'old worker');
});
afterEach(() => rmSync(dist, { recursive: true, force: true }));

test('precaches the code, the offline page and the favicon, and no page, source map or data', () => {
  expect(precacheFiles(dist)).toEqual([
    'offline.html',
    'favicon.svg',
    'assets/index-abc123.js',
    'assets/index-def456.css',
  ]);
});

test('each file is listed by its address under the base path, with a revision that follows its content', () => {
  const [first, second] = precacheEntries(
    [
      { file: 'offline.html', content: 'one' },
      { file: 'assets/a.js', content: 'one' },
    ],
    '/wiki/',
  );
  expect(first?.url).toBe('/wiki/offline.html');
  expect(second?.url).toBe('/wiki/assets/a.js');
  expect(first?.revision).toMatch(/^[0-9a-f]{16}$/);
  expect(second?.revision).toBe(first?.revision);
  const [changed] = precacheEntries([{ file: 'offline.html', content: 'two' }], '/wiki/');
  expect(changed?.revision).not.toBe(first?.revision);
});

test('the version changes when a precached file does, and only then', () => {
  const entries = precacheEntries([{ file: 'assets/a.js', content: 'one' }], '/');
  const version = buildVersion(entries);
  expect(version).toMatch(/^[0-9a-f]{12}$/);
  expect(buildVersion(precacheEntries([{ file: 'assets/a.js', content: 'one' }], '/'))).toBe(version);
  expect(buildVersion(precacheEntries([{ file: 'assets/a.js', content: 'two' }], '/'))).not.toBe(version);
  expect(buildVersion(precacheEntries([{ file: 'assets/b.js', content: 'one' }], '/'))).not.toBe(version);
});

test('the worker gets the list and the version in place of its placeholders, written as JSON', () => {
  const entries = [{ url: '/assets/$&-a.js', revision: '0123' }];
  expect(injectPrecache(WORKER, entries, 'abc')).toBe(
    '(function(){var list=[{"url":"/assets/$&-a.js","revision":"0123"}],version="abc";start(list,version)})();',
  );
});

test('a worker without exactly one of each placeholder is refused, rather than shipped without a precache', () => {
  expect(() => injectPrecache('(function(){})();', [], 'abc')).toThrow(
    'the service worker has 0 "self.__WB_MANIFEST", expected exactly one',
  );
  expect(() => injectPrecache(`${WORKER}${MANIFEST_PLACEHOLDER}`, [], 'abc')).toThrow(
    'the service worker has 2 "self.__WB_MANIFEST", expected exactly one',
  );
  expect(() => injectPrecache(MANIFEST_PLACEHOLDER, [], 'abc')).toThrow(
    'the service worker has 0 "self.__BUILD_VERSION", expected exactly one',
  );
});

test('writes dist/sw.js from the bundled worker, and a deploy that changes the code changes its version', () => {
  const bundle = path.join(dist, 'bundle.js');
  writeFileSync(bundle, WORKER);
  const first = writeServiceWorker({ bundle, distDir: dist, basePath: '/' });
  const written = readFileSync(path.join(dist, 'sw.js'), 'utf8');
  expect(written).toContain(`version=${JSON.stringify(first.version)}`);
  expect(written).toContain('{"url":"/assets/index-abc123.js","revision":');
  expect(first.entries.map((entry) => entry.url)).toEqual([
    '/offline.html',
    '/favicon.svg',
    '/assets/index-abc123.js',
    '/assets/index-def456.css',
  ]);

  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Home, with new data</title>');
  expect(writeServiceWorker({ bundle, distDir: dist, basePath: '/' }).version).toBe(first.version);
  writeFileSync(path.join(dist, 'assets', 'index-abc123.js'), 'console.log(2)');
  expect(writeServiceWorker({ bundle, distDir: dist, basePath: '/' }).version).not.toBe(first.version);
});
