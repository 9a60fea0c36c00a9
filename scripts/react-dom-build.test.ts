import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { failingPluginContext as failing, type PluginContext } from './plugin-context';
import { markersWithoutStacks, REACT_DOM_MARKERS, reactDomMarkers } from './react-dom-build';

type Transform = (this: PluginContext, code: string, id: string) => { code: string } | undefined;

const reactDomClient = path.join(
  path.dirname(createRequire(import.meta.url).resolve('react-dom/package.json')),
  'cjs',
  'react-dom-client.production.js',
);

const transform = reactDomMarkers().transform as unknown as Transform;

test('the build makes React DOM’s five markers without asking for a stack, and moves no line', () => {
  const original = readFileSync(reactDomClient, 'utf8');
  const changed = transform.call(failing, original, reactDomClient)?.code ?? '';
  for (const marker of REACT_DOM_MARKERS) {
    expect(changed).toMatch(new RegExp(`\\b${marker} = heartstopperMarkerError\\(formatProdErrorMessage\\(`));
    expect(changed).not.toMatch(new RegExp(`\\b${marker} = Error\\(`));
  }
  const changedLines = changed.split('\n');
  const otherwiseChanged = original
    .split('\n')
    .filter(
      (line, index) =>
        line !== changedLines[index] &&
        !REACT_DOM_MARKERS.some((marker) => line.includes(`${marker} = Error(`)),
    );
  expect(otherwiseChanged).toEqual([]);
});

test('a marker is an Error to whoever looks: its message, its name and instanceof all hold, without a stack', () => {
  const changed = markersWithoutStacks(
    `"use strict";\nvar HydrationMismatchException = Error(m(519));\nvar SuspenseException = Error(m(460)),\n  SuspenseyCommitException = Error(m(474)),\n  SuspenseActionException = Error(m(542));\nvar SelectiveHydrationException = Error(m(461));\nfunction m(code) { return "Minified React error #" + code; }\nglobalThis.result = SuspenseException;\n`,
  );
  if (changed === undefined) throw new Error('the five markers were not recognised');
  const sandbox: { result?: unknown; Error: ErrorConstructor; Object: ObjectConstructor } = { Error, Object };
  runInNewContext(changed, sandbox);
  const marker = sandbox.result as Error;
  expect(marker).toBeInstanceOf(Error);
  expect(marker.message).toBe('Minified React error #460');
  expect(String(marker)).toBe('Error: Minified React error #460');
  expect(Object.keys(marker)).toEqual([]);
  expect(marker.stack).toBeUndefined();
});

test('a React DOM that makes other markers than the five stops the build, naming its file', () => {
  const fourMarkers = `var SuspenseException = Error(m(460)), SuspenseyCommitException = Error(m(474)), SuspenseActionException = Error(m(542));\nvar SelectiveHydrationException = Error(m(461));\n`;
  expect(() => transform.call(failing, fourMarkers, reactDomClient)).toThrow(reactDomClient);
});

test('code outside React DOM’s client build is left as it is', () => {
  const code = 'var SuspenseException = Error("not React DOM");\n';
  expect(transform.call(failing, code, path.resolve('src/main.tsx'))).toBeUndefined();
});
