import type { CatalogueEntry } from '../types';
import { AUTHENTICATION_FLOWS, apiReference, FEATURE_PLANS, MFA_GUIDE } from './shared-links';

/**
 * A passkey satisfies MFA only with the pool's FactorConfiguration set for it and, per user, WebAuthnMfaSettings on;
 * the user also keeps another factor so that losing the passkey does not lock them out (WebAuthnMfaSettingsType,
 * Amazon Cognito API Reference).
 */
const PASSKEY_AS_MFA = `aws cognito-idp get-user-pool-mfa-config --user-pool-id <pool-id>

aws cognito-idp set-user-pool-mfa-config --user-pool-id <pool-id> \\
  --mfa-configuration <OPTIONAL or ON> \\
  --software-token-mfa-configuration Enabled=true \\
  --web-authn-configuration RelyingPartyId=<your domain>,UserVerification=required,FactorConfiguration=MULTI_FACTOR_WITH_USER_VERIFICATION

aws cognito-idp admin-set-user-mfa-preference --user-pool-id <pool-id> --username <username> \\
  --web-authn-mfa-settings Enabled=true`;

export const entry: CatalogueEntry = {
  id: 'passkey-mfa-setup',
  kind: 'error',
  signatures: {
    exceptions: ['InvalidParameterException'],
    messages: [
      'Cannot set WebAuthn factor configuration to SINGLE_FACTOR if MFA is required and WebAuthn is an allowed first auth factor',
      'Invalid MFA Configuration given. SMS MFA, Email MFA, or Software Token MFA must be enabled.',
    ],
    sources: {
      'Cannot set WebAuthn factor configuration to SINGLE_FACTOR if MFA is required and WebAuthn is an allowed first auth factor':
        'https://github.com/go-to-k/cdkd/issues/2064',
      'Invalid MFA Configuration given. SMS MFA, Email MFA, or Software Token MFA must be enabled.':
        'https://github.com/go-to-k/cdkd/issues/1920',
    },
    prose: {
      en: [
        'passkey does not satisfy MFA',
        'passkey sign-in still asks for MFA',
        'use a passkey as MFA',
        'WebAuthn as a second factor',
        'MULTI_FACTOR_WITH_USER_VERIFICATION',
      ],
      ja: [
        'パスキーで MFA を満たせない',
        'パスキーでサインインしても MFA を求められる',
        'パスキーを MFA として使いたい',
        'WebAuthn を 2 要素目にする',
      ],
    },
  },
  symptoms: {
    en: [
      'We want a passkey sign-in with Face ID, Touch ID or a security key to count as MFA, but Cognito still asks for an SMS or TOTP code after the passkey.',
      'Setting the WebAuthn FactorConfiguration to SINGLE_FACTOR fails while MFA is required and WEB_AUTHN is an allowed first factor.',
      'A passkey replaces the second factor only with FactorConfiguration MULTI_FACTOR_WITH_USER_VERIFICATION in the pool WebAuthnConfiguration and passkey MFA (WebAuthnMfaSettings) turned on for the user.',
      'Requiring MFA with passkeys alone fails: SMS MFA, email MFA or software token MFA must be enabled as well.',
      'Choice-based sign-in (USER_AUTH, ALLOW_USER_AUTH) with PREFERRED_CHALLENGE WEB_AUTHN works, but users with MFA on get another challenge after the passkey.',
      'associateWebAuthnCredential in Amplify v6 registers the passkey, yet signing in with it still ends at an MFA code prompt.',
      'Does a passkey with user verification satisfy Cognito MFA, or do users still need TOTP or SMS too?',
      'Passkeys are not available on the Lite plan: the pool needs Essentials or Plus and the app client needs ALLOW_USER_AUTH.',
      'We want passwordless passkey login with MFA required on the pool, and the MFA settings refuse the combination.',
      'Can a FIDO2 security key or a biometric sign-in replace the SMS or TOTP code as the second step?',
    ],
    ja: [
      'パスキー (Face ID、Touch ID、セキュリティキー) でのサインインを MFA として扱いたいのに、パスキーのあとでも SMS や TOTP のコードを求められる。',
      'MFA 必須で WEB_AUTHN を最初の認証要素に許可していると、WebAuthn の FactorConfiguration を SINGLE_FACTOR にできない。',
      'パスキーを二要素目の代わりにするには、プールの FactorConfiguration を MULTI_FACTOR_WITH_USER_VERIFICATION にして、ユーザーのパスキー MFA (WebAuthnMfaSettings) を有効にする必要がある。',
      'パスキーだけで MFA を必須にしようとすると、SMS、メール、ソフトウェアトークンのどれかの MFA を有効にするよう拒否される。',
      '選択ベースのサインイン (USER_AUTH、ALLOW_USER_AUTH) で WEB_AUTHN を選ぶとパスキーは通るが、MFA を有効にしたユーザーには追加のチャレンジが来る。',
      'Amplify v6 の associateWebAuthnCredential でパスキーを登録したが、パスキーでログインしても MFA のコード入力画面が出る。',
      'ユーザー検証 (生体認証や PIN) 付きのパスキーは Cognito の MFA を満たすのか、それとも TOTP や SMS も必要なのか。',
      'パスキーは Lite プランでは使えず、Essentials か Plus のプランとアプリクライアントの ALLOW_USER_AUTH が必要。',
      'パスワードレスのパスキーログインとプールの MFA 必須を両立させたいが、MFA 設定が受け付けられない。',
      'FIDO2 のセキュリティキーや生体認証で、SMS や TOTP のコードの代わりに二要素目を済ませられるか。',
    ],
  },
  text: {
    en: {
      title: 'A passkey counts as MFA only when the pool and the user are set up for it',
      summary:
        'Passkeys are a first sign-in factor, not one of the pool’s MFA factors: they satisfy MFA only with `FactorConfiguration: MULTI_FACTOR_WITH_USER_VERIFICATION` on the pool and passkey MFA turned on for the user.',
      causes: [
        'MFA is required and `WEB_AUTHN` is an allowed first factor, but the pool’s WebAuthn configuration is `SINGLE_FACTOR` (or unset): Cognito accepts only `MULTI_FACTOR_WITH_USER_VERIFICATION` there.',
        'MFA is on or optional with no SMS, email or TOTP factor enabled: a passkey is not one of them, so the pool still needs one.',
        'The pool is set up, but the user’s passkey MFA setting (`WebAuthnMfaSettings`) is off, so the user’s passkey sign-in is still asked for another factor; the user also needs another MFA factor (SMS, email or TOTP) so that a lost passkey does not lock them out.',
        'Passkeys need the Essentials or Plus feature plan and choice-based sign-in (`ALLOW_USER_AUTH` on the app client).',
      ],
      fixes: [
        {
          text: 'Keep an SMS, email or TOTP factor enabled, set the pool’s WebAuthn configuration to `MULTI_FACTOR_WITH_USER_VERIFICATION` with user verification required, then turn passkey MFA on for each user who should use it.',
          code: PASSKEY_AS_MFA,
          warning:
            'SetUserPoolMfaConfig sets the pool’s whole MFA configuration: pass the SMS, email and TOTP settings you use in the same call (get-user-pool-mfa-config shows them), or they may be turned off.',
        },
        {
          text: 'A user sets their own preference with `SetUserMFAPreference` (`WebAuthnMfaSettings.Enabled`) using their access token; check the result with `admin-get-user` (`UserMFASettingList`).',
        },
      ],
    },
    ja: {
      title: 'パスキーが MFA として扱われるのは、プールとユーザーの両方で設定した場合だけ',
      summary:
        'パスキーはサインインの第一要素であり、プールの MFA 要素の 1 つではありません。MFA を満たすのは、プールで `FactorConfiguration: MULTI_FACTOR_WITH_USER_VERIFICATION` を設定し、ユーザーのパスキー MFA を有効にした場合だけです。',
      causes: [
        'MFA が必須で `WEB_AUTHN` が第一要素として許可されているのに、プールの WebAuthn 設定が `SINGLE_FACTOR` (または未設定) です。この場合 Cognito が受け付けるのは `MULTI_FACTOR_WITH_USER_VERIFICATION` だけです。',
        'MFA がオンまたはオプションなのに、SMS、E メール、TOTP のどの要素も有効になっていません。パスキーはこれらに含まれないため、プールにはいずれかが必要です。',
        'プールは設定済みでも、ユーザーのパスキー MFA の設定 (`WebAuthnMfaSettings`) がオフのため、そのユーザーのパスキーサインインでも別の要素を求められます。パスキーをなくしてもロックアウトされないよう、ユーザーには別の MFA 要素 (SMS、E メール、TOTP) も必要です。',
        'パスキーには Essentials または Plus 機能プランと、選択ベースのサインイン (アプリクライアントで `ALLOW_USER_AUTH`) が必要です。',
      ],
      fixes: [
        {
          text: 'SMS、E メール、TOTP のいずれかの要素を有効にしたまま、プールの WebAuthn 設定をユーザー検証必須の `MULTI_FACTOR_WITH_USER_VERIFICATION` にし、使わせたいユーザーごとにパスキー MFA を有効にします。',
          code: PASSKEY_AS_MFA,
          warning:
            'SetUserPoolMfaConfig はプールの MFA 設定全体を設定します。使用中の SMS、E メール、TOTP の設定も同じ呼び出しで渡さないと (get-user-pool-mfa-config で確認できます)、無効になることがあります。',
        },
        {
          text: 'ユーザー自身はアクセストークンで `SetUserMFAPreference` (`WebAuthnMfaSettings.Enabled`) を呼び出して設定します。結果は `admin-get-user` (`UserMFASettingList`) で確認します。',
        },
      ],
    },
  },
  links: [
    MFA_GUIDE,
    AUTHENTICATION_FLOWS,
    FEATURE_PLANS,
    apiReference('WebAuthnConfigurationType'),
    apiReference('WebAuthnMfaSettingsType'),
  ],
};
