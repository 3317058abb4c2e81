import type { FollowUp } from '../types';

export const followUps: FollowUp[] = [
  {
    id: 'mfa-config-off-and-configured/turn-off',
    questions: {
      en: [
        'how do I turn off mfa correctly?',
        'how to disable mfa on the pool',
        'what should the cloudformation look like with mfa OFF',
        'remove EnabledMfas when mfa is off?',
        'what do I leave out when MfaConfiguration is OFF',
      ],
      ja: [
        'MFA を正しく無効にするには？',
        'プールの MFA をオフにする方法',
        'MFA を OFF にするときの CloudFormation はどう書きますか',
        'MfaConfiguration を OFF にするとき何を外しますか',
      ],
    },
    answer: {
      en: {
        text: 'Send `OFF` without turning any factor on in the same call. In CloudFormation remove `EnabledMfas` (and MFA-only settings) when `MfaConfiguration` is `OFF`; in CDK use `mfa: Mfa.OFF` without `mfaSecondFactor`.',
        code: 'aws cognito-idp set-user-pool-mfa-config --user-pool-id <pool-id> --mfa-configuration OFF',
      },
      ja: {
        text: '同じ呼び出しで要素を有効にせずに `OFF` を指定します。CloudFormation では `MfaConfiguration` を `OFF` にするとき `EnabledMfas` (と MFA 用の設定) を削除し、CDK では `mfaSecondFactor` を付けずに `mfa: Mfa.OFF` とします。',
        code: 'aws cognito-idp set-user-pool-mfa-config --user-pool-id <pool-id> --mfa-configuration OFF',
      },
    },
  },
];
