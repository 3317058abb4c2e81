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
      'The template or call sets MfaConfiguration OFF while also carrying an SMS, email or TOTP MFA configuration, and it is rejected.',
      'SetUserPoolMfaConfig with MFA off plus factor settings fails as an invalid MFA configuration.',
    ],
    ja: [
      'MfaConfiguration を OFF にしながら SMS やメール、TOTP の設定も同時に渡して拒否される。',
      'MFA をオフにする呼び出しに MFA の要素の設定を一緒に入れると無効な MFA 設定と言われる。',
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
