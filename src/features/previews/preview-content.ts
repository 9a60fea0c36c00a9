/**
 * What a preview card says, from the target page's data: a name, one line of context and (for episodes and
 * scenes) the first sentence of the text. Plain text only; the card has nothing to click.
 */

import type { PageResult } from '../../content/queries';
import type { SpoilerMark } from '../../content/view-model';
import { formatDate } from '../../lib/dates';
import type { PreviewTarget } from './targets';

export type Preview = {
  title: string;
  context: string;
  detail?: string;
  /** The episode this gives away; past the fan's progress, the card shows only a spoiler notice. */
  mark?: SpoilerMark;
};

/** "Kit Connor", "Kit Connor and Joe Locke", "A, B and C". */
function listOf(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

// Titles that end in a full stop without ending the sentence.
const ABBREVIATIONS = /(?:^|\s)(?:Mr|Mrs|Ms|Dr|St|Mx|vs|etc)\.$/i;
const LONGEST = 220;

/** The first sentence of a text (shortened at a word if it runs long). */
export function firstSentence(text: string): string {
  const pattern = /[.!?…]["”’)]?(?=\s+\S|$)/g;
  let end = text.length;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const stop = match.index + match[0].length;
    if (ABBREVIATIONS.test(text.slice(0, stop))) continue;
    end = stop;
    break;
  }
  const sentence = text.slice(0, end).trim();
  if (sentence.length <= LONGEST) return sentence;
  const cut = sentence.slice(0, LONGEST - 1);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

const sceneContext = (episodeLabel: string, placement: string | undefined, setting: string) =>
  [episodeLabel, placement, setting].filter(Boolean).join(' · ');

/** The card for a target, or undefined when the data is not the page the link promised (a 404, say). */
export function previewOf(target: PreviewTarget, data: PageResult): Preview | undefined {
  if (target.kind === 'character' && data.kind === 'character') {
    const played = data.playedBy.map((actor) => actor.label);
    const first = data.firstAppearance.label;
    return {
      title: data.name,
      context: data.role,
      detail:
        played.length > 0 ? `Played by ${listOf(played)} · first seen in ${first}` : `First seen in ${first}`,
      mark: { code: data.firstAppearance.code, overall: data.firstAppearance.overall },
    };
  }
  if (target.kind === 'episode' && data.kind === 'episode') {
    const mark = { code: data.code, overall: data.overall };
    const label = `${data.code.toUpperCase()}: ${data.episodeTitle}`;
    const scene = target.scene ? data.scenes.find((item) => item.id === target.scene) : undefined;
    if (scene) {
      return {
        title: scene.title,
        context: sceneContext(label, scene.placement, scene.setting),
        detail: firstSentence(scene.description),
        mark,
      };
    }
    return {
      title: label,
      context: `Season ${data.season}, episode ${data.number} · released ${formatDate(data.released)}`,
      detail: firstSentence(data.synopsis),
      mark,
    };
  }
  if (target.kind === 'scene' && data.kind === 'scene') {
    return {
      title: data.sceneTitle,
      context: sceneContext(data.episode.label, data.placement, data.setting),
      detail: firstSentence(data.description),
      mark: { code: data.episode.code, overall: data.episode.overall },
    };
  }
  return undefined;
}
