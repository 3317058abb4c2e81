/**
 * "Share in channel" under a private report. The button carries the check's arguments (not the report: Slack sends
 * no message body for ephemeral messages), so sharing re-runs the check and posts what is true now, in the language
 * of the report the button is under.
 */
import type { KnownBlock } from '@slack/types';
import type { Lang } from '../../../catalogue/types';
import { ACTION_SHARE_CHECK, SHARE_BLOCK_ID } from '../../../render/blocks/ids';
import { CHECK_START_STRINGS } from '../../../render/check-start-strings';
import type { CheckJobArgs } from '../types';

export type ShareValue = Pick<CheckJobArgs, 'pool' | 'username' | 'account' | 'entry' | 'lang'>;

function shareValue(args: CheckJobArgs): string {
  const value: ShareValue = { pool: args.pool };
  if (args.username) value.username = args.username;
  if (args.account) value.account = args.account;
  if (args.entry) value.entry = args.entry;
  if (args.lang) value.lang = args.lang;
  return JSON.stringify(value);
}

/** Reads a button value back; undefined when it is not one of ours. */
export function parseShareValue(value: string | undefined): ShareValue | undefined {
  try {
    const parsed = JSON.parse(value ?? '') as Partial<ShareValue>;
    if (typeof parsed.pool !== 'string' || parsed.pool.length === 0) return undefined;
    const out: ShareValue = { pool: parsed.pool };
    for (const key of ['username', 'account', 'entry'] as const) {
      if (typeof parsed[key] === 'string') out[key] = parsed[key];
    }
    if (parsed.lang === 'en' || parsed.lang === 'ja') out.lang = parsed.lang;
    return out;
  } catch {
    return undefined;
  }
}

export function shareButton(args: CheckJobArgs): KnownBlock {
  return {
    type: 'actions',
    block_id: SHARE_BLOCK_ID,
    elements: [
      {
        type: 'button',
        action_id: ACTION_SHARE_CHECK,
        text: { type: 'plain_text', text: CHECK_START_STRINGS[args.lang ?? 'en'].share },
        value: shareValue(args),
      },
    ],
  };
}

/** The line under a shared report. The id comes from Slack's signed payload; anything else stays out of the mention. */
export function sharedBy(user: string, lang: Lang = 'en'): KnownBlock {
  const who = /^[UW][A-Z0-9]+$/.test(user) ? `<@${user}>` : undefined;
  return { type: 'context', elements: [{ type: 'mrkdwn', text: CHECK_START_STRINGS[lang].sharedBy(who) }] };
}
