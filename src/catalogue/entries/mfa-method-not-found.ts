import type { CatalogueEntry } from '../types';
import { apiReference, MFA_GUIDE } from './shared-links';

export const entry: CatalogueEntry = {
  id: 'mfa-method-not-found',
  kind: 'error',
  signatures: {
    exceptions: ['MFAMethodNotFoundException'],
    messages: ['No MFA mechanism registerd in the account.'],
    sources: {
      'No MFA mechanism registerd in the account.': 'https://github.com/aws-amplify/amplify-js/issues/14013',
    },
    prose: {
      en: [
        'no MFA mechanism registered in the account',
        'MFA is required but the user has no MFA method',
        'user has no phone number or authenticator for MFA',
      ],
      ja: ['MFA の方法が登録されていない', 'MFA 必須なのにユーザーに MFA 要素がない', 'MFAMethodNotFound'],
    },
  },
  symptoms: {
    en: [
      'Sign-in fails with "No MFA mechanism registered in the account" for a user who has no phone number, no email and no authenticator registered.',
      'The user registered neither a phone number nor an authenticator app, yet the pool requires MFA, so sign-in stops at the MFA step.',
      'A user without a phone_number attribute signs in to a pool where SMS is the sole factor, and Cognito has nowhere to send a code.',
      'An administrator turned a factor off in the pool after users had chosen it as their MFA, and those users are now locked out.',
      'The MFA preference of the user names a factor the pool has since disabled.',
      'The phone_number attribute was deleted from a user whose only factor was SMS, and the MFA step fails from then on.',
      'Why does Cognito say no MFA mechanism is registered when MFA is enabled on the pool?',
      'AdminGetUser shows an empty UserMFASettingList for the user who fails at the MFA step.',
      'How do we let these users register a new factor when they are locked out at sign-in?',
      'Cognito demands MFA from an account that has nothing to answer it with, and the user cannot even reach a screen to register a factor.',
    ],
    ja: [
      '電話番号もメールも認証アプリも登録していないユーザーで「No MFA mechanism registerd in the account」になりサインインできない。',
      'MFA 必須のプールで、このユーザーには電話番号も認証アプリもないので、MFA の段階でサインインが失敗する。',
      'SMS が唯一の要素のプールで、phone_number 属性のないユーザーがサインインすると、コードの送り先がない。',
      '管理者がプールで SMS や TOTP を無効にしたあと、それを優先 MFA にしていたユーザーがログインできなくなった。',
      'ユーザーの MFA の優先設定が、プールで無効にした要素を指したままになっている。',
      'SMS だけを MFA にしていたユーザーから phone_number 属性を削除したら、MFA の段階で失敗するようになった。',
      'プールで MFA を有効にしているのに、なぜ MFA の手段が登録されていないと言われるのか。',
      'AdminGetUser を見ると、失敗するユーザーは UserMFASettingList が空になっている。',
      'サインインを通過できないユーザーに、MFA の手段をもう一度登録してもらうにはどうすればいいか。',
      'コードを受け取る手段も生成する手段もないユーザーがサインインで止まっている。電話番号もメールの要素もなく、認証アプリも未登録。',
    ],
  },
  text: {
    en: {
      title: 'The user has no MFA method Cognito can use',
      summary:
        'Cognito needs to send an MFA challenge, but the user has no usable factor: no phone number for SMS, no email for email MFA, no TOTP token.',
      causes: [
        'MFA is required (or the user enabled a factor) but the factor’s prerequisite is missing: e.g. SMS MFA with no `phone_number`, or a preference that points to a factor the pool no longer allows.',
        'An admin changed the pool’s MFA settings (turned a factor off) after users had chosen it.',
      ],
      fixes: [
        {
          text: 'Check the user’s factors and attributes.',
          code: 'aws cognito-idp admin-get-user --user-pool-id <pool-id> --username <username>',
        },
        {
          text: 'Give the user a usable factor (set `phone_number`, or set up TOTP) and set it as preferred.',
          code: `aws cognito-idp admin-update-user-attributes --user-pool-id <pool-id> --username <username> \\
  --user-attributes Name=phone_number,Value=+<country code><number>
aws cognito-idp admin-set-user-mfa-preference --user-pool-id <pool-id> --username <username> \\
  --sms-mfa-settings Enabled=true,PreferredMfa=true`,
        },
        {
          text: 'Make sure the pool still allows the factor the user prefers.',
          code: 'aws cognito-idp get-user-pool-mfa-config --user-pool-id <pool-id>',
        },
      ],
    },
    ja: {
      title: 'ユーザーに Cognito が使える MFA の方法がない',
      summary:
        'Cognito は MFA チャレンジを送る必要がありますが、ユーザーに使える要素がありません (SMS 用の電話番号、E メール MFA 用のアドレス、TOTP トークンのいずれもない)。',
      causes: [
        'MFA が必須 (またはユーザーが要素を有効化済み) なのに、その要素の前提が欠けています。たとえば `phone_number` のない SMS MFA や、プールで許可されなくなった要素を指す設定です。',
        'ユーザーが要素を選んだ後で、管理者がプールの MFA 設定を変更しました (要素を無効化した)。',
      ],
      fixes: [
        {
          text: 'ユーザーの要素と属性を確認します。',
          code: 'aws cognito-idp admin-get-user --user-pool-id <pool-id> --username <username>',
        },
        {
          text: 'ユーザーに使える要素を用意し (`phone_number` を設定する、または TOTP を設定する)、優先に設定します。',
          code: `aws cognito-idp admin-update-user-attributes --user-pool-id <pool-id> --username <username> \\
  --user-attributes Name=phone_number,Value=+<country code><number>
aws cognito-idp admin-set-user-mfa-preference --user-pool-id <pool-id> --username <username> \\
  --sms-mfa-settings Enabled=true,PreferredMfa=true`,
        },
        {
          text: 'ユーザーが優先している要素をプールがまだ許可していることを確認します。',
          code: 'aws cognito-idp get-user-pool-mfa-config --user-pool-id <pool-id>',
        },
      ],
    },
  },
  links: [MFA_GUIDE, apiReference('AdminSetUserMFAPreference'), apiReference('AdminGetUser')],
};
