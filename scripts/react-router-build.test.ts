import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { failingPluginContext as failing, type PluginContext } from './plugin-context';
import { reactRouterProductionBuild, reactRouterTreeShaking } from './react-router-build';

type Transform = (code: string, id: string) => { code: string } | undefined;
type BuildEnd = (this: PluginContext, error?: Error) => void;

const directory = path.dirname(reactRouterProductionBuild());
const componentsFile = readdirSync(directory)
  .map((name) => path.join(directory, name))
  .find((file) => file.endsWith('.mjs') && readFileSync(file, 'utf8').includes('var Link = '));

function plugin() {
  const built = reactRouterTreeShaking();
  return {
    transform: built.transform as unknown as Transform,
    buildEnd: built.buildEnd as unknown as BuildEnd,
  };
}

test('the build marks React Router’s components free of side effects, so the unused ones are left out', () => {
  if (!componentsFile) throw new Error(`no file in ${directory} declares React Router's Link`);
  const original = readFileSync(componentsFile, 'utf8');
  const { transform, buildEnd } = plugin();
  const changed = transform(original, componentsFile)?.code ?? '';
  for (const component of ['Link', 'NavLink', 'Form']) {
    expect(changed).toContain(`var ${component} = /* @__PURE__ */ React`);
  }
  expect(changed).not.toMatch(/^\s*\w+\.displayName = /m);
  // Every line stays where it was, so stack traces into React Router still point at the right line.
  expect(changed.split('\n')).toHaveLength(original.split('\n').length);
  expect(() => buildEnd.call(failing)).not.toThrow();
});

test('code outside React Router’s production build is left as it is', () => {
  const { transform } = plugin();
  const code = 'var Widget = React.forwardRef(render);\nWidget.displayName = "Widget";\n';
  expect(transform(code, path.resolve('src/lib/link.tsx'))).toBeUndefined();
});

test('a React Router build that no longer has the expected shape stops the build, naming its folder', () => {
  const { transform, buildEnd } = plugin();
  transform('export function Link() {}\n', path.join(directory, 'index.mjs'));
  expect(() => buildEnd.call(failing)).toThrow(directory);
});
