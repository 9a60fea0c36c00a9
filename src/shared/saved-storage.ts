/**
 * A storage for zustand's `persist` that keeps a store's saved state in localStorage as slots, one key per
 * concern, each stored as `{ "version": n, "state": ... }` and checked with a zod schema when read.
 *
 * Anything may be found in a slot: another tab, an older or newer build, a hand edit or a broken disk may
 * have left it. Reading never throws and never trusts:
 * - a value that cannot be read is copied to `<key>:damaged` and the slot starts empty;
 * - entries of a list that cannot be read are left out and counted, the rest kept, and the original copied;
 * - a value written by a newer build is left untouched: the slot starts empty and is not written this visit;
 * - storage that throws (private browsing, blocked storage) leaves every slot empty and unwritten;
 * - a write the browser refuses leaves what was saved before as it was.
 * Each of these is reported, so the store can tell the fan. A slot is written only when its value has changed,
 * so a change to one slot never overwrites what another tab saved in another.
 */
import * as z from 'zod/mini';
import type { PersistStorage } from 'zustand/middleware';
import { MAX_SAVED_LENGTH } from './fan-state';

export type Slot<T> = {
  key: string;
  /**
   * Written with the state. A value of this or an older version is read with `schema`: version 1 is the first
   * this wiki shipped, so a lower number can only be a hand edit or damage, and whatever of it still reads
   * under today's rules is kept.
   */
  version: number;
  empty: T;
  schema: z.ZodMiniType<T>;
  /** Limits a schema does not express entry by entry (no duplicates, at most so many); what they leave out is counted. */
  tidy?: (value: T) => { value: T; dropped: number };
};

export type Problem =
  | { kind: 'unavailable' }
  | { kind: 'damaged' }
  | { kind: 'partly-damaged'; dropped: number }
  | { kind: 'newer' }
  | { kind: 'unsaved' };

export const backupKey = (key: string) => `${key}:damaged`;

const envelope = z.object({ version: z.int().check(z.nonnegative()), state: z.unknown() });

type Path = readonly PropertyKey[];

/** Where an issue's unreadable part is: the list entry it is in, whole, or else the field itself. */
function unreadablePart(issue: z.core.$ZodIssue): Path {
  const lastIndex = issue.path.findLastIndex((segment) => typeof segment === 'number');
  return lastIndex === -1 ? issue.path : issue.path.slice(0, lastIndex + 1);
}

/** Later entries of a list before earlier ones, so that removing one leaves the others' paths as they were. */
function laterFirst(a: Path, b: Path): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    const [x, y] = [a[i], b[i]];
    if (x === y) continue;
    return typeof x === 'number' && typeof y === 'number' ? y - x : String(x).localeCompare(String(y));
  }
  return b.length - a.length;
}

/** Removes what is at `path`; false when there is nothing there to remove (the whole value, or a missing field). */
function remove(value: unknown, path: Path): boolean {
  const last = path.at(-1);
  let parent = value;
  for (const segment of path.slice(0, -1)) {
    if (typeof parent !== 'object' || parent === null) return false;
    parent = (parent as Record<PropertyKey, unknown>)[segment];
  }
  if (Array.isArray(parent) && typeof last === 'number' && last < parent.length) {
    parent.splice(last, 1);
    return true;
  }
  if (typeof parent === 'object' && parent !== null && last !== undefined && Object.hasOwn(parent, last)) {
    delete (parent as Record<PropertyKey, unknown>)[last];
    return true;
  }
  return false;
}

/**
 * What `schema` reads from a parsed JSON `value` once its unreadable parts are left out: an entry of a list
 * that does not match is dropped whole, and a field that does not match is removed, so that its default
 * applies (a field without one then fails on the next try). Undefined when nothing can be recovered.
 */
function salvage<T>(schema: z.ZodMiniType<T>, value: unknown): { value: T; dropped: number } | undefined {
  let dropped = 0;
  for (;;) {
    const result = schema.safeParse(value);
    if (result.success) return { value: result.data, dropped };
    const parts = new Map(
      result.error.issues.map((issue) => unreadablePart(issue)).map((p) => [p.join('\0'), p]),
    );
    for (const part of [...parts.values()].sort(laterFirst)) {
      if (!remove(value, part)) return undefined;
      dropped += 1;
    }
  }
}

