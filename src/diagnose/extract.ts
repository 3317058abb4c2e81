/**
 * Extracts error candidates from normalised segments: each (exception name, message) pair with its original line.
 * A message is either a catalogue/lookalike message found verbatim (in comparison form) or, when none is, the
 * words that follow the exception name, left for the fuzzy matcher. Messages split from their exception over a few
 * lines (pretty-printed JSON, headers) are paired back up.
 */

import { redact } from '../secrets';
import { inCode as segmentInCode, talksAbout } from './code-context';
import { type ExceptionToken, findExceptions } from './exceptions';
import { type Segment, toKey } from './normalise';
import type { MessageSignature, SignatureIndex } from './signatures';

export interface MessageHit {
  signature: MessageSignature;
  /** Offset in the segment key. */
  pos: number;
  /** The key from the hit on (bounded), for a longer message that starts like this one. */
  tail?: string;
}

export interface ErrorCandidate {
  line: number;
  /** The segment it comes from, one line, at most ~200 characters. */
  excerpt: string;
  exception?: ExceptionToken;
  /** A message found verbatim. */
  hit?: MessageHit;
  /** With a hit and an exception: how many words stand between them. */
  gap?: number;
  /** Without a hit: the words around the exception name look like code handling it (`err.code === 'X'`). */
  inCode?: boolean;
  /**
   * The line is source code or docs, not a report of an error: a catch block comparing `ex.Message == "..."`, a
   * constant, an i18n table keyed by the message, an emulator's response, a list of exception names.
   */
  inSource?: boolean;
  /** Without a hit: the line talks about the exception name ("what is X?", "handle X") rather than reports it. */
  talkedAbout?: boolean;
  /** Without a hit: the comparison form of the words after the exception name (for fuzzy matching). */
  rest?: string;
  /** Without exception or hit: the segment's key, when enough of a message's words are in it (fuzzy only). */
  near?: string;
}

/** How far apart (in segments) an exception and its message may be: `"__type"` and `"message"` lines of a JSON body. */
const PAIR_DISTANCE = 3;
/** Share of a message's words a line without exception must hold before it is worth a fuzzy comparison. */
const NEAR_SHARE = 0.7;
const MAX_EXCERPT = 200;
const MAX_REST = 240;

/** Catalogue messages found verbatim in a key; overlapping finds keep the longest. */
export function findMessages(key: string, index: SignatureIndex, words = key.split(' ')): MessageHit[] {
  const padded = ` ${key} `;
  const hits: MessageHit[] = [];
  const seen = new Set<MessageSignature>();
  for (const word of words) {
    const anchored = index.byAnchor.get(word);
    if (!anchored) continue;
    for (const signature of anchored) {
      if (seen.has(signature)) continue;
      seen.add(signature);
      let at = padded.indexOf(` ${signature.key} `);
      while (at >= 0) {
        hits.push({ signature, pos: at });
        at = padded.indexOf(` ${signature.key} `, at + 1);
      }
    }
  }
  if (hits.length < 2) return withTail(hits, key, index);
  hits.sort((a, b) => b.signature.key.length - a.signature.key.length);
  const kept: MessageHit[] = [];
  for (const hit of hits) {
    const end = hit.pos + hit.signature.key.length;
    const overlaps = kept.some((k) => hit.pos < k.pos + k.signature.key.length && k.pos < end);
    if (!overlaps) kept.push(hit);
  }
  return withTail(
    kept.sort((a, b) => a.pos - b.pos),
    key,
    index,
  );
}

function withTail(hits: MessageHit[], key: string, index: SignatureIndex): MessageHit[] {
  for (const hit of hits) {
    if (!index.extensions.has(hit.signature)) continue;
    const tail = key.slice(hit.pos, hit.pos + MAX_REST).trim();
    if (tail.length > hit.signature.key.length + 2) hit.tail = tail;
  }
  return hits;
}

/**
 * The largest share of an entry message's words that the line holds. Only messages with most of their strong words
 * in the line are counted in full, so common words cost nothing.
 */
