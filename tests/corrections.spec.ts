import { formatDate } from '../src/lib/dates';
import { appReady, expect, test } from './fixtures';
import { sitePages } from './site';

// The last line of every entity page (when its data last changed, and "Suggest a correction") and the page on
// fixing data that the link leads to on a build without REPO_URL.

const pages = sitePages();
const record = (appPath: string) => {
  const data = pages.find((entry) => entry.path === appPath)?.data;
  if (!data || !('record' in data)) throw new Error(`${appPath} has no record`);
  return data.record;
};

test('an entity page says when its data last changed, and links to the way to correct it', async ({
  page,
}) => {
  const nick = record('/characters/nick-nelson');
  const date = nick.updated ?? nick.built ?? '';
  await page.goto('/characters/nick-nelson');
  const correct = page.getByRole('link', { name: 'Suggest a correction' });
  // In the prerendered HTML, before any code has run.
  await expect(page.getByRole('main').locator('p').filter({ has: correct })).toHaveText(
    `${nick.updated ? 'Last updated' : 'Data as of'} ${formatDate(date)}. Suggest a correction${nick.view ? ' or view the data file.' : ''}`,
  );
  await expect(correct).toHaveAttribute('href', nick.correct);
  if (nick.view) return; // A build with REPO_URL: the link leaves the site, which this test does not follow.

  expect(nick.correct).toBe('/corrections?file=data/characters/nick-nelson.json');
  await appReady(page);
  await correct.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Suggest a correction' })).toBeVisible();
  await expect(page).toHaveURL(/\/corrections\?file=data\/characters\/nick-nelson\.json$/);
  await expect(page.getByText('The page you came from is drawn from')).toContainText(
    'data/characters/nick-nelson.json',
  );
});

test('the page on fixing data is prerendered, and names the file the address asks about once it loads', async ({
  page,
}) => {
  await page.goto('/corrections?file=data/episodes/s1e4.json');
  await expect(page.getByRole('heading', { level: 1, name: 'Suggest a correction' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'How to fix it' })).toContainText('npm run validate:data');
  await appReady(page);
  await expect(page.getByRole('region', { name: 'How to fix it' })).toContainText(
    'Open data/episodes/s1e4.json and fix it.',
  );
});