function localStorageOrUndefined(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

const serialise = <T>(slot: Slot<T>, value: T) => JSON.stringify({ version: slot.version, state: value });

type Read<T> = { value: T; problem?: Problem; readOnly: boolean };

function keepDamagedCopy(store: Storage, key: string, raw: string): void {
  if (raw.length > MAX_SAVED_LENGTH) return;
  try {
    store.setItem(backupKey(key), raw);
  } catch {
    // No room for the copy: the notice still tells the fan what happened.
  }
}

function readSlot<T>(store: Storage | undefined, slot: Slot<T>): Read<T> {
  const unavailable: Read<T> = { value: slot.empty, problem: { kind: 'unavailable' }, readOnly: true };
  if (!store) return unavailable;
  let raw: string | null;
  try {
    raw = store.getItem(slot.key);
  } catch {
    return unavailable;
  }
  if (raw === null) return { value: slot.empty, readOnly: false };

  const damaged = (): Read<T> => {
    keepDamagedCopy(store, slot.key, raw);
    return { value: slot.empty, problem: { kind: 'damaged' }, readOnly: false };
  };
  if (raw.length > MAX_SAVED_LENGTH) return damaged();
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return damaged();
  }
  const saved = envelope.safeParse(parsed);
  if (!saved.success) return damaged();
  if (saved.data.version > slot.version)
    return { value: slot.empty, problem: { kind: 'newer' }, readOnly: true };

  const read = salvage(slot.schema, saved.data.state);
  if (read === undefined) return damaged();
  const tidied = slot.tidy?.(read.value) ?? { value: read.value, dropped: 0 };
  const dropped = read.dropped + tidied.dropped;
  if (dropped === 0) return { value: tidied.value, readOnly: false };
  keepDamagedCopy(store, slot.key, raw);
  return { value: tidied.value, problem: { kind: 'partly-damaged', dropped }, readOnly: false };
}

/**
 * A `persist` storage for state `S` whose every field is kept in a slot of its own. Versions are the slots'
 * own: `getItem` returns no store-wide version, so `persist` never migrates (the schemas read older versions).
 * `report` hears of every problem as it is met, while reading or writing.
 */
export function slotStorage<S extends Record<string, unknown>>(
  slots: { [K in keyof S]: Slot<S[K]> },
  report: (slot: keyof S, problem: Problem) => void,
): PersistStorage<S> {
  const names = Object.keys(slots) as (keyof S)[];
  /**
   * What each slot holds as this tab last read or wrote it. A slot is absent until it has been read (what it
   * holds is unknown, and writing would replace it) and while its value must be left as it is.
   */
  const stored = new Map<keyof S, string>();

  return {
    getItem: () => {
      const store = localStorageOrUndefined();
      const state: Partial<S> = {};
      for (const name of names) {
        const slot = slots[name];
        const read = readSlot(store, slot);
        state[name] = read.value;
        if (read.readOnly) stored.delete(name);
        else stored.set(name, serialise(slot, read.value));
        if (read.problem) report(name, read.problem);
      }
      return { state: state as S };
    },
    setItem: (_name, { state }) => {
      const store = localStorageOrUndefined();
      for (const name of names) {
        const before = stored.get(name);
        const raw = serialise(slots[name], state[name]);
        if (before === undefined || raw === before) continue;
        try {
          if (!store) throw new Error('no storage');
          store.setItem(slots[name].key, raw);
          stored.set(name, raw);
        } catch {
          report(name, { kind: 'unsaved' });
        }
      }
    },
    removeItem: () => {
      const store = localStorageOrUndefined();
      for (const name of names) {
        stored.delete(name);
        try {
          store?.removeItem(slots[name].key);
          store?.removeItem(backupKey(slots[name].key));
        } catch {
          // Blocked storage holds nothing of ours to remove.
        }
      }
    },
  };
}
