/**
 * Words of a described problem, for the prose ranking: English words lower-cased, lightly stemmed and mapped to one
 * spelling per synonym (tokens.ts owns the spelling both the index and a query use), Japanese words cut by
 * `Intl.Segmenter` (no dictionary to ship), and identifiers kept whole as well (`associateSoftwareToken`, `MFA_SETUP`,
 * `phone_number_verified`, `CodeMismatchException`), since one of those names a situation better than any word.
 */
import { COUNTERS, JAPANESE_TERMS, NEGATED, NEGATIONS, STOPWORDS, SYNONYMS } from './words';

interface Tokens {
  /** Words for the ranking (stemmed, synonyms folded, stopwords out), in order, repeats kept. */
  words: string[];
  /** Identifier-shaped words, lower-cased, a trailing "exception" dropped: `codemismatch`, `mfa_setup`. */
  identifiers: string[];
  /** The words inside those identifiers ("admin", "create", "user" of `AdminCreateUser`): weaker evidence. */
  parts: string[];
}

const ASCII_WORD = /[A-Za-z][A-Za-z0-9_]*/g;
const JAPANESE_RUN = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f]+/g;
const JAPANESE_RUN_TEST = /[\u3040-\u30ff\u3400-\u9fff]/;
const HIRAGANA_ONLY = /^[\u3040-\u309f\u30fc]+$/;
const CAMEL = /[a-z][A-Z]/;
/** Splits camelCase and snake_case: "associateSoftwareToken" -> associate Software Token. */
const PARTS = /[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+/g;

/** An authenticator app's name is not a social sign-in ("Google Authenticator" is TOTP, Google sign-in is federation). */
const AUTHENTICATOR_APP = /\b(?:google|microsoft|aws|okta)\s+authenticator\b|\bauthy\b/gi;

const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });

/** Words a query or a document is cut at most into: a paragraph needs far fewer, a hostile paste gets no further. */
const MAX_WORDS = 2000;
/** No word or identifier people type is longer; a longer run of letters is noise (a token, a hash), never split. */
const MAX_WORD_LENGTH = 64;
/** Japanese text segmented at most: a described problem is a paragraph; the segmenter is the costly step. */
const MAX_JAPANESE_CHARS = 2048;

function isIdentifier(word: string): boolean {
  return CAMEL.test(word) || (word.includes('_') && /[A-Za-z]/.test(word.replace(/_/g, ''))) || /Exception$/.test(word);
}

/** The one spelling of an identifier: lower-cased, without a trailing "exception". */
function identifierKey(word: string): string {
  const lower = word.toLowerCase();
  return lower.endsWith('exception') && lower.length > 'exception'.length ? lower.slice(0, -'exception'.length) : lower;
}

/** Light English stemming: enough to meet "codes"/"code", "expired"/"expire", "sending"/"send". */
function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.endsWith('ied') ? `${word.slice(0, -3)}y` : word.slice(0, -2);
  if (word.length > 4 && /(?:ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

function englishWord(raw: string): string | undefined {
  const lower = raw.toLowerCase();
  if (lower.length < 2 || STOPWORDS.has(lower)) return undefined;
  const folded = SYNONYMS.get(lower) ?? lower;
  const stemmed = stem(folded);
  return SYNONYMS.get(stemmed) ?? stemmed;
}

function withJapaneseTerms(text: string): string {
  if (!JAPANESE_RUN_TEST.test(text)) return text;
  let result = text;
  for (const [japanese, english] of JAPANESE_TERMS) {
    if (result.includes(japanese)) result = result.split(japanese).join(` ${english} `);
  }
  return result;
}

export function tokenize(input: string): Tokens {
  const text = withJapaneseTerms(input);
  const words: string[] = [];
  const identifiers: string[] = [];
  const parts: string[] = [];
  let negated = false;
  for (const match of text.replace(AUTHENTICATOR_APP, 'authenticator').matchAll(ASCII_WORD)) {
    if (words.length + parts.length >= MAX_WORDS) break;
    const raw = match[0];
    if (raw.length > MAX_WORD_LENGTH) continue;
    // "not verified", "no phone number", "never signed in": the word, and the word negated, which says more.
    if (NEGATIONS.has(raw.toLowerCase())) {
      negated = true;
      continue;
    }
    if (isIdentifier(raw)) {
      negated = false;
      identifiers.push(identifierKey(raw));
      for (const part of raw.match(PARTS) ?? []) {
        const word = englishWord(part);
        if (word) parts.push(word);
      }
      continue;
    }
    const word = englishWord(raw);
    if (!word) continue;
    words.push(word);
    if (negated) words.push(`not ${word}`, NEGATED.get(word) ?? `not ${word}`);
    negated = false;
  }
  let japaneseBudget = MAX_JAPANESE_CHARS;
  for (const run of text.matchAll(JAPANESE_RUN)) {
    if (words.length >= MAX_WORDS || japaneseBudget <= 0) break;
    const piece = run[0].slice(0, japaneseBudget);
    japaneseBudget -= piece.length;
    for (const segment of segmenter.segment(piece)) {
      const word = segment.segment;
      // Particles and endings carry no topic; kanji and katakana words do.
      // One character alone is mostly a verb's stem (終わらない -> 終), not a topic; counters (1 回, 3 分) are kept.
      if (!segment.isWordLike || HIRAGANA_ONLY.test(word) || (word.length === 1 && !COUNTERS.has(word))) continue;
      words.push(SYNONYMS.get(word) ?? word);
    }
  }
  return { words, identifiers, parts };
}
