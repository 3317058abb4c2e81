/**
 * Ranks entries for text that describes a problem instead of quoting an error ("the MFA session expires after 3
 * minutes", "SMS が届かない"): BM25 over each entry's titles, symptoms, prose phrases, summary, causes and messages in
 * both languages (bm25.ts), identifiers of the text resolved against the catalogue's own (identifiers.ts) and counted
 * double, and a catalogue prose phrase found verbatim counted most and named as the evidence. Prose never makes the bot
 * answer unprompted, and its confidence stays below any quoted error's.
 */
import { COGNITO_WORDS, OTHER_MFA_PRODUCTS } from '../../catalogue/lookalikes';
import type { CatalogueEntry } from '../../catalogue/types';
import { toKey } from '../normalise';
import type { Candidate } from '../types';
import { type Bm25Index, buildBm25, type Field, scoreBm25 } from './bm25';
import { buildIdentifierIndex, type IdentifierIndex, resolveIdentifier } from './identifiers';
import { tokenize } from './tokens';

interface ProseRanking {
  ranked: Candidate[];
  /** The phrase behind the top entry, when one was found verbatim. */
  phrase?: { text: string; line: number };
}

interface Phrase {
  id: string;
  text: string;
  /** Comparison form: the English key, or the Japanese text without spaces. */
  form: string;
  ja: boolean;
}

export interface ProseIndex {
  ids: string[];
  phrases: Phrase[];
  bm25: Bm25Index;
  identifiers: IdentifierIndex;
}

const MAX_PROSE_CHARS = 8 * 1024;
const MAX_CONFIDENCE = 0.6;
/** Below this score an entry is not a candidate at all: a word or two in common is chance. */
const MIN_SCORE = 4;
/** A score this high is a full-strength guess; below it the confidence shrinks. */
const STRONG_SCORE = 14;
/** A catalogue phrase found verbatim. */
const PHRASE_BONUS = 6;
/** An identifier says more than a word. */
const IDENTIFIER_WEIGHT = 2;
/** Fuzzy identifier lookups per text: a paragraph has a handful of unknown long words, a hostile paste thousands. */
const MAX_FUZZY_LOOKUPS = 32;
/** A word inside an identifier ("admin" of `AdminCreateUser`) says less than the same word written out. */
const PART_WEIGHT = 0.3;
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;
/** Identifier words live beside plain words in the index, marked so they never meet one. */
const ID = '#';

