/**
 * Time to ready (`npm run ready-time`, after `npm run build`; not run in CI, since timings depend on the
 * machine): how long after a page becomes readable its controls start to work. Serves dist/ like a static
 * host (gzip, see ./static-host.ts) and opens each page in Debian's Chromium as a Pixel 7 on slow 4G: 150 ms
 * round trips, 1.6 Mbps down, 750 kbps up, the CPU slowed four times, with an empty cache every load.
 *
 * For each page it records, from the start of navigation:
 * - largest paint: the largest contentful paint, when the page is readable;
 * - ready: when `<html data-app="ready">` is set, the moment the fan's controls work (src/features/fan);
 * - gap: ready minus largest paint, the time a tap on a visible button would do nothing;
 * - JS before ready: the bytes of script the page had downloaded (as sent, gzip) when it became ready.
 * And where the gap goes, from the browser's resource timing of the files the page's first-load list names
 * (the `#app-scripts` list of scripts/boot-script.ts):
 * - asked: when the boot script asked for the entry chunk, after the largest paint (negative if before it);
 * - download: from then until the last of those files had arrived;
 * - run: from then until ready, evaluating the code, hydrating and applying the fan's state.
 * For the search page for words that are not prerendered, "ready" is when the results are on the page, and
 * the app's code is not what they wait for, so its phases are not printed.
 *
 * The CPU slowdown multiplies the host's own speed, so the same build gives a longer gap on a slower machine:
 * the first line prints the host's Lighthouse benchmark index (the figure `npm run audit` reports as well),
 * to compare runs taken on different machines.
 *
 * `npm run ready-time -- --runs=5` changes the number of loads per page (default 3); each figure is the
 * median of the loads, taken on its own. `-- --only=search-text` measures only the pages whose label it
 * names (comma-separated: `--only=home,episode`).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, devices } from '@playwright/test';
import { pageFunctions } from 'lighthouse/core/lib/page-functions.js';
import { APP_SCRIPTS_ID } from './boot-script';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium';
import { median } from './median';
import { startStaticHost } from './static-host';

const dist = path.resolve(import.meta.dirname, '..', 'dist');

const PAGES = [
  { label: 'home', path: '/', ready: 'app' },
  { label: 'character', path: '/characters/nick-nelson', ready: 'app' },
  { label: 'episode', path: '/episodes/s1e4', ready: 'app' },
  { label: 'scene', path: '/scenes/s1e4-bedroom-after-the-rain', ready: 'app' },
  { label: 'search-text', path: '/search?q=rugby%20rain', ready: 'results' },
] as const;

/** Slow 4G as Lighthouse's mobile preset describes it, and its CPU slowdown. */
const NETWORK = {
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};
const CPU_SLOWDOWN = 4;

/** Milliseconds from the start of navigation; `asked` and `arrived` are absent when the page has no code list. */
type Load = { lcp: number; ready: number; scriptBytes: number; asked?: number; arrived?: number };

/**
 * Installed before any page script: records the largest paint and the moment the page counts as ready, and
 * resolves `window.__readyPromise` then. A string, not a function: tsx would wrap a function's inner
 * functions in a helper the page does not have.
 */
function watchPage(readyWhen: 'app' | 'results'): string {
  const isReady =
    readyWhen === 'app'
      ? "document.documentElement.getAttribute('data-app') === 'ready'"
      : "document.querySelector('.search-results li') !== null";
  return `(function () {
    window.__lcp = 0;
    window.__ready = 0;
    var resolve;
    window.__readyPromise = new Promise(function (done) { resolve = done; });
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (entry) { window.__lcp = entry.startTime; });
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new MutationObserver(function () {
      if (window.__ready === 0 && ${isReady}) {
        window.__ready = performance.now();
        resolve();
      }
    }).observe(document, { subtree: true, childList: true, attributes: true });
  })();`;
}

/**
 * Evaluated in the page once it is ready: when the entry chunk of the page's first-load list was asked for,
 * and when the last file of that list had arrived (`{}` on a page without the list). The list names files
 * from the site's root; resource timing names them by their full address.
 */
const CODE_TIMING = `(function () {
  var list = document.getElementById(${JSON.stringify(APP_SCRIPTS_ID)});
  if (!list) return {};
  var code = JSON.parse(list.textContent);
  var names = [code.entry].concat(code.preload).map(function (file) { return new URL(file, location.href).href; });
  var files = performance.getEntriesByType('resource').filter(function (entry) { return names.indexOf(entry.name) >= 0; });
  var entry = files.filter(function (file) { return file.name === names[0]; })[0];
  if (!entry || files.length < names.length) return {};
  return { asked: entry.startTime, arrived: Math.max.apply(null, files.map(function (file) { return file.responseEnd; })) };
})()`;

