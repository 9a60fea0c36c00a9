import type { PageData } from '../content/page-data';

/** The main heading a fan sees on a page, from its data (used by the tests that walk every page). */
export function headingOf(data: PageData): string | RegExp {
  switch (data.kind) {
    case 'home':
      return /Heartstopper Wiki/;
    case 'character':
    case 'actor':
    case 'person':
      return data.name;
    case 'episode':
      return data.episodeTitle;
    case 'scene':
      return data.sceneTitle;
    case 'commentary':
      return data.card.topic;
    case 'song':
    case 'book':
    case 'film':
      return data.title;
    case 'place':
      return data.name;
    case 'music':
      return 'Music';
    case 'places':
      return 'Places';
    case 'books':
      return 'Books';
    case 'awards':
      return 'Awards';
    case 'characters':
      return 'Characters';
    case 'actors':
      return 'Cast and crew';
    case 'episodes':
      return 'Episodes';
    case 'scenes':
      return 'Scenes';
    case 'commentary-index':
      return 'Commentary';
    case 'my-wiki':
      return 'My wiki';
    case 'random':
      return 'Random page';
    case 'open-data':
      return 'Open data';
    case 'corrections':
      return 'Suggest a correction';
    case 'appearances':
      return 'Appearance grid';
    case 'relationships':
      return 'Relationship map';
    case 'search-titles':
    case 'search-index':
    case 'redirect':
      return '';
    default: {
      // A new kind of page must say what its heading is, or the every-page walk cannot check it.
      const unhandled: never = data;
      return unhandled;
    }
  }
}
