import { consolePath } from '../console-labels';
import type { CatalogueEntry } from '../types';
import { apiReference, TOTP_WAF_GUIDE, USER_POOL_WAF } from './shared-links';

const FIND_WEB_ACL = 'aws wafv2 get-web-acl-for-resource --resource-arn <pool-arn> --region <pool-region>';

/**
 * The CAPTCHA rule's statement, narrowed so that the two background calls of TOTP registration never get a CAPTCHA
 * (TOTP software token MFA, "Configuring your AWS WAF web ACL for managed login TOTP MFA").
 */
const SCOPED_CAPTCHA_RULE = `{
  "AndStatement": {
    "Statements": [
      "<the rule's current statement>",
      {
        "NotStatement": {
          "Statement": {
            "OrStatement": {
              "Statements": [
                { "ByteMatchStatement": { "FieldToMatch": { "SingleHeader": { "Name": "x-amzn-cognito-operation-name" } },
                    "PositionalConstraint": "EXACTLY", "SearchString": "AssociateSoftwareToken",
                    "TextTransformations": [{ "Priority": 0, "Type": "NONE" }] } },
                { "ByteMatchStatement": { "FieldToMatch": { "SingleHeader": { "Name": "x-amzn-cognito-operation-name" } },
                    "PositionalConstraint": "EXACTLY", "SearchString": "VerifySoftwareToken",
                    "TextTransformations": [{ "Priority": 0, "Type": "NONE" }] } }
              ]
            }
          }
        }
      }
    ]
  }
}`;

