/**
 * The code every page runs as it loads, compiled while it downloads rather than while the page waits for it
 * (docs/decisions/0022).
 *
 * V8 compiles a function lazily: the first call parses and compiles its body on the page's main thread. On
 * a phone that was about a third of the time from the entry chunk's arrival to ready, all of it spent on
 * code that certainly runs on load: React DOM, the router, the query client and the app's shell. Two hints
 * move that work to the thread that streams the script in, during the download:
 * - `//# allFunctionsCalledOnLoad` at the top of a script (Chrome 136 and later) compiles every function in
 *   it eagerly. It goes on the entry chunk and the chunks it imports statically, which every page runs at
 *   once (and on the search page's early-results bundle, built with this plugin too); not on the chunks
 *   loaded later or only on some pages. It is added after minification, which would
 *   remove it as a comment.
 * - React, React DOM and the scheduler ship as CommonJS, and the bundler wraps each module in an arrow
 *   function run on the first `require` (`__commonJSMin(((exports) => { ... }))`). A parenthesised
 *   `function` expression is V8's long-standing sign for "called at once", which an arrow is not, so the
 *   wrappers are written that way. Only the head changes: both forms end in `}`, and neither `this` nor
 *   `arguments` can appear at the top level of the wrapped code (strict, and once a module's body).
 * Browsers that read neither hint compile lazily, as before; the code is the same.
 */
import type { Plugin, Rolldown } from 'vite';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

const ARROW_WRAPPER = /(__commonJSMin\(\()\(([\w$]+(?:, [\w$]+)*)\) => \{/g;

/** The wrapper heads of bundled CommonJS modules rewritten as parenthesised `function` expressions. */
export function eagerWrappers(code: string): string {
  return code.replace(
    ARROW_WRAPPER,
    (_head, call: string, parameters: string) => `${call}function(${parameters}) {`,
  );
}

/** The entry chunks and every chunk they import statically: what runs on every page as it loads. */
function chunksRunOnLoad(bundle: Rolldown.OutputBundle): Rolldown.OutputChunk[] {
  const chunks = new Map<string, Rolldown.OutputChunk>();
  const visit = (file: string) => {
    const chunk = bundle[file];
    if (chunk?.type !== 'chunk' || chunks.has(file)) return;
    chunks.set(file, chunk);
    for (const imported of chunk.imports) visit(imported);
  };
  for (const [file, output] of Object.entries(bundle)) {
    if (output.type === 'chunk' && output.isEntry) visit(file);
  }
  return [...chunks.values()];
}

/** A wrapper call left as something other than a `function` expression. */
const OTHER_WRAPPER = /__commonJSMin\((?!\(function\()/;

/**
 * The build's plugin. It fails the build, naming the chunk, if a CommonJS wrapper is left in a shape it does
 * not rewrite: a bundler that writes them differently must not quietly undo the gain.
 */
export function eagerCompile(): Plugin {
  return {
    name: 'heartstopper-eager-compile',
    apply: 'build',
    applyToEnvironment: (environment) => environment.name === 'client',
    renderChunk(code, chunk) {
      const eager = eagerWrappers(code);
      if (OTHER_WRAPPER.test(eager)) {
        this.error(
          `In chunk ${chunk.name}, a CommonJS module is wrapped other than as \`__commonJSMin(((exports) => {\`; check eagerCompile (scripts/eager-compile.ts) against the bundler.`,
        );
      }
      return eager === code ? null : { code: eager, map: null };
    },
    generateBundle: {
      // After Vite's own post-processing, which writes its list of preloads above a chunk's first line.
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of chunksRunOnLoad(bundle)) {
          if (!chunk.code.startsWith(COMPILE_HINT)) chunk.code = COMPILE_HINT + chunk.code;
        }
      },
    },
  };
}
