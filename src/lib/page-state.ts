import type { DehydratedState } from '@tanstack/react-query';

/** The element that carries a prerendered page's react-query cache into the browser. */
export const PAGE_STATE_ID = 'page-state';

export type PageState = {
  /** The app path (without the base path) the HTML was rendered for. */
  path: string;
  /** The query string it was rendered with, for pages rendered for one query (prerendered search results). */
  search?: string;
  state: DehydratedState;
};

/**
 * JSON that is safe inside a <script> element: `<` is escaped so no data string (a quote containing
 * "</script>", say) can close the element early.
 */
export function serializePageState(value: PageState): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
