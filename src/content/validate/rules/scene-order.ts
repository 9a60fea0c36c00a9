import { sceneSchema } from '../../schema';
import type { Entry } from '../entries';
import { field } from '../json';
import type { Rule } from '../rule';

/** No two scenes of an episode share an `order`. */
export const checkSceneOrder: Rule = ({ entries, report }) => {
  const byEpisodeOrder = new Map<string, Entry>();
  for (const entry of entries) {
    if (entry.collection !== 'scenes') continue;
    const episode = field(entry.json, 'episode', sceneSchema.shape.episode);
    const order = field(entry.json, 'order', sceneSchema.shape.order);
    if (episode === undefined || order === undefined) continue;
    const key = `${episode}\u0000${order}`;
    const first = byEpisodeOrder.get(key);
    if (first) {
      report(entry.file, ['order'], order, `is also the order of ${first.file} in ${episode}`);
    } else {
      byEpisodeOrder.set(key, entry);
    }
  }
};
