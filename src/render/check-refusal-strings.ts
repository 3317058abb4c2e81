import type { Lang } from '../catalogue/types';
import type { SecretKind } from '../diagnose/types';
import { SECRET_KINDS } from './secret-kinds';

/** Why a check did not start, per language: what the person reads instead of "Checking …". */
export interface CheckRefusalStrings {
  notChecked: string;
  notShared: string;
  secretUsername: (kind: SecretKind) => string;
  tooMany: (scope: 'user' | 'overall', limit: number, windowSeconds: number, retryAfterSeconds: number) => string;
}

const en: CheckRefusalStrings = {
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

const ja: CheckRefusalStrings = {
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

export const CHECK_REFUSAL_STRINGS: Record<Lang, CheckRefusalStrings> = { en, ja };
