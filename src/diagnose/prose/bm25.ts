/**
 * BM25 over weighted fields: each document (a catalogue entry) is the sum of its fields' words, a word of a heavy field
 * counting several times. Rare domain words ("origination", "trust", "サンドボックス") then outweigh common ones
 * ("code", "user"), and a long entry does not win by length alone.
 */

export interface Field {
  words: readonly string[];
  weight: number;
}

export interface Bm25Index {
  /** Word -> document -> weighted term frequency. */
  postings: Map<string, Map<number, number>>;
  idf: Map<string, number>;
  lengths: number[];
  averageLength: number;
}

const K1 = 2;
const B = 0.75;

export function buildBm25(documents: readonly (readonly Field[])[]): Bm25Index {
  const postings = new Map<string, Map<number, number>>();
  const lengths = documents.map((fields, doc) => {
    let length = 0;
    for (const { words, weight } of fields) {
      for (const word of words) {
        const byDoc = postings.get(word) ?? new Map<number, number>();
        byDoc.set(doc, (byDoc.get(doc) ?? 0) + weight);
        postings.set(word, byDoc);
        length += weight;
      }
    }
    return length;
  });
  const n = documents.length;
  const idf = new Map<string, number>();
  for (const [word, byDoc] of postings) idf.set(word, Math.log(1 + (n - byDoc.size + 0.5) / (byDoc.size + 0.5)));
  const averageLength = lengths.reduce((a, b) => a + b, 0) / Math.max(1, n);
  return { postings, idf, lengths, averageLength };
}

/** Scores per document for a query's words (each distinct word once, times its weight). */
export function scoreBm25(index: Bm25Index, query: ReadonlyMap<string, number>): Map<number, number> {
  const scores = new Map<number, number>();
  for (const [word, queryWeight] of query) {
    const byDoc = index.postings.get(word);
    if (!byDoc) continue;
    const idf = index.idf.get(word) ?? 0;
    for (const [doc, tf] of byDoc) {
      const norm = K1 * (1 - B + (B * (index.lengths[doc] ?? 0)) / index.averageLength);
      const gain = (idf * tf * (K1 + 1)) / (tf + norm);
      scores.set(doc, (scores.get(doc) ?? 0) + queryWeight * gain);
    }
  }
  return scores;
}
