import type { FollowUp } from '../types';

export const followUps: FollowUp[] = [
  {
    id: 'sms-unverified-phone/verify-first',
    questions: {
      en: [
        'do I need to verify the phone number before sms mfa?',
        'does phone_number_verified have to be true',
        'will cognito send the code to an unverified number',
        'is verification required for mfa',
        'does cognito text an unconfirmed phone number',
        'sign up only confirms the email, will sms mfa still work',
        'must phone_number_verified be true before the first mfa text',
      ],
      ja: [
        'SMS MFA の前に電話番号の検証は必要ですか？',
        'phone_number_verified は true でないとダメですか',
        '未検証の番号にもコードは送られますか',
        'メールアドレスだけ確認したユーザーでも SMS MFA は動きますか',
        '確認していない電話番号に MFA のコードは送られますか',
      ],
    },
    answer: {
      en: {
        text: "No. With SMS MFA on, Cognito sends the MFA code to the user's `phone_number` even when `phone_number_verified` is `false`, and sets it to `true` once the user completes the SMS MFA step.",
      },
      ja: {
        text: '不要です。SMS MFA が有効なら、`phone_number_verified` が `false` でも Cognito はユーザーの `phone_number` に MFA コードを送り、ユーザーが SMS MFA を完了すると `true` に設定します。',
      },
    },
  },
  {
    id: 'sms-unverified-phone/mark-verified',
    questions: {
      en: [
        'how do I mark the phone as verified manually?',
        'can an admin set phone_number_verified to true',
        'set the phone verified flag with the cli',
        'can our backend set phone_number_verified true with admin-update-user-attributes',
        'how to flag the phone number as verified without sending a code',
      ],
      ja: [
        '電話番号を手動で検証済みにするには？',
        '管理者が phone_number_verified を true にできますか',
        'CLI で検証済みフラグを設定したい',
        'admin-update-user-attributes で phone_number_verified を true にするには',
        'コードを送らずに電話番号を確認済み扱いにできますか',
      ],
    },
    answer: {
      en: {
        text: 'An administrator can set the attribute directly (for example for numbers you already verified elsewhere):',
        code: 'aws cognito-idp admin-update-user-attributes --user-pool-id <pool-id> --username <username> \\\n  --user-attributes Name=phone_number_verified,Value=true',
      },
      ja: {
        text: '管理者は属性を直接設定できます (別の仕組みで確認済みの番号などの場合):',
        code: 'aws cognito-idp admin-update-user-attributes --user-pool-id <pool-id> --username <username> \\\n  --user-attributes Name=phone_number_verified,Value=true',
      },
    },
  },
  {
    id: 'sms-unverified-phone/not-arriving',
    questions: {
      en: [
        'the code never arrives on the unverified number, why?',
        'sms not received by some users',
        'why do only some phones get the mfa text',
        'why do certain numbers get no sms code',
      ],
      ja: [
        '未検証の番号に SMS が届かないのはなぜですか？',
        '一部のユーザーだけ SMS が届きません',
        '特定の端末にだけ MFA の SMS が来ない',
        '特定の電話番号にだけ SMS のコードが来ないのはなぜ',
        'MFA のショートメッセージが一部の人に届かない理由は',
      ],
    },
    answer: {
      en: {
        text: 'Usually the SNS SMS sandbox: there only numbers verified in SNS (not in Cognito) receive messages. Otherwise check the spend limit, the number format (E.164, `+` and country code) and the SNS delivery logs in CloudWatch Logs (`sns/<region>/<account-id>/DirectPublishToPhoneNumber/Failure`).',
      },
      ja: {
        text: 'よくある原因は SNS の SMS サンドボックスです。サンドボックスでは SNS 側 (Cognito ではなく) で検証した番号にしか届きません。そうでなければ、使用上限、番号の形式 (E.164: `+` と国番号付き)、CloudWatch Logs の SNS 配信ログ (`sns/<region>/<account-id>/DirectPublishToPhoneNumber/Failure`) を確認してください。',
      },
    },
  },
];
