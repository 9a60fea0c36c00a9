import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './scripts/chromium';

// E2E_PORT lets two checkouts run their suites side by side; the 404-serving host uses the next port.
const PORT = Number(process.env.E2E_PORT ?? 4173);
/** A second plain static server, one that answers unknown addresses with dist/404.html as most hosts do. */
export const NOT_FOUND_HOST = `http://127.0.0.1:${PORT + 1}`;

// Debian's Chromium; Playwright's own browser download is never used.
const chromium = { executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS };

export default defineConfig({
  testDir: 'tests',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: chromium,
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions: chromium } },
    { name: 'phone', use: { ...devices['Pixel 7'], launchOptions: chromium } },
  ],
  // The built site on plain static file servers with no rewrite rules, as a fan's host would serve it.
  webServer: [
    {
      command: `python3 -m http.server ${PORT} --bind 127.0.0.1 --directory dist`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      command: `npx http-server dist -p ${PORT + 1} -a 127.0.0.1 -s -c-1`,
      url: `${NOT_FOUND_HOST}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
