/**
 * The one reading of a Slack message every listener diagnoses: its own text (or its blocks, which are what people
 * see, when the text is only Slack's fallback that repeats them), then each attachment (a forwarded message, an
 * alert's legacy attachment), in reading order. Slack's `text` often repeats the blocks word for word: read once,
 * an error is neither counted nor quoted twice. Each line keeps where it came from, so the evidence a reply quotes
 * names a place the person can find ("in the forwarded message, line 1").
 */
import { toKey } from '../../diagnose/normalise';
import type { EvidencePart } from '../../diagnose/types';
import { blankMention } from '../incoming';
import { attachmentText } from './attachments';
import { blocksText } from './blocks';

/** The fields of a message event, a shortcut's message or an app_mention that hold what it says. */
export interface ReadableMessage {
  text?: unknown;
  blocks?: unknown;
  attachments?: unknown;
}

type Part = 'message' | EvidencePart;

export interface MessageReading {
  /** Every part in reading order, an empty line between two. Empty when the message says nothing. */
  text: string;
  /** Where line `line` (1-based) of `text` is: its part, and its line within that part. */
  locate(line: number): { part: Part; line: number };
}

/**
 * A message says at most 40,000 characters and its attachments and blocks a few times that; past this much the rest
 * is not read, so no message costs more than a long paste.
 */
const MAX_READ_CHARS = 64 * 1024;
/** Share of the text's words the blocks must hold for the text to be a fallback that repeats them. */
const REPEATS = 0.9;

function repeats(text: string, blocks: string): boolean {
  const words = new Set(toKey(text).split(' ').filter(Boolean));
  if (words.size === 0) return true;
  const inBlocks = new Set(toKey(blocks).split(' '));
  let found = 0;
  for (const word of words) if (inBlocks.has(word)) found++;
  return found / words.size >= REPEATS;
}

function ownText(message: ReadableMessage, budget: number): string {
  const text = typeof message.text === 'string' ? message.text.slice(0, budget) : '';
  const blocks = blocksText(message.blocks, budget);
  if (!blocks) return text;
  if (!text || repeats(text, blocks)) return blocks;
  return `${text}\n${blocks}`.slice(0, budget);
}

interface Span {
  part: Part;
  first: number;
  lines: number;
}

/** `withoutMention`: the bot's user id, whose mention in the message's own text is not part of what it says. */
export function readMessage(message: ReadableMessage, options: { withoutMention?: string } = {}): MessageReading {
  const parts: { part: Part; text: string }[] = [];
  let budget = MAX_READ_CHARS;
  const add = (part: Part, text: string) => {
    // Only the end is trimmed: a line keeps its number, and the evidence its place.
    const trimmed = text.trimEnd();
    if (!trimmed.trim() || budget <= 0) return;
    const kept = trimmed.slice(0, budget);
    parts.push({ part, text: kept });
    budget -= kept.length + 2;
  };
  const own = ownText(message, budget);
  add('message', blankMention(own, options.withoutMention));
  for (const attachment of Array.isArray(message.attachments) ? message.attachments : []) {
    if (budget <= 0) break;
    const read = attachmentText(attachment, budget);
    if (read) add(read.kind, read.text);
  }
  const spans: Span[] = [];
  let first = 1;
  for (const { part, text } of parts) {
    const lines = text.split('\n').length;
    spans.push({ part, first, lines });
    // The empty line between two parts counts with the part before it.
    first += lines + 1;
  }
  return {
    text: parts.map((p) => p.text).join('\n\n'),
    locate(line) {
      let span = spans[0];
      for (const s of spans) if (s.first <= line) span = s;
      return span ? { part: span.part, line: Math.min(line - span.first + 1, span.lines) } : { part: 'message', line };
    },
  };
}
