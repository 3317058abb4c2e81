import { consolePath } from '../console-labels';
import type { FollowUp } from '../types';

export const followUps: FollowUp[] = [
  {
    id: 'sms-first-time-setup/sandbox',
    questions: {
      en: [
        'how do I know if we are in the SNS sandbox?',
        'how do I get out of the sms sandbox',
        'how to leave the sandbox for production',
        'can I test with the sandbox, how do I verify a phone number there',
        'sns sandbox exit request',
        'is sms still limited to sandbox destination numbers',
        'open a support case to get production sms access',
      ],
      ja: [
        'SNS のサンドボックスに入っているか確認する方法は？',
        'SMS サンドボックスから抜けるにはどうすればいいですか',
        '本番利用のためにサンドボックスを解除したい',
        'サンドボックスで電話番号を検証するには',
        'SNS の SMS を本番環境に移行する申請方法は',
        'サンドボックスの宛先電話番号以外にも送れるようにしたい',
        '本番アクセスのリクエストはどこから出しますか',
      ],
    },
    answer: {
      en: {
        text: `Check it in the SNS region your pool sends from (\`SmsConfiguration.SnsRegion\`). In the sandbox only verified destination numbers (up to 10) receive SMS: add and verify test numbers, and for production request to exit the sandbox (console: ${consolePath('en', 'exitSmsSandbox')}, which opens a support case).`,
        code: [
          'aws sns get-sms-sandbox-account-status --region <sns-region>',
          'aws sns create-sms-sandbox-phone-number --phone-number +15555550100 --region <sns-region>',
          'aws sns verify-sms-sandbox-phone-number --phone-number +15555550100 --one-time-password <code> --region <sns-region>',
        ].join('\n'),
      },
      ja: {
        text: `プールが SMS を送る SNS リージョン (\`SmsConfiguration.SnsRegion\`) で確認します。サンドボックスでは検証済みの送信先番号 (最大 10 件) にしか SMS が届きません。テスト用の番号を追加して検証するか、本番ではサンドボックスの解除を申請してください (コンソール: ${consolePath('ja', 'exitSmsSandbox')}、サポートケースが作成されます)。`,
        code: [
          'aws sns get-sms-sandbox-account-status --region <sns-region>',
          'aws sns create-sms-sandbox-phone-number --phone-number +815055550100 --region <sns-region>',
          'aws sns verify-sms-sandbox-phone-number --phone-number +815055550100 --one-time-password <code> --region <sns-region>',
        ].join('\n'),
      },
    },
  },
  {
    id: 'sms-first-time-setup/spend-limit',
    questions: {
      en: [
        'what is the default sms spend limit?',
        'how do I raise the monthly spend limit',
        'sms stopped after a few messages, is it the spending quota',
        'where do I change MonthlySpendLimit',
        'is the one dollar a month sms quota per account',
        'how do we request a higher sms spending limit from support',
      ],
      ja: [
        'SMS の利用上限額のデフォルトはいくらですか？',
        '月間の使用上限を引き上げるには',
        '何通か送ったら SMS が止まりました、上限のせいですか',
        'MonthlySpendLimit はどこで変更しますか',
        'SMS の月額費用の上限は 1 ドルですか',
        '使用上限の引き上げをサポートに依頼する方法',
        'SMS の費用上限に達したか確認するには',
      ],
    },
    answer: {
      en: {
        text: "New accounts start with a low monthly SMS spend limit (USD 1.00); once it is reached SNS stops sending for the rest of the month. Request a higher quota through a support case, then set `MonthlySpendLimit` up to the approved amount in the pool's SNS region.",
        code: 'aws sns get-sms-attributes --attributes MonthlySpendLimit --region <sns-region>\naws sns set-sms-attributes --attributes MonthlySpendLimit=<usd> --region <sns-region>',
      },
      ja: {
        text: '新しいアカウントの SMS 月間使用上限は低い額 (1.00 USD) から始まり、上限に達するとその月の残りは SNS が送信を止めます。サポートケースで上限緩和を申請し、承認された額までプールの SNS リージョンの `MonthlySpendLimit` を引き上げてください。',
        code: 'aws sns get-sms-attributes --attributes MonthlySpendLimit --region <sns-region>\naws sns set-sms-attributes --attributes MonthlySpendLimit=<usd> --region <sns-region>',
      },
    },
  },
  {
    id: 'sms-first-time-setup/which-region',
    questions: {
      en: [
        'which region does cognito send sms from?',
        'do I need to set up SNS in the same region as the pool',
        'where is the SnsRegion',
        'my pool is in seoul, which sns region',
        'are the mfa texts sent from another region than the user pool',
        'which sns region is used for our pool',
      ],
      ja: [
        'Cognito はどのリージョンから SMS を送りますか？',
        'SNS はユーザープールと同じリージョンで設定する必要がありますか',
        'SnsRegion はどこで確認できますか',
        'ソウルのプールはどのリージョンの SNS を使いますか',
        'SMS を送る SNS のリージョンはプールと別ですか',
        'どのリージョンの SNS 設定を見ればいいですか',
      ],
    },
    answer: {
      en: {
        text: "Cognito uses the SNS region in the pool's `SmsConfiguration.SnsRegion`; without it, the pool's region or, for some regions, a legacy partner region (for example Seoul pools use Tokyo). Sandbox status, spend limit and origination numbers are per region, so set them up where the SMS is really sent. A pool that sends through AWS End User Messaging SMS directly (`SmsConfiguration.EumsSms`) uses End User Messaging SMS in its own Region.",
        code: 'aws cognito-idp describe-user-pool --user-pool-id <pool-id> --query UserPool.SmsConfiguration',
      },
      ja: {
        text: 'Cognito はプールの `SmsConfiguration.SnsRegion` の SNS リージョンを使います。指定がなければプールのリージョン、一部のリージョンでは従来の対応リージョン (たとえばソウルのプールは東京) です。サンドボックスの状態、使用上限、送信元番号はリージョンごとなので、実際に SMS を送るリージョンで設定してください。AWS End User Messaging SMS 直接パス (`SmsConfiguration.EumsSms`) のプールは、プール自身のリージョンの End User Messaging SMS を使います。',
        code: 'aws cognito-idp describe-user-pool --user-pool-id <pool-id> --query UserPool.SmsConfiguration',
      },
    },
  },
  {
    // Per-country requirements: https://docs.aws.amazon.com/sms-voice/latest/userguide/phone-numbers-sms-by-country.html
    id: 'sms-first-time-setup/origination-identity',
    questions: {
      en: [
        'do I need an origination number?',
        'sms to US numbers not delivered, do we need a toll free number or 10DLC',
        'what is an origination identity',
        'do we have to register a sender id or a 10dlc campaign',
        'what sender number do texts to the united states need',
      ],
      ja: [
        '送信元番号 (オリジネーション ID) は必要ですか？',
        '米国の番号に SMS が届きません、トールフリー番号や 10DLC が必要ですか',
        'オリジネーションアイデンティティとは何ですか',
        'アメリカ向けの SMS に登録が必要な送信元 ID は',
      ],
    },
    answer: {
      en: {
        text: 'Some destination countries require a registered origination identity. For US numbers it has been required since June 2021: get a toll-free number, 10DLC or short code in AWS End User Messaging SMS in the Region the pool sends from, and register it; a number that is obtained but not registered does not send, and registration can take up to 15 business days. Check the rules of each country your users are in (AWS End User Messaging SMS: supported countries and regions).',
      },
      ja: {
        text: '宛先の国によっては登録済みの送信元 ID が必要です。米国の番号宛てには 2021 年 6 月から必須になっており、プールが SMS を送るリージョンの AWS End User Messaging SMS でフリーダイヤル番号、10DLC、またはショートコードを取得して登録してください。取得しただけで登録していない番号からは送信されず、登録には最大 15 営業日かかることがあります。ユーザーがいる各国のルールも確認してください (AWS End User Messaging SMS のサポートされている国とリージョン)。',
      },
    },
  },
];
