/**
 * A worker thread that draws share cards: rendering is synchronous CPU work (layout, then rasterising in
 * WebAssembly), so one thread per core is the only way to use more than one. Each worker loads the fonts
 * and the WebAssembly module once and keeps them for every card it is sent.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parentPort } from 'node:worker_threads';
import type { ShareCardContent } from './content';
import { renderCard } from './render';

export type CardJob = { id: number; file: string; content: ShareCardContent };
export type CardResult = { id: number; error?: string };

function isCardJob(value: unknown): value is CardJob {
  if (typeof value !== 'object' || value === null) return false;
  return 'id' in value && 'file' in value && 'content' in value && typeof value.file === 'string';
}

const port = parentPort;
if (port) {
  port.on('message', async (message: unknown) => {
    if (!isCardJob(message)) return;
    const reply: CardResult = { id: message.id };
    try {
      await mkdir(path.dirname(message.file), { recursive: true });
      await writeFile(message.file, await renderCard(message.content));
    } catch (error) {
      reply.error = error instanceof Error ? (error.stack ?? error.message) : String(error);
    }
    port.postMessage(reply);
  });
}
