/**
 * Share cards: one 1200x630 PNG per page, for og:image and twitter:image, written to dist/cards/ at build
 * time. `cardFor` decides what a card says, `renderCard` draws it, and `writeShareCards` draws them all,
 * on one worker thread per core (rendering is synchronous CPU work, so threads are what make it faster).
 *
 * Also a command: `tsx scripts/share-cards.ts` (re)writes dist/cards/ from data/ on its own.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PageDataBuilder } from '../src/content/page-data';
import { createSitePages } from './page-data-plugin';
import { cardFor } from './share-card/content';
import { renderCard } from './share-card/render';
import type { CardJob, CardResult } from './share-card/worker';

export { CARD_LIMITS, cardFor, type ShareCardContent } from './share-card/content';
export { CARD_HEIGHT, CARD_WIDTH, renderCard, renderCardSvg } from './share-card/render';

const CARDS_DIR = 'cards';

/** Where a page's card lives, relative to dist/: `home` -> `cards/home.png`, `scenes/x` -> `cards/scenes/x.png`. */
export function shareCardPath(key: string): string {
  return `${CARDS_DIR}/${key}.png`;
}

export type WriteShareCardsOptions = {
  distDir: string;
  pages: Pick<PageDataBuilder, 'keys' | 'page'>;
  /**
   * Worker threads to draw with. Defaults to one per core (at most 4, past which the disk and the main
   * thread's bookkeeping stop it paying off); 1 draws in this thread, which is what the tests use.
   */
  workers?: number;
  log?: (line: string) => void;
};

/**
 * Draws the card of every page into `<distDir>/cards/` (replacing whatever was there, so no card outlives
 * its page) and returns page key -> card path relative to distDir, e.g. `characters/nick-nelson` ->
 * `cards/characters/nick-nelson.png`. Redirects and the search data files have no card and are not in the map.
 */
export async function writeShareCards(options: WriteShareCardsOptions): Promise<Map<string, string>> {
  const started = performance.now();
  const { distDir, pages } = options;
  const cards = new Map<string, string>();
  const jobs: CardJob[] = [];
  for (const key of pages.keys()) {
    const data = pages.page(key);
    const content = data ? cardFor(data) : undefined;
    if (!content) continue;
    const relative = shareCardPath(key);
    cards.set(key, relative);
    jobs.push({ id: jobs.length, file: path.join(distDir, relative), content });
  }

  await rm(path.join(distDir, CARDS_DIR), { recursive: true, force: true });
  const workers = Math.min(options.workers ?? Math.min(availableParallelism(), 4), jobs.length);
  if (workers <= 1) await drawHere(jobs);
  else await drawInWorkers(jobs, workers);

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  (options.log ?? console.log)(`share cards: ${jobs.length} images in ${seconds} s`);
  return cards;
}

async function drawHere(jobs: CardJob[]): Promise<void> {
  for (const job of jobs) {
    await mkdir(path.dirname(job.file), { recursive: true });
    await writeFile(job.file, await renderCard(job.content));
  }
}

function isCardResult(value: unknown): value is CardResult {
  return typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'number';
}

/**
 * Starts a worker on the TypeScript source. Worker threads do not inherit tsx's module hooks, so the
 * worker registers them itself before importing the real module.
 */
function startWorker(): Worker {
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const workerModule = new URL('./share-card/worker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(workerModule)}); });`;
  return new Worker(bootstrap, { eval: true });
}

async function drawInWorkers(jobs: CardJob[], count: number): Promise<void> {
  const pool = Array.from({ length: count }, startWorker);
  let next = 0;
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      // Each worker takes the next card as soon as it finishes one, so a slow card never idles the others.
      const sendNext = () => {
        const job = jobs[next];
        next += 1;
        if (job) worker.postMessage(job);
        else resolve();
      };
      worker.on('message', (result: unknown) => {
        if (!isCardResult(result)) return;
        if (result.error !== undefined) {
          reject(new Error(`share card ${jobs[result.id]?.file ?? result.id}: ${result.error}`));
          return;
        }
        sendNext();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => {
        if (code !== 0) reject(new Error(`share-card worker stopped with exit code ${code}`));
      });
      sendNext();
    });
  try {
    await Promise.all(pool.map(run));
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
}

async function main() {
  const root = path.resolve(import.meta.dirname, '..');
  await writeShareCards({
    distDir: path.join(root, 'dist'),
    pages: createSitePages(path.join(root, 'data')),
  });
}

// Run as a command only when this file is the entry point, not when prerender.ts imports it.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
