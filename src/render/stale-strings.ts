import type { Lang } from '../catalogue/types';
import { escapeCode } from './mrkdwn';

/**
 * What the bot says, only to the person, when something of an older version of it reaches it: a button on an old
 * reply, a shortcut, form or slash command it no longer has. Per language.
 */
export interface StaleStrings {
  button: string;
  shortcut: string;
  form: string;
  /** `command` is the command as Slack sent it, shown inert. */
  command: (command: string) => string;
}

const en: StaleStrings = {
  button: 'This button comes from an older version of the bot; paste the error again.',
  shortcut:
    'This shortcut comes from an older version of the bot; use *Diagnose this error* on the message, or paste the error again.',
  form: 'This form comes from an older version of the bot; paste the error again.',
  command: (command) =>
    `This app has no \`${escapeCode(command)}\` command (any more): use \`/mfa-explain <error>\` or ` +
    '`/mfa-check <user-pool-id> [username]`.',
};

const ja: StaleStrings = {
  button: 'このボタンは古いバージョンのボットのものです。エラーをもう一度貼ってください。',
  shortcut:
    'このショートカットは古いバージョンのボットのものです。メッセージの「Diagnose this error」を使うか、エラーをもう一度貼ってください。',
  form: 'このフォームは古いバージョンのボットのものです。エラーをもう一度貼ってください。',
  command: (command) =>
    `このアプリには \`${escapeCode(command)}\` コマンドはありません。\`/mfa-explain <エラー>\` または ` +
    '`/mfa-check <ユーザープール ID> [ユーザー名]` を使ってください。',
};

export const STALE_STRINGS: Record<Lang, StaleStrings> = { en, ja };
