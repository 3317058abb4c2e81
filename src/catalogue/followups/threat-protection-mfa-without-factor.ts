import { consoleLabel } from '../console-labels';
import type { FollowUp } from '../types';

// AccountTakeoverActionType (Amazon Cognito API Reference):
// https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AccountTakeoverActionType.html
export const followUps: FollowUp[] = [
  {
    id: 'threat-protection-mfa-without-factor/which-action',
    questions: {
      en: [
        'what is the difference between optional mfa and require mfa in adaptive authentication?',
        'what does MFA_IF_CONFIGURED do',
        'which adaptive authentication action should we choose',
        'which risk action will not block users without mfa',
      ],
      ja: [
        'アダプティブ認証のオプションの MFA と MFA 必須の違いは？',
        'MFA_IF_CONFIGURED は何をしますか',
        'アダプティブ認証のアクションはどれを選ぶべきですか',
        '高リスクのときは MFA 任意と必須のどちらにしますか',
      ],
    },
    answer: {
      en: {
        text: `"${consoleLabel('en', 'adaptiveOptionalMfa')}" (\`MFA_IF_CONFIGURED\`) asks a risky sign-in for MFA when the user can do it and lets it through otherwise. "${consoleLabel('en', 'adaptiveRequireMfa')}" (\`MFA_REQUIRED\`) asks for MFA and blocks a user who has no factor (no email address or phone number attribute, no TOTP). Choose \`MFA_REQUIRED\` only where every user has a factor the pool offers.`,
      },
      ja: {
        text: `「${consoleLabel('ja', 'adaptiveOptionalMfa')}」(\`MFA_IF_CONFIGURED\`) は、リスクのあるサインインでユーザーが MFA を使える場合に MFA を求め、使えない場合は通します。「${consoleLabel('ja', 'adaptiveRequireMfa')}」(\`MFA_REQUIRED\`) は MFA を求め、要素のないユーザー (E メールアドレスも電話番号の属性も TOTP もない) をブロックします。\`MFA_REQUIRED\` は、すべてのユーザーがプールの提供する要素を持っている場合にだけ選んでください。`,
      },
    },
  },
];
