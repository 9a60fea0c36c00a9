import { EPISODE_CODE_PATTERN } from '../schema';

/** [season, number] of an episode code, or undefined when it is not one. */
export function episodeOrder(code: string): [number, number] | undefined {
  const match = EPISODE_CODE_PATTERN.exec(code);
  if (!match) return undefined;
  return [Number(match[1]), Number(match[2])];
}

export function compareEpisodeCodes(a: string, b: string): number | undefined {
  const x = episodeOrder(a);
  const y = episodeOrder(b);
  if (!x || !y) return undefined;
  return x[0] - y[0] || x[1] - y[1];
}