async function load(origin: string, page: (typeof PAGES)[number]): Promise<Load> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  try {
    const context = await browser.newContext({ ...devices['Pixel 7'] });
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...NETWORK });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    let scriptBytes = 0;
    let readyAt = Number.POSITIVE_INFINITY;
    const scripts = new Map<string, number>();
    cdp.on('Network.responseReceived', (event) => {
      if (event.type === 'Script') scripts.set(event.requestId, 0);
    });
    cdp.on('Network.loadingFinished', (event) => {
      if (scripts.has(event.requestId) && performance.now() <= readyAt)
        scriptBytes += event.encodedDataLength;
    });
    await tab.addInitScript({ content: watchPage(page.ready) });
    await tab.goto(`${origin}${page.path}`);
    // Asked of the page through the DevTools protocol, not Playwright's waitForFunction: that evaluates
    // Playwright's own injected script in the page (about 90 ms of main-thread work on a CPU slowed four
    // times), in the middle of the very gap this measures.
    const answer = await cdp.send('Runtime.evaluate', {
      expression: `Promise.race([window.__readyPromise, new Promise(function (_, fail) { setTimeout(function () { fail(new Error("not ready after 60 s")) }, 60000) })]).then(function () { return Object.assign({ lcp: window.__lcp, ready: window.__ready }, ${CODE_TIMING}) })`,
      awaitPromise: true,
      returnByValue: true,
    });
    if (answer.exceptionDetails) {
      throw new Error(
        `${page.path}: ${answer.exceptionDetails.exception?.description ?? answer.exceptionDetails.text}`,
      );
    }
    readyAt = performance.now();
    const timing = answer.result.value as Omit<Load, 'scriptBytes'>;
    return { ...timing, scriptBytes };
  } finally {
    await browser.close();
  }
}

/**
 * How fast this machine runs script, as Lighthouse rates a device: its own benchmark, run in an unthrottled
 * tab, the median of three (one run swings by a tenth or more).
 */
async function benchmarkIndex(): Promise<number> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  try {
    const tab = await browser.newPage();
    const values: number[] = [];
    for (let run = 0; run < 3; run += 1) values.push(await tab.evaluate(pageFunctions.computeBenchmarkIndex));
    return median(values) ?? 0;
  } finally {
    await browser.close();
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** The medians of the gap's three phases over the loads that timed the page's code (all of them, normally). */
function codePhases(loads: Load[]): { asked?: number; download?: number; run?: number } {
  const timed = loads.flatMap(({ lcp, ready, asked, arrived }) =>
    asked === undefined || arrived === undefined ? [] : [{ lcp, ready, asked, arrived }],
  );
  return {
    asked: median(timed.map((load) => load.asked - load.lcp)),
    download: median(timed.map((load) => load.arrived - load.asked)),
    run: median(timed.map((load) => load.ready - load.arrived)),
  };
}

async function main() {
  if (!existsSync(path.join(dist, 'index.html'))) {
    console.error('ready-time: dist/ is empty; run `npm run build` first');
    process.exit(1);
  }
  const runsArgument = process.argv.find((argument) => argument.startsWith('--runs='));
  const runs = runsArgument ? Number(runsArgument.slice('--runs='.length)) : 3;
  if (!Number.isInteger(runs) || runs < 1) {
    console.error('ready-time: --runs= takes a whole number of loads per page, 1 or more');
    process.exit(1);
  }
  const onlyArgument = process.argv.find((argument) => argument.startsWith('--only='));
  const only = onlyArgument?.slice('--only='.length).split(',');
  const unknown = only?.filter((label) => !PAGES.some((page) => page.label === label)) ?? [];
  if (only?.length === 0 || unknown.length > 0) {
    console.error(
      `ready-time: --only= takes page labels, comma-separated: ${PAGES.map((page) => page.label).join(', ')}`,
    );
    process.exit(1);
  }
  const pages = only ? PAGES.filter((page) => only.includes(page.label)) : PAGES;
  const benchmark = await benchmarkIndex();
  const host = await startStaticHost(dist);
  console.log(
    `serving dist/ at ${host.origin}; Pixel 7, ${NETWORK.latency} ms RTT, 1.6 Mbps, CPU ×${CPU_SLOWDOWN}; median of ${runs}`,
  );
  console.log(`this machine: Lighthouse benchmark index ${Math.round(benchmark)}`);
  const rows: string[] = [];
  try {
    for (const page of pages) {
      const loads: Load[] = [];
      for (let run = 0; run < runs; run += 1) loads.push(await load(host.origin, page));
      const lcp = median(loads.map((entry) => entry.lcp)) ?? 0;
      const ready = median(loads.map((entry) => entry.ready)) ?? 0;
      const gap = median(loads.map((entry) => entry.ready - entry.lcp)) ?? 0;
      const kb = (median(loads.map((entry) => entry.scriptBytes)) ?? 0) / 1000;
      const readyLabel = page.ready === 'results' ? `${seconds(ready)} (results)` : seconds(ready);
      const phases = page.ready === 'app' ? codePhases(loads) : undefined;
      const phaseColumns = [phases?.asked, phases?.download, phases?.run]
        .map((value) => (value === undefined ? '–' : seconds(value)).padStart(9))
        .join(' ');
      rows.push(
        `${`${page.label} ${page.path}`.padEnd(44)} ${seconds(lcp).padStart(8)} ${readyLabel.padStart(16)} ${seconds(gap).padStart(8)} ${`${kb.toFixed(1)} kB`.padStart(10)} ${phaseColumns}`,
      );
      console.log(`measured ${page.path}`);
    }
  } finally {
    host.stop();
  }
  const header = `${'page'.padEnd(44)} ${'paint'.padStart(8)} ${'ready'.padStart(16)} ${'gap'.padStart(8)} ${'JS'.padStart(10)} ${'asked'.padStart(9)} ${'download'.padStart(9)} ${'run'.padStart(9)}`;
  console.log(`\n${header}\n${'-'.repeat(header.length)}`);
  for (const row of rows) console.log(row);
  console.log(
    '\npaint: largest contentful paint; ready: <html data-app="ready"> (search: results on the page);\ngap: ready − paint, per load; JS: script bytes as sent (gzip) before ready;\nthe gap in three: asked, the entry chunk asked for after the paint; download, until the last first-load\nfile arrived; run, from then until ready (medians of each, so they need not add up to the gap)',
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
