import type { KnownBlock } from '@slack/types';
import { context } from './builders';

/**
 * Slack rejects a message with more than 50 blocks, and (undocumented, `msg_blocks_too_long`) one whose blocks hold
 * much more than ~11,000 characters of text. Staying under 10,000 leaves room for Slack's own accounting.
 */
export const MAX_BLOCKS = 50;
export const MAX_BLOCK_TEXT = 10_000;

type TextHolder = { text?: string | { text?: string }; elements?: unknown[]; fields?: { text?: string }[] };

function textOf(value: unknown): number {
  if (!value || typeof value !== 'object') return 0;
  const holder = value as TextHolder;
  let length = 0;
  if (typeof holder.text === 'string') length += holder.text.length;
  else if (holder.text && typeof holder.text.text === 'string') length += holder.text.text.length;
  for (const field of holder.fields ?? []) length += field.text?.length ?? 0;
  for (const element of holder.elements ?? []) length += textOf(element);
  return length;
}

/** Characters of text a block carries (section text and fields, header, context and button labels). */
function blockTextLength(block: KnownBlock): number {
  return textOf(block);
}

export function totalTextLength(blocks: readonly KnownBlock[]): number {
  return blocks.reduce((sum, block) => sum + blockTextLength(block), 0);
}

/**
 * Keeps `body` (dropping blocks from its end) and all of `tail` inside Slack's limits. When something was dropped,
 * `note` is added before the tail so the reader knows the answer was cut.
 */
export function fitToLimits(body: KnownBlock[], tail: KnownBlock[], note: string): KnownBlock[] {
  const noteBlock = context(note);
  const reserveBlocks = tail.length + 1;
  const reserveText = totalTextLength(tail) + blockTextLength(noteBlock);
  let kept = body;
  const fits = (blocks: KnownBlock[], extraBlocks: number, extraText: number) =>
    blocks.length + extraBlocks <= MAX_BLOCKS && totalTextLength(blocks) + extraText <= MAX_BLOCK_TEXT;
  if (fits(body, tail.length, totalTextLength(tail))) return [...body, ...tail];
  while (kept.length > 0 && !fits(kept, reserveBlocks, reserveText)) kept = kept.slice(0, -1);
  // A divider left dangling at the end of a cut reads as if something follows it.
  while (kept.at(-1)?.type === 'divider') kept = kept.slice(0, -1);
  return [...kept, noteBlock, ...tail];
}
