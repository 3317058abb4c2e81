import type { CatalogueEntry } from '../types';
import { apiReference, SMS_MFA_GUIDE } from './shared-links';

export const entry: CatalogueEntry = {
  id: 'sms-mfa-no-phone-number',
  kind: 'error',
  signatures: {
    exceptions: ['InvalidParameterException'],
    messages: ['User does not have a phone_number set to turn on SMS MFA'],
    sources: {
      'User does not have a phone_number set to turn on SMS MFA':
        'https://github.com/aws-amplify/amplify-js/issues/5766',
    },
    prose: {
      en: [
        'turn on SMS MFA for a user without a phone number',
        'user has no phone_number attribute',
        'setPreferredMFA TOTP fails asking for a phone number',
      ],
      ja: [
        '電話番号のないユーザーで SMS MFA を有効化',
        'phone_number 属性が設定されていない',
        'TOTP を優先にしたのに電話番号を要求される',
      ],
    },
  },
  symptoms: {
    en: [
      'SMS MFA is enabled or preferred for a user who has no phone number attribute.',
      'Setting the MFA preference fails because the user has no phone number, even when the app meant TOTP.',
      'AdminSetUserMFAPreference with SMSMfaSettings Enabled true fails for users who have no phone_number attribute, such as accounts created with an email address only.',
      'In Amplify v6, updateMFAPreference with sms ENABLED or PREFERRED fails for a user who has no phone number saved.',
      "Older Amplify Auth.setPreferredMFA(user, 'TOTP') fails on a missing phone number because it sends SMS settings along for the user.",
      'A TOTP user with a verified authenticator app cannot make TOTP the preferred MFA: the call fails on the phone number they never had.',
      'A migration script turns SMS MFA on for every user of the pool and stops at the users without a phone number.',
      'The phone_number attribute is empty, not merely unverified: AdminGetUser lists no phone_number at all for the user.',
      'The user must save a phone number first (updateUserAttributes or AdminUpdateUserAttributes phone_number) before SMS MFA can be switched on.',
      'Users who registered without a phone number get an error when they turn on SMS MFA in the account settings.',
      'Can we switch on SMS MFA for a user before we know their phone number, and ask for the number at the next sign-in?',
      'Even disabling MFA (NOMFA) for a user whose phone number was deleted fails when the library sends SMS settings along; passing null for SMSMfaSettings (or leaving it out) avoids it.',
      'An admin switching on SMS MFA for one user from the console fails when that user has no phone number.',
    ],
    ja: [
      '電話番号のないユーザーに SMS MFA を有効にしようとして失敗する。',
      'MFA の優先設定をすると電話番号がないと言われる。',
      'メールアドレスだけでサインアップしたユーザーに AdminSetUserMFAPreference で SMS MFA を有効にすると、phone_number がないと拒否される。',
      'Amplify v6 の updateMFAPreference で sms を ENABLED や PREFERRED にすると、電話番号を登録していないユーザーだけエラーになる。',
      "古い Amplify の Auth.setPreferredMFA(user, 'TOTP') で、TOTP にしたいだけなのに電話番号がないと怒られる。",
      '認証アプリの登録も検証も済んでいるのに、優先 MFA を TOTP にしようとすると電話番号がないと言われる。SMS は使っていない。',
      '全ユーザーの SMS MFA を一括で有効にする移行スクリプトが、電話番号のないアカウントで止まる。',
      '電話番号が未検証なのではなく、phone_number 属性そのものが空で、AdminGetUser にも出てこない。',
      'SMS MFA を有効にする前に、updateUserAttributes や AdminUpdateUserAttributes で phone_number を登録しておく必要がある。',
      '携帯番号をまだ集めていないユーザーに SMS MFA を有効にしておいて、次のサインインで番号を入力させることはできる？',
      '電話番号を削除したユーザーは、ライブラリが SMS の設定も一緒に送るため、MFA をオフ (NOMFA) にするだけでも拒否される。',
      '管理者がコンソールからユーザー単位で SMS MFA を有効にしようとしても、電話番号のないユーザーでは失敗する。',
    ],
  },
  text: {
    en: {
      title: 'SMS MFA was turned on for a user without a phone number',
      summary:
        'SetUserMFAPreference or AdminSetUserMFAPreference enabled SMS MFA for a user whose `phone_number` attribute is empty.',
      causes: [
        'The user has no `phone_number` attribute, but the request sets `SMSMfaSettings` with `Enabled: true` (or `PreferredMfa: true`).',
        'A client library sends SMS settings along with TOTP settings (e.g. an older Amplify `setPreferredMFA(user, "TOTP")`), so a TOTP-only user trips over the SMS part.',
      ],
      fixes: [
        {
          text: 'Set a phone number in E.164 format first, then enable SMS MFA.',
          code: `aws cognito-idp admin-update-user-attributes --user-pool-id <pool-id> --username <username> \\
  --user-attributes Name=phone_number,Value=+<country code><number>
aws cognito-idp admin-set-user-mfa-preference --user-pool-id <pool-id> --username <username> \\
  --sms-mfa-settings Enabled=true,PreferredMfa=true`,
        },
        {
          text: 'If the user should use TOTP only, send only the TOTP settings and leave `SMSMfaSettings` out of the request.',
          code: 'aws cognito-idp set-user-mfa-preference --access-token <access-token> \\\n  --software-token-mfa-settings Enabled=true,PreferredMfa=true',
        },
      ],
    },
    ja: {
      title: '電話番号のないユーザーに SMS MFA を有効にしようとした',
      summary:
        'SetUserMFAPreference または AdminSetUserMFAPreference で、`phone_number` 属性が空のユーザーの SMS MFA を有効にしようとしました。',
      causes: [
        'ユーザーに `phone_number` 属性がないのに、リクエストが `SMSMfaSettings` で `Enabled: true` (または `PreferredMfa: true`) を指定しています。',
        'クライアントライブラリが TOTP の設定と一緒に SMS の設定も送信するため (古い Amplify の `setPreferredMFA(user, "TOTP")` など)、TOTP だけを使うユーザーで SMS 部分が失敗します。',
      ],
      fixes: [
        {
          text: '先に E.164 形式の電話番号を設定してから SMS MFA を有効にします。',
          code: `aws cognito-idp admin-update-user-attributes --user-pool-id <pool-id> --username <username> \\
  --user-attributes Name=phone_number,Value=+<country code><number>
aws cognito-idp admin-set-user-mfa-preference --user-pool-id <pool-id> --username <username> \\
  --sms-mfa-settings Enabled=true,PreferredMfa=true`,
        },
        {
          text: 'ユーザーが TOTP だけを使う場合は、TOTP の設定だけを送信し、`SMSMfaSettings` はリクエストに含めません。',
          code: 'aws cognito-idp set-user-mfa-preference --access-token <access-token> \\\n  --software-token-mfa-settings Enabled=true,PreferredMfa=true',
        },
      ],
    },
  },
  links: [SMS_MFA_GUIDE, apiReference('AdminSetUserMFAPreference'), apiReference('SetUserMFAPreference')],
};
