/**
 * Scores a thread message against follow-up questions with two views that fail differently, added up: how closely it
 * resembles one phrasing (TF-IDF weighted features of text.ts, cosine, a follow-up scoring as its best phrasing: word
 * order, question words and typos count) and which follow-up its rare words point at (BM25 of keywords.ts: the words
 * only one sibling has count most). A message only one view likes stays low. Indexes are built once per data set.
 */
import type { FollowUp } from '../../catalogue/types';
import { createKeywordIndex } from './keywords';
import { type Features, featuresOf, isContentFeature } from './text';

interface Phrasing {
  vector: Map<string, number>;
  norm: number;
  /** 1 for a phrasing; less for a centroid, which matches loosely by design. */
  factor: number;
}

interface IndexedFollowUp {
  followUp: FollowUp;
  phrasings: Phrasing[];
}

interface ScoredFollowUp {
  followUp: FollowUp;
  /** A general topic rather than one of the thread's entry. */
  general: boolean;
  /** 0..MAX_SCORE: the cosine similarity to the closest phrasing plus the saturated keyword score. */
  score: number;
}

export interface FollowUpMatcher {
  /** This entry's follow-ups and the general topics together, best first (scores of 0 left out). */
  rank(entryId: string | null, decoded: string): ScoredFollowUp[];
}

/** How much the keyword view can add to the cosine's 0..1. */
const KEYWORD_WEIGHT = 1.5;
/** The BM25 score at which the keyword view gives half its weight: a rare word or two in common. */
const KEYWORD_HALF = 8;
/** The highest score a follow-up can get. */
export const MAX_SCORE = 1 + KEYWORD_WEIGHT;
/** A general topic starts this far behind: the thread's own subject comes first. */
const OFF_SUBJECT = 0.2;

/** Weight of a message feature no phrasing has: it dilutes the match a little, as an off-topic word should. */
const UNKNOWN_FEATURE_IDF = 2.5;

/**
 * A centroid per language (the mean of that language's phrasings) lets a message that mixes words from two phrasings
 * ("cli to set phone_number") still meet its topic; it counts a little less than a phrasing matched as a whole.
 */
const CENTROID_FACTOR = 0.9;

function centroids(followUp: FollowUp, phrasings: Phrasing[]): Phrasing[] {
  const result: Phrasing[] = [];
  let offset = 0;
  for (const count of [followUp.questions.en.length, followUp.questions.ja.length]) {
    const vector = new Map<string, number>();
    for (const phrasing of phrasings.slice(offset, offset + count)) {
      for (const [key, weight] of phrasing.vector) vector.set(key, (vector.get(key) ?? 0) + weight / phrasing.norm);
    }
    offset += count;
    if (vector.size > 0) result.push({ vector, norm: norm(vector), factor: CENTROID_FACTOR });
  }
  return result;
}

function norm(vector: Map<string, number>): number {
  let sum = 0;
  for (const weight of vector.values()) sum += weight * weight;
  return Math.sqrt(sum);
}

export function createFollowUpMatcher(
  byEntry: Readonly<Record<string, readonly FollowUp[]>>,
  general: readonly FollowUp[],
): FollowUpMatcher {
  const all = [...Object.values(byEntry).flat(), ...general];
  const phrasingFeatures = new Map<FollowUp, Features[]>(
    all.map((f) => [f, [...f.questions.en, ...f.questions.ja].map((q) => featuresOf(q))]),
  );
  // Document frequency over follow-ups, not phrasings: words one topic repeats in all its phrasings stay strong.
  const documentFrequency = new Map<string, number>();
  for (const featureSets of phrasingFeatures.values()) {
    const seen = new Set<string>();
    for (const features of featureSets) for (const key of features.keys()) seen.add(key);
    for (const key of seen) documentFrequency.set(key, (documentFrequency.get(key) ?? 0) + 1);
  }
  const idf = (key: string): number => {
    const df = documentFrequency.get(key);
    return df === undefined ? UNKNOWN_FEATURE_IDF : Math.log(1 + all.length / df);
  };
  const weigh = (features: Features): Map<string, number> => {
    const vector = new Map<string, number>();
    for (const [key, weight] of features) vector.set(key, weight * idf(key));
    return vector;
  };
  const index = (followUps: readonly FollowUp[]): IndexedFollowUp[] =>
    followUps.map((followUp) => {
      const phrasings = (phrasingFeatures.get(followUp) ?? []).map((features) => {
        const vector = weigh(features);
        return { vector, norm: norm(vector), factor: 1 };
      });
      return { followUp, phrasings: [...phrasings, ...centroids(followUp, phrasings)] };
    });
  const entryIndex = new Map(Object.entries(byEntry).map(([id, followUps]) => [id, index(followUps)]));
  const generalIndex = index(general);
  const generalSet = new Set(general);

  const similarity = (indexed: IndexedFollowUp[], message: Map<string, number>, messageNorm: number) => {
    const result = new Map<FollowUp, number>();
    for (const { followUp, phrasings } of indexed) {
      let best = 0;
      for (const phrasing of phrasings) {
        let dot = 0;
        let topical = false;
        for (const [key, weight] of message) {
          const other = phrasing.vector.get(key);
          if (other === undefined) continue;
          dot += weight * other;
          topical ||= isContentFeature(key);
        }
        // Question words and typo trigrams alone are no topic.
        const cosine = topical ? (phrasing.factor * dot) / (messageNorm * phrasing.norm || 1) : 0;
        best = Math.max(best, cosine);
      }
      if (best > 0) result.set(followUp, Math.min(1, best));
    }
    return result;
  };
  const keywords = createKeywordIndex(byEntry, general);

  return {
    rank(entryId, decoded) {
      const message = weigh(featuresOf(decoded));
      const messageNorm = norm(message);
      const own = entryId ? (entryIndex.get(entryId) ?? []) : [];
      const cosines =
        messageNorm === 0
          ? new Map<FollowUp, number>()
          : new Map([...similarity(own, message, messageNorm), ...similarity(generalIndex, message, messageNorm)]);
      const bm25 = keywords.score(entryId, decoded);
      const scored: ScoredFollowUp[] = [];
      for (const followUp of new Set([...cosines.keys(), ...bm25.keys()])) {
        const isGeneral = generalSet.has(followUp);
        const keyword = bm25.get(followUp) ?? 0;
        const score =
          (cosines.get(followUp) ?? 0) +
          (KEYWORD_WEIGHT * keyword) / (keyword + KEYWORD_HALF) -
          (isGeneral ? OFF_SUBJECT : 0);
        if (score > 0) scored.push({ followUp, general: isGeneral, score });
      }
      return scored.sort((a, b) => b.score - a.score);
    },
  };
}
