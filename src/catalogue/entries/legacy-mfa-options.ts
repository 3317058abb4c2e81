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
      'AdminSetUserSettings with MFAOptions DeliveryMedium EMAIL and AttributeName email fails: only the phone_number attribute is supported as an MFA option.',
      'We followed an old tutorial that calls SetUserSettings to turn on MFA, and it cannot enable email or authenticator MFA.',
      'boto3 admin_set_user_settings or a Java AdminSetUserSettingsRequest with MFAOptions for TOTP is rejected; the legacy call configures SMS MFA only.',
      'amazon-cognito-identity-js enableMFA() and getMFAOptions() know only SMS to the phone number: they are the old MFAOptions API.',
      'How do I set a user MFA to email or TOTP from the admin API when MFAOptions accepts nothing but phone_number?',
      'AdminGetUser still returns MFAOptions for some older users, and writing them back with another attribute name fails.',
      'Should we move from MFAOptions to SetUserMFAPreference or AdminSetUserMFAPreference with SMSMfaSettings, SoftwareTokenMfaSettings or EmailMfaSettings?',
      'A user migration script copies each user MFA setting with AdminSetUserSettings and fails for the users whose second factor is not SMS.',
      'Old code built on MFAOptions cannot express authenticator or email MFA; per-user MFA is now set with SetUserMFAPreference.',
    ],
    ja: [
      'AdminSetUserSettings の MFAOptions に DeliveryMedium EMAIL と AttributeName email を指定すると、phone_number しかサポートされていないと拒否される。',
      '古いチュートリアルどおり SetUserSettings で MFA を有効にしようとしたが、メールや認証アプリの MFA は設定できない。',
      'boto3 の admin_set_user_settings や Java の AdminSetUserSettingsRequest で MFAOptions に TOTP を入れると失敗する。レガシーな API は SMS MFA しか扱えない。',
      'amazon-cognito-identity-js の enableMFA() や getMFAOptions() は電話番号への SMS しか扱わない、古い MFAOptions の API。',
      '管理者 API でユーザーの MFA をメールや TOTP にするにはどうすればいいか。MFAOptions は phone_number 属性しか受け付けない。',
      'AdminGetUser で古いユーザーに MFAOptions が返ってくるが、それを別の属性名で書き戻すとエラーになる。',
      'MFAOptions から SetUserMFAPreference や AdminSetUserMFAPreference に移行すべきか迷っている。',
      'ユーザー移行スクリプトで AdminSetUserSettings を使って MFA を設定すると、二要素目が SMS 以外のユーザーで失敗する。',
      'MFAOptions を使う古いコードでは認証アプリやメールの MFA を表せない。今はユーザーごとの MFA を SetUserMFAPreference で設定する。',
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
