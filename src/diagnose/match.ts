/**
 * Scores one error candidate: which catalogue entry (or lookalike) it is, how sure, and whether that is sure enough
 * to answer unprompted. The rules, strongest evidence first:
 * - a catalogue message found verbatim, with its own exception name (or none, for long messages): near certain;
 * - a message found fuzzily (typos, reworded): by similarity, unprompted only when very close;
 * - an exception name alone: a guess, unless only one entry carries it and no lookalike shares it (a unique name,
 *   such as InvalidSmsRoleAccessPolicyException) and the line reports it as something that happened, with little
 *   else said about it: not in code, a diff, a list or docs, not a question about the name or how code handles
 *   it. Then it is answered unprompted, less sure than a quoted message;
 * - anything that matches a lookalike best is not a catalogue error;
 * - a message or name inside source code or docs (a catch block, a constant, an i18n table) is the entry's words but
 *   not an error that happened: never unprompted, and weaker than any reported error in the same paste;
 * - a wording the catalogue keeps as unconfirmed (nobody has shown AWS returning it) names its entry, but never
 *   unprompted.
 */

import { countWords, type ErrorCandidate, findMessages } from './extract';
import { type FuzzyHit, fuzzyMatch } from './fuzzy';
import type { MessageSignature, Owner, SignatureIndex } from './signatures';
import type { Candidate, Evidence } from './types';

export interface Match {
  owner: Owner;
  confidence: number;
  autoReply: boolean;
  evidence: Evidence;
  runnersUp: Candidate[];
}

/** How close the rest of a line must be to a longer message that starts like the one found verbatim. */
const REWORDED_SIMILARITY = 0.75;
/** Words allowed between an exception name and a short message that belongs to it (`X: Code mismatch`). */
const MAX_SHORT_GAP = 2;
/**
 * A full-sentence message ("Invalid session for the user.") that runs on into more words ("... for the user pool
 * client") is another message that starts the same way: still this entry's words, but no longer certain.
 */
const CONTINUED = 0.75;
const RUNS_ON = /^\s+[a-z]/;

function continues(text: string, message: string): boolean {
  if (!message.endsWith('.')) return false;
  const stem = message.slice(0, -1).toLowerCase();
  const at = text.toLowerCase().indexOf(stem);
  return at >= 0 && RUNS_ON.test(text.slice(at + stem.length, at + stem.length + 3));
}

/** A message this short ("Code mismatch") is ordinary English without its exception name. */
const DISTINCTIVE_WORDS = 4;

const CONFIDENCE = {
  exact: 0.98,
  exactTypo: 0.95,
  exactNoException: 0.92,
  exactOtherException: 0.8,
  shortNoException: 0.5,
  exceptionOnlyUnique: 0.75,
  exceptionUniqueOtherWords: 0.55,
  exceptionShared: 0.4,
  lookalike: 0.9,
  /** At most, for a wording the catalogue keeps as unconfirmed: what is not said unprompted is not shown as certain. */
  unconfirmed: 0.8,
} as const;
/** Scales the confidence of a message found in code, below an exception name alone. */
const IN_CODE = 0.6;

function signatureText(signature: MessageSignature, exception: string | undefined, index: SignatureIndex): string {
  const name = exception ? index.exceptions.get(exception)?.name : undefined;
  return name ? `${name}: ${signature.text}` : signature.text;
}

/** Other entries that use the same exception name, as low runners-up. */
function sharing(exception: string | undefined, index: SignatureIndex, except: string | null): Candidate[] {
  if (!exception) return [];
  const info = index.exceptions.get(exception);
  return (info?.entries ?? []).filter((id) => id !== except).map((id) => ({ id, confidence: 0.2 }));
}

function fromSignature(
  candidate: ErrorCandidate,
  signature: MessageSignature,
  similarity: number,
  index: SignatureIndex,
): Match {
  const distinctive = signature.words.length >= DISTINCTIVE_WORDS;
  // A short message far from the exception name ("...EnableSoftwareTokenMFAException is thrown when there is a code
  // mismatch...") is prose about the error, not the error.
  const far = !distinctive && (candidate.gap ?? 0) > MAX_SHORT_GAP;
  const exception = far ? undefined : candidate.exception?.name;
  const consistent = exception === undefined || signature.exceptions.has(exception);
  const exact = similarity === 1;
  const via: Evidence['via'] = exception !== undefined && consistent ? 'exception+message' : 'message';
  const evidence: Evidence = {
    signature: signatureText(signature, consistent ? exception : undefined, index),
    excerpt: candidate.excerpt,
    line: candidate.line,
    via,
  };
  if (signature.owner.kind === 'lookalike') {
    return {
      owner: signature.owner,
      confidence: CONFIDENCE.lookalike * similarity,
      autoReply: false,
      evidence,
      runnersUp: sharing(exception, index, null).map((c) => ({ ...c, confidence: 0.15 })),
    };
  }
  let confidence: number;
  let autoReply: boolean;
  if (exception !== undefined && consistent) {
    confidence = (candidate.exception?.typo ? CONFIDENCE.exactTypo : CONFIDENCE.exact) * similarity;
    autoReply = similarity >= 0.8;
  } else if (exception === undefined) {
    confidence = (distinctive ? CONFIDENCE.exactNoException : CONFIDENCE.shortNoException) * similarity;
    autoReply = distinctive && (exact || (similarity >= 0.9 && signature.words.length >= 5));
  } else {
    confidence = CONFIDENCE.exactOtherException * similarity;
    autoReply = distinctive && exact;
  }
  if (candidate.inSource) {
    confidence *= IN_CODE;
    autoReply = false;
  }
  if (signature.unconfirmed) {
    confidence = Math.min(confidence, CONFIDENCE.unconfirmed);
    autoReply = false;
  }
  return {
    owner: signature.owner,
    confidence,
    autoReply,
    evidence,
    runnersUp: sharing(exception, index, signature.owner.id),
  };
}

