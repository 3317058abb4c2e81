import type { FollowUp } from '../types';

export const followUps: FollowUp[] = [
  {
    id: 'code-delivery-failure/causes',
    questions: {
      en: [
        'why could the code not be delivered?',
        'what are the usual causes of CodeDeliveryFailureException',
        'sms works for some numbers but not others',
        'email code not delivered',
        'what typically makes the code delivery fail',
        'could a wrong reply-to or from address break email delivery',
      ],
      ja: [
        'コードが配信できなかった原因は？',
        'CodeDeliveryFailureException のよくある原因は',
        'メールのコードが届きません',
        'コードの配信が失敗する典型的な原因は',
        'メールの送信元や返信先アドレスが原因で失敗しますか',
      ],
    },
    answer: {
      en: {
        text: 'For SMS: the sandbox (unverified destination), the monthly spend limit, a number not in E.164, a country that needs an origination identity, or the SMS role; these are Amazon SNS’s, or AWS End User Messaging SMS’s when the pool sends through it directly (`EumsSms`). For email: the SES sandbox (unverified recipients), the SES identity or region, or the default Cognito email quota. The delivery logs tell which.',
      },
      ja: {
        text: 'SMS の場合: サンドボックス (未検証の宛先)、月間使用上限、E.164 でない番号、送信元 ID が必要な国、SMS ロール。これらは Amazon SNS のもの、プールが直接送信している (`EumsSms`) 場合は AWS End User Messaging SMS のものです。メールの場合: SES サンドボックス (未検証の宛先)、SES の ID やリージョン、Cognito デフォルトのメール送信上限。どれかは配信ログでわかります。',
      },
    },
  },
];
