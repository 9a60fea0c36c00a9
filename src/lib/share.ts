/** The absolute address of an app path on this site, for sharing outside it. */
export function absoluteUrl(appPath: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return new URL(`${base}${appPath}`, window.location.origin).href;
}

export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed';

/** Copies text to the clipboard, with the older selection-based fallback where the async API is missing. */
async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission refused or an insecure origin: fall through to the selection fallback.
  }
  const field = document.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.style.position = 'fixed';
  field.style.opacity = '0';
  document.body.append(field);
  field.select();
  const copied = document.execCommand('copy');
  field.remove();
  return copied;
}

export async function copyLink(url: string): Promise<ShareOutcome> {
  return (await copyText(url)) ? 'copied' : 'failed';
}

/** The system share sheet where there is one (phones), otherwise the clipboard. */
export async function shareLink(url: string, title: string): Promise<ShareOutcome> {
  if (typeof navigator.share === 'function') {
    try {
      await navigator.share({ url, title });
      return 'shared';
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
    }
  }
  return copyLink(url);
}
