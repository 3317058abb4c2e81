import type { FollowUp } from '../types';

// WebAuthnMfaSettingsType (Amazon Cognito API Reference):
// https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_WebAuthnMfaSettingsType.html
export const followUps: FollowUp[] = [
  {
    id: 'passkey-mfa-setup/per-user',
    questions: {
      en: [
        'how do I turn on passkey mfa for a user?',
        'what is WebAuthnMfaSettings',
        'does the user still need another mfa factor with a passkey',
      ],
      ja: [
        'ユーザーのパスキー MFA を有効にするには？',
        'WebAuthnMfaSettings とは何ですか',
        'パスキーがあってもユーザーには別の MFA 要素が必要ですか',
      ],
    },
    answer: {
      en: {
        text: 'Per user: `WebAuthnMfaSettings.Enabled=true` with `AdminSetUserMFAPreference` (or the user’s own `SetUserMFAPreference`). It takes effect only in a pool whose WebAuthn configuration is `MULTI_FACTOR_WITH_USER_VERIFICATION`, and the user must also keep another MFA factor (SMS, email or TOTP) so that a lost passkey does not lock them out. There is no preferred flag: passkey MFA applies when the passkey is the first factor.',
        code: 'aws cognito-idp admin-set-user-mfa-preference --user-pool-id <pool-id> --username <username> \\\n  --web-authn-mfa-settings Enabled=true',
      },
      ja: {
        text: 'ユーザーごとに `AdminSetUserMFAPreference` (またはユーザー自身の `SetUserMFAPreference`) で `WebAuthnMfaSettings.Enabled=true` にします。有効になるのは WebAuthn 設定が `MULTI_FACTOR_WITH_USER_VERIFICATION` のプールだけで、パスキーをなくしてもロックアウトされないよう、ユーザーは別の MFA 要素 (SMS、E メール、TOTP) も持っている必要があります。優先の設定はなく、パスキーが第一要素のときにパスキー MFA が適用されます。',
        code: 'aws cognito-idp admin-set-user-mfa-preference --user-pool-id <pool-id> --username <username> \\\n  --web-authn-mfa-settings Enabled=true',
      },
    },
  },
];
