/**
 * Finds the catalogue's errors in a log, line by line, without holding the log: feed it chunks as they are read,
 * then ask for the report. A cheap pre-filter over each chunk skips the lines that cannot hold an error (nearly all
 * of them), so only the few left go through extraction and matching.
 */

import { redact } from '../secrets';
import { extractCandidates } from './extract';
import { type FuzzyMemo, matchCandidate } from './match';
import { normalise } from './normalise';
import type { SignatureIndex } from './signatures';

export interface ScanEntry {
  id: string;
  /** Lines where the entry's error appears. */
  count: number;
  /** The first few of those lines (1-based). */
  lines: number[];
  /** The excerpt of the first occurrence. */
  excerpt: string;
  /** How sure the surest of those lines is (0..1). */
  confidence: number;
}

export interface ScanReport {
  /** Entries in order of first appearance. */
  entries: ScanEntry[];
  linesRead: number;
  bytesRead: number;
}

/**
 * Below this a match is a guess (an exception name shared by several entries, two common words such as "Code
 * mismatch" without their exception), not a finding.
 */
const MIN_CONFIDENCE = 0.55;
const LINES_SHOWN = 5;
const MAX_MEMO = 10_000;
/** A "line" longer than this without a newline (a binary file) is cut, so memory stays bounded. */
const MAX_LINE_CHARS = 64 * 1024;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Every line that can hold a catalogue error holds one of these: an entry's exception name (or something ending like
 * a misspelt one) or the first words of an entry's message. Lookalikes need no words of their own: a line matters
 * only when it also holds a catalogue error.
 */
export function prefilterFor(index: SignatureIndex): RegExp {
  const alternatives = new Set<string>(['exception', 'exeption']);
  for (const [name, info] of index.exceptions) if (info.entries.length > 0) alternatives.add(escapeRegExp(name));
  for (const message of index.messages) {
    if (message.owner.kind !== 'entry') continue;
    alternatives.add(message.words.slice(0, 4).map(escapeRegExp).join('[^a-z0-9]+'));
  }
  return new RegExp([...alternatives].sort((a, b) => b.length - a.length).join('|'), 'gi');
}

export class LogScanner {
  private carry = '';
  private linesDone = 0;
  private bytes = 0;
  private readonly found = new Map<string, ScanEntry>();
  private readonly prefilter: RegExp;
  /** Logs repeat their lines: fuzzy results are reused, within a bounded memory. */
  private readonly memo: FuzzyMemo = new Map();

  constructor(private readonly index: SignatureIndex) {
    this.prefilter = prefilterFor(index);
  }

  /** Feeds the next piece of the log (any size, lines may be split across pieces). */
  push(chunk: string): void {
    this.bytes += Buffer.byteLength(chunk, 'utf8');
    let text = this.carry + chunk;
    let lastNewline = text.lastIndexOf('\n');
    if (lastNewline < 0 && text.length > MAX_LINE_CHARS) {
      text += '\n';
      lastNewline = text.length - 1;
    }
    if (lastNewline < 0) {
      this.carry = text;
      return;
    }
    this.carry = text.slice(lastNewline + 1);
    this.scanBlock(text.slice(0, lastNewline));
  }

  /** The report once every piece has been pushed. */
  end(): ScanReport {
    if (this.carry) {
      this.scanBlock(this.carry);
      this.carry = '';
    }
    return { entries: [...this.found.values()], linesRead: this.linesDone, bytesRead: this.bytes };
  }

  /** `block` is whole lines joined by newlines, starting at line `linesDone + 1`. */
  private scanBlock(block: string): void {
    const prefilter = this.prefilter;
    prefilter.lastIndex = 0;
    let line = this.linesDone + 1;
    let lineStart = 0;
    let nextNewline = block.indexOf('\n');
    for (let m = prefilter.exec(block); m !== null; m = prefilter.exec(block)) {
      while (nextNewline !== -1 && nextNewline < m.index) {
        line++;
        lineStart = nextNewline + 1;
        nextNewline = block.indexOf('\n', lineStart);
      }
      const lineEnd = nextNewline === -1 ? block.length : nextNewline;
      this.scanLine(block.slice(lineStart, lineEnd), line);
      if (nextNewline === -1) break;
      prefilter.lastIndex = lineEnd + 1;
    }
    while (nextNewline !== -1) {
      line++;
      nextNewline = block.indexOf('\n', nextNewline + 1);
    }
    this.linesDone = line;
  }

  private scanLine(text: string, line: number): void {
    const segments = normalise(text).map((s) => ({ ...s, line }));
    const seenOnLine = new Set<string>();
    for (const candidate of extractCandidates(segments, this.index)) {
      if (this.memo.size > MAX_MEMO) this.memo.clear();
      const match = matchCandidate(candidate, this.index, true, this.memo);
      if (match?.owner.kind !== 'entry' || match.confidence < MIN_CONFIDENCE) continue;
      const id = match.owner.id;
      if (seenOnLine.has(id)) continue;
      seenOnLine.add(id);
      const entry = this.found.get(id);
      const confidence = Math.round(match.confidence * 1000) / 1000;
      if (!entry) {
        this.found.set(id, { id, count: 1, lines: [line], excerpt: redact(match.evidence.excerpt), confidence });
      } else {
        entry.count++;
        if (entry.lines.length < LINES_SHOWN) entry.lines.push(line);
        entry.confidence = Math.max(entry.confidence, confidence);
      }
    }
  }
}
