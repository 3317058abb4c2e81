import { consolePath } from '../console-labels';
import type { CatalogueEntry } from '../types';
import { ENABLE_TOTP_IN_POOL } from './shared-code';
import { apiReference, KC_MFA_ERRORS, KC_MFA_ERRORS_JA, TOTP_MFA_GUIDE } from './shared-links';

export const entry: CatalogueEntry = {
  id: 'totp-not-enabled-in-pool',
  kind: 'error',
  signatures: {
    exceptions: ['SoftwareTokenMFANotFoundException'],
    messages: ['Software Token MFA has not been enabled by the userPool.'],
    sources: {
      'Software Token MFA has not been enabled by the userPool.':
        'https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa-totp.html',
    },
    prose: {
      en: [
        'software token MFA has not been enabled by the user pool',
        'TOTP is not enabled in the user pool',
        'TOTP is not enabled on the user pool',
        'authenticator apps are not turned on for the pool',
      ],
      ja: [
        'ソフトウェアトークン MFA がユーザープールによって有効化されていません',
        'ユーザープールで TOTP が有効になっていない',
        '認証アプリがプールで有効になっていない',
      ],
    },
  },
  symptoms: {
    en: [
      'Authenticator app MFA is not switched on for the user pool, so associating or verifying a software token fails.',
      'setupTOTP fails until software token MFA is enabled in the pool MFA settings.',
    ],
    ja: [
      'ユーザープールで認証アプリ（TOTP）の MFA が有効になっていないので、ソフトウェアトークンの関連付けが失敗する。',
      'プールの MFA 設定で TOTP を有効にするまで setupTOTP が失敗する。',
    ],
  },
  text: {
    en: {
      title: 'TOTP MFA is not enabled on the user pool',
      summary:
        'A TOTP call was made against a user pool whose MFA settings do not include authenticator apps (software tokens).',
      causes: [
        'The pool’s MFA configuration has `SoftwareTokenMfaConfiguration.Enabled` false (or MFA is OFF), but the app calls AssociateSoftwareToken, VerifySoftwareToken or SetUserMFAPreference for TOTP.',
        'TOTP was enabled in another pool (e.g. the development pool) than the one the app talks to.',
      ],
      fixes: [
        {
          text: 'Check the pool’s MFA configuration.',
          code: 'aws cognito-idp get-user-pool-mfa-config --user-pool-id <pool-id>',
        },
        {
          text: `Enable TOTP in the pool. Console: ${consolePath('en', 'totpInPool')}. CLI: SetUserPoolMfaConfig.`,
          code: ENABLE_TOTP_IN_POOL,
          warning:
            'SetUserPoolMfaConfig sets the pool’s whole MFA configuration: pass the SMS and email MFA settings you use in the same call, or they may be turned off.',
        },
        {
          text: 'Then let users set up TOTP (AssociateSoftwareToken -> VerifySoftwareToken -> SetUserMFAPreference) before enforcing it.',
        },
      ],
    },
    ja: {
      title: 'ユーザープールで TOTP MFA が有効になっていない',
      summary:
        'MFA 設定に認証アプリ (ソフトウェアトークン) が含まれていないユーザープールに対して TOTP の API が呼び出されました。',
      causes: [
        'プールの MFA 設定で `SoftwareTokenMfaConfiguration.Enabled` が false (または MFA がオフ) なのに、アプリが TOTP 用に AssociateSoftwareToken、VerifySoftwareToken、SetUserMFAPreference を呼び出しています。',
        'TOTP を有効にしたのが、アプリが接続しているものとは別のプール (開発用のプールなど) です。',
      ],
      fixes: [
        {
          text: 'プールの MFA 設定を確認します。',
          code: 'aws cognito-idp get-user-pool-mfa-config --user-pool-id <pool-id>',
        },
        {
          text: `プールで TOTP を有効にします。コンソール: ${consolePath('ja', 'totpInPool')}。CLI の場合は SetUserPoolMfaConfig を使います。`,
          code: ENABLE_TOTP_IN_POOL,
          warning:
            'SetUserPoolMfaConfig はプールの MFA 設定全体を設定します。使用中の SMS や E メールの MFA 設定も同じ呼び出しで渡さないと、無効になることがあります。',
        },
        {
          text: 'そのうえで、強制する前にユーザーに TOTP を設定させます (AssociateSoftwareToken -> VerifySoftwareToken -> SetUserMFAPreference)。',
        },
      ],
    },
  },
  links: [KC_MFA_ERRORS, KC_MFA_ERRORS_JA, TOTP_MFA_GUIDE, apiReference('SetUserPoolMfaConfig')],
};
