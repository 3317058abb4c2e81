import type { ActionsBlock, Button, ContextBlock, DividerBlock, HeaderBlock, SectionBlock } from '@slack/types';

/** Slack's per-field limits (https://docs.slack.dev/reference/block-kit/blocks). */
export const SECTION_TEXT_MAX = 3000;
const HEADER_TEXT_MAX = 150;
const BUTTON_TEXT_MAX = 75;

/** Cuts `text` to `max` characters, closing a code block the cut left open. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = `${text.slice(0, max - 5).trimEnd()}…`;
  if ((cut.match(/```/g)?.length ?? 0) % 2 === 1) cut += '\n```';
  return cut;
}

export function header(text: string): HeaderBlock {
  return { type: 'header', text: { type: 'plain_text', text: clip(text, HEADER_TEXT_MAX), emoji: true } };
}

export function section(mrkdwn: string, blockId?: string): SectionBlock {
  return {
    type: 'section',
    ...(blockId ? { block_id: blockId } : {}),
    text: { type: 'mrkdwn', text: clip(mrkdwn, SECTION_TEXT_MAX) },
  };
}

export function context(...mrkdwn: string[]): ContextBlock {
  return { type: 'context', elements: mrkdwn.map((text) => ({ type: 'mrkdwn', text: clip(text, SECTION_TEXT_MAX) })) };
}

export function divider(): DividerBlock {
  return { type: 'divider' };
}

export function button(text: string, actionId: string, value: string, style?: 'primary' | 'danger'): Button {
  return {
    type: 'button',
    text: { type: 'plain_text', text: clip(text, BUTTON_TEXT_MAX), emoji: true },
    action_id: actionId,
    value,
    ...(style ? { style } : {}),
  };
}

export function actions(blockId: string, elements: Button[]): ActionsBlock {
  return { type: 'actions', block_id: blockId, elements };
}
