/**
 * Scores a thread message against follow-up questions: TF-IDF weighted features (see text.ts), cosine
 * similarity against each phrasing, a follow-up scoring as its best phrasing. Indexes are built once per data set.
 */
import type { FollowUp } from '../../catalogue/types';
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

export interface ScoredFollowUp {
  followUp: FollowUp;
  /** 0..1 cosine similarity to the closest phrasing. */
  score: number;
  /** Topic features (words, Japanese characters) the message shares with that phrasing. */
  shared: number;
}

export interface FollowUpMatcher {
  /** This entry's follow-ups and the general topics, each best first (scores of 0 left out). */
  rank(entryId: string | null, decoded: string): { entry: ScoredFollowUp[]; general: ScoredFollowUp[] };
}

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

  const score = (indexed: IndexedFollowUp[], message: Map<string, number>, messageNorm: number): ScoredFollowUp[] => {
    const scored: ScoredFollowUp[] = [];
    for (const { followUp, phrasings } of indexed) {
      let best = 0;
      let bestShared = 0;
      for (const phrasing of phrasings) {
        let dot = 0;
        let shared = 0;
        for (const [key, weight] of message) {
          const other = phrasing.vector.get(key);
          if (other === undefined) continue;
          dot += weight * other;
          if (isContentFeature(key)) shared++;
        }
        const cosine = shared > 0 ? (phrasing.factor * dot) / (messageNorm * phrasing.norm || 1) : 0;
        if (cosine > best) {
          best = cosine;
          bestShared = shared;
        }
      }
      if (best > 0) scored.push({ followUp, score: Math.min(1, best), shared: bestShared });
    }
    return scored.sort((a, b) => b.score - a.score);
  };

  return {
    rank(entryId, decoded) {
      const message = weigh(featuresOf(decoded));
      const messageNorm = norm(message);
      if (messageNorm === 0) return { entry: [], general: [] };
      const entry = entryId ? (entryIndex.get(entryId) ?? []) : [];
      return { entry: score(entry, message, messageNorm), general: score(generalIndex, message, messageNorm) };
    },
  };
}