function nearShare(words: readonly string[], index: SignatureIndex): number {
  const strongHits = new Map<number, number>();
  for (const word of words) {
    const list = index.byWord.get(word);
    if (list) for (const i of list) strongHits.set(i, (strongHits.get(i) ?? 0) + 1);
  }
  let best = 0;
  let present: Set<string> | undefined;
  for (const [i, hits] of strongHits) {
    const message = index.messages[i] as MessageSignature;
    if (message.owner.kind !== 'entry' || message.words.length < 3 || hits / message.strong.length < NEAR_SHARE)
      continue;
    present ??= new Set(words);
    const inLine = present;
    best = Math.max(best, message.words.filter((w) => inLine.has(w)).length / message.words.length);
  }
  return best;
}

/** Context kept before the error when a long line is cut to an excerpt. */
const EXCERPT_LEAD = 40;

/** At most MAX_EXCERPT characters of a line, around `focus` (the exception name or the message's first word). */
function excerptOf(line: string, focus?: string): string {
  if (line.length <= MAX_EXCERPT) return line;
  // Redacted before the cut: a cut through a token leaves a piece no pattern recognises, and it would be quoted back.
  const text = redact(line);
  if (text.length <= MAX_EXCERPT) return text;
  const at = focus ? text.toLowerCase().indexOf(focus) : -1;
  const start = Math.max(0, Math.min(at - EXCERPT_LEAD, text.length - MAX_EXCERPT));
  const cut = text.slice(start, start + MAX_EXCERPT - 2);
  return `${start > 0 ? '…' : ''}${cut}${start + MAX_EXCERPT - 2 < text.length ? '…' : ''}`;
}

