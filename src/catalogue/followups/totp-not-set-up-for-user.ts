import { DELETE_USER_TOTP } from '../entries/shared-code';
import type { FollowUp } from '../types';

export const followUps: FollowUp[] = [
  {
    id: 'totp-not-set-up-for-user/fix',
    questions: {
      en: [
        'after AdminDeleteSoftwareToken how does the user enrol an authenticator again',
        'how do I set up totp for this user?',
        'the user lost the authenticator, what now',
        'how does the user register totp again',
        'what does the user do to register an authenticator again',
      ],
      ja: [
        'AdminDeleteSoftwareToken の後ユーザーはどうやって認証アプリを再登録しますか',
        'このユーザーの TOTP を設定するには？',
        'ユーザーが認証アプリをなくしました',
        'TOTP を登録し直す方法',
        '管理者がソフトウェアトークンを削除した後ユーザーは何をしますか',
        'ユーザーが認証アプリを登録し直す手順は',
      ],
    },
    answer: {
      en: {
        text: 'The user has no verified TOTP token. Have the user run the setup (`AssociateSoftwareToken` -> `VerifySoftwareToken`, or the `MFA_SETUP` challenge at sign-in) before anything makes TOTP preferred or required for them. If the user lost the authenticator, delete the old token first with `AdminDeleteSoftwareToken`: turning the TOTP preference off leaves it registered.',
        code: DELETE_USER_TOTP,
      },
      ja: {
        text: 'このユーザーには検証済みの TOTP トークンがありません。TOTP を優先や必須にする前に、ユーザーに設定 (`AssociateSoftwareToken` -> `VerifySoftwareToken`、またはサインイン時の `MFA_SETUP` チャレンジ) を行ってもらってください。ユーザーが認証アプリをなくした場合は、先に `AdminDeleteSoftwareToken` で古いトークンを削除します。TOTP の設定を無効にするだけでは登録が残ります。',
        code: DELETE_USER_TOTP,
      },
    },
  },
  {
    id: 'totp-not-set-up-for-user/pool-or-user',
    questions: {
      en: [
        'is this a pool setting?',
        'is totp enabled on the pool then',
        'difference from has not been enabled by the userPool',
      ],
      ja: [
        'これはプールの設定の問題ですか？',
        'プールの TOTP は有効になっているということですか',
        'userPool で有効になっていないエラーとの違いは',
        'プールの設定は正しくてこのユーザーだけの問題ですか',
      ],
    },
    answer: {
      en: {
        text: 'No, it is about the user: "does not exist for the user" means the user has not set up TOTP. The pool-level error reads "has not been enabled by the userPool".',
      },
      ja: {
        text: 'いいえ、ユーザー単位の問題です。"does not exist for the user" はユーザーが TOTP を設定していないという意味で、プール側の問題なら "has not been enabled by the userPool" というエラーになります。',
      },
    },
  },
];
