import { useEffect, useState } from 'react';
import type { ShareOutcome } from '../lib/share';

/**
 * The sharing code is fetched on the first press (it is small, and no page needs it to be ready); a press
 * keeps its user activation for seconds, far longer than that takes.
 */
const loadShare = () => import('../lib/share');

const MESSAGES: Record<ShareOutcome, string> = {
  shared: 'Shared',
  copied: 'Link copied',
  cancelled: '',
  failed: 'Could not copy: copy the address from the address bar',
};

/** Says what happened for a few seconds, in a live region so screen readers hear it too. */
function useConfirmation() {
  const [message, setMessage] = useState('');
  useEffect(() => {
    if (!message) return;
    const timer = window.setTimeout(() => setMessage(''), 4000);
    return () => window.clearTimeout(timer);
  }, [message]);
  return [message, (outcome: ShareOutcome) => setMessage(MESSAGES[outcome])] as const;
}

type ButtonProps = { path: string; label: string };

/** "Copy link" for a scene or a quote: copies the absolute address of `path` (anchors included). */
export function CopyLinkButton({ path, label }: ButtonProps) {
  const [message, confirm] = useConfirmation();
  return (
    <span className="share-control">
      <button
        type="button"
        className="link-button"
        aria-label={label}
        onClick={async () => {
          const { absoluteUrl, copyLink } = await loadShare();
          confirm(await copyLink(absoluteUrl(path)));
        }}
      >
        Copy link
      </button>
      <span role="status" className="share-status">
        {message}
      </span>
    </span>
  );
}

/** "Share" for the whole page: the system share sheet where available, else the clipboard. */
export function ShareButton({ path }: { path: string }) {
  const [message, confirm] = useConfirmation();
  return (
    <span className="share-control">
      <button
        type="button"
        className="link-button"
        onClick={async () => {
          const { absoluteUrl, shareLink } = await loadShare();
          confirm(await shareLink(absoluteUrl(path), document.title));
        }}
      >
        Share this page
      </button>
      <span role="status" className="share-status">
        {message}
      </span>
    </span>
  );
}
