import type { CatalogueEntry } from '../types';
import { DESCRIBE_POOL_MFA } from './shared-code';
import { apiReference, MFA_GUIDE } from './shared-links';

export const entry: CatalogueEntry = {
  id: 'mfa-config-off-and-configured',
  kind: 'error',
  signatures: {
    exceptions: ['InvalidParameterException'],
    messages: ["Invalid MFA configuration given, can't turn off MFA and configure an MFA together."],
    sources: {
      "Invalid MFA configuration given, can't turn off MFA and configure an MFA together.":
        'https://github.com/go-to-k/cdkd/issues/1923',
    },
    prose: {
      en: [
        "can't turn off MFA and configure an MFA together",
        'MfaConfiguration OFF with software token configuration',
        'turning MFA off fails in SetUserPoolMfaConfig',
      ],
      ja: ['MFA をオフにしつつ MFA を設定している', 'MfaConfiguration を OFF にするとエラー', 'MFA を無効化できない'],
    },
  },
  symptoms: {
    en: [
      'Turning MFA off fails: SetUserPoolMfaConfig with MfaConfiguration OFF is rejected because the request still carries SoftwareTokenMfaConfiguration or SmsMfaConfiguration.',
      'We want to disable MFA on the user pool, but the call says it cannot turn off MFA and configure an MFA together.',
      'The CLI command set-user-pool-mfa-config with --mfa-configuration OFF also passes --software-token-mfa-configuration and fails.',
      'A Terraform plan that disables MFA on the aws_cognito_user_pool but keeps the software token block fails on update.',
      'A CloudFormation stack update that disables MFA while EnabledMfas still lists a factor is rolled back as an invalid MFA configuration.',
      'How do I go from optional MFA back to no MFA at all without the factor settings getting in the way?',
      'A script fetches the current settings with GetUserPoolMfaConfig, changes only MfaConfiguration and writes everything back, and Cognito refuses to disable MFA that way.',
      'Disabling MFA and enabling a factor in one request is a contradiction Cognito refuses; leave the factor blocks out when MFA is disabled.',
      'Switching the pool from required or optional MFA to none is refused while the same request still enables SMS, TOTP or email factors.',
    ],
    ja: [
      'MFA をオフにしたいのに、SetUserPoolMfaConfig で MfaConfiguration を OFF にすると SoftwareTokenMfaConfiguration も渡しているので拒否される。',
      'ユーザープールの MFA を無効化しようとしたら「can not turn off MFA and configure an MFA together」と言われた。',
      'CLI の set-user-pool-mfa-config で --mfa-configuration OFF と一緒に --software-token-mfa-configuration を渡すとエラーになる。',
      'Terraform で aws_cognito_user_pool の MFA を無効にしたのに、ソフトウェアトークンのブロックを残していて更新が失敗する。',
      'CloudFormation で MFA を無効にしたのに EnabledMfas が残っていて、スタックの更新が無効な MFA 設定でロールバックされる。',
      '任意 MFA の設定を MFA なしに戻したいが、要素の設定が残っていて変更できない。',
      'GetUserPoolMfaConfig で今の設定を読み、MfaConfiguration だけ変えて書き戻すと、MFA を無効化できずに無効な MFA 設定と言われる。',
      'MFA の無効化と要素の有効化を一つのリクエストでしていて、矛盾した設定として拒否される。',
      'MFA を必須や任意からなしに切り替える変更が、同じリクエストで SMS や TOTP やメールの要素を有効にしたままなので拒否される。',
    ],
  },
  text: {
    en: {
      title: 'MFA was turned off and configured in the same call',
      summary:
        'SetUserPoolMfaConfig got `MfaConfiguration: OFF` together with an SMS, TOTP or email MFA configuration block; Cognito refuses the combination.',
      causes: [
        'The request (or the CloudFormation / Terraform / CDK template behind it) sets MFA to `OFF` but still sends `SmsMfaConfiguration`, `SoftwareTokenMfaConfiguration` or `EmailMfaConfiguration`.',
      ],
      fixes: [
        {
          text: 'To turn MFA off, send `OFF` alone, without any factor configuration.',
          code: 'aws cognito-idp set-user-pool-mfa-config --user-pool-id <pool-id> --mfa-configuration OFF',
        },
        {
          text: 'To keep MFA with those factors, set `OPTIONAL` or `ON` instead, then check the result.',
          code: DESCRIBE_POOL_MFA,
        },
      ],
    },
    ja: {
      title: '同じ呼び出しで MFA をオフにしつつ MFA を設定した',
      summary:
        'SetUserPoolMfaConfig に `MfaConfiguration: OFF` と SMS、TOTP、または E メールの MFA 設定が同時に渡されました。Cognito はこの組み合わせを受け付けません。',
      causes: [
        'リクエスト (またはその元になった CloudFormation / Terraform / CDK のテンプレート) が MFA を `OFF` にしながら、`SmsMfaConfiguration`、`SoftwareTokenMfaConfiguration`、`EmailMfaConfiguration` のいずれかを送っています。',
      ],
      fixes: [
        {
          text: 'MFA をオフにする場合は、要素の設定を付けずに `OFF` だけを送ります。',
          code: 'aws cognito-idp set-user-pool-mfa-config --user-pool-id <pool-id> --mfa-configuration OFF',
        },
        {
          text: 'それらの要素で MFA を使い続ける場合は、代わりに `OPTIONAL` または `ON` を指定し、結果を確認します。',
          code: DESCRIBE_POOL_MFA,
        },
      ],
    },
  },
  links: [MFA_GUIDE, apiReference('SetUserPoolMfaConfig')],
};
