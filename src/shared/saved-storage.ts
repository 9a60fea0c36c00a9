/**
 * What the wiki keeps in this browser (localStorage), one slot per concern, each stored as
 * `{ "version": n, "state": ... }`.
 *
 * Anything may be found in a slot: another tab, an older or newer build, a hand edit or a broken disk may
 * have left it. Reading never throws and never trusts: each slot's `read` validates (and migrates older
 * versions), damaged values are copied aside before they are replaced, a value written by a newer build is
 * left untouched, and a failed write leaves what was saved before as it was.
 */

export type Slot<T> = {
  key: string;
  version: number;
  empty: T;
  /**
   * The valid state in a stored value of this (or an older) version, or undefined when nothing can be
   * recovered. `dropped` counts entries that were unreadable and left out.
   */
  read: (state: unknown, version: number) => { value: T; dropped: number } | undefined;
  /** What the fan would call this slot, for notices: "watch progress". */
  name: string;
};

export type ReadOutcome<T> = {
  value: T;
  /** Why the saved value was not used as it was; absent when it was (or when nothing was saved). */
  problem?: 'unavailable' | 'damaged' | 'newer' | 'partly-damaged';
  /** True when writing would destroy something we could not read (a newer build's value). */
  readOnly: boolean;
};

/** Larger than anything the wiki writes by far; a bigger value is damage, not data. */
export const MAX_SAVED_LENGTH = 512 * 1024;

export const backupKey = (key: string) => `${key}:damaged`;

function storage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

function keepDamagedCopy(store: Storage, key: string, raw: string): void {
  if (raw.length > MAX_SAVED_LENGTH) return;
  try {
    store.setItem(backupKey(key), raw);
  } catch {
    // No room for the copy: the notice still tells the fan what happened.
  }
}

export function readSlot<T>(slot: Slot<T>): ReadOutcome<T> {
  const store = storage();
  let raw: string | null;
  try {
    if (!store) throw new Error('no storage');
    raw = store.getItem(slot.key);
  } catch {
    return { value: slot.empty, problem: 'unavailable', readOnly: true };
  }
  if (raw === null) return { value: slot.empty, readOnly: false };

  const damaged = (): ReadOutcome<T> => {
    if (store) keepDamagedCopy(store, slot.key, raw ?? '');
    return { value: slot.empty, problem: 'damaged', readOnly: false };
  };
  if (raw.length > MAX_SAVED_LENGTH) return damaged();

  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return damaged();
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return damaged();
  const version = 'version' in parsed ? parsed.version : undefined;
  const state = 'state' in parsed ? parsed.state : undefined;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) return damaged();
  if (version > slot.version) return { value: slot.empty, problem: 'newer', readOnly: true };

  const result = slot.read(state, version);
  if (result === undefined) return damaged();
  if (result.dropped > 0) {
    if (store) keepDamagedCopy(store, slot.key, raw);
    return { value: result.value, problem: 'partly-damaged', readOnly: false };
  }
  return { value: result.value, readOnly: false };
}

/** Saves a slot; false when the browser refused (storage full or blocked), in which case nothing changed. */
export function writeSlot<T>(slot: Slot<T>, value: T): boolean {
  const store = storage();
  if (!store) return false;
  try {
    store.setItem(slot.key, JSON.stringify({ version: slot.version, state: value }));
    return true;
  } catch {
    return false;
  }
}

/** Removes a slot and its damaged copy; false when the browser refused. */
export function clearSlot(slot: Slot<unknown>): boolean {
  const store = storage();
  if (!store) return false;
  try {
    store.removeItem(slot.key);
    store.removeItem(backupKey(slot.key));
    return true;
  } catch {
    return false;
  }
}
