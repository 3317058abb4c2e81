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
      'MFA is optional or required with SMS as the only method; authenticator apps were never ticked, so associateSoftwareToken fails for every user.',
      'The TOTP enrolment code works against the development pool and fails against production, whose MFA methods do not include authenticator apps.',
      'CloudFormation EnabledMfas lists only the SMS factor, so TOTP calls fail with SoftwareTokenMFANotFoundException.',
      'The Terraform or CloudFormation code that built the pool left the authenticator app factor disabled while turning SMS MFA on.',
      'Amplify Gen 2 defineAuth multifactor turns on SMS without TOTP, so TOTP enrolment fails before any secret is returned.',
      'GetUserPoolMfaConfig shows SoftwareTokenMfaConfiguration Enabled false while MfaConfiguration is OPTIONAL or ON.',
      'We want to offer authenticator apps next to SMS MFA on an existing pool; which pool setting turns on TOTP?',
      'Every user fails at TOTP registration, not one in particular: the software token option is switched off in the pool MFA settings while SMS MFA is on.',
      'The error says software token MFA has not been enabled by the user pool, although SMS MFA works on the same pool.',
      'Sign-in always returns SMS_MFA, never SOFTWARE_TOKEN_MFA: the pool offers text messages as its only MFA method, so nobody can make the authenticator app their default.',
      'The time-based one-time password option is missing from the pool because the wizard or template that created it turned on SMS MFA alone.',
      'Which pool setting lets users choose an authenticator app like Google Authenticator or Authy instead of SMS codes?',
    ],
    ja: [
      'ユーザープールで認証アプリ（TOTP）の MFA が有効になっていないので、ソフトウェアトークンの関連付けが失敗する。',
      'プールの MFA 設定で TOTP を有効にするまで setupTOTP が失敗する。',
      'MFA は任意か必須だが方式は SMS だけで、認証アプリにチェックを入れていないので、全ユーザーで associateSoftwareToken が失敗する。',
      '開発環境のプールでは TOTP の登録ができるのに、本番のプールだけ失敗する。本番は MFA の方式に認証アプリが入っていなかった。',
      'CloudFormation の EnabledMfas に SMS しか入っておらず、TOTP の呼び出しが SoftwareTokenMFANotFoundException になる。',
      'プールを作った Terraform や CloudFormation のコードで、SMS MFA だけ有効にして認証アプリの方式をオフにしていた。',
      'Amplify Gen 2 の defineAuth の multifactor で SMS だけを有効にしていて、シークレットを受け取る前に TOTP の登録が失敗する。',
      'GetUserPoolMfaConfig を見ると MfaConfiguration は OPTIONAL なのに SoftwareTokenMfaConfiguration の Enabled が false。',
      '既存のプールで SMS MFA に加えて認証アプリも使えるようにしたい。どの設定で TOTP を有効にする？',
      '特定のユーザーではなく全員が TOTP の登録で失敗する。プール側の認証アプリの設定がオフ。',
      'SMS MFA は動いているのに、ソフトウェアトークン MFA がユーザープールで有効化されていないと言われる。',
      'サインインでは毎回 SMS_MFA のチャレンジになり、SOFTWARE_TOKEN_MFA にならない。プールの MFA の方法が SMS だけで、認証アプリを既定にできない。',
      'プールを作ったウィザードやテンプレートが SMS の MFA だけを有効にしていて、時間ベースのワンタイムパスワードの項目がない。',
      'SMS ではなく Google Authenticator などの認証アプリを選べるようにするには、プールのどの設定を変えるのか。',
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
