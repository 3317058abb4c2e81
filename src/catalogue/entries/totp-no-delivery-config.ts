import type { CatalogueEntry } from '../types';
import { TOTP_SETUP_FOR_SIGNED_IN_USER } from './shared-code';
import { apiReference, KC_MFA_ERRORS, KC_MFA_ERRORS_JA, TOTP_MFA_GUIDE } from './shared-links';

export const entry: CatalogueEntry = {
  id: 'totp-no-delivery-config',
  kind: 'error',
  signatures: {
    exceptions: ['InvalidParameterException'],
    messages: [
      'User does not have delivery config set to turn on SOFTWARE_TOKEN_MFA',
      'User has not set up software token mfa',
    ],
    sources: {
      'User does not have delivery config set to turn on SOFTWARE_TOKEN_MFA':
        'https://github.com/aws/aws-sdk-js-v3/issues/4645',
      'User has not set up software token mfa': 'https://github.com/aws-amplify/amplify-js/issues/1812',
    },
    unconfirmed: ['User has not verified software token mfa'],
    prose: {
      en: [
        'SetUserMFAPreference fails for TOTP',
        'AdminSetUserMFAPreference software token fails',
        'enable TOTP for a user who has not set it up',
        'delivery config set to turn on software token',
        'force TOTP on a user from the admin side',
        'admin enable TOTP for a user',
      ],
      ja: [
        'SOFTWARE_TOKEN_MFA を有効にする配信設定が設定されていません',
        'SetUserMFAPreference で TOTP を有効にできない',
        'AdminSetUserMFAPreference でエラー',
        'TOTP を設定していないユーザーに強制',
      ],
    },
  },
  symptoms: {
    en: [
      'setUserMFAPreference, setPreferredMFA or AdminSetUserMFAPreference refuses to enable TOTP because the user has no verified software token.',
      'Changing the preferred MFA fails because the authenticator setup was never verified or was restarted.',
      'updateMFAPreference with totp PREFERRED is called before verifyTOTPSetup has succeeded, and Cognito says software token MFA is not set up for the user.',
      'An administrator calls AdminSetUserMFAPreference with SoftwareTokenMfaSettings Enabled true for a user who never scanned a QR code; an admin cannot turn TOTP on for them.',
      'Turning on authenticator app MFA for an existing user from the admin side (console, CLI, boto3) fails until that user completes AssociateSoftwareToken and VerifySoftwareToken.',
      'A bulk script runs admin-set-user-mfa-preference to make TOTP the preferred MFA for all users and fails with InvalidParameterException on users without an authenticator app.',
      'The app meant to prefer SMS, but Amplify v5 setPreferredMFA also sent SoftwareTokenMfaSettings, and the preference call fails for a user who never set up TOTP.',
      'AdminGetUser shows no SOFTWARE_TOKEN_MFA in UserMFASettingList, yet the code tries to make TOTP the preferred factor.',
      'A user started a new TOTP setup and never verified it; from then on even a change of MFA preference is refused with a software token error.',
      'Can an admin enable MFA with an authenticator app for a user from the Cognito console, or must the user register the app first?',
      'The preference call refuses TOTP only for users who skipped or abandoned the QR code step; users who completed enrolment can switch freely.',
      'An admin tool tries to move a user from SMS to authenticator MFA on their behalf, and Cognito insists that the user registers the app first.',
    ],
    ja: [
      'setUserMFAPreference や setPreferredMFA で TOTP を有効にしようとすると、ソフトウェアトークンが未設定だと拒否される。',
      '認証アプリの設定が検証されていないので、優先 MFA を変更できない。',
      'verifyTOTPSetup が成功する前に updateMFAPreference で totp を PREFERRED にしていて、ソフトウェアトークン MFA が設定されていないと言われる。',
      '管理者が AdminSetUserMFAPreference で SoftwareTokenMfaSettings を有効にしたが、ユーザーがまだ QR コードを読み取っていないので失敗する。',
      '既存ユーザーの認証アプリ MFA をコンソールや CLI から管理者側でオンにしたいが、本人が認証アプリを登録するまで有効にできない。',
      '全ユーザーの優先 MFA を TOTP にする一括スクリプトが、認証アプリ未登録のユーザーで InvalidParameterException になる。',
      'SMS を優先にしたいだけなのに、ライブラリが SoftwareTokenMfaSettings も一緒に送っていて、TOTP 未設定のユーザーで 400 になる。',
      'AdminGetUser の UserMFASettingList に SOFTWARE_TOKEN_MFA がないユーザーに、TOTP を優先 MFA として設定しようとしている。',
      'TOTP の設定をやり直して検証していないユーザーは、優先 MFA の変更すら拒否される。',
      '認証アプリの登録を最後まで終えていないユーザーだけ、優先 MFA を TOTP にする呼び出しが拒否される。登録を終えたユーザーは切り替えられる。',
      '管理者がスクリプトでユーザーの MFA を SMS から認証アプリに切り替えようとすると、先に本人の登録が必要だと拒否される。',
    ],
  },
  text: {
    en: {
      title: 'TOTP MFA was turned on for a user who has not set it up',
      summary:
        'SetUserMFAPreference or AdminSetUserMFAPreference tried to enable or prefer TOTP for a user without a verified software token.',
      causes: [
        'The user has no verified TOTP token: AssociateSoftwareToken and VerifySoftwareToken were never completed for this user (or were completed for another user or pool).',
        'An admin script enables TOTP for many users at once, including users who never registered an authenticator app.',
      ],
      fixes: [
        {
          text: 'Have the user set up TOTP first, in this order: AssociateSoftwareToken, store the secret in the authenticator app, VerifySoftwareToken with a code, then SetUserMFAPreference.',
          code: TOTP_SETUP_FOR_SIGNED_IN_USER,
        },
        {
          text: 'Only then make TOTP enabled or preferred by an administrator; check first that `SOFTWARE_TOKEN_MFA` is in the user’s `UserMFASettingList`.',
          code: `aws cognito-idp admin-get-user --user-pool-id <pool-id> --username <username> --query UserMFASettingList
aws cognito-idp admin-set-user-mfa-preference --user-pool-id <pool-id> --username <username> \\
  --software-token-mfa-settings Enabled=true,PreferredMfa=true`,
        },
        {
          text: 'To make every user set up TOTP, set the pool MFA to required with TOTP enabled: users without a factor then get the `MFA_SETUP` challenge at sign-in.',
        },
      ],
    },
    ja: {
      title: 'TOTP MFA を設定していないユーザーに対して TOTP を有効にしようとした',
      summary:
        'SetUserMFAPreference または AdminSetUserMFAPreference で、検証済みのソフトウェアトークンを持たないユーザーの TOTP を有効化または優先に設定しようとしました。',
      causes: [
        'ユーザーに検証済みの TOTP トークンがありません。このユーザーについて AssociateSoftwareToken と VerifySoftwareToken が完了していません (または別のユーザーやプールで完了しています)。',
        '管理用スクリプトが、認証アプリを登録していないユーザーを含む多数のユーザーの TOTP を一括で有効化しています。',
      ],
      fixes: [
        {
          text: '先にユーザーに TOTP を設定させます。順序は AssociateSoftwareToken、認証アプリへのシークレットの保存、コードを付けた VerifySoftwareToken、最後に SetUserMFAPreference です。',
          code: TOTP_SETUP_FOR_SIGNED_IN_USER,
        },
        {
          text: 'その後で管理者が TOTP を有効化または優先に設定します。事前にユーザーの `UserMFASettingList` に `SOFTWARE_TOKEN_MFA` があることを確認してください。',
          code: `aws cognito-idp admin-get-user --user-pool-id <pool-id> --username <username> --query UserMFASettingList
aws cognito-idp admin-set-user-mfa-preference --user-pool-id <pool-id> --username <username> \\
  --software-token-mfa-settings Enabled=true,PreferredMfa=true`,
        },
        {
          text: 'すべてのユーザーに TOTP を設定させたい場合は、TOTP を有効にしたうえでプールの MFA を「必須」にします。要素を持たないユーザーにはサインイン時に `MFA_SETUP` チャレンジが返されます。',
        },
      ],
    },
  },
  links: [
    KC_MFA_ERRORS,
    KC_MFA_ERRORS_JA,
    TOTP_MFA_GUIDE,
    apiReference('SetUserMFAPreference'),
    apiReference('AdminSetUserMFAPreference'),
  ],
};
