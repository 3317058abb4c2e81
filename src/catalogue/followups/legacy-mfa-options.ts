import type { FollowUp } from '../types';

export const followUps: FollowUp[] = [
  {
    id: 'legacy-mfa-options/replacement',
    questions: {
      en: [
        'what should I use instead of MFAOptions?',
        'how do I enable totp for a user without SetUserSettings',
        'which api replaces AdminSetUserSettings',
        'is MFAOptions deprecated',
      ],
      ja: [
        'MFAOptions の代わりに何を使えばいいですか？',
        'SetUserSettings を使わずに TOTP を有効にするには',
        'AdminSetUserSettings の代わりの API は',
      ],
    },
    answer: {
      en: {
        text: '`MFAOptions` (`SetUserSettings` / `AdminSetUserSettings`) is the legacy API and only knows SMS. Use `SetUserMFAPreference` / `AdminSetUserMFAPreference`, which handle SMS, TOTP and email MFA.',
        code: 'aws cognito-idp admin-set-user-mfa-preference --user-pool-id <pool-id> --username <username> \\\n  --software-token-mfa-settings Enabled=true,PreferredMfa=true',
      },
      ja: {
        text: '`MFAOptions` (`SetUserSettings` / `AdminSetUserSettings`) は従来の API で SMS しか扱えません。SMS、TOTP、E メール MFA を扱える `SetUserMFAPreference` / `AdminSetUserMFAPreference` を使ってください。',
        code: 'aws cognito-idp admin-set-user-mfa-preference --user-pool-id <pool-id> --username <username> \\\n  --software-token-mfa-settings Enabled=true,PreferredMfa=true',
      },
    },
  },
];
