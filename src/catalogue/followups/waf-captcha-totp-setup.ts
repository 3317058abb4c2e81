import type { FollowUp } from '../types';

// https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa-totp.html#totp-waf
export const followUps: FollowUp[] = [
  {
    id: 'waf-captcha-totp-setup/which-requests',
    questions: {
      en: [
        'which aws waf exception lets authenticator registration pass',
        'how should the web acl rule exempt AssociateSoftwareToken and VerifySoftwareToken',
        'which requests do I exclude from the captcha rule?',
        'what header does cognito send during totp setup',
        'how do I keep the captcha and still let users register totp',
      ],
      ja: [
        'AWS WAF でどの操作を CAPTCHA の対象外にしますか',
        'Web ACL のルールで AssociateSoftwareToken を除外する方法',
        'CAPTCHA ルールからどのリクエストを除外すればいいですか？',
        'TOTP の設定中に Cognito が送るヘッダーは何ですか',
        'CAPTCHA を残したまま TOTP を登録できるようにするには',
      ],
    },
    answer: {
      en: {
        text: 'Exclude the two calls managed login makes in the background while it registers the authenticator: requests whose `x-amzn-cognito-operation-name` header is `AssociateSoftwareToken` or `VerifySoftwareToken`. Keep the CAPTCHA for everything else by combining the rule’s statement with a `NotStatement` on that header in an `AndStatement`.',
      },
      ja: {
        text: 'マネージドログインが認証アプリの登録中にバックグラウンドで送る 2 つの呼び出し、つまり `x-amzn-cognito-operation-name` ヘッダーが `AssociateSoftwareToken` または `VerifySoftwareToken` のリクエストを除外します。ルールのステートメントとそのヘッダーに対する `NotStatement` を `AndStatement` でまとめれば、それ以外には CAPTCHA が残ります。',
      },
    },
  },
  {
    id: 'waf-captcha-totp-setup/other-factors',
    questions: {
      en: [
        'does the captcha rule affect sms mfa too?',
        'will users who already have an authenticator be blocked',
        'is sign in with totp affected or only setup',
        'are sms codes blocked by the captcha rule as well',
        'does the web acl break sign in for people who already use totp',
      ],
      ja: [
        'CAPTCHA ルールは SMS MFA にも影響しますか？',
        'すでに認証アプリを登録済みのユーザーもブロックされますか',
        'TOTP でのサインインも影響を受けますか、それとも登録だけですか',
        'SMS のコードも CAPTCHA ルールでブロックされますか',
        '登録済みの TOTP ユーザーのサインインも止まりますか',
      ],
    },
    answer: {
      en: {
        text: 'No: AWS documents the effect only for TOTP registration in managed login and the classic hosted UI. SMS MFA is unaffected, and so is signing in with an authenticator that is already registered.',
      },
      ja: {
        text: 'いいえ。AWS が記載している影響は、マネージドログインと従来のホストされた UI での TOTP の登録だけです。SMS MFA や、登録済みの認証アプリでのサインインには影響しません。',
      },
    },
  },
];