function fromExceptionOnly(candidate: ErrorCandidate, index: SignatureIndex): Match | null {
  const token = candidate.exception;
  if (!token) return null;
  const info = index.exceptions.get(token.name);
  if (!info) return null;
  const evidence: Evidence = {
    signature: info.name,
    excerpt: candidate.excerpt,
    line: candidate.line,
    via: 'exception',
  };
  const [first, ...others] = info.entries;
  if (first === undefined) {
    const lookalike = info.lookalikes[0] as string;
    return { owner: { kind: 'lookalike', id: lookalike }, confidence: 0.6, autoReply: false, evidence, runnersUp: [] };
  }
  const restWords = candidate.rest ? countWords(candidate.rest) : 0;
  const unique = others.length === 0 && info.lookalikes.length === 0;
  if (unique) {
    const bare = restWords < 2 && !token.typo && !candidate.inCode && !candidate.inSource;
    return {
      owner: { kind: 'entry', id: first },
      confidence: bare ? CONFIDENCE.exceptionOnlyUnique : CONFIDENCE.exceptionUniqueOtherWords,
      // Only one entry can be meant; what is left to judge is whether the line reports it or asks about it.
      autoReply: bare && !candidate.talkedAbout,
      evidence,
      runnersUp: [],
    };
  }
  // A shared name with an unknown message: a guess at the entry whose messages share most words with what was said.
  const ranked = rankByWords(info.entries, candidate.rest ?? '', index);
  const [top, ...rest] = ranked;
  return {
    owner: { kind: 'entry', id: top as string },
    confidence: CONFIDENCE.exceptionShared / Math.max(1, Math.sqrt(info.entries.length)),
    autoReply: false,
    evidence,
    runnersUp: rest.map((id) => ({ id, confidence: 0.15 })),
  };
}

function rankByWords(ids: string[], rest: string, index: SignatureIndex): string[] {
  const words = new Set(rest.split(' '));
  const score = (id: string): number => {
    let best = 0;
    for (const m of index.messages) {
      if (m.owner.kind !== 'entry' || m.owner.id !== id) continue;
      best = Math.max(best, m.words.filter((w) => words.has(w)).length / m.words.length);
    }
    return best;
  };
  return ids
    .map((id, order) => ({ id, order, score: score(id) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map((x) => x.id);
}

/** Fuzzy results by text within one paste: a log repeats the same message line after line. */
export type FuzzyMemo = Map<string, FuzzyHit[]>;
const DIGITS = /\d+/g;

function memoFuzzy(text: string, index: SignatureIndex, memo: FuzzyMemo | undefined): FuzzyHit[] {
  if (!memo) return fuzzyMatch(text, index);
  const key = text.replace(DIGITS, '0');
  let hits = memo.get(key);
  if (!hits) {
    hits = fuzzyMatch(text, index);
    memo.set(key, hits);
  }
  return hits;
}

/** Scores a candidate; null when nothing in it points anywhere. */
export function matchCandidate(
  candidate: ErrorCandidate,
  index: SignatureIndex,
  fuzzy = true,
  memo?: FuzzyMemo,
): Match | null {
  const hit = candidate.hit;
  if (hit) {
    const longer = hit.tail ? index.extensions.get(hit.signature) : undefined;
    const [reworded] = longer && hit.tail ? fuzzyMatch(hit.tail, index, 1, longer) : [];
    if (reworded && reworded.similarity >= REWORDED_SIMILARITY) {
      return fromSignature(candidate, reworded.signature, reworded.similarity, index);
    }
    return fromSignature(
      candidate,
      hit.signature,
      continues(candidate.excerpt, hit.signature.text) ? CONTINUED : 1,
      index,
    );
  }
  // The words after an exception name may hold a message that only wrapping had split.
  const [wrapped] = candidate.rest ? findMessages(candidate.rest, index) : [];
  if (wrapped) return fromSignature(candidate, wrapped.signature, 1, index);
  const text = candidate.rest ?? candidate.near;
  if (fuzzy && text && text.split(' ').length >= 3) {
    const [best, ...others] = memoFuzzy(text, index, memo);
    if (best && (candidate.exception || best.similarity >= 0.75)) {
      const match = fromSignature(candidate, best.signature, best.similarity, index);
      const more = others
        .filter((o) => o.signature.owner.kind === 'entry' && o.signature.owner.id !== best.signature.owner.id)
        .map((o) => ({ id: o.signature.owner.id, confidence: o.similarity * 0.5 }));
      return { ...match, runnersUp: [...more, ...match.runnersUp] };
    }
  }
  return fromExceptionOnly(candidate, index);
}
