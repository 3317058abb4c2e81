import type { Lang } from '../catalogue/types';
import type { SecretKind } from '../diagnose/types';
import { STRINGS } from './blocks/strings';

/** Why a check did not start, per language: what the person reads instead of "Checking …". */
export interface CheckRefusalStrings {
  notChecked: string;
  notShared: string;
  secretUsername: (kind: SecretKind) => string;
}

const en: CheckRefusalStrings = {
  notChecked: 'Not checked',
  notShared: 'Not shared',
  secretUsername: (kind) =>
    `the username looks like ${STRINGS.en.secretKinds[kind]}, not a Cognito username, so it is not repeated here. ` +
    'If it is real, treat it as exposed and replace it.',
};

const ja: CheckRefusalStrings = {
  notChecked: 'チェックしませんでした',
  notShared: '共有しませんでした',
  secretUsername: (kind) =>
    `ユーザー名が${STRINGS.ja.secretKinds[kind]}のように見えます。Cognito のユーザー名ではないため、ここには表示しません。` +
    '本物であれば、漏えいしたものとして再発行してください。',
};

export const CHECK_REFUSAL_STRINGS: Record<Lang, CheckRefusalStrings> = { en, ja };
