import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './scripts/chromium';
import { TIMEOUTS } from './scripts/test-slowness';

// E2E_PORT lets two checkouts run their suites side by side; the 404-serving host uses the next port.
const PORT = Number(process.env.E2E_PORT ?? 4173);
/** A second plain static server, one that answers unknown addresses with dist/404.html as most hosts do. */
export const NOT_FOUND_HOST = `http://127.0.0.1:${PORT + 1}`;

/**
 * Where a test runs. Most tests check what a page says and does, which is the same on any screen: they run
 * once, in the desktop project. A test whose result depends on the window's size or on touch is tagged:
 * `@viewport` runs in both projects, `@touch` in the phone project only.
 */
export const TAGS = { viewport: '@viewport', touch: '@touch' } as const;

// Debian's Chromium; Playwright's own browser download is never used.
const chromium = { executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS };

export default defineConfig({
  testDir: 'tests',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  // A test that fails once is a bug to fix, in the product or the test, never to retry away.
  retries: 0,
  timeout: TIMEOUTS.browserTest,
  expect: { timeout: TIMEOUTS.browserExpect },
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.PLAYWRIGHT_JSON ?? 'reports/playwright.json' }],
    // A browsable report with each test's attachments (the layout tests' screenshots): reports/playwright-html.
    ['html', { open: 'never', outputFolder: 'reports/playwright-html' }],
    ['./scripts/reporters/playwright-slowest.ts'],
  ],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: chromium,
    // A failed test keeps its trace (DOM snapshots of every step). No screencast: recording frames for
    // every test cost about a fifth of the suite's time on two cores.
    trace: { mode: 'retain-on-failure', screenshots: false },
    // The service worker saves what a page fetches and answers for the network, which would put it between
    // every other test and the requests it intercepts (a route on the page does not see what the worker
    // answers). It is tested, with its registration allowed, in tests/offline.spec.ts.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], launchOptions: chromium },
      grepInvert: new RegExp(TAGS.touch),
    },
    {
      name: 'phone',
      use: { ...devices['Pixel 7'], launchOptions: chromium },
      grep: new RegExp(`${TAGS.viewport}|${TAGS.touch}`),
    },
  ],
  // The built site on plain static file servers with no rewrite rules, as a fan's host would serve it. Both
  // are quiet about the requests they answer.
  webServer: [
    {
      command: `python3 scripts/static-server.py ${PORT} dist`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      command: `node --no-deprecation node_modules/http-server/bin/http-server dist -p ${PORT + 1} -a 127.0.0.1 -s -c-1`,
      url: `${NOT_FOUND_HOST}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
