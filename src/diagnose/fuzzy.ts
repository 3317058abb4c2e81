/**
 * Fuzzy comparison of one short candidate text with the catalogue's messages, for typos and reworded variants.
 * Fuse.js scores how well each message is found inside the candidate; word coverage keeps Fuse's chunked search from
 * calling two different messages that share half their words alike. Only messages sharing enough words are scored.
 */
import Fuse from 'fuse.js';
import { editDistance } from './exceptions';
import type { MessageSignature, SignatureIndex } from './signatures';

export interface FuzzyHit {
  signature: MessageSignature;
  /** 0..1, 1 = the same words in the same order. */
  similarity: number;
}

const FUSE_OPTIONS = {
  includeScore: true,
  ignoreLocation: true,
  ignoreFieldNorm: true,
  isCaseSensitive: true,
  threshold: 0.6,
};
/** Messages sharing fewer of their strong words with the candidate are not compared. */
const MIN_SHARED = 0.5;
const MIN_SIMILARITY = 0.6;
const SHORT_WORDS = 10;

/** A text cut mid-word (a truncated log line, a Slack preview) still says the word it was cutting: `expir` -> `expired`. */
const MIN_CUT_WORD = 3;

function coverage(signature: MessageSignature, words: Set<string>, cut: string): number {
  let covered = 0;
  for (const word of signature.words) {
    if (words.has(word)) covered++;
    else if (word.length >= 5 && [...words].some((w) => editDistance(w, word, 1) <= 1)) covered++;
    else if (cut.length >= MIN_CUT_WORD && word.startsWith(cut)) covered++;
  }
  return covered / signature.words.length;
}

/** The messages most like `key` (a comparison form), best first, at or above the minimum similarity. */
export function fuzzyMatch(
  key: string,
  index: SignatureIndex,
  limit = 3,
  among?: readonly MessageSignature[],
): FuzzyHit[] {
  const words = new Set(key.split(' '));
  const cut = key.slice(key.lastIndexOf(' ') + 1);
  const shared = new Map<number, number>();
  for (const word of words) {
    for (const i of index.byWord.get(word) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
  }
  // A short text may hide its only uncommon word behind a typo ("invalid sesion for the user"): compare it with every
  // message of about its length instead.
  if (words.size <= SHORT_WORDS) {
    const prefixes = new Set([...words].map((w) => w.slice(0, 3)));
    index.messages.forEach((m, i) => {
      if (shared.has(i) || m.words.length < words.size / 2 || m.words.length > words.size * 2) return;
      if (m.prefixes.filter((p) => prefixes.has(p)).length / m.prefixes.length >= MIN_SHARED) shared.set(i, -1);
    });
  }
  const fuse = new Fuse([key], FUSE_OPTIONS);
  const hits: FuzzyHit[] = [];
  for (const [i, count] of shared) {
    const signature = index.messages[i] as MessageSignature;
    if (among && !among.includes(signature)) continue;
    if (count >= 0 && count / signature.strong.length < MIN_SHARED) continue;
    const [result] = fuse.search(signature.key);
    if (!result) continue;
    const similarity = (1 - (result.score ?? 1)) * coverage(signature, words, cut);
    if (similarity >= MIN_SIMILARITY) hits.push({ signature, similarity });
  }
  return hits.sort((a, b) => b.similarity - a.similarity).slice(0, limit);
}
