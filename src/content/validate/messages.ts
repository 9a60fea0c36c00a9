/**
 * What a problem is and how it is shown: the `Problem` record, its one-line wording and the "did you mean"
 * suggestion that points at the nearest valid id or name.
 */

export type Problem = {
  file: string;
  /** JSON path inside the file, e.g. "$.relationships[2].with"; "$" for the file as a whole. */
  path: string;
  /** The offending value; undefined when it is missing or the problem concerns the whole file. */
  value: unknown;
  message: string;
  /** The nearest valid id or name, when one is close enough to be a likely typo. */
  suggestion?: string;
};

export type PathSegment = string | number;

/**
 * Unrestricted Damerau-Levenshtein distance (Lowrance-Wagner): insertions, deletions, substitutions and
 * transpositions of adjacent characters, where a transposed pair may also be edited around. Works on code
 * points so an accented letter counts as one edit.
 */
export function damerauLevenshtein(a: string, b: string): number {
  const s = Array.from(a);
  const t = Array.from(b);
  const m = s.length;
  const n = t.length;
  if (m === 0) return n;
  if (n === 0) return m;
  const infinity = m + n;
  const width = n + 2;
  // A flat (m + 2) x (n + 2) table; row/column 0 hold the "infinity" sentinel the transposition step needs.
  const table = new Array<number>((m + 2) * width).fill(0);
  const get = (i: number, j: number): number => table[i * width + j] ?? infinity;
  const set = (i: number, j: number, value: number): void => {
    table[i * width + j] = value;
  };
  set(0, 0, infinity);
  for (let i = 0; i <= m; i++) {
    set(i + 1, 0, infinity);
    set(i + 1, 1, i);
  }
  for (let j = 0; j <= n; j++) {
    set(0, j + 1, infinity);
    set(1, j + 1, j);
  }
  // The last row of `s` in which each character was seen.
  const lastRowOf = new Map<string, number>();
  for (let i = 1; i <= m; i++) {
    const si = s[i - 1] ?? '';
    let lastMatchColumn = 0;
    for (let j = 1; j <= n; j++) {
      const tj = t[j - 1] ?? '';
      const i1 = lastRowOf.get(tj) ?? 0;
      const j1 = lastMatchColumn;
      const cost = si === tj ? 0 : 1;
      if (cost === 0) lastMatchColumn = j;
      set(
        i + 1,
        j + 1,
        Math.min(
          get(i, j) + cost,
          get(i + 1, j) + 1,
          get(i, j + 1) + 1,
          get(i1, j1) + (i - i1 - 1) + 1 + (j - j1 - 1),
        ),
      );
    }
    lastRowOf.set(si, i);
  }
  return get(m + 1, n + 1);
}

/**
 * The candidate nearest to `value`, if it is close enough to be a plausible typo: at most
 * max(2, length / 3) edits. Case is ignored, so "S1E4" still finds "s1e4". Ties go to the alphabetically
 * first candidate so the output is stable.
 */
export function nearest(value: string, candidates: Iterable<string>): string | undefined {
  const needle = value.toLowerCase();
  const limit = Math.max(2, Math.floor(Array.from(needle).length / 3));
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    // The length difference is a lower bound on the distance: skip hopeless candidates cheaply.
    if (Math.abs(candidate.length - needle.length) > limit) continue;
    const distance = damerauLevenshtein(needle, candidate.toLowerCase());
    if (distance > limit) continue;
    if (distance < bestDistance || (distance === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best === value ? undefined : best;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `["relationships", 2, "with"]` -> `$.relationships[2].with`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && IDENTIFIER.test(segment)) out += `.${segment}`;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out;
}

const MAX_SHOWN_VALUE = 80;

function showValue(value: unknown): string {
  if (typeof value === 'string' && value.length > MAX_SHOWN_VALUE) {
    return `${JSON.stringify(value.slice(0, 60))}… (${value.length} characters)`;
  }
  const json = JSON.stringify(value);
  if (json === undefined) return String(value);
  return json.length > MAX_SHOWN_VALUE ? `${json.slice(0, MAX_SHOWN_VALUE - 1)}…` : json;
}

/** One line per problem: `data/scenes/x.json $.episode: "s1e9" is not an episode; did you mean "s1e4"?`. */
export function formatProblem(problem: Problem): string {
  const value = problem.value === undefined ? '' : `${showValue(problem.value)} `;
  const suggestion = problem.suggestion === undefined ? '' : `; did you mean "${problem.suggestion}"?`;
  return `${problem.file} ${problem.path}: ${value}${problem.message}${suggestion}`;
}