export const entry: CatalogueEntry = {
  id: 'waf-captcha-totp-setup',
  kind: 'error',
  signatures: {
    exceptions: [],
    messages: ['Request not allowed due to WAF captcha.'],
    sources: {
      'Request not allowed due to WAF captcha.':
        'https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa-totp.html#totp-waf',
    },
    prose: {
      en: [
        'WAF captcha breaks TOTP setup in managed login',
        'captcha rule blocks authenticator registration',
        'TOTP registration fails in the hosted UI with WAF',
        'allow 2fa requests through WAF',
      ],
      ja: [
        'WAF の CAPTCHA で TOTP の登録が失敗する',
        'マネージドログインで認証アプリを登録できない WAF',
        'WAF の CAPTCHA ルールが MFA 設定をブロックする',
      ],
    },
  },
  symptoms: {
    en: [
      'An AWS WAF CAPTCHA rule on the user pool blocks registering the authenticator app in managed login or the hosted UI.',
      'Password sign-in works, but TOTP registration fails behind the captcha.',
      'Since a web ACL with a CAPTCHA rule was associated with the user pool, users never finish registering an authenticator app in managed login.',
      'The authenticator step of MFA setup in the hosted UI fails, while password sign-in and SMS MFA are unaffected, ever since the WAF CAPTCHA rule was introduced.',
      'Bot Control or a rate-based rule with a CAPTCHA action on the Cognito web ACL catches the background AssociateSoftwareToken and VerifySoftwareToken requests.',
      "How do I exclude managed login's TOTP registration requests from a WAF CAPTCHA rule, for example with a scope-down statement, without dropping the rule?",
      "WAF sampled requests show the CAPTCHA rule matching the user pool's requests at the moment the user confirms the authenticator code.",
      'Removing the web ACL from the user pool lets authenticator registration in the hosted UI succeed.',
      'Users with an already registered authenticator sign in fine behind the CAPTCHA; only new TOTP enrolment in managed login fails.',
      'A CAPTCHA puzzle in the web ACL of the user pool breaks the authenticator registration page of the Cognito-hosted sign-in.',
    ],
    ja: [
      'ユーザープールの AWS WAF の CAPTCHA ルールが、マネージドログインでの認証アプリの登録を止めている。',
      'パスワードでのログインは通るのに、CAPTCHA のせいで TOTP の登録ができない。',
      'CAPTCHA ルールのあるウェブ ACL をユーザープールに関連付けてから、マネージドログインで認証アプリの追加が終わらなくなった。',
      'Hosted UI の MFA 設定で認証アプリの登録ステップが失敗する。SMS MFA は問題ない。WAF の CAPTCHA アクションを入れてから。',
      'Bot Control やレートベースルールの CAPTCHA アクションが、裏で送られる AssociateSoftwareToken と VerifySoftwareToken を止めている。',
      'WAF の CAPTCHA ルールを外さずに、TOTP 登録のリクエストだけスコープダウンステートメントで除外したい。',
      'ウェブ ACL をユーザープールから外すと、ホストされた UI での認証アプリの登録が通るようになる。',
      '登録済みの認証アプリでのサインインは CAPTCHA があっても通り、新規の TOTP 登録だけが失敗する。',
      'ユーザープールの AWS WAF にある CAPTCHA のパズルが、Cognito がホストするサインイン画面の認証アプリ登録を壊している。',
    ],
  },
  text: {
    en: {
      title: 'An AWS WAF CAPTCHA rule stops TOTP registration in managed login',
      summary:
        'A CAPTCHA rule in the web ACL associated with the user pool answers the TOTP registration calls that managed login makes in the background, so the user cannot finish setting up the authenticator.',
      causes: [
        'Managed login (and the classic hosted UI) registers the authenticator with `AssociateSoftwareToken` and `VerifySoftwareToken` requests it sends in the background; a rule with a CAPTCHA action that covers them cannot be solved there, and the registration fails with this message.',
        'Only TOTP registration in managed login is affected: SMS MFA and sign-in with an already registered authenticator are not.',
      ],
      fixes: [
        {
          text: 'Find the web ACL associated with the user pool and the rule with the CAPTCHA action.',
          code: FIND_WEB_ACL,
        },
        {
          text: `Narrow that rule so that it does not apply to requests whose \`x-amzn-cognito-operation-name\` header is \`AssociateSoftwareToken\` or \`VerifySoftwareToken\`: put its current statement and this exclusion in an \`AndStatement\` (console: ${consolePath('en', 'wafRule')}).`,
          code: SCOPED_CAPTCHA_RULE,
        },
        {
          text: 'Have the user start the TOTP setup again in managed login.',
        },
      ],
    },
    ja: {
      title: 'AWS WAF の CAPTCHA ルールがマネージドログインでの TOTP 登録を止めている',
      summary:
        'ユーザープールに関連付けたウェブ ACL の CAPTCHA ルールが、マネージドログインがバックグラウンドで送る TOTP 登録の呼び出しに適用されるため、ユーザーが認証アプリの設定を完了できません。',
      causes: [
        'マネージドログイン (および従来のホストされた UI) は、バックグラウンドで送る `AssociateSoftwareToken` と `VerifySoftwareToken` のリクエストで認証アプリを登録します。これらに CAPTCHA アクションのルールが適用されると CAPTCHA を解く手段がなく、このメッセージで登録が失敗します。',
        '影響を受けるのはマネージドログインでの TOTP の登録だけです。SMS MFA や、登録済みの認証アプリでのサインインには影響しません。',
      ],
      fixes: [
        {
          text: 'ユーザープールに関連付けられたウェブ ACL と、CAPTCHA アクションのルールを確認します。',
          code: FIND_WEB_ACL,
        },
        {
          text: `そのルールが、\`x-amzn-cognito-operation-name\` ヘッダーが \`AssociateSoftwareToken\` または \`VerifySoftwareToken\` のリクエストに適用されないように絞り込みます。現在のステートメントとこの除外を \`AndStatement\` にまとめます (コンソール: ${consolePath('ja', 'wafRule')})。`,
          code: SCOPED_CAPTCHA_RULE,
        },
        {
          text: 'ユーザーにマネージドログインで TOTP の設定をやり直してもらいます。',
        },
      ],
    },
  },
  links: [TOTP_WAF_GUIDE, USER_POOL_WAF, apiReference('AssociateSoftwareToken'), apiReference('VerifySoftwareToken')],
};
