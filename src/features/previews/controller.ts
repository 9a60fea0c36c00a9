/**
 * When a preview card opens and closes, from listeners delegated to the document (so no link needs any code
 * of its own, and links rendered later are covered too):
 *
 * - pointer hover, after a short intent delay; the card stays open while the pointer is over the link or the
 *   card, with a grace period for crossing the gap between them;
 * - keyboard focus, after a longer delay, so tabbing along a row of links neither flickers a card at every
 *   stop nor requests every page passed on the way: only the link the fan pauses on is previewed;
 * - on touch, a long press, which also cancels the navigation (and the context menu) that would follow;
 *   a tap anywhere else closes the card.
 *
 * Escape, scrolling the link out of view and a press elsewhere close it.
 */
import { basePrefix, type PreviewTarget, previewTarget } from './targets';

export const HOVER_DELAY = 300;
export const FOCUS_DELAY = 500;
export const LONG_PRESS = 500;
/** Time to move from the link onto the card before it closes. */
const HIDE_GRACE = 200;
/** A finger that moves further than this is scrolling, not pressing. */
const MOVE_TOLERANCE = 10;
/** Focus that follows a press or release this soon came from the pointer, not the keyboard. */
const POINTER_FOCUS_WINDOW = 400;
const GAP = 8;
const MARGIN = 8;

export type Via = 'hover' | 'focus' | 'press';
export type Opened = { anchor: HTMLAnchorElement; target: PreviewTarget; via: Via };
type Candidate = { anchor: HTMLAnchorElement; target: PreviewTarget };

export type ControllerHooks = {
  /** The router's in-app pathname: links to the page the fan is on are not previewed. */
  here: () => string;
  /** The card element while one is rendered. */
  card: () => HTMLElement | null;
  onChange: (opened: Opened | null) => void;
};

const contains = (element: Element | null | undefined, node: EventTarget | null): boolean =>
  element != null && node instanceof Node && element.contains(node);

