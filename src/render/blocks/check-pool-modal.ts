import type { ModalView } from '@slack/types';
import { findEntry } from '../../catalogue';
import { LANGS, type Lang } from '../../catalogue/types';
import { escapeMrkdwn } from '../mrkdwn';
import { context, section } from './builders';
import { CHECK_POOL_MODAL_CALLBACK_ID, INPUT_ACTION_ID, POOL_BLOCK_ID, USERNAME_BLOCK_ID } from './ids';
import { MODAL_STRINGS } from './modal-strings';

/** Where the report goes and what it is about; carried in private_metadata, which only this app sees. */
export interface CheckPoolTarget {
  channel: string;
  /** The diagnosis' thread; absent for a private diagnosis (the report then goes privately to the channel). */
  threadTs?: string;
  entry: string;
  /** The language the modal was shown in: the submission's refusals and the report follow it. */
  lang?: Lang;
}

function packCheckPoolTarget(target: CheckPoolTarget): string {
  return JSON.stringify(target);
}

export function unpackCheckPoolTarget(metadata: string): CheckPoolTarget | undefined {
  try {
    const t = JSON.parse(metadata) as Partial<CheckPoolTarget>;
    if (typeof t.channel !== 'string' || typeof t.entry !== 'string') return undefined;
    return {
      channel: t.channel,
      ...(typeof t.threadTs === 'string' ? { threadTs: t.threadTs } : {}),
      entry: t.entry,
      ...(LANGS.includes(t.lang as Lang) ? { lang: t.lang } : {}),
    };
  } catch {
    return undefined;
  }
}

/**
 * "Check a user pool" under a diagnosis: asks for the pool (and optionally a user), as /mfa-check would, in the
 * target's language (English when it has none).
 */
export function renderCheckPoolModal(target: CheckPoolTarget): ModalView {
  const lang = target.lang ?? 'en';
  const s = MODAL_STRINGS[lang].checkPool;
  const title = findEntry(target.entry)?.text[lang].title;
  return {
    type: 'modal',
    callback_id: CHECK_POOL_MODAL_CALLBACK_ID,
    private_metadata: packCheckPoolTarget(target),
    title: { type: 'plain_text', text: s.title },
    submit: { type: 'plain_text', text: s.submit },
    close: { type: 'plain_text', text: s.cancel },
    blocks: [
      section(s.intro(title ? escapeMrkdwn(title) : undefined)),
      {
        type: 'input',
        block_id: POOL_BLOCK_ID,
        label: { type: 'plain_text', text: s.pool },
        hint: { type: 'plain_text', text: s.poolHint },
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
        label: { type: 'plain_text', text: s.username },
        element: { type: 'plain_text_input', action_id: INPUT_ACTION_ID },
      },
      context(s.readOnly),
    ],
  };
}
