/** Tolerant readers for raw, possibly broken JSON: each returns "nothing" instead of throwing. */
import type { z } from 'zod';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function itemsOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function valueAt(json: unknown, path: readonly PropertyKey[]): unknown {
  let current = json;
  for (const segment of path) {
    if (Array.isArray(current) && typeof segment === 'number') current = current[segment];
    else if (isRecord(current) && typeof segment === 'string') current = current[segment];
    else return undefined;
  }
  return current;
}

/** Parses one field on its own, so checks across files still see the good fields of a broken entry. */
export function field<S extends z.ZodType>(json: unknown, key: string, schema: S): z.output<S> | undefined {
  if (!isRecord(json)) return undefined;
  const result = schema.safeParse(json[key]);
  return result.success ? result.data : undefined;
}
