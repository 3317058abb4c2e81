/**
 * Ranks entries for text that describes a problem instead of quoting an error ("the MFA session expires after 3
 * minutes", "SMS が届かない"). A catalogue prose phrase found in the text counts most; beyond that, words (English) and
 * character pairs (Japanese) shared with an entry's prose, title and summary count by how rare they are across the
 * catalogue. Prose never makes the bot answer unprompted, and its confidence stays below any quoted error's.
 */

import { COGNITO_WORDS, OTHER_MFA_PRODUCTS } from '../catalogue/lookalikes';
import type { CatalogueEntry } from '../catalogue/types';
import { toKey } from './normalise';
import type { Candidate } from './types';

export interface ProseRanking {
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
  phrases: Phrase[];
  /** Term -> entry id -> weight. */
  terms: Map<string, Map<string, number>>;
  idf: Map<string, number>;
}

const MAX_PROSE_CHARS = 8 * 1024;
const MAX_CONFIDENCE = 0.6;
const MIN_SCORE = 3;
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;
const STOPWORDS = new Set(
  'a an the to for of in on at is are be been was were and or not no do does did has have had with by from as it its this that these those i we you they my our your me us can cannot could would should will how what why when where which who there here after before than then so if but about into out up down just only also more most very any all some get got set use used using still even when'.split(
    ' ',
  ),
);

function jaForm(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

function enTerms(text: string): string[] {
  return toKey(text)
    .split(' ')
    .filter((w) => w.length > 1 && !STOPWORDS.has(w) && !JAPANESE.test(w));
}

function jaTerms(text: string): string[] {
  const form = jaForm(text);
  const terms: string[] = [];
  for (let i = 0; i + 1 < form.length; i++) {
    const pair = form.slice(i, i + 2);
    if (JAPANESE.test(pair)) terms.push(pair);
  }
  return terms;
}

export function buildProseIndex(entries: readonly CatalogueEntry[]): ProseIndex {
  const phrases: Phrase[] = [];
  const terms = new Map<string, Map<string, number>>();
  const add = (term: string, id: string, weight: number): void => {
    const byEntry = terms.get(term) ?? new Map<string, number>();
    byEntry.set(id, Math.max(byEntry.get(id) ?? 0, weight));
    terms.set(term, byEntry);
  };
  for (const entry of entries) {
    const { prose, messages, exceptions } = entry.signatures;
    for (const text of prose.en) phrases.push({ id: entry.id, text, form: toKey(text), ja: false });
    for (const text of prose.ja) phrases.push({ id: entry.id, text, form: jaForm(text), ja: true });
    const strong = [
      ...prose.en,
      ...messages,
      ...(entry.signatures.unconfirmed ?? []),
      ...exceptions,
      entry.text.en.title,
    ];
    const weak = [entry.text.en.summary];
    for (const t of strong.flatMap(enTerms)) add(t, entry.id, 2);
    for (const t of weak.flatMap(enTerms)) add(t, entry.id, 1);
    for (const t of [...prose.ja, entry.text.ja.title].flatMap(jaTerms)) add(t, entry.id, 2);
    for (const t of jaTerms(entry.text.ja.summary)) add(t, entry.id, 1);
  }
  const idf = new Map<string, number>();
  for (const [term, byEntry] of terms) idf.set(term, Math.log((entries.length + 1) / (byEntry.size + 0.5)));
  return { phrases, terms, idf };
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

/** Entries ranked for a described problem, best first (empty when the text says nothing the catalogue knows). */
export function rankProse(input: string, index: ProseIndex): ProseRanking {
  const text = input.length > MAX_PROSE_CHARS ? input.slice(0, MAX_PROSE_CHARS) : input;
  const lower = text.toLowerCase();
  const key = ` ${toKey(text)} `;
  const ja = JAPANESE.test(text) ? jaForm(text) : '';
  const scores = new Map<string, number>();
  const phrases = new Map<string, { text: string; line: number; length: number }>();
  for (const p of index.phrases) {
    const found = p.ja ? ja.includes(p.form) : key.includes(` ${p.form} `);
    if (!found) continue;
    // Longer phrases say more; the longest one found names the evidence.
    const weight = 8 + p.form.length / (p.ja ? 4 : 8);
    scores.set(p.id, (scores.get(p.id) ?? 0) + weight);
    if (p.form.length > (phrases.get(p.id)?.length ?? 0)) {
      const at = p.ja ? jaLineOffset(text, p.text) : lower.indexOf(p.text.toLowerCase());
      phrases.set(p.id, { text: p.text, line: at >= 0 ? lineAt(text, at) : 1, length: p.form.length });
    }
  }
  const queryTerms = new Set([...enTerms(text), ...(ja ? jaTerms(text) : [])]);
  for (const term of queryTerms) {
    const byEntry = index.terms.get(term);
    if (!byEntry) continue;
    const idf = index.idf.get(term) ?? 0;
    for (const [id, weight] of byEntry) scores.set(id, (scores.get(id) ?? 0) + idf * weight);
  }
  const ranked = [...scores].filter(([, s]) => s >= MIN_SCORE).sort((a, b) => b[1] - a[1]);
  const [top] = ranked;
  if (!top) return { ranked: [] };
  const otherProduct =
    OTHER_MFA_PRODUCTS.some((p) => key.includes(` ${p} `)) && !COGNITO_WORDS.some((w) => lower.includes(w));
  const damp = otherProduct ? 0.5 : 1;
  const total = ranked.slice(0, 3).reduce((sum, [, s]) => sum + s, 0);
  const strength = Math.min(1, top[1] / 20);
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
