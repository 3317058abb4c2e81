import type { CatalogueEntry } from '../types';
import { DELETE_USER_TOTP, TOTP_SETUP_FOR_SIGNED_IN_USER } from './shared-code';
import { apiReference, TOTP_MFA_GUIDE, TOTP_REMOVE_GUIDE } from './shared-links';

export const entry: CatalogueEntry = {
  id: 'totp-not-set-up-for-user',
  kind: 'error',
  signatures: {
    exceptions: ['SoftwareTokenMFANotFoundException'],
    messages: ['Software Token MFA does not exist for the user.'],
    sources: {
      'Software Token MFA does not exist for the user.':
        'https://github.com/amazon-archives/amazon-cognito-identity-js/issues/630',
    },
    prose: {
      en: [
        'software token MFA does not exist for the user',
        'user has no authenticator app registered',
        'user never set up TOTP',
      ],
      ja: [
        'ユーザーにソフトウェアトークン MFA が存在しない',
        'ユーザーが認証アプリを登録していない',
        'ユーザーが TOTP を設定していない',
      ],
    },
  },
  symptoms: {
    en: [
      'The sign-in asks for a TOTP code, or a TOTP call is made, for a user who has no authenticator token registered.',
      'The user never finished TOTP setup, so answering SOFTWARE_TOKEN_MFA fails for this one user.',
      "The app always answers with SOFTWARE_TOKEN_MFA as the challenge name, but this user's factor is SMS, so Cognito says the user has no software token.",
      'After an administrator reset a lost phone with AdminDeleteSoftwareToken, the app still sends authenticator codes for that user and they fail.',
      'Only one account is affected; users with a registered authenticator app sign in fine, and AdminGetUser lists no software token in UserMFASettingList for it.',
      'The user called AssociateSoftwareToken but never completed VerifySoftwareToken, and a TOTP call is then made for them.',
      'Our MFA screen shows the authenticator code field to everyone and ignores the challenge name Cognito returned, so SMS users fail.',
      'The pool allows TOTP, so the pool setting is fine; this particular user simply has no TOTP device.',
      'Does SoftwareTokenMFANotFoundException point at the pool or at the user? Here the user never set up an authenticator, or an admin reset it.',
      'Generating a fresh QR code or secret for a user who already had TOTP replaces the old token at once; until the new one is verified, the user has no registered authenticator and sign-in stops asking for its code.',
      'A user lost the phone holding the authenticator app and cannot sign in; an administrator clears the old TOTP registration so the user can enrol a new device.',
    ],
    ja: [
      '認証アプリを登録していないユーザーに TOTP のコードを求めて失敗する。',
      'このユーザーだけ TOTP の設定を終えていないので SOFTWARE_TOKEN_MFA の応答が失敗する。',
      'アプリが常に TOTP のコードとして応答しているが、このユーザーの MFA は SMS なので、ソフトウェアトークンが存在しないと言われる。',
      'スマホ紛失で管理者が認証アプリをリセットしたユーザーに、アプリがまだ TOTP コードを送っている。',
      '影響があるのは特定のユーザーだけで、認証アプリを登録済みの他のユーザーは普通にサインインできる。',
      'AssociateSoftwareToken は呼んだが VerifySoftwareToken まで終わっていないユーザーに、TOTP の呼び出しをしている。',
      'Cognito が返したチャレンジ名を見ずに、全員に認証アプリのコード入力欄を出しているので SMS のユーザーが失敗する。',
      'プールでは TOTP が有効なのに、このユーザーには TOTP のトークンが登録されていない。',
      'TOTP を設定済みのユーザーに QR コードやシークレットを発行し直すと、古いトークンはすぐ置き換わる。新しい方が未検証のままだと認証アプリは何も登録されていない。',
      '機種変更やスマホの紛失で認証アプリを失ったユーザーは、管理者が古い TOTP の登録を消してから新しい端末を登録する。',
    ],
  },
  text: {
    en: {
      title: 'This user has no TOTP token',
      summary:
        'The pool allows TOTP, but this user never completed TOTP setup, so a TOTP call for the user has nothing to work with.',
      causes: [
        'The user did not finish AssociateSoftwareToken and VerifySoftwareToken, or an administrator deleted the token with `AdminDeleteSoftwareToken` (the reset for a lost device).',
        'The app sent a TOTP challenge answer or preference for a user whose only factor is SMS or email.',
      ],
      fixes: [
        {
          text: 'Check which factors the user has.',
          code: 'aws cognito-idp admin-get-user --user-pool-id <pool-id> --username <username> --query "[UserMFASettingList,PreferredMfaSetting]"',
        },
        {
          text: 'Have the user set up TOTP, in this order.',
          code: TOTP_SETUP_FOR_SIGNED_IN_USER,
        },
        {
          text: 'If the user lost the authenticator, delete the old token with `AdminDeleteSoftwareToken` (turning the TOTP preference off leaves it registered). The next sign-in then uses another factor the user has, or, in a pool that requires MFA, returns the `MFA_SETUP` challenge so the user can register a new authenticator.',
          code: DELETE_USER_TOTP,
        },
      ],
    },
    ja: {
      title: 'このユーザーには TOTP トークンがない',
      summary:
        'プールでは TOTP が許可されていますが、このユーザーは TOTP の設定を完了していないため、このユーザーに対する TOTP の呼び出しが失敗しました。',
      causes: [
        'ユーザーが AssociateSoftwareToken と VerifySoftwareToken を完了していないか、管理者が `AdminDeleteSoftwareToken` でトークンを削除しています (端末をなくしたときのリセット)。',
        'アプリが、SMS または E メールしか要素を持たないユーザーに対して TOTP のチャレンジ応答や設定を送信しました。',
      ],
      fixes: [
        {
          text: 'ユーザーが持っている要素を確認します。',
          code: 'aws cognito-idp admin-get-user --user-pool-id <pool-id> --username <username> --query "[UserMFASettingList,PreferredMfaSetting]"',
        },
        {
          text: '次の順序でユーザーに TOTP を設定させます。',
          code: TOTP_SETUP_FOR_SIGNED_IN_USER,
        },
        {
          text: 'ユーザーが認証アプリをなくした場合は、古いトークンを `AdminDeleteSoftwareToken` で削除します (TOTP の設定を無効にするだけでは登録が残ります)。次回のサインインではユーザーが持つ別の要素が使われ、MFA が必須のプールでは `MFA_SETUP` チャレンジが返るので、新しい認証アプリを登録できます。',
          code: DELETE_USER_TOTP,
        },
      ],
    },
  },
  links: [
    TOTP_MFA_GUIDE,
    TOTP_REMOVE_GUIDE,
    apiReference('AssociateSoftwareToken'),
    apiReference('AdminDeleteSoftwareToken'),
    apiReference('AdminGetUser'),
  ],
};
