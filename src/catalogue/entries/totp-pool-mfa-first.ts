import { consolePath } from '../console-labels';
import type { CatalogueEntry } from '../types';
import { ENABLE_TOTP_IN_POOL } from './shared-code';
import { apiReference, KC_MFA_ERRORS, KC_MFA_ERRORS_JA, MFA_GUIDE, TOTP_MFA_GUIDE } from './shared-links';

export const entry: CatalogueEntry = {
  id: 'totp-pool-mfa-first',
  kind: 'precondition',
  signatures: {
    exceptions: [],
    messages: [],
    prose: {
      en: [
        'set up TOTP on a pool with MFA off',
        'user pool MFA is disabled but we want authenticator apps',
        'TOTP does not work because MFA is off',
        'add MFA to the user pool before TOTP',
        'MFA is off',
        'MFA is turned off in the user pool',
        'enable MFA on the user pool first',
        'turn on MFA for the user pool first',
      ],
      ja: [
        'MFA がオフのプールで TOTP を設定',
        'ユーザープールに MFA を追加していない',
        'TOTP トークンを設定する前に MFA を有効にする',
        'MFA を無効にしたまま TOTP を使いたい',
        'TOTP トークンを設定する前に MFA をユーザープールに追加してください',
      ],
    },
  },
  symptoms: {
    en: [
      'TOTP setup is attempted while MFA is still off for the user pool; MFA must be turned on (optional or required) first.',
      'The app tries to register an authenticator before the pool allows MFA at all.',
      "The pool's MFA enforcement reads No MFA in the console, and the authenticator setup on our account settings page never takes effect.",
      'MfaConfiguration is OFF (CloudFormation MfaConfiguration OFF, Terraform mfa_configuration OFF, CDK Mfa.OFF) and we now want optional TOTP for some users.',
      'Users turn on two-factor in our app, but the authenticator setup never sticks and the next login asks for nothing, because MFA is disabled for the whole user pool.',
      "The pool was created without MFA for launch; adding authenticator apps now means changing the pool's MFA setting from off to optional first.",
      'Is it possible to change an existing pool from MFA off to optional? Yes: SetUserPoolMfaConfig with OPTIONAL and software token MFA enabled.',
      'DescribeUserPool returns MfaConfiguration OFF, yet the app calls associateSoftwareToken and verifySoftwareToken for its users.',
      'Per-user MFA preferences cannot take effect while the user pool itself has MFA disabled.',
      'Do we have to touch the user pool before users can enrol authenticator apps, or is the per-user setting enough?',
      'The pool was created with MFA off; what must change at the pool level before an optional authenticator can be offered to some users?',
      "TOTP enrolment fails for all users while the pool's MFA enforcement says no MFA; the per-user toggle in our app cannot override the pool.",
    ],
    ja: [
      'ユーザープールの MFA がオフのまま TOTP の登録をしようとしている。先に MFA を任意か必須にする必要がある。',
      'プールで MFA を許可する前に認証アプリを登録しようとしている。',
      'コンソールで MFA の強制が「MFA なし」になっているプールで、アプリの設定画面から認証アプリを登録しようとしている。',
      'MfaConfiguration が OFF（CloudFormation、Terraform の mfa_configuration、CDK の Mfa.OFF）のプールで、一部のユーザーだけ TOTP を使いたい。',
      'アプリで二段階認証をオンにしても認証アプリの登録が反映されず、次のログインで何も聞かれない。プール全体の MFA が無効のまま。',
      'リリース時は MFA なしでプールを作ったので、あとから認証アプリを追加するにはプールの MFA をオフから任意に変える必要がある。',
      '既存のプールの MFA をオフから任意に変更できるのか。SetUserPoolMfaConfig で OPTIONAL とソフトウェアトークン MFA の有効化を指定する。',
      'ユーザープールの MFA が無効なままだと、ユーザー単位の MFA 設定（優先 MFA）は効かない。',
      'MFA をオフにして作ったプールで、あとから一部のユーザーに任意で認証アプリを使わせるには、まずプールの設定を変える必要がある。',
      'プールの MFA の強制が「MFA なし」のあいだは、アプリ側のユーザーごとのスイッチでは TOTP の登録ができない。',
    ],
  },
  text: {
    en: {
      title: 'Turn on MFA in the user pool before setting up TOTP',
      summary: 'TOTP tokens can be set up only in a user pool whose MFA is optional or required, with TOTP enabled.',
      causes: [
        'The pool’s `MfaConfiguration` is `OFF`, so TOTP setup and TOTP sign-in challenges are not available to its users.',
      ],
      fixes: [
        {
          text: 'Check the pool’s MFA setting.',
          code: 'aws cognito-idp get-user-pool-mfa-config --user-pool-id <pool-id>',
        },
        {
          text: `Set MFA to optional (or required) with TOTP enabled. Console: ${consolePath('en', 'mfaSettings')}.`,
          code: ENABLE_TOTP_IN_POOL,
          warning:
            'SetUserPoolMfaConfig sets the pool’s whole MFA configuration: pass the SMS and email MFA settings you use in the same call, or they may be turned off. With `ON` (required), users without a factor must set one up at their next sign-in.',
        },
        {
          text: 'Then set up TOTP per user: AssociateSoftwareToken -> VerifySoftwareToken -> SetUserMFAPreference.',
        },
      ],
    },
    ja: {
      title: 'TOTP を設定する前にユーザープールで MFA を有効にする',
      summary:
        'TOTP トークンを設定できるのは、MFA が「オプション」または「必須」で、TOTP が有効になっているユーザープールだけです。',
      causes: [
        'プールの `MfaConfiguration` が `OFF` のため、ユーザーは TOTP の設定も TOTP によるサインインチャレンジも利用できません。',
      ],
      fixes: [
        {
          text: 'プールの MFA 設定を確認します。',
          code: 'aws cognito-idp get-user-pool-mfa-config --user-pool-id <pool-id>',
        },
        {
          text: `TOTP を有効にして MFA を「オプション」(または「必須」) に設定します。コンソール: ${consolePath('ja', 'mfaSettings')}。`,
          code: ENABLE_TOTP_IN_POOL,
          warning:
            'SetUserPoolMfaConfig はプールの MFA 設定全体を設定します。使用中の SMS や E メールの MFA 設定も同じ呼び出しで渡さないと、無効になることがあります。`ON` (必須) にすると、要素を持たないユーザーは次回のサインインで設定が必要になります。',
        },
        {
          text: 'そのうえでユーザーごとに TOTP を設定します: AssociateSoftwareToken -> VerifySoftwareToken -> SetUserMFAPreference。',
        },
      ],
    },
  },
  links: [KC_MFA_ERRORS, KC_MFA_ERRORS_JA, MFA_GUIDE, TOTP_MFA_GUIDE, apiReference('SetUserPoolMfaConfig')],
};
