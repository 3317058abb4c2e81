/**
 * Finds exception names (error codes) in a line, in any wrapper: `NotAuthorizedException:`, `"__type":
 * "com.amazonaws...#CodeMismatchException"`, `Error Code: X;`, `x-amzn-ErrorType: X:`, `An error occurred (X)`,
 * `code: 'X'`, lower-cased, or misspelt. Only names the index knows (or near misses of them) are kept.
 */
import type { SignatureIndex } from './signatures';

export interface ExceptionToken {
  /** The known name it stands for, lower case. */
  name: string;
  /** As written in the paste. */
  written: string;
  /** Offset in the line's comparison key, for pairing with messages. */
  pos: number;
  /** Written differently from every known name (a typo). */
  typo: boolean;
}

// Names ending like an exception (or a misspelt one: `Exeption`, `Excepton`), and codes in the places wrappers put
// them even without such an ending.
const NAMED = /\b[a-z][a-z0-9]*(?:e[xc]{1,2}[a-z]{2,7}|error|failure|fault)\b/gi;
const TYPO_TAIL = /e[xc]{1,2}[a-z]{2,7}$/;
const CODED =
  /(?:(?:error\s?code|errortype|__type|\bcode|\bname)["']?\s*[:=]|error occurred \(|#)\s*["']?(?:[\w.]+#)?([a-z][a-z0-9]{3,})/gi;

/** Edit distance, bounded: returns `limit + 1` as soon as it is exceeded. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] as number;
}

/** Resolves a written name to a known one: exact (any case) or, for long names ending like "exception", a near miss. */
function resolveName(written: string, index: SignatureIndex, cache: Map<string, string | null>): string | null {
  const lower = written.toLowerCase();
  if (index.exceptions.has(lower)) return lower;
  if (lower.length < 15 || !TYPO_TAIL.test(lower)) return null;
  const cached = cache.get(lower);
  if (cached !== undefined) return cached;
  let best: string | null = null;
  let bestDistance = Math.max(2, Math.floor(lower.length * 0.12));
  for (const known of index.exceptions.keys()) {
    const distance = editDistance(lower, known, bestDistance);
    if (distance <= bestDistance && (best === null || distance < bestDistance)) {
      best = known;
      bestDistance = distance;
    }
  }
  cache.set(lower, best);
  return best;
}

/** Known exception names in a line, in order of position, without repeats of the same name. */
export function findExceptions(
  text: string,
  key: string,
  index: SignatureIndex,
  cache: Map<string, string | null>,
): ExceptionToken[] {
  const found: { written: string; at: number }[] = [];
  for (const match of text.matchAll(NAMED)) found.push({ written: match[0], at: match.index ?? 0 });
  for (const match of text.matchAll(CODED)) {
    const written = match[1] as string;
    found.push({ written, at: (match.index ?? 0) + match[0].length - written.length });
  }
  found.sort((a, b) => a.at - b.at);
  const tokens: ExceptionToken[] = [];
  let searchFrom = 0;
  let lastAt = -1;
  for (const { written, at: writtenAt } of found) {
    if (writtenAt === lastAt) continue;
    lastAt = writtenAt;
    const name = resolveName(written, index, cache);
    if (name === null) continue;
    const lowerWritten = written.toLowerCase();
    const pos = key.indexOf(lowerWritten, searchFrom);
    const at = pos >= 0 ? pos : searchFrom;
    if (tokens.some((t) => t.name === name && t.pos === at)) continue;
    tokens.push({ name, written, pos: at, typo: lowerWritten !== name });
    searchFrom = at + lowerWritten.length;
  }
  return tokens;
}
