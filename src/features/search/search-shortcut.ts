/**
 * "/" and Ctrl/Cmd+K reach the header's search box from anywhere on the page, except while typing in another
 * field. Its own module, fetched once the page is ready: no page needs it to show or to work.
 */

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number']);

/** Whether a key press is going into a field the fan is typing in, where "/" must stay a slash. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(target.type);
}

/** Listens for the shortcut and focuses `box` (selecting what it holds); returns the way to stop. */
export function listenForSearchShortcut(box: () => HTMLInputElement | null): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.isComposing || event.altKey) return;
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey;
    const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
    if ((!slash && !commandK) || isTypingTarget(event.target)) return;
    event.preventDefault();
    box()?.focus();
    box()?.select();
  };
  document.addEventListener('keydown', onKeyDown);
  return () => document.removeEventListener('keydown', onKeyDown);
}
