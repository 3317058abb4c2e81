/**
 * Identifiers people type from memory: SDK calls (`associateSoftwareToken`, `setupTOTP`), challenge names (`MFA_SETUP`),
 * attributes (`phone_number_verified`) and exception names, misspelt as often as not ("codeMissmatch exception",
 * "Codemismatch Exception"). The catalogue's own identifiers are the vocabulary; a word of the text that is one of
 * them, or close to one (Fuse.js on single words, never on whole texts), stands for it.
 */
import Fuse from 'fuse.js';

export interface IdentifierIndex {
  known: ReadonlySet<string>;
  fuse: Fuse<string>;
}

/** How far a typed identifier may be from the catalogue's spelling (Fuse score: 0 exact, 1 anything). */
const MAX_DISTANCE = 0.15;
/** Fuse finds a word inside a longer one; a misspelling is about as long as what it misspells. */
const MAX_LENGTH_DIFFERENCE = 2;
/** Shorter words are too easily near something else. */
const MIN_FUZZY_LENGTH = 8;

export function buildIdentifierIndex(vocabulary: Iterable<string>): IdentifierIndex {
  const known = new Set(vocabulary);
  const fuse = new Fuse([...known], { includeScore: true, threshold: MAX_DISTANCE, ignoreLocation: true });
  return { known, fuse };
}

/**
 * The catalogue identifier a word stands for, if any: itself when known, else the closest one within reach. `plain`
 * words (not identifier-shaped) are only taken when known, or when long and one typo away ("codemissmatch"). Fuzzy
 * lookups spend `fuzzy.budget`, so a text of thousands of unknown words costs no more than a paragraph.
 */
export function resolveIdentifier(
  index: IdentifierIndex,
  word: string,
  memo: Map<string, string | null>,
  fuzzy: { budget: number },
): string | null {
  if (index.known.has(word)) return word;
  if (word.length < MIN_FUZZY_LENGTH) return null;
  const cached = memo.get(word);
  if (cached !== undefined) return cached;
  if (fuzzy.budget <= 0) return null;
  fuzzy.budget--;
  const near = index.fuse
    .search(word, { limit: 3 })
    .find((r) => (r.score ?? 1) <= MAX_DISTANCE && Math.abs(r.item.length - word.length) <= MAX_LENGTH_DIFFERENCE);
  const found = near ? near.item : null;
  memo.set(word, found);
  return found;
}
