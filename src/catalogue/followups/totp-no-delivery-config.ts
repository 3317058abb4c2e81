import type { FollowUp } from '../types';

export const followUps: FollowUp[] = [
  {
    id: 'totp-no-delivery-config/order',
    questions: {
      en: [
        'what do I need to do before SetUserMFAPreference?',
        'in which order do I enable totp for a user',
        'why cant I set totp as preferred',
        'how do I make totp the preferred mfa',
        'why does SetUserMFAPreference fail before the token is verified',
      ],
      ja: [
        'SetUserMFAPreference の前に何が必要ですか？',
        'ユーザーの TOTP を有効にする順番は',
        'TOTP を優先の MFA に設定できないのはなぜですか',
        'トークンを検証する前に SetUserMFAPreference が失敗するのはなぜ',
      ],
    },
    answer: {
      en: {
        text: 'The user must finish TOTP setup first: `AssociateSoftwareToken` -> `VerifySoftwareToken` (status `SUCCESS`). Only then can `SetUserMFAPreference` / `AdminSetUserMFAPreference` enable it or make it preferred.',
        code: 'aws cognito-idp set-user-mfa-preference --access-token <access-token> \\\n  --software-token-mfa-settings Enabled=true,PreferredMfa=true',
      },
      ja: {
        text: '先にユーザーが TOTP の設定を完了している必要があります: `AssociateSoftwareToken` -> `VerifySoftwareToken` (ステータス `SUCCESS`)。その後で `SetUserMFAPreference` / `AdminSetUserMFAPreference` で有効化や優先設定ができます。',
        code: 'aws cognito-idp set-user-mfa-preference --access-token <access-token> \\\n  --software-token-mfa-settings Enabled=true,PreferredMfa=true',
      },
    },
  },
  {
    id: 'totp-no-delivery-config/check-user',
    questions: {
      en: [
        'how do I check if the user has totp set up?',
        'where can I see the users mfa settings',
        'how to see UserMFASettingList',
        'which command lists the user mfa settings',
      ],
      ja: [
        'ユーザーが TOTP を設定済みか確認するには？',
        'ユーザーの MFA 設定はどこで見られますか',
        'UserMFASettingList の見方を教えてください',
      ],
    },
    answer: {
      en: {
        text: "`AdminGetUser` lists the user's active factors in `UserMFASettingList` and the preferred one in `PreferredMfaSetting`; `SOFTWARE_TOKEN_MFA` appears only once TOTP is set up and enabled.",
        code: 'aws cognito-idp admin-get-user --user-pool-id <pool-id> --username <username> \\\n  --query "[UserMFASettingList, PreferredMfaSetting]"',
      },
      ja: {
        text: '`AdminGetUser` の `UserMFASettingList` に有効な要素、`PreferredMfaSetting` に優先の要素が表示されます。`SOFTWARE_TOKEN_MFA` は TOTP を設定して有効にした後にだけ現れます。',
        code: 'aws cognito-idp admin-get-user --user-pool-id <pool-id> --username <username> \\\n  --query "[UserMFASettingList, PreferredMfaSetting]"',
      },
    },
  },
];
