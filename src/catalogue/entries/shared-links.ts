import type { DocLink, Lang } from '../types';

/** Links several entries point to, defined once so their titles stay consistent in both languages. */

export const KC_MFA_ERRORS: DocLink = {
  url: 'https://repost.aws/knowledge-center/cognito-mfa-errors',
  title: {
    en: 'How do I troubleshoot MFA errors in Amazon Cognito user pools? (AWS Knowledge Center)',
    ja: 'Amazon Cognito ユーザープールの MFA エラーをトラブルシューティングする方法を教えてください。(AWS ナレッジセンター、英語版)',
  },
};

export const KC_MFA_ERRORS_JA: DocLink = {
  url: 'https://repost.aws/ja/knowledge-center/cognito-mfa-errors',
  title: {
    en: 'How do I troubleshoot MFA errors in Amazon Cognito user pools? (AWS Knowledge Center, Japanese edition)',
    ja: 'Amazon Cognito ユーザープールの MFA エラーをトラブルシューティングする方法を教えてください。(AWS ナレッジセンター)',
  },
};

export const MFA_GUIDE: DocLink = {
  url: 'https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa.html',
  title: { en: 'Adding MFA to a user pool', ja: 'ユーザープールへの MFA の追加' },
};

export const SMS_MFA_GUIDE: DocLink = {
  url: 'https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa-sms-email-message.html',
  title: { en: 'SMS and email message MFA', ja: 'SMS および E メールメッセージ MFA' },
};

export const TOTP_MFA_GUIDE: DocLink = {
  url: 'https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa-totp.html',
  title: { en: 'TOTP software token MFA', ja: 'TOTP ソフトウェアトークン MFA' },
};

export const TOTP_REMOVE_GUIDE: DocLink = {
  url: 'https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa-totp.html#user-pool-settings-mfa-totp-remove',
  title: {
    en: 'Remove the TOTP token (TOTP software token MFA)',
    ja: 'TOTP トークンの削除 (TOTP ソフトウェアトークン MFA)',
  },
};

export const TOTP_WAF_GUIDE: DocLink = {
  url: 'https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa-totp.html#totp-waf',
  title: {
    en: 'Configuring your AWS WAF web ACL for managed login TOTP MFA',
    ja: 'マネージドログインの TOTP MFA 用に AWS WAF ウェブ ACL を設定する',
  },
};

export const USER_POOL_WAF: DocLink = {
  url: 'https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-waf.html',
  title: { en: 'Associate an AWS WAF web ACL with a user pool', ja: 'AWS WAF ウェブ ACL をユーザープールに関連付ける' },
};

export const ADAPTIVE_AUTHENTICATION: DocLink = {
  url: 'https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-adaptive-authentication.html',
  title: { en: 'Adaptive authentication (threat protection)', ja: 'アダプティブ認証 (脅威保護)' },
};

export const AUTHENTICATION_FLOWS: DocLink = {
  url: 'https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-authentication-flow-methods.html',
  title: {
    en: 'Authentication flows (passkeys and choice-based sign-in)',
    ja: '認証フロー (パスキーと選択ベースのサインイン)',
  },
};

export const SMS_SETTINGS_GUIDE: DocLink = {
  url: 'https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html',
  title: {
    en: 'SMS message settings for Amazon Cognito user pools',
    ja: 'Amazon Cognito ユーザープール用の SMS メッセージ設定',
  },
};

/** SCPs attached to the root and to every OU above an account apply to it, not only the account's own. */
export const SCP_EVALUATION: DocLink = {
  url: 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_evaluation.html',
  title: { en: 'SCP evaluation (AWS Organizations)', ja: 'SCP の評価 (AWS Organizations)' },
};

export const SNS_SMS_SANDBOX: DocLink = {
  url: 'https://docs.aws.amazon.com/sns/latest/dg/sns-sms-sandbox.html',
  title: { en: 'Amazon SNS SMS sandbox', ja: 'Amazon SNS の SMS サンドボックス' },
};

export const APP_CLIENTS_GUIDE: DocLink = {
  url: 'https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-client-apps.html',
  title: {
    en: 'Application-specific settings with app clients',
    ja: 'アプリケーションクライアントによるアプリケーション固有の設定',
  },
};

/** The Cognito user pools API reference page of one operation or type. */
export function apiReference(name: string): DocLink {
  return {
    url: `https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_${name}.html`,
    title: { en: `${name} (Amazon Cognito API Reference)`, ja: `${name} (Amazon Cognito API リファレンス)` },
  };
}

/** The End User Messaging SMS direct path: its role, external ID and origination identity. */
export const EUMS_SMS_CONFIG: DocLink = {
  url: 'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EumsSmsConfigurationType.html',
  title: {
    en: 'EumsSmsConfigurationType: SMS through AWS End User Messaging SMS (Amazon Cognito API Reference)',
    ja: 'EumsSmsConfigurationType: AWS End User Messaging SMS による SMS 送信 (Amazon Cognito API リファレンス)',
  },
};

export const SMS_COUNTRIES: DocLink = {
  url: 'https://docs.aws.amazon.com/sms-voice/latest/userguide/phone-numbers-sms-by-country.html',
  title: {
    en: 'Supported countries and regions for SMS messaging (AWS End User Messaging SMS)',
    ja: 'SMS メッセージングでサポートされている国とリージョン (AWS End User Messaging SMS)',
  },
};

export const SMS_FIRST_TIME_SETUP: DocLink = {
  url: 'https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html#user-pool-sms-settings-first-time',
  title: {
    en: 'Setting up SMS messaging for the first time in Amazon Cognito user pools',
    ja: 'Amazon Cognito ユーザープールで初めて SMS メッセージングを設定する',
  },
};

export const SNS_SPEND_LIMIT: DocLink = {
  url: 'https://docs.aws.amazon.com/sms-voice/latest/userguide/awssupport-spend-threshold.html',
  title: {
    en: 'Requesting increases to your monthly SMS spending quota (AWS End User Messaging SMS)',
    ja: 'SMS の月間使用上限の引き上げをリクエストする (AWS End User Messaging SMS)',
  },
};

export const FEATURE_PLANS: DocLink = {
  url: 'https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-sign-in-feature-plans.html',
  title: { en: 'User pool feature plans', ja: 'ユーザープールの機能プラン' },
};

export const EMAIL_SETTINGS_GUIDE: DocLink = {
  url: 'https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-email.html',
  title: { en: 'Email settings for Amazon Cognito user pools', ja: 'Amazon Cognito ユーザープールの E メール設定' },
};

/** Links that are one language's edition of a page; a reader in another language gets the page's other edition. */
export const LANGUAGE_EDITIONS: ReadonlyMap<string, Lang> = new Map([
  [KC_MFA_ERRORS.url, 'en'],
  [KC_MFA_ERRORS_JA.url, 'ja'],
]);
