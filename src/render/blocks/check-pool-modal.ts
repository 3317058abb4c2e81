import type { ModalView } from '@slack/types';
import { findEntry } from '../../catalogue';
import type { Lang } from '../../catalogue/types';
import { escapeMrkdwn } from '../mrkdwn';
import { context, section } from './builders';
import { CHECK_POOL_MODAL_CALLBACK_ID, INPUT_ACTION_ID, POOL_BLOCK_ID, USERNAME_BLOCK_ID } from './ids';

/** Where the report goes and what it is about; carried in private_metadata, which only this app sees. */
export interface CheckPoolTarget {
  channel: string;
  /** The diagnosis' thread; absent for a private diagnosis (the report then goes privately to the channel). */
  threadTs?: string;
  entry: string;
}

function packCheckPoolTarget(target: CheckPoolTarget): string {
  return JSON.stringify(target);
}

export function unpackCheckPoolTarget(metadata: string): CheckPoolTarget | undefined {
  try {
    const t = JSON.parse(metadata) as Partial<CheckPoolTarget>;
    if (typeof t.channel !== 'string' || typeof t.entry !== 'string') return undefined;
    return typeof t.threadTs === 'string'
      ? { channel: t.channel, threadTs: t.threadTs, entry: t.entry }
      : { channel: t.channel, entry: t.entry };
  } catch {
    return undefined;
  }
}

/** "Check a user pool" under a diagnosis: asks for the pool (and optionally a user), as /mfa-check would. */
export function renderCheckPoolModal(target: CheckPoolTarget, lang: Lang = 'en'): ModalView {
  const title = findEntry(target.entry)?.text[lang].title;
  return {
    type: 'modal',
    callback_id: CHECK_POOL_MODAL_CALLBACK_ID,
    private_metadata: packCheckPoolTarget(target),
    title: { type: 'plain_text', text: 'Check a user pool' },
    submit: { type: 'plain_text', text: 'Check' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      section(
        `Read-only checks on a user pool${title ? `, starting with what speaks to *${escapeMrkdwn(title)}*` : ''}. ` +
          'The report appears in the thread, only to you.',
      ),
      {
        type: 'input',
        block_id: POOL_BLOCK_ID,
        label: { type: 'plain_text', text: 'User pool' },
        hint: {
          type: 'plain_text',
          text: 'A pool id such as us-east-1_AbC123def or its ARN; put an account alias first for another account.',
        },
        element: {
          type: 'plain_text_input',
          action_id: INPUT_ACTION_ID,
          placeholder: { type: 'plain_text', text: 'us-east-1_AbC123def' },
        },
      },
      {
        type: 'input',
        block_id: USERNAME_BLOCK_ID,
        optional: true,
        label: { type: 'plain_text', text: 'Username (optional)' },
        element: { type: 'plain_text_input', action_id: INPUT_ACTION_ID },
      },
      context('Nothing is changed in your account: the bot only reads.'),
    ],
  };
}
