/**
 * Which code is the shell: the one file every page loads first, the entry chunk (docs/decisions/0025).
 *
 * It is everything src/main.tsx imports statically, however deep (React, the router, the query client, the
 * layout), together with the parts the home page is built from (the page heading, the spoiler gate, the
 * commentary card, …), which nearly every page uses too. Only home's own module, src/app/routes/home.tsx,
 * stays out: it loads as every other page's module does, so no other page pays for it.
 *
 * Left to itself the bundler gives each module shared by the entry and the route chunks a file of its own
 * (React, its JSX runtime and the bundler's helpers), and each part shared by home and the other pages a
 * file too; every extra file costs a first load about 0.2 to 0.3 kB gzip.
 */
import path from 'node:path';
import type { Rolldown } from 'vite';
import { SINGLE_PAGES } from '../src/lib/routes';

/** The modules of the shell, given the app's entry module and home's route module (absolute paths). */
function shellModules(
  getModuleInfo: Rolldown.ChunkingContext['getModuleInfo'],
  entry: string,
  home: string,
): Set<string> {
  const shell = new Set<string>();
  const visit = (id: string) => {
    if (shell.has(id)) return;
    shell.add(id);
    for (const imported of getModuleInfo(id)?.importedIds ?? []) visit(imported);
  };
  visit(entry);
  visit(home);
  shell.delete(home);
  return shell;
}

/**
 * The code-splitting group that makes the shell one chunk, given the build's entry module (the page that
 * loads the app) and home's route module, both as absolute paths.
 */
export function shellChunk(entry: string, home: string): Rolldown.CodeSplittingGroup {
  let shell: Set<string> | undefined;
  return {
    debugName: 'shell',
    name: (id, context) => {
      if (shell === undefined) {
        for (const required of [entry, home]) {
          if (!context.getModuleInfo(required)) throw new Error(`shellChunk: the bundle has no ${required}`);
        }
        shell = shellModules((moduleId) => context.getModuleInfo(moduleId), entry, home);
      }
      return shell.has(id) ? 'shell' : null;
    },
  };
}

/** The shell of the app in `root`: its index.html, and home's module as the registry names it. */
export function appShellChunk(root: string): Rolldown.CodeSplittingGroup {
  const { module } = SINGLE_PAGES.home.route;
  return shellChunk(path.join(root, 'index.html'), path.join(root, 'src', 'app', 'routes', `${module}.tsx`));
}
