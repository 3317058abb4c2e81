import type { CatalogueEntry } from '../types';
import { apiReference, MFA_GUIDE } from './shared-links';

export const entry: CatalogueEntry = {
  id: 'legacy-mfa-options',
  kind: 'error',
  signatures: {
    exceptions: ['InvalidParameterException'],
    messages: ['Only phone_number attribute is currently supported as a MFA option.'],
    sources: {
      'Only phone_number attribute is currently supported as a MFA option.':
        'https://github.com/aws-amplify/aws-sdk-ios/issues/382',
    },
    prose: {
      en: [
        'MFAOptions with email attribute',
        'SetUserSettings MFA option email',
        'AdminSetUserSettings MFAOptions',
        'legacy MFA options',
      ],
      ja: ['MFAOptions に email を指定', 'SetUserSettings で MFA オプション', '古い MFA オプションの API'],
    },
  },
  symptoms: {
    en: [
      'SetUserSettings or AdminSetUserSettings with MFAOptions refuses anything other than SMS to phone_number.',
      'Old code sets MFAOptions to turn on email or authenticator MFA and the call fails; these legacy calls only do SMS.',
    ],
    ja: [
      'AdminSetUserSettings の MFAOptions で SMS 以外を設定しようとすると拒否される。',
      '古い MFAOptions の API でメールや認証アプリの MFA を有効にしようとして失敗する。',
    ],
  },
  text: {
    en: {
      title: 'The legacy MFAOptions API accepts only SMS to phone_number',
      summary:
        'SetUserSettings / AdminSetUserSettings (`MFAOptions`) were called with another attribute than `phone_number`; these legacy calls can configure only SMS MFA.',
      causes: [
        'The code uses the legacy `MFAOptions` (SetUserSettings, AdminSetUserSettings, or `setUserSettings` in older SDKs) with `AttributeName: email` or another delivery medium.',
      ],
      fixes: [
        {
          text: 'Use the current MFA preference APIs instead: SetUserMFAPreference (with the user’s access token) or AdminSetUserMFAPreference, which handle SMS, TOTP and email MFA.',
          code: 'aws cognito-idp admin-set-user-mfa-preference --user-pool-id <pool-id> --username <username> \\\n  --email-mfa-settings Enabled=true,PreferredMfa=true',
        },
        {
          text: 'Email MFA also needs the pool to allow it (Essentials or Plus feature plan, email sent through Amazon SES); see the email MFA requirements.',
        },
      ],
    },
    ja: {
      title: '従来の MFAOptions API は phone_number への SMS にしか対応していない',
      summary:
        'SetUserSettings / AdminSetUserSettings (`MFAOptions`) が `phone_number` 以外の属性で呼び出されました。これらの従来の API で設定できるのは SMS MFA だけです。',
      causes: [
        'コードが従来の `MFAOptions` (SetUserSettings、AdminSetUserSettings、古い SDK の `setUserSettings`) に `AttributeName: email` などの別の属性や配信方法を指定しています。',
      ],
      fixes: [
        {
          text: '代わりに現在の MFA 設定 API を使います。SetUserMFAPreference (ユーザーのアクセストークンで呼び出す) または AdminSetUserMFAPreference で、SMS、TOTP、E メールの MFA を設定できます。',
          code: 'aws cognito-idp admin-set-user-mfa-preference --user-pool-id <pool-id> --username <username> \\\n  --email-mfa-settings Enabled=true,PreferredMfa=true',
        },
        {
          text: 'E メール MFA は、プール側でも許可されている必要があります (Essentials または Plus 機能プランで、E メールを Amazon SES で送信)。E メール MFA の要件を参照してください。',
        },
      ],
    },
  },
  links: [MFA_GUIDE, apiReference('AdminSetUserMFAPreference'), apiReference('AdminSetUserSettings')],
};
