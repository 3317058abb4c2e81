/**
 * The words of a message's attachments: a forwarded message (`is_share`, or a message link Slack unfurled:
 * `is_msg_unfurl`), and the legacy attachments alert webhooks and apps post (pretext, title, text, fields, or blocks
 * of their own; author and footer name the sender, not the error). `fallback` is Slack's plain-text summary of the
 * rest: read only when nothing else is there.
 */
import { blocksText } from './blocks';

type Json = Record<string, unknown>;

type AttachmentKind = 'forwarded' | 'linked' | 'attachment';

export interface AttachmentText {
  kind: AttachmentKind;
  text: string;
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** A message forwarded (shared) into this one, or one whose link Slack unfurled in it. */
function sharedKind(attachment: Json): 'forwarded' | 'linked' | undefined {
  if (attachment.is_share === true) return 'forwarded';
  return attachment.is_msg_unfurl === true ? 'linked' : undefined;
}

/** A forwarded message's own blocks, for a share whose `text` is empty. */
function sharedBlocks(attachment: Json, budget: number): string {
  const shares = Array.isArray(attachment.message_blocks) ? attachment.message_blocks : [];
  return shares
    .map((share) => blocksText((share as { message?: { blocks?: unknown } } | null)?.message?.blocks, budget))
    .filter(Boolean)
    .join('\n');
}

function fieldLines(fields: unknown): string[] {
  if (!Array.isArray(fields)) return [];
  return fields.flatMap((f) => {
    const field = f && typeof f === 'object' ? (f as Json) : {};
    const title = str(field.title);
    const value = str(field.value);
    if (!value) return title ? [title] : [];
    // A value of several lines reads under its title; one line reads after it.
    return title ? (value.includes('\n') ? [title, value] : [`${title}: ${value}`]) : [value];
  });
}

/** One attachment's text, in the order Slack shows its parts. */
export function attachmentText(value: unknown, budget: number): AttachmentText | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const attachment = value as Json;
  const shared = sharedKind(attachment);
  if (shared) {
    const text = str(attachment.text) || sharedBlocks(attachment, budget) || str(attachment.fallback);
    return text ? { kind: shared, text: text.slice(0, budget) } : undefined;
  }
  const parts = [
    str(attachment.pretext),
    str(attachment.title),
    str(attachment.text),
    ...fieldLines(attachment.fields),
    blocksText(attachment.blocks, budget),
  ].filter(Boolean);
  const text = (parts.length > 0 ? parts.join('\n') : str(attachment.fallback)).slice(0, budget);
  return text ? { kind: 'attachment', text } : undefined;
}