export function createPreviewController(doc: Document, hooks: ControllerHooks) {
  const win = doc.defaultView ?? window;
  const base = basePrefix(import.meta.env.BASE_URL);
  let opened: Opened | null = null;
  let pending: (Candidate & { via: Via; timer: number }) | null = null;
  let hideTimer: number | undefined;
  let press: (Candidate & { pointerId: number; x: number; y: number; fired: boolean; timer: number }) | null =
    null;
  /** The link a long press opened: the click (and context menu) the press ends in is swallowed. */
  let swallowOn: HTMLAnchorElement | null = null;
  /** The link Escape closed: not reopened until the pointer or focus leaves it. */
  let dismissed: HTMLAnchorElement | null = null;
  let pointerAt = Number.NEGATIVE_INFINITY;
  let frame: number | undefined;

  const inCard = (node: EventTarget | null) => contains(hooks.card(), node);

  function candidate(node: EventTarget | null): Candidate | undefined {
    if (!(node instanceof Element)) return undefined;
    const anchor = node.closest('a[href]');
    if (!(anchor instanceof HTMLAnchorElement)) return undefined;
    if (inCard(anchor) || anchor.closest('.site-header, [data-no-preview]')) return undefined;
    if (anchor.hasAttribute('download') || (anchor.target !== '' && anchor.target !== '_self'))
      return undefined;
    let url: URL;
    try {
      url = new URL(anchor.href);
    } catch {
      return undefined;
    }
    const target = previewTarget(url, win.location.origin, base, hooks.here());
    return target && { anchor, target };
  }

  function set(next: Opened | null) {
    opened = next;
    hooks.onChange(next);
  }

  function clearPending() {
    if (!pending) return;
    win.clearTimeout(pending.timer);
    pending = null;
  }

  function cancelHide() {
    win.clearTimeout(hideTimer);
    hideTimer = undefined;
  }

  function cancelPress() {
    if (!press) return;
    win.clearTimeout(press.timer);
    press = null;
  }

  function open(found: Candidate, via: Via) {
    clearPending();
    cancelHide();
    if (opened?.anchor === found.anchor) return;
    set({ anchor: found.anchor, target: found.target, via });
  }

  function hide() {
    cancelHide();
    if (opened) set(null);
  }

  /** Closes the card and forgets any card about to open. */
  function dismiss() {
    clearPending();
    hide();
  }

  function schedule(found: Candidate, delay: number, via: Via) {
    if (pending?.anchor === found.anchor) return;
    clearPending();
    pending = { ...found, via, timer: win.setTimeout(() => open(found, via), delay) };
  }

  function scheduleHide() {
    if (hideTimer !== undefined) return;
    hideTimer = win.setTimeout(() => {
      hideTimer = undefined;
      hide();
    }, HIDE_GRACE);
  }

  function firePress() {
    if (!press || press.fired) return;
    press.fired = true;
    swallowOn = press.anchor;
    dismissed = null;
    open(press, 'press');
  }

  /** Puts the card next to its link: below it, or above when there is no room below, inside the viewport. */
  function place() {
    const card = hooks.card();
    if (!opened || !card) return;
    const { anchor } = opened;
    if (!anchor.isConnected) {
      dismiss();
      return;
    }
    const link = anchor.getBoundingClientRect();
    const viewWidth = doc.documentElement.clientWidth;
    const viewHeight = doc.documentElement.clientHeight;
    if (link.bottom < 0 || link.top > viewHeight) {
      dismiss();
      return;
    }
    const width = card.offsetWidth;
    const height = card.offsetHeight;
    let top = link.bottom + GAP;
    let side = 'below';
    if (top + height > viewHeight - MARGIN) {
      if (link.top - GAP - height >= MARGIN) {
        top = link.top - GAP - height;
        side = 'above';
      } else {
        top = Math.max(MARGIN, viewHeight - MARGIN - height);
      }
    }
    const left = Math.max(MARGIN, Math.min(link.left, viewWidth - MARGIN - width));
    card.style.setProperty('top', `${Math.round(top)}px`);
    card.style.setProperty('left', `${Math.round(left)}px`);
    card.dataset.side = side;
  }

  const onPointerOver = (event: PointerEvent) => {
    if (event.pointerType === 'touch') return;
    if (inCard(event.target)) {
      cancelHide();
      return;
    }
    const found = candidate(event.target);
    if (!found || found.anchor === dismissed) return;
    if (found.anchor === opened?.anchor) {
      cancelHide();
      return;
    }
    schedule(found, HOVER_DELAY, 'hover');
  };

  const onPointerOut = (event: PointerEvent) => {
    if (event.pointerType === 'touch') return;
    const { target: from, relatedTarget: to } = event;
    if (pending?.via === 'hover' && contains(pending.anchor, from) && !contains(pending.anchor, to)) {
      clearPending();
    }
    if (contains(dismissed, from) && !contains(dismissed, to)) dismissed = null;
    if (opened?.via !== 'hover') return;
    const leaving = contains(opened.anchor, from) || inCard(from);
    const staying = contains(opened.anchor, to) || inCard(to);
    if (leaving && !staying) scheduleHide();
  };

  const onFocusIn = (event: FocusEvent) => {
    const found = candidate(event.target);
    if (!found || found.anchor === opened?.anchor || found.anchor === dismissed) return;
    if (performance.now() - pointerAt < POINTER_FOCUS_WINDOW) return;
    schedule(found, FOCUS_DELAY, 'focus');
  };

  const onFocusOut = (event: FocusEvent) => {
    if (pending?.via === 'focus' && pending.anchor === event.target) clearPending();
    if (dismissed === event.target) dismissed = null;
    if (opened?.via === 'focus' && opened.anchor === event.target && !inCard(event.relatedTarget)) hide();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || (!opened && !pending)) return;
    dismissed = opened?.anchor ?? pending?.anchor ?? null;
    dismiss();
  };

  const onPointerDown = (event: PointerEvent) => {
    pointerAt = performance.now();
    swallowOn = null;
    cancelPress();
    if (opened && !inCard(event.target) && !contains(opened.anchor, event.target)) dismiss();
    if (event.pointerType !== 'touch' || !event.isPrimary) return;
    clearPending();
    const found = candidate(event.target);
    if (!found) return;
    press = {
      ...found,
      pointerId: event.pointerId,
      x: event.clientX,
      y: event.clientY,
      fired: false,
      timer: win.setTimeout(firePress, LONG_PRESS),
    };
  };

  const onPointerMove = (event: PointerEvent) => {
    if (!press || press.fired || event.pointerId !== press.pointerId) return;
    if (Math.hypot(event.clientX - press.x, event.clientY - press.y) > MOVE_TOLERANCE) cancelPress();
  };

  const onPointerEnd = (event: PointerEvent) => {
    pointerAt = performance.now();
    if (!press || event.pointerId !== press.pointerId) return;
    if (press.fired) press = null;
    else cancelPress();
  };

  const onContextMenu = (event: MouseEvent) => {
    // Touch browsers raise the context menu on a long press, sometimes before our own timer: the press wins.
    if (press && contains(press.anchor, event.target)) {
      event.preventDefault();
      firePress();
    } else if (contains(swallowOn, event.target)) {
      event.preventDefault();
    }
  };

  const onClick = (event: MouseEvent) => {
    if (!contains(swallowOn, event.target)) return;
    // Captured at the document, before the router's own click handler: the long press was not a tap.
    event.preventDefault();
    event.stopPropagation();
    swallowOn = null;
  };

  const onViewportChange = () => {
    if (!opened || frame !== undefined) return;
    frame = win.requestAnimationFrame(() => {
      frame = undefined;
      place();
    });
  };

  const documentListeners: [string, EventListener][] = [
    ['pointerover', onPointerOver as EventListener],
    ['pointerout', onPointerOut as EventListener],
    ['pointerdown', onPointerDown as EventListener],
    ['pointermove', onPointerMove as EventListener],
    ['pointerup', onPointerEnd as EventListener],
    ['pointercancel', onPointerEnd as EventListener],
    ['focusin', onFocusIn as EventListener],
    ['focusout', onFocusOut as EventListener],
    ['keydown', onKeyDown as EventListener],
    ['contextmenu', onContextMenu as EventListener],
    ['click', onClick as EventListener],
  ];

  function attach(): () => void {
    for (const [type, listener] of documentListeners) doc.addEventListener(type, listener, true);
    doc.addEventListener('scroll', onViewportChange, { capture: true, passive: true });
    win.addEventListener('resize', onViewportChange, { passive: true });
    return () => {
      for (const [type, listener] of documentListeners) doc.removeEventListener(type, listener, true);
      doc.removeEventListener('scroll', onViewportChange, { capture: true });
      win.removeEventListener('resize', onViewportChange);
      if (frame !== undefined) win.cancelAnimationFrame(frame);
      frame = undefined;
      clearPending();
      cancelHide();
      cancelPress();
      opened = null;
    };
  }

  return { attach, dismiss, place };
}

export type PreviewController = ReturnType<typeof createPreviewController>;
