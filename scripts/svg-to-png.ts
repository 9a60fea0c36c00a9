/**
 * SVG to PNG with resvg's WebAssembly build, for the share cards (./share-card/render.tsx) and the app's
 * icons (./web-app-manifest.ts). resvg's WebAssembly may be started only once per process, so both start it
 * here. Nothing is drawn with the system's fonts: the cards' text arrives as paths, and the icons have none.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { initWasm, Resvg, type ResvgRenderOptions } from '@resvg/resvg-wasm';

let started: Promise<void> | undefined;

/** Starts resvg's WebAssembly once; every later call shares the same promise. */
export function startResvg(): Promise<void> {
  started ??= readFile(createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm')).then(
    (wasm) => initWasm(wasm),
  );
  return started;
}

/** `svg` as a PNG, sized by `fitTo` (resvg's own option: the original size, or a width or height). */
export async function svgToPng(svg: string, fitTo: ResvgRenderOptions['fitTo']): Promise<Uint8Array> {
  await startResvg();
  const resvg = new Resvg(svg, { font: { loadSystemFonts: false }, fitTo });
  try {
    const image = resvg.render();
    try {
      return image.asPng();
    } finally {
      image.free();
    }
  } finally {
    // The renderer lives in WebAssembly memory, which JavaScript's garbage collector does not reclaim.
    resvg.free();
  }
}
