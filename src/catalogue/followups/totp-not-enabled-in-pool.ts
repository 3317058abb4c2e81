import { consolePath } from '../console-labels';
import type { FollowUp } from '../types';
import { MFA_CONFIG_KEEP_FACTORS } from './warnings';

export const followUps: FollowUp[] = [
  {
    id: 'totp-not-enabled-in-pool/enable-totp',
    questions: {
      en: [
        'how do I enable totp on the user pool?',
        'where do I turn on authenticator apps',
        'how to enable software token mfa in cloudformation or cdk',
        'cli to enable SOFTWARE_TOKEN_MFA',
      ],
      ja: [
        'ユーザープールで TOTP を有効にするには？',
        '認証アプリをどこで有効にしますか',
        'CloudFormation や CDK でソフトウェアトークン MFA を有効にする方法',
      ],
    },
    answer: {
      en: {
        text: `Console: ${consolePath('en', 'totpInPool')}. CloudFormation: \`EnabledMfas: [SOFTWARE_TOKEN_MFA]\` with \`MfaConfiguration: OPTIONAL\` or \`ON\`; CDK: \`mfaSecondFactor: { sms: false, otp: true }\`.`,
        code: 'aws cognito-idp set-user-pool-mfa-config --user-pool-id <pool-id> \\\n  --mfa-configuration OPTIONAL --software-token-mfa-configuration Enabled=true',
        warning: MFA_CONFIG_KEEP_FACTORS.en,
      },
      ja: {
        text: `コンソール: ${consolePath('ja', 'totpInPool')}。CloudFormation は \`EnabledMfas: [SOFTWARE_TOKEN_MFA]\` と \`MfaConfiguration: OPTIONAL\` または \`ON\`、CDK は \`mfaSecondFactor: { sms: false, otp: true }\` です。`,
        code: 'aws cognito-idp set-user-pool-mfa-config --user-pool-id <pool-id> \\\n  --mfa-configuration OPTIONAL --software-token-mfa-configuration Enabled=true',
        warning: MFA_CONFIG_KEEP_FACTORS.ja,
      },
    },
  },
  {
    id: 'totp-not-enabled-in-pool/user-vs-pool',
    questions: {
      en: [
        'is this different from does not exist for the user?',
        'pool level or user level, which one is it',
        'how do I check if totp is enabled on the pool',
        'is it the pool config or the user',
      ],
      ja: [
        'does not exist for the user のエラーとは違いますか？',
        'プールの設定ですか、ユーザーの設定ですか',
        'プールで TOTP が有効か確認するには',
        'プール側とユーザー側のどちらの設定ですか',
      ],
    },
    answer: {
      en: {
        text: '"has not been enabled by the userPool" is the pool setting; "does not exist for the user" means the pool allows TOTP but this user has not set it up. Check the pool with `get-user-pool-mfa-config` (`SoftwareTokenMfaConfiguration.Enabled`).',
        code: 'aws cognito-idp get-user-pool-mfa-config --user-pool-id <pool-id>',
      },
      ja: {
        text: '"has not been enabled by the userPool" はプールの設定の問題、"does not exist for the user" はプールでは TOTP が使えるもののそのユーザーが未設定という意味です。プールは `get-user-pool-mfa-config` (`SoftwareTokenMfaConfiguration.Enabled`) で確認できます。',
        code: 'aws cognito-idp get-user-pool-mfa-config --user-pool-id <pool-id>',
      },
    },
  },
];