function jaForm(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

function fieldOf(texts: readonly string[], weight: number, vocabulary: Set<string>): Field {
  const words: string[] = [];
  for (const text of texts) {
    const tokens = tokenize(text);
    words.push(...tokens.words, ...tokens.parts);
    for (const id of tokens.identifiers) {
      vocabulary.add(id);
      words.push(ID + id);
    }
  }
  return { words, weight };
}

export function buildProseIndex(entries: readonly CatalogueEntry[]): ProseIndex {
  const phrases: Phrase[] = [];
  const vocabulary = new Set<string>();
  const documents = entries.map((entry) => {
    const { prose, messages, exceptions } = entry.signatures;
    for (const text of prose.en) phrases.push({ id: entry.id, text, form: toKey(text), ja: false });
    for (const text of prose.ja) phrases.push({ id: entry.id, text, form: jaForm(text), ja: true });
    const { en, ja } = entry.text;
    return [
      fieldOf([en.title, ja.title], 3, vocabulary),
      fieldOf([...entry.symptoms.en, ...entry.symptoms.ja, ...prose.en, ...prose.ja], 2, vocabulary),
      fieldOf([en.summary, ja.summary, ...en.causes, ...ja.causes], 0.5, vocabulary),
      fieldOf([...messages, ...(entry.signatures.unconfirmed ?? []), ...exceptions], 1, vocabulary),
    ];
  });
  return {
    ids: entries.map((e) => e.id),
    phrases,
    bm25: buildBm25(documents),
    identifiers: buildIdentifierIndex(vocabulary),
  };
}

/** The query: each distinct word once, identifiers (typed or misspelt) resolved to the catalogue's and counted double. */
function queryOf(text: string, index: ProseIndex): Map<string, number> {
  const { words, identifiers, parts } = tokenize(text);
  const query = new Map<string, number>();
  const memo = new Map<string, string | null>();
  const fuzzy = { budget: MAX_FUZZY_LOOKUPS };
  for (const part of parts) if (index.bm25.postings.has(part)) query.set(part, PART_WEIGHT);
  for (const word of words) {
    if (index.bm25.postings.has(word)) {
      query.set(word, 1);
      continue;
    }
    // "codemissmatch", "Codemismatch Exception": a plain word that is, or nearly is, one of the catalogue's names.
    const id = resolveIdentifier(index.identifiers, word, memo, fuzzy);
    if (id) query.set(ID + id, IDENTIFIER_WEIGHT);
  }
  for (const typed of identifiers) {
    const id = resolveIdentifier(index.identifiers, typed, memo, fuzzy);
    if (id) query.set(ID + id, IDENTIFIER_WEIGHT);
  }
  return query;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Where a Japanese phrase starts, comparing without spaces: its first few characters are enough for a line number. */
function jaLineOffset(text: string, phrase: string): number {
  return text.indexOf(phrase.replace(/\s+/g, '').slice(0, 4));
}

function phraseHits(text: string, index: ProseIndex, scores: Map<string, number>) {
  const lower = text.toLowerCase();
  const key = ` ${toKey(text)} `;
  const ja = JAPANESE.test(text) ? jaForm(text) : '';
  const found = new Map<string, { text: string; line: number; length: number }>();
  for (const p of index.phrases) {
    if (!(p.ja ? ja.includes(p.form) : key.includes(` ${p.form} `))) continue;
    scores.set(p.id, (scores.get(p.id) ?? 0) + PHRASE_BONUS);
    // The longest phrase found names the evidence.
    if (p.form.length > (found.get(p.id)?.length ?? 0)) {
      const at = p.ja ? jaLineOffset(text, p.text) : lower.indexOf(p.text.toLowerCase());
      found.set(p.id, { text: p.text, line: at >= 0 ? lineAt(text, at) : 1, length: p.form.length });
    }
  }
  return found;
}

/** Entries ranked for a described problem, best first (empty when the text says nothing the catalogue knows). */
export function rankProse(input: string, index: ProseIndex): ProseRanking {
  const text = input.length > MAX_PROSE_CHARS ? input.slice(0, MAX_PROSE_CHARS) : input;
  const scores = new Map<string, number>();
  for (const [doc, score] of scoreBm25(index.bm25, queryOf(text, index))) {
    const id = index.ids[doc];
    if (id) scores.set(id, score);
  }
  const phrases = phraseHits(text, index, scores);
  const ranked = [...scores].filter(([, s]) => s >= MIN_SCORE).sort((a, b) => b[1] - a[1]);
  const [top] = ranked;
  if (!top) return { ranked: [] };
  const lower = text.toLowerCase();
  const key = ` ${toKey(text)} `;
  const otherProduct =
    OTHER_MFA_PRODUCTS.some((p) => key.includes(` ${p} `)) && !COGNITO_WORDS.some((w) => lower.includes(w));
  const damp = otherProduct ? 0.5 : 1;
  // Confidence is the share against the runner-up: two entries close together are a guess between them.
  const total = ranked.slice(0, 2).reduce((sum, [, s]) => sum + s, 0);
  const strength = Math.min(1, top[1] / STRONG_SCORE);
  const candidates = ranked.slice(0, 4).map(([id, s]) => ({
    id,
    confidence: round(MAX_CONFIDENCE * damp * (0.4 + 0.6 * strength) * (s / total) ** 0.5),
  }));
  const phrase = phrases.get(top[0]);
  return { ranked: candidates, phrase: phrase ? { text: phrase.text, line: phrase.line } : undefined };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
