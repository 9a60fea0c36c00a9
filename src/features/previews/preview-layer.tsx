/**
 * The preview card itself (loaded after the page is interactive, see link-previews.tsx). The card is a
 * `position: fixed` tooltip in a portal at the end of <body>, so opening it moves nothing on the page; the
 * link it describes points at it with `aria-describedby` while it is shown.
 *
 * Its data is the target page's own page data, read through the same react-query cache as the page: a page
 * already loaded costs no request, and a previewed page is already loaded when the fan follows the link.
 */
import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, type RefObject, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useLocation } from 'react-router';
import { type PageResult, pageQuery } from '../../content/queries';
import { markLabel, usePageRevealed, useShield } from '../../shared/spoiler';
import { createPreviewController, type Opened, type PreviewController } from './controller';
import { type Preview, previewOf } from './preview-content';
import { keyOfPath, type PreviewTarget } from './targets';

/** Marks the document once previews listen, for tests that must not hover before then. */
export const READY_ATTRIBUTE = 'data-link-previews';

function cachedPage(client: QueryClient, key: string): PageResult | undefined {
  const data = client.getQueryData(pageQuery(key).queryKey);
  if (data?.kind !== 'redirect') return data;
  return client.getQueryData(pageQuery(keyOfPath(data.to)).queryKey);
}

function cachedPreview(client: QueryClient, target: PreviewTarget): Preview | undefined {
  const data = cachedPage(client, target.key);
  return data && previewOf(target, data);
}

/** Loads (or reads from the cache) the target's page, following one redirect (an alternate slug). */
async function loadPreview(client: QueryClient, target: PreviewTarget): Promise<Preview | undefined> {
  // No retries: a preview is not worth waiting seconds for, and the page retries on its own if followed.
  const fetchPage = (key: string) => client.fetchQuery({ ...pageQuery(key), retry: false });
  let data = await fetchPage(target.key);
  if (data.kind === 'redirect') data = await fetchPage(keyOfPath(data.to));
  return previewOf(target, data);
}

function PreviewCard({
  id,
  label,
  preview,
  cardRef,
}: {
  id: string;
  label: string;
  preview: Preview | undefined;
  cardRef: RefObject<HTMLDivElement | null>;
}) {
  const shield = useShield();
  // A card belongs to the page it opens on: what that page was revealed up to, it shows too.
  const pageRevealed = usePageRevealed((state) => state.through);
  let body: ReactNode;
  if (!preview) {
    body = (
      <>
        <p className="link-preview__title">{label}</p>
        <p className="link-preview__loading">Loading…</p>
      </>
    );
  } else if (preview.mark && shield.hides(preview.mark) && preview.mark.overall > pageRevealed) {
    body = (
      <p className="link-preview__spoiler">
        Spoiler: {markLabel(preview.mark)} — open the page to choose whether to reveal
      </p>
    );
  } else {
    body = (
      <>
        <p className="link-preview__title">{preview.title}</p>
        <p className="link-preview__context">{preview.context}</p>
        {preview.detail ? <p className="link-preview__detail">{preview.detail}</p> : null}
      </>
    );
  }
  return (
    <div
      ref={cardRef}
      id={id}
      role="tooltip"
      className="link-preview"
      data-loading={preview ? undefined : ''}
    >
      {body}
    </div>
  );
}

export function PreviewLayer() {
  const client = useQueryClient();
  const location = useLocation();
  const cardId = useId();
  const cardRef = useRef<HTMLDivElement>(null);
  const hereRef = useRef(location.pathname);
  const controllerRef = useRef<PreviewController | null>(null);
  const [opened, setOpened] = useState<Opened | null>(null);
  const [loaded, setLoaded] = useState<{ for: Opened; preview: Preview } | null>(null);

  useEffect(() => {
    const controller = createPreviewController(document, {
      here: () => hereRef.current,
      card: () => cardRef.current,
      onChange: setOpened,
    });
    controllerRef.current = controller;
    const detach = controller.attach();
    document.documentElement.setAttribute(READY_ATTRIBUTE, 'ready');
    return () => {
      detach();
      document.documentElement.removeAttribute(READY_ATTRIBUTE);
      controllerRef.current = null;
      setOpened(null);
    };
  }, []);

  useEffect(() => {
    hereRef.current = location.pathname;
  }, [location.pathname]);

  // A new page (or a new visit to this one): whatever was previewed belonged to the old one.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every navigation
  useEffect(() => {
    controllerRef.current?.dismiss();
  }, [location.key]);

  useEffect(() => {
    if (!opened) return;
    let live = true;
    loadPreview(client, opened.target).then(
      (preview) => {
        if (!live) return;
        if (preview) setLoaded({ for: opened, preview });
        else controllerRef.current?.dismiss();
      },
      // A preview that cannot load is simply not shown; following the link still works (or explains).
      () => {
        if (live) controllerRef.current?.dismiss();
      },
    );
    return () => {
      live = false;
    };
  }, [opened, client]);

  // In the same commit as the card itself, so the link never names a card that is not on the page.
  useLayoutEffect(() => {
    if (!opened) return;
    const { anchor } = opened;
    const before = anchor.getAttribute('aria-describedby');
    anchor.setAttribute('aria-describedby', before ? `${before} ${cardId}` : cardId);
    return () => {
      if (before === null) anchor.removeAttribute('aria-describedby');
      else anchor.setAttribute('aria-describedby', before);
    };
  }, [opened, cardId]);

  const preview = opened
    ? loaded?.for === opened
      ? loaded.preview
      : cachedPreview(client, opened.target)
    : undefined;

  // Placed before the browser paints, so the card never shows anywhere but next to its link.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the card's size changes with what it shows
  useLayoutEffect(() => {
    controllerRef.current?.place();
  }, [opened, preview]);

  if (!opened) return null;
  return createPortal(
    <PreviewCard
      id={cardId}
      label={opened.anchor.textContent?.trim() ?? ''}
      preview={preview}
      cardRef={cardRef}
    />,
    document.body,
  );
}
