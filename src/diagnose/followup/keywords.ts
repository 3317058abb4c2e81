/**
 * The second opinion on a thread message: BM25 over the follow-ups a thread can get (its entry's and the general
 * topics), with the words of the prose ranking (prose/tokens.ts: Intl.Segmenter for Japanese, stemming, synonyms,
 * identifiers kept whole). Its IDF is computed among those follow-ups only, so a word every sibling shares ("session"
 * in a session thread) says little and the word only one of them has ("refresh", "SCP", "10DLC") says a lot. The
 * answers' own text counts too, at a lower weight: it names the things people ask about before they learn the words
 * of the question.
 */
import type { FollowUp } from '../../catalogue/types';
import { type Bm25Index, buildBm25, type Field, scoreBm25 } from '../prose/bm25';
import { tokenize } from '../prose/tokens';

/** An answer's words are evidence, but weaker than the words of its questions. */
const ANSWER_WEIGHT = 0.3;
/** Identifiers live beside plain words, marked so they never meet one (as in prose/rank.ts). */
const ID = '#';

export interface KeywordIndex {
  /** BM25 score per follow-up of this thread (entry id, or null for a thread without one); absent = no word shared. */
  score(entryId: string | null, decoded: string): Map<FollowUp, number>;
}

function wordsOf(text: string): string[] {
  const { words, parts, identifiers } = tokenize(text);
  return [...words, ...parts, ...identifiers.map((id) => ID + id)];
}

function documentOf(followUp: FollowUp): Field[] {
  const { questions, answer } = followUp;
  return [
    { words: [...questions.en, ...questions.ja].flatMap(wordsOf), weight: 1 },
    { words: [answer.en.text, answer.ja.text].flatMap(wordsOf), weight: ANSWER_WEIGHT },
  ];
}

export function createKeywordIndex(
  byEntry: Readonly<Record<string, readonly FollowUp[]>>,
  general: readonly FollowUp[],
): KeywordIndex {
  const documents = new Map<FollowUp, Field[]>();
  const documentsOf = (followUps: readonly FollowUp[]): Field[][] =>
    followUps.map((f) => {
      const fields = documents.get(f) ?? documentOf(f);
      documents.set(f, fields);
      return fields;
    });
  const build = (followUps: readonly FollowUp[]) => ({ followUps, bm25: buildBm25(documentsOf(followUps)) });
  // Built per thread entry when first asked: Japanese segmentation makes the whole set cost a few hundred ms, and an
  // instance (a Lambda above all) meets few entries.
  const built = new Map<string | null, { followUps: readonly FollowUp[]; bm25: Bm25Index }>();
  const indexFor = (entryId: string | null) => {
    const key = entryId !== null && Object.hasOwn(byEntry, entryId) ? entryId : null;
    let index = built.get(key);
    if (!index) {
      index = build(key === null ? general : [...(byEntry[key] ?? []), ...general]);
      built.set(key, index);
    }
    return index;
  };

  return {
    score(entryId, decoded) {
      const { followUps, bm25 } = indexFor(entryId);
      const query = new Map<string, number>();
      for (const word of wordsOf(decoded)) query.set(word, 1);
      const result = new Map<FollowUp, number>();
      for (const [doc, score] of scoreBm25(bm25, query)) {
        const followUp = followUps[doc];
        if (followUp) result.set(followUp, score);
      }
      return result;
    },
  };
}
