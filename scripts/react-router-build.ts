/**
 * How builds take React Router: its production build (vite.config.ts aliases `react-router` to it) with the
 * components the wiki does not use left out (docs/decisions/0018, 0020).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/**
 * React Router 7's package exports name only its development build (with its warnings and their text) for
 * every environment (remix-run/react-router#12532, #14102); its production build ships beside it, and gives
 * the same markup for about 0.5 kB gzip less on every first load (measured with `npm run size`).
 */
export function reactRouterProductionBuild(): string {
  const development = fileURLToPath(import.meta.resolve('react-router'));
  const production = development.replace(
    `${path.sep}development${path.sep}`,
    `${path.sep}production${path.sep}`,
  );
  if (production === development || !existsSync(production)) {
    throw new Error(`React Router's production build is not where vite.config.ts expects it: ${production}`);
  }
  return production;
}

/**
 * React Router's production build declares each component as `var X = React.forwardRef(...)` followed by
 * `X.displayName = "X"`, and marks neither free of side effects, so the bundler keeps all of them, used or
 * not: `<Form>` with its submission code, and `<Link>` and `<NavLink>` with their prefetching, which the
 * wiki replaces with its own (src/lib/link.tsx). This marks those calls pure and blanks the names (which
 * only developer tools read) so the unused ones are left out: about 3 kB gzip on every first load with
 * src/lib/link.tsx (docs/decisions/0020). Lines and columns outside the three calls stay where they were.
 * The build fails if React Router's build no longer has the shape this expects.
 */
export function reactRouterTreeShaking(): Plugin {
  const productionDirectory = path.dirname(reactRouterProductionBuild());
  const FORWARD_REF = /^(var \w+ = )(React\d*\.forwardRef\()/gm;
  const DISPLAY_NAME = /^(\s*)(\w+\.displayName = "[^"\n]*";)$/gm;
  let marked = 0;
  return {
    name: 'heartstopper-react-router-tree-shaking',
    apply: 'build',
    buildStart() {
      marked = 0;
    },
    transform(code, id) {
      if (!id.startsWith(productionDirectory + path.sep)) return undefined;
      const pure = code.replace(FORWARD_REF, (_call, declaration: string, call: string) => {
        marked += 1;
        return `${declaration}/* @__PURE__ */ ${call}`;
      });
      const unnamed = pure.replace(
        DISPLAY_NAME,
        (_line, indent: string, assignment: string) => indent + ' '.repeat(assignment.length),
      );
      return unnamed === code ? undefined : { code: unnamed, map: null };
    },
    buildEnd(error) {
      if (!error && marked === 0) {
        this.error(
          `React Router's production build in ${productionDirectory} has no \`var X = React.forwardRef(\` left for vite.config.ts to mark pure: check reactRouterTreeShaking against the new version.`,
        );
      }
    },
  };
}
