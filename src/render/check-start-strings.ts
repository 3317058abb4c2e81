import type { Lang } from '../catalogue/types';
import type { SecretKind } from '../secrets/types';
import { SECRET_KINDS } from './secret-kinds';

/** What the person who asked for a check reads at once, per language: "Checking …", or why it did not start. */
export interface CheckStartStrings {
  /** `pool` and `user` are inline code already; the report goes to the channel when `shared`. */
  checking: (pool: string, user: string | undefined, shared: boolean) => string;
  couldNotStart: (pool: string, reason: string) => string;
  notChecked: string;
  notShared: string;
  secretUsername: (kind: SecretKind) => string;
  tooMany: (scope: 'user' | 'overall', limit: number, windowSeconds: number, retryAfterSeconds: number) => string;
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
};

export const CHECK_START_STRINGS: Record<Lang, CheckStartStrings> = { en, ja };
