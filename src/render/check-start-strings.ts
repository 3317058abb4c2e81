import type { Lang } from '../catalogue/types';
import type { SecretKind } from '../secrets/types';
import { SECRET_KINDS } from './secret-kinds';

/**
 * What the person who asked for a check reads in Slack, per language: "Checking …", why it did not start or failed,
 * and the Share in channel button around the report.
 */
export interface CheckStartStrings {
  /** `pool` and `user` are inline code already; the report goes to the channel when `shared`. */
  checking: (pool: string, user: string | undefined, shared: boolean) => string;
  couldNotStart: (pool: string, reason: string) => string;
  notChecked: string;
  notShared: string;
  secretUsername: (kind: SecretKind) => string;
  tooMany: (scope: 'user' | 'overall', limit: number, windowSeconds: number, retryAfterSeconds: number) => string;
  /** The Lambda API did not take the check in time. */
  handOverSlow: string;
  /** The process is stopping and takes no new check. */
  restarting: string;
  /** `pool` is inline code already. */
  failed: (pool: string, reason: string) => string;
  notAPool: string;
  formExpired: string;
  /** `host` is inline code already. */
  responseUrlNotAllowed: (host: string) => string;
  share: string;
  /** `who` is a mention, or undefined when the id is not one. */
  sharedBy: (who: string | undefined) => string;
}

const en: CheckStartStrings = {
  checking: (pool, user, shared) =>
    `Checking ${pool}${user ? ` and user ${user}` : ''} ... the report will ` +
    `${shared ? 'be posted in the channel' : 'appear here, only to you'}.`,
  couldNotStart: (pool, reason) => `The check of ${pool} could not start: ${reason}`,
  notChecked: 'Not checked',
  notShared: 'Not shared',
  secretUsername: (kind) =>
    `the username looks like ${SECRET_KINDS.en[kind]}, not a Cognito username, so it is not repeated here. ` +
    'If it is real, treat it as exposed and replace it.',
  tooMany: (scope, limit, windowSeconds, retryAfterSeconds) =>
    `too many checks${scope === 'user' ? ' from you' : ' right now'} ` +
    `(at most ${limit} every ${windowSeconds} s${scope === 'user' ? '' : ' for everyone'}), ` +
    `try again in ${retryAfterSeconds} s.`,
  handOverSlow: 'the Lambda API did not answer in time; please try again',
  restarting: 'the bot is restarting; please try again in a minute',
  failed: (pool, reason) => `The check of ${pool} failed: ${reason}`,
  notAPool: 'This button no longer names a pool I can check; run /mfa-check again.',
  formExpired: 'This form has expired; press the button again.',
  responseUrlNotAllowed: (host) =>
    `the report could not be delivered: its response_url goes to ${host}, which is neither Slack (hooks.slack.com) nor the host of SLACK_API_URL.`,
  share: 'Share in channel',
  sharedBy: (who) => `Shared by ${who ?? 'someone'}`,
};

const ja: CheckStartStrings = {
  checking: (pool, user, shared) =>
    `${pool}${user ? ` とユーザー ${user}` : ''} をチェックしています… レポートは` +
    `${shared ? 'チャンネルに投稿されます' : 'ここに、あなたにだけ表示されます'}。`,
  couldNotStart: (pool, reason) => `${pool} のチェックを開始できませんでした: ${reason}`,
  notChecked: 'チェックしませんでした',
  notShared: '共有しませんでした',
  secretUsername: (kind) =>
    `ユーザー名が${SECRET_KINDS.ja[kind]}のように見えます。Cognito のユーザー名ではないため、ここには表示しません。` +
    '本物であれば、漏えいしたものとして再発行してください。',
  tooMany: (scope, limit, windowSeconds, retryAfterSeconds) =>
    `${scope === 'user' ? 'チェックの回数が多すぎます' : '現在チェックが集中しています'}` +
    ` (${scope === 'user' ? '1 人' : '全体'}で ${windowSeconds} 秒に ${limit} 回まで)。` +
    `${retryAfterSeconds} 秒後にもう一度お試しください。`,
  handOverSlow: 'Lambda API が時間内に応答しませんでした。もう一度お試しください',
  restarting: 'ボットが再起動中です。1 分ほどしてからもう一度お試しください',
  failed: (pool, reason) => `${pool} のチェックに失敗しました: ${reason}`,
  notAPool: 'このボタンはチェックできるプールを指していません。/mfa-check をもう一度実行してください。',
  formExpired: 'このフォームは期限切れです。もう一度ボタンを押してください。',
  responseUrlNotAllowed: (host) =>
    `レポートを届けられません: response_url の送信先 ${host} は、Slack (hooks.slack.com) でも SLACK_API_URL のホストでもありません。`,
  share: 'チャンネルに共有',
  sharedBy: (who) => (who ? `${who} さんが共有しました` : '共有されました'),
};

export const CHECK_START_STRINGS: Record<Lang, CheckStartStrings> = { en, ja };
