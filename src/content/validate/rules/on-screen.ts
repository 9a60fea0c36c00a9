import { EPISODE_CODE_PATTERN, placeSchema, sceneSchema, songSchema } from '../../schema';
import { field } from '../json';
import type { Rule } from '../rule';

/** The season number in an episode code (`s2e8` is 2). */
const seasonOf = (code: string): number | undefined => {
  const match = EPISODE_CODE_PATTERN.exec(code);
  return match ? Number(match[1]) : undefined;
};

/**
 * What plays or is seen in a scene agrees with the scene: a song's scene is in the song's episode (and that
 * episode in its season), and a place's scenes are in episodes the place lists.
 */
export const checkOnScreen: Rule = ({ entries, report, reportedAt }) => {
  const episodeOfScene = new Map<string, string>();
  for (const entry of entries) {
    if (entry.collection !== 'scenes') continue;
    const id = field(entry.json, 'id', sceneSchema.shape.id);
    const episode = field(entry.json, 'episode', sceneSchema.shape.episode);
    if (id !== undefined && episode !== undefined) episodeOfScene.set(id, episode);
  }

  for (const entry of entries) {
    if (entry.collection === 'songs') {
      const season = field(entry.json, 'season', songSchema.shape.season);
      const episode = field(entry.json, 'episode', songSchema.shape.episode);
      const scene = field(entry.json, 'scene', songSchema.shape.scene);
      if (episode !== undefined && season !== undefined && seasonOf(episode) !== season) {
        report(entry.file, ['episode'], episode, `is not in season ${season}, the song's season`);
      }
      if (scene === undefined || reportedAt(entry.file, ['scene'])) continue;
      const sceneEpisode = episodeOfScene.get(scene);
      if (episode === undefined) {
        report(entry.file, ['scene'], scene, 'names a scene, so the song needs its `episode` too');
      } else if (sceneEpisode !== undefined && sceneEpisode !== episode) {
        report(entry.file, ['scene'], scene, `is a scene of ${sceneEpisode}, not of ${episode}`);
      }
    }
    if (entry.collection === 'places') {
      const episodes = field(entry.json, 'episodes', placeSchema.shape.episodes);
      const scenes = field(entry.json, 'scenes', placeSchema.shape.scenes);
      if (episodes === undefined || scenes === undefined) continue;
      scenes.forEach((scene, index) => {
        const sceneEpisode = episodeOfScene.get(scene);
        if (sceneEpisode !== undefined && !episodes.includes(sceneEpisode)) {
          report(
            entry.file,
            ['scenes', index],
            scene,
            `is a scene of ${sceneEpisode}, which \`episodes\` does not list`,
          );
        }
      });
    }
  }
};
