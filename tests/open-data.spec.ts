import { readFileSync } from 'node:fs';
import { appReady, expect, test } from './fixtures';

test('the Open data page’s downloads resolve: the dataset and feed parse, and the dataset names its version and schemas', async ({
  page,
  request,
}) => {
  await page.goto('/open-data');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1, name: 'Open data' })).toBeVisible();
  const hrefs = await main
    .locator('a[href$=".json"], a[href$=".xml"]')
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  // The versioned dataset, the latest, the download's schema, the feed, and one schema per collection.
  expect(hrefs.length).toBeGreaterThanOrEqual(4 + 13);

  const bodies = new Map<string, string>();
  for (const href of hrefs) {
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
    bodies.set(new URL(href).pathname, await response.text());
  }

  const versionedPath = [...bodies.keys()].find((pathname) =>
    /heartstopper-wiki-[0-9a-f]{12}\.json$/.test(pathname),
  );
  const versioned = JSON.parse(bodies.get(versionedPath ?? '') ?? 'null');
  expect(versionedPath).toBe(`/data/heartstopper-wiki-${versioned.version}.json`);
  expect(bodies.get('/data/dataset.json')).toBe(bodies.get(versionedPath ?? ''));
  expect(versioned.schemaVersion).toMatch(/^\d+\.\d+\.\d+$/);
  expect(versioned.licence.name).toBe('CC BY-SA 4.0');
  const collections = Object.keys(versioned.collections);
  expect(collections.length).toBe(13);
  for (const name of collections) {
    expect(versioned.collections[name].length, name).toBe(versioned.counts[name]);
    const schema = JSON.parse(bodies.get(`/data/schema/${name}.schema.json`) ?? 'null');
    expect(schema?.$id, name).toMatch(new RegExp(`/data/schema/${name}\\.schema\\.json$`));
    expect(Object.keys(schema.properties), name).toContain('id');
  }
  const datasetSchema = JSON.parse(bodies.get('/data/schema/dataset.schema.json') ?? 'null');
  expect(Object.keys(datasetSchema.properties.collections.properties)).toEqual(collections);

  // The feed, read by the browser's own strict XML parser.
  const feed = await page.evaluate((xml) => {
    const document = new DOMParser().parseFromString(xml, 'application/xml');
    return {
      wellFormed: document.getElementsByTagName('parsererror').length === 0,
      root: document.documentElement.localName,
    };
  }, bodies.get('/feed.xml') ?? '');
  expect(feed).toEqual({ wellFormed: true, root: 'feed' });
});

test('once the page’s code has loaded, the download links still save the dataset rather than open a page', async ({
  page,
}) => {
  await page.goto('/open-data');
  await appReady(page);
  const downloads = page.getByRole('region', { name: 'Downloads' });
  const saved: { name: string; version: string }[] = [];
  for (const name of [/^heartstopper-wiki-[0-9a-f]{12}\.json$/, /^dataset\.json$/]) {
    const link = downloads.getByRole('link', { name });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const dataset = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(dataset.title).toBe('Heartstopper Wiki dataset');
    saved.push({ name: download.suggestedFilename(), version: dataset.version });
  }
  // The versioned file is named after the version it holds; today the latest is that same version.
  const [versioned, latest] = saved;
  expect(versioned?.name).toBe(`heartstopper-wiki-${versioned?.version}.json`);
  expect(latest).toEqual({ name: 'dataset.json', version: versioned?.version });
  await expect(page).toHaveURL(/\/open-data$/);
});
