import { useEffect } from 'react';

type Meta = { title: string; description?: string };

/**
 * Keeps the document title and description in step with the page during in-app navigation. The first page
 * of a visit already has them in its prerendered <head> (written by scripts/prerender.ts from the same page
 * data), so nothing here runs on the server.
 */
export function useDocumentMeta({ title, description }: Meta) {
  useEffect(() => {
    document.title = title;
    if (description === undefined) return;
    let tag = document.querySelector<HTMLMetaElement>('meta[name="description"]');
    if (!tag) {
      tag = document.createElement('meta');
      tag.name = 'description';
      document.head.append(tag);
    }
    tag.content = description;
  }, [title, description]);
}

export function PageMeta({ meta }: { meta: Meta }) {
  useDocumentMeta(meta);
  return null;
}