// Source code that handles an error rather than an error that happened.
const CODE_AROUND = /===?|!==?|\binstanceof\b|\bcase\s|\bcatch\b|\bif\s*\(|\belif\b|\bexcept\s|=>|\.code\b|\.name\b/;

// Words wrappers put between an exception name and its message: `An error occurred (X) when calling the Y operation:`,
// `X(properties: ... message: Optional("...`, `X{message=...`.
const WRAPPER_WORDS = new Set([
  'when',
  'calling',
  'the',
  'operation',
  'message',
  'optional',
  'properties',
  'error',
  'msg',
  'x',
  'amzn',
  'errormessage',
]);

/** Words in a comparison key, not counting the ones wrappers add or exception names. */
export function countWords(text: string): number {
  return text.split(' ').filter((w) => w && !WRAPPER_WORDS.has(w) && !w.endsWith('exception')).length;
}

function wordsBetween(key: string, token: ExceptionToken, hit: MessageHit): number {
  const between =
    token.pos <= hit.pos
      ? key.slice(token.pos + token.written.length, hit.pos)
      : key.slice(hit.pos + hit.signature.key.length, token.pos);
  return countWords(between);
}

// A sentence cut by wrapping: the line stops without closing punctuation and the next one goes on in lower case.
const OPEN_END = /[\w,]$/;
const CONTINUATION = /^[a-z]/;

function wrapsInto(line: string, next: string): boolean {
  return OPEN_END.test(line) && CONTINUATION.test(next);
}

/** Pairs each message with the nearest exception before it on the line, else the nearest after it (Java's `(Service: ...; Error Code: X)`). */
function pairOnLine(hits: MessageHit[], tokens: ExceptionToken[]): { hit: MessageHit; token?: ExceptionToken }[] {
  return hits.map((hit) => {
    let token: ExceptionToken | undefined;
    for (const t of tokens) if (t.pos <= hit.pos) token = t;
    token ??= tokens.find((t) => t.pos > hit.pos);
    return { hit, token };
  });
}

export function extractCandidates(segments: readonly Segment[], index: SignatureIndex): ErrorCandidate[] {
  const cache = new Map<string, string | null>();
  const candidates: (ErrorCandidate & { segment: number })[] = [];
  segments.forEach((segment, s) => {
    const key = toKey(segment.text);
    if (!key) return;
    const words = key.split(' ');
    const hits = findMessages(key, index, words);
    const tokens = findExceptions(segment.text, key, index, cache);
    const excerpt = (focus?: string) => excerptOf(segment.text, focus);
    const used = new Set<ExceptionToken>();
    for (const { hit, token } of pairOnLine(hits, tokens)) {
      if (token) used.add(token);
      // Without an exception on the line, the other words on it count as the gap to one paired from nearby lines.
      const gap = token
        ? wordsBetween(key, token, hit)
        : countWords(key.slice(0, hit.pos)) + countWords(key.slice(hit.pos + hit.signature.key.length));
      const focus = token ? token.written.toLowerCase() : hit.signature.words[0];
      const inSource = segmentInCode(segments, s, hit.signature.key);
      candidates.push({
        segment: s,
        line: segment.line,
        excerpt: excerpt(focus),
        hit,
        exception: token,
        gap,
        inSource,
      });
    }
    for (const token of tokens) {
      // The same name again on a line that already paired it is the same error (`Error Code: X` after `X: msg`).
      if (used.has(token) || [...used].some((u) => u.name === token.name)) continue;
      used.add(token);
      let rest = key.slice(token.pos + token.written.length, token.pos + token.written.length + MAX_REST).trim();
      // A message wrapped onto the next line (a narrow terminal, a console copy) still belongs to this exception.
      const next = segments[s + 1];
      if (next && next.line === segment.line + 1 && rest.length < MAX_REST && wrapsInto(segment.text, next.text)) {
        rest = `${rest} ${toKey(next.text)}`.slice(0, MAX_REST).trim();
      }
      const inCode = CODE_AROUND.test(segment.text);
      const inSource = segmentInCode(segments, s);
      const focused = excerpt(token.written.toLowerCase());
      const talkedAbout = talksAbout(segment.text);
      candidates.push({
        segment: s,
        line: segment.line,
        excerpt: focused,
        exception: token,
        rest,
        inCode,
        inSource,
        talkedAbout,
      });
    }
    // A paste of a line or two is all message: compare it fuzzily even when a typo hides its uncommon words.
    const short = segments.length <= 2 && words.length >= 3;
    if (
      hits.length === 0 &&
      tokens.length === 0 &&
      key.length <= 400 &&
      (short || nearShare(words, index) >= NEAR_SHARE)
    ) {
      candidates.push({ segment: s, line: segment.line, excerpt: excerpt(), near: key });
    }
  });
  return joinSplitPairs(candidates);
}

/** A message alone near an exception alone (JSON pretty-printed over lines) is one error. */
function joinSplitPairs(candidates: (ErrorCandidate & { segment: number })[]): ErrorCandidate[] {
  const removed = new Set<number>();
  const partnerOf = (i: number, j: number): boolean => {
    const candidate = candidates[i];
    const other = candidates[j];
    return Boolean(
      candidate && other && !removed.has(j) && !other.hit && other.exception && other.segment !== candidate.segment,
    );
  };
  candidates.forEach((candidate, i) => {
    if (!candidate.hit || candidate.exception) return;
    // Candidates come in segment order: look outwards, nearest first, within the pairing distance.
    let partner = -1;
    for (let d = 1; partner < 0 && d <= candidates.length; d++) {
      const before = candidates[i - d];
      const after = candidates[i + d];
      const beforeNear = before !== undefined && candidate.segment - before.segment <= PAIR_DISTANCE;
      const afterNear = after !== undefined && after.segment - candidate.segment <= PAIR_DISTANCE;
      if (!beforeNear && !afterNear) break;
      if (beforeNear && partnerOf(i, i - d)) partner = i - d;
      else if (afterNear && partnerOf(i, i + d)) partner = i + d;
    }
    const found = candidates[partner];
    if (!found?.exception) return;
    candidate.exception = found.exception;
    removed.add(partner);
  });
  return candidates.filter((_, i) => !removed.has(i)).map(({ segment: _segment, ...candidate }) => candidate);
}
