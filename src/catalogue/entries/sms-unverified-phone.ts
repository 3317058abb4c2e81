import type { CatalogueEntry } from '../types';
import { KC_MFA_ERRORS, KC_MFA_ERRORS_JA, SMS_MFA_GUIDE, SNS_SMS_SANDBOX } from './shared-links';

export const entry: CatalogueEntry = {
  id: 'sms-unverified-phone',
  kind: 'precondition',
  signatures: {
    exceptions: [],
    messages: [],
    prose: {
      en: [
        'send MFA SMS to an unverified phone number',
        'phone_number_verified is false',
        'does the phone number need to be verified for SMS MFA',
        'phone number not verified but SMS MFA',
      ],
      ja: [
        '未確認の電話番号に SMS を送信',
        'phone_number_verified が false',
        '電話番号を検証しないと SMS MFA は使えない？',
        '電話番号が未検証',
      ],
    },
  },
  symptoms: {
    en: [
      'Users verify only their email at sign-up and the SMS MFA code goes to a phone number that was never verified.',
      'phone_number_verified stays false until the first SMS MFA succeeds; the code can still be sent to the unverified number.',
      'Does a user need a verified phone number before SMS MFA can send the code to it?',
      'Sign-up auto-verifies only the email attribute (AutoVerifiedAttributes email), so the phone number collected for SMS MFA is never confirmed.',
      "AdminGetUser shows phone_number_verified false while SMS_MFA is the user's preferred MFA: is Cognito allowed to send codes to that number?",
      'Users created by an administrator or imported from a CSV file carry a phone number nobody confirmed; will SMS MFA still text them?',
      'Is a separate phone confirmation step (GetUserAttributeVerificationCode, VerifyUserAttribute) required before SMS MFA is turned on?',
      'After the first successful SMS MFA sign-in the phone_number_verified attribute turns true by itself, without a separate verification step.',
      'setUserMFAPreference or updateMFAPreference accepts SMS as preferred although the phone number is still unconfirmed.',
      'We confirm the email address at registration and use the phone only as the second factor; what happens to the phone number that stays unverified?',
      'A user mistyped their phone number at sign-up; as only the email address was confirmed, the typo surfaced when the MFA text went to someone else.',
      'Is an unconfirmed phone number acceptable as an MFA factor, since answering the first SMS challenge proves the number?',
    ],
    ja: [
      'サインアップではメールだけを検証していて、SMS MFA のコードは未検証の電話番号に送られる。',
      '最初の SMS MFA が成功するまで phone_number_verified は false のまま。未検証でもコードは送られる。',
      'SMS MFA を使う前に電話番号を検証済みにしておく必要があるのか。',
      'サインアップ時の自動検証の属性が email だけなので、SMS MFA 用に入力してもらった電話番号はずっと未確認のまま。',
      'AdminGetUser を見ると phone_number_verified が false なのに、優先 MFA は SMS_MFA になっている。この番号に送って大丈夫？',
      'AdminCreateUser で作ったユーザーや CSV で取り込んだユーザーは電話番号を誰も確認していないが、SMS MFA のコードは届くのか。',
      'SMS MFA を有効にする前に、GetUserAttributeVerificationCode と VerifyUserAttribute で電話番号の確認を自前で実装する必要がある？',
      '初回の SMS MFA でのサインインが成功すると、phone_number_verified が勝手に true に変わった。',
      '電話番号が未確認のままでも setUserMFAPreference や updateMFAPreference で SMS を優先 MFA にできてしまう。',
      '登録時はメールアドレスだけ確認して、電話番号は 2 要素目にしか使わない。未検証の電話番号はどう扱われる？',
      'サインアップで電話番号を打ち間違えたユーザーがいたが、メールしか確認していないので、MFA の SMS が他人の番号に送られるまで気づかなかった。',
    ],
  },
  text: {
    en: {
      title: 'SMS MFA works with an unverified phone number',
      summary:
        'Cognito sends MFA codes to a phone number whose `phone_number_verified` is false; when the user completes SMS MFA, Cognito sets it to true.',
      causes: [
        'The user’s `phone_number_verified` attribute is `false` because the number was set by an administrator or import and never confirmed. This does not stop SMS MFA.',
        'If SMS still do not arrive, the cause is elsewhere: in the SNS SMS sandbox only sandbox-verified numbers receive SMS, or the number is not in E.164 format (`+` and country code).',
      ],
      fixes: [
        {
          text: 'Check the user’s phone attributes and MFA settings.',
          code: 'aws cognito-idp admin-get-user --user-pool-id <pool-id> --username <username> \\\n  --query "[UserAttributes[?starts_with(Name, \'phone_number\')],UserMFASettingList]"',
        },
        {
          text: 'Nothing to fix for the attribute itself: after a successful SMS MFA sign-in, Cognito marks the number verified. To mark it verified earlier (you know the number is right), set the attribute as an administrator.',
          code: 'aws cognito-idp admin-update-user-attributes --user-pool-id <pool-id> --username <username> \\\n  --user-attributes Name=phone_number_verified,Value=true',
        },
        {
          text: 'If the SMS does not arrive, follow the first-time SMS setup: leave the SNS SMS sandbox or verify the number there, and check the spend limit.',
        },
      ],
    },
    ja: {
      title: 'SMS MFA は未確認の電話番号でも使える',
      summary:
        'Cognito は `phone_number_verified` が false の電話番号にも MFA コードを送信します。ユーザーが SMS MFA を完了すると、Cognito がこの属性を true に設定します。',
      causes: [
        '電話番号を管理者やインポートで設定し、確認していないため、ユーザーの `phone_number_verified` 属性が `false` です。これは SMS MFA の妨げにはなりません。',
        'それでも SMS が届かない場合は別の原因です。SNS の SMS サンドボックスではサンドボックスで検証済みの番号にしか SMS が届きません。また、番号が E.164 形式 (`+` と国番号) になっていない可能性があります。',
      ],
      fixes: [
        {
          text: 'ユーザーの電話番号の属性と MFA 設定を確認します。',
          code: 'aws cognito-idp admin-get-user --user-pool-id <pool-id> --username <username> \\\n  --query "[UserAttributes[?starts_with(Name, \'phone_number\')],UserMFASettingList]"',
        },
        {
          text: '属性自体の修正は不要です。SMS MFA でのサインインが成功すると、Cognito が番号を検証済みにします。番号が正しいとわかっていて先に検証済みにしたい場合は、管理者として属性を設定します。',
          code: 'aws cognito-idp admin-update-user-attributes --user-pool-id <pool-id> --username <username> \\\n  --user-attributes Name=phone_number_verified,Value=true',
        },
        {
          text: 'SMS が届かない場合は、SMS の初回設定を確認します。SNS の SMS サンドボックスから出るかサンドボックスで番号を検証し、使用上限を確認します。',
        },
      ],
    },
  },
  links: [KC_MFA_ERRORS, KC_MFA_ERRORS_JA, SMS_MFA_GUIDE, SNS_SMS_SANDBOX],
};
