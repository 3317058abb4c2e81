import { consoleLabel, consolePath } from '../console-labels';
import type { CatalogueEntry } from '../types';
import { ADAPTIVE_AUTHENTICATION, apiReference, MFA_GUIDE } from './shared-links';

const READ_ACTIONS = `aws cognito-idp describe-risk-configuration --user-pool-id <pool-id> \\
  --query RiskConfiguration.AccountTakeoverRiskConfiguration`;

/**
 * MFA_REQUIRED blocks users who have no factor; MFA_IF_CONFIGURED lets them in (AccountTakeoverActionType, Amazon
 * Cognito API Reference). SetRiskConfiguration replaces the whole account-takeover configuration.
 */
const SET_ACTIONS = `aws cognito-idp set-risk-configuration --user-pool-id <pool-id> \\
  --account-takeover-risk-configuration '{"Actions":{"LowAction":{"Notify":false,"EventAction":"NO_ACTION"},"MediumAction":{"Notify":false,"EventAction":"MFA_IF_CONFIGURED"},"HighAction":{"Notify":false,"EventAction":"MFA_IF_CONFIGURED"}}}'`;

export const entry: CatalogueEntry = {
  id: 'threat-protection-mfa-without-factor',
  kind: 'precondition',
  signatures: {
    exceptions: [],
    messages: [],
    prose: {
      en: [
        'adaptive authentication blocks users without MFA',
        'threat protection requires MFA but the user has no MFA set up',
        'users without an MFA factor cannot sign in after enabling threat protection',
        'risky sign-in blocked instead of asking for MFA',
        'MFA_REQUIRED adaptive authentication',
      ],
      ja: [
        'アダプティブ認証で MFA のないユーザーがブロックされる',
        '脅威保護を有効にしたら MFA 未設定のユーザーがサインインできない',
        'リスクの高いサインインで MFA ではなくブロックされる',
      ],
    },
  },
  symptoms: {
    en: [
      'With adaptive authentication set to require MFA on risky sign-ins, users without any MFA factor are blocked.',
      'Threat protection asks for MFA from a user who never registered a phone or authenticator, and the sign-in is refused.',
      'Since threat protection (formerly advanced security) went to full-function mode, some users are blocked at sign-in rather than prompted for MFA.',
      'The high-risk action in adaptive authentication is Require MFA, and users without a phone number, email or authenticator are locked out on a new device or location.',
      'AdminListUserAuthEvents shows the sign-in rated high risk and blocked, for a user who has no MFA method.',
      'SetRiskConfiguration AccountTakeoverRiskConfiguration uses MFA_REQUIRED; should it be MFA_IF_CONFIGURED, optional MFA, so that users without a factor get through?',
      "The pool's own MFA is off or required while adaptive authentication asks for MFA; AWS recommends optional MFA for pools that use adaptive authentication.",
      'Only risky sign-ins fail: the same users sign in normally from their usual device, but a login from a VPN or another country is blocked.',
      "Which risk levels trigger Require MFA versus Optional MFA in the Plus plan's threat protection settings?",
      'Pen-test logins were rated high risk and the accounts without MFA were blocked outright, with no MFA challenge.',
      'The blocked user gets NotAuthorizedException with Unable to login because of security reasons, where an MFA challenge was expected.',
      'Risk-based sign-in checks block users who have no second factor instead of prompting them, while users with a factor just get an MFA prompt.',
    ],
    ja: [
      'アダプティブ認証でリスク時に MFA 必須にすると、MFA の要素を持たないユーザーがブロックされる。',
      '脅威保護が MFA を要求するが、ユーザーが電話番号も認証アプリも登録していないのでサインインできない。',
      '脅威保護（旧アドバンストセキュリティ）をフル機能モードにしてから、一部のユーザーが MFA を求められずにサインインをブロックされる。',
      'アダプティブ認証で高リスク時のアクションを「MFA を必須にする」にしていると、MFA 手段のないユーザーの新しい端末や場所からのアクセスがブロックされる。',
      'AdminListUserAuthEvents を見るとリスクの高いサインインとしてブロックされていて、そのユーザーには MFA の手段がない。',
      'SetRiskConfiguration で MFA_REQUIRED にしているが、MFA 未設定のユーザーを通すには MFA_IF_CONFIGURED（オプションの MFA）にすべき？',
      'アダプティブ認証を使うならプールの MFA は「任意」が推奨。オフや必須のままだと脅威保護が MFA を出すかどうかを決められない。',
      'いつもの端末からは問題ないのに、VPN や海外からのアクセスだけリスク判定でブロックされる。',
      'ブロックされたユーザーには MFA のチャレンジではなく、NotAuthorizedException の Unable to login because of security reasons が返る。',
      'リスクベースの判定でサインインが止められ、MFA の手段がないユーザーはコード入力ではなくブロックになる。',
    ],
  },
  text: {
    en: {
      title: 'Threat protection asks for MFA from users who have no factor, and blocks them',
      summary: `Adaptive authentication's "${consoleLabel('en', 'adaptiveRequireMfa')}" action (\`MFA_REQUIRED\`) blocks a risky sign-in of a user who cannot do MFA; "${consoleLabel('en', 'adaptiveOptionalMfa')}" (\`MFA_IF_CONFIGURED\`) asks for MFA only where the user can answer it.`,
      causes: [
        'A risk level is set to `MFA_REQUIRED`: Cognito then blocks the request of a user who has not set up MFA. To pass it a user needs an email address or phone number attribute, or a registered TOTP factor, and the pool must offer that factor.',
        'The pool’s own MFA is off or required: AWS recommends `OPTIONAL` for pools with adaptive authentication, so that threat protection decides when MFA is asked.',
      ],
      fixes: [
        {
          text: `Read the action of each risk level (console: ${consolePath('en', 'threatProtection')}).`,
          code: READ_ACTIONS,
        },
        {
          text: 'Use `MFA_IF_CONFIGURED` for the levels where users may have no factor, or give every user a factor first (an email or phone number attribute, or TOTP, with that factor enabled in the pool).',
          code: SET_ACTIONS,
          warning:
            'SetRiskConfiguration replaces the whole account-takeover configuration: pass the action of every level you keep, and your `NotifyConfiguration` with `"Notify": true` where users get notification emails.',
        },
      ],
    },
    ja: {
      title: '脅威保護が MFA 要素のないユーザーに MFA を求め、ブロックしている',
      summary: `アダプティブ認証の「${consoleLabel('ja', 'adaptiveRequireMfa')}」アクション (\`MFA_REQUIRED\`) は、MFA ができないユーザーのリスクのあるサインインをブロックします。「${consoleLabel('ja', 'adaptiveOptionalMfa')}」(\`MFA_IF_CONFIGURED\`) は、ユーザーが応答できる場合にだけ MFA を求めます。`,
      causes: [
        'リスクレベルが `MFA_REQUIRED` に設定されています。この場合、MFA を設定していないユーザーのリクエストはブロックされます。通過するには、ユーザーに E メールアドレスか電話番号の属性、または登録済みの TOTP 要素があり、プールでその要素が有効になっている必要があります。',
        'プール自体の MFA がオフまたは必須です。AWS はアダプティブ認証を使うプールでは `OPTIONAL` を推奨しており、MFA を求めるタイミングは脅威保護が決めます。',
      ],
      fixes: [
        {
          text: `各リスクレベルのアクションを確認します (コンソール: ${consolePath('ja', 'threatProtection')})。`,
          code: READ_ACTIONS,
        },
        {
          text: 'ユーザーが要素を持っていない可能性のあるレベルでは `MFA_IF_CONFIGURED` を使うか、先にすべてのユーザーに要素 (E メールアドレスか電話番号の属性、または TOTP。プールでその要素を有効にする) を用意します。',
          code: SET_ACTIONS,
          warning:
            'SetRiskConfiguration はアカウント乗っ取りの設定全体を置き換えます。残すすべてのレベルのアクションを渡し、ユーザーに通知メールを送る場合は `NotifyConfiguration` と `"Notify": true` も渡してください。',
        },
      ],
    },
  },
  links: [
    ADAPTIVE_AUTHENTICATION,
    MFA_GUIDE,
    apiReference('AccountTakeoverActionType'),
    apiReference('SetRiskConfiguration'),
  ],
};
