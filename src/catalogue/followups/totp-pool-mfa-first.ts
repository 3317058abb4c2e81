import { consoleLabel, consolePath } from '../console-labels';
import type { FollowUp } from '../types';
import { MFA_CONFIG_KEEP_FACTORS } from './warnings';

export const followUps: FollowUp[] = [
  {
    id: 'totp-pool-mfa-first/enable-mfa',
    questions: {
      en: [
        'how do I turn on mfa for the user pool?',
        'where do I enable MFA in the console',
        'cli command to enable totp mfa on the pool',
        'how to add mfa to an existing pool',
        'where is the mfa enforcement setting of the pool',
      ],
      ja: [
        'ユーザープールで MFA を有効にするには？',
        'コンソールのどこで MFA を有効にしますか',
        '既存のプールに MFA を追加する方法',
        'プールの MFA 設定をオフから変えるにはどこで操作しますか',
        'MFA の強制設定はどこにありますか',
      ],
    },
    answer: {
      en: {
        text: `Console: ${consolePath('en', 'mfaSettings')}: choose ${consoleLabel('en', 'mfaOptional')} or ${consoleLabel('en', 'mfaRequired')} and tick ${consoleLabel('en', 'authenticatorApps')}. CLI:`,
        code: 'aws cognito-idp get-user-pool-mfa-config --user-pool-id <pool-id>\naws cognito-idp set-user-pool-mfa-config --user-pool-id <pool-id> \\\n  --mfa-configuration OPTIONAL --software-token-mfa-configuration Enabled=true',
        warning: MFA_CONFIG_KEEP_FACTORS.en,
      },
      ja: {
        text: `コンソール: ${consolePath('ja', 'mfaSettings')} で「${consoleLabel('ja', 'mfaOptional')}」または「${consoleLabel('ja', 'mfaRequired')}」を選び、「${consoleLabel('ja', 'authenticatorApps')}」を選択します。CLI:`,
        code: 'aws cognito-idp get-user-pool-mfa-config --user-pool-id <pool-id>\naws cognito-idp set-user-pool-mfa-config --user-pool-id <pool-id> \\\n  --mfa-configuration OPTIONAL --software-token-mfa-configuration Enabled=true',
        warning: MFA_CONFIG_KEEP_FACTORS.ja,
      },
    },
  },
  {
    id: 'totp-pool-mfa-first/optional-vs-required',
    questions: {
      en: [
        'should mfa be optional or required?',
        'what is the difference between OPTIONAL and ON',
        'what happens to existing users if I make mfa required',
        'optional vs on mfa configuration',
        'what happens to users without a factor when mfa becomes required',
        'should we enforce mfa or leave it optional for users',
      ],
      ja: [
        'MFA は任意と必須のどちらにすべきですか？',
        'OPTIONAL と ON の違いは何ですか',
        'MFA を必須にすると既存ユーザーはどうなりますか',
        'MFA を必須にすると要素がないユーザーはどうなりますか',
        'MFA は任意にするべきか必須にするべきか',
      ],
    },
    answer: {
      en: {
        text: '`ON` (required): every user must pass MFA; a user with no factor yet gets an `MFA_SETUP` challenge at sign-in (or an SMS code if SMS MFA is on and they have a phone number). `OPTIONAL`: MFA applies only to users who turned it on (`SetUserMFAPreference`); managed login does not prompt the others to set it up.',
      },
      ja: {
        text: '`ON` (必須): すべてのユーザーが MFA を通る必要があり、まだ要素のないユーザーはサインイン時に `MFA_SETUP` チャレンジを受けます (SMS MFA が有効で電話番号があれば SMS コード)。`OPTIONAL` (オプション): MFA を有効にした (`SetUserMFAPreference`) ユーザーだけに適用され、マネージドログインは他のユーザーに設定を促しません。',
      },
    },
  },
];
