import type { Lang } from '../catalogue/types';
import type { SecretKind } from '../secrets/types';

/**
 * What each kind of secret found in a paste is called, per language, wherever the bot names one without repeating
 * it: a Slack reply's warning, the CLI's list, a check refused for a username that is a secret.
 */
export const SECRET_KINDS: Record<Lang, Record<SecretKind, string>> = {
  en: {
    jwt: 'a JWT (an ID, access or refresh token)',
    session: 'a Cognito session string',
    'aws-secret-key': 'an AWS secret access key',
    'aws-access-key': 'an AWS access key id',
    'client-secret': 'an app client secret',
    'phone-number': 'a full phone number',
    'slack-token': 'a Slack token, webhook URL or signing secret',
    'totp-secret': "a TOTP secret (SecretCode), which makes the user's MFA codes",
    password: 'a password',
  },
  ja: {
    jwt: 'JWT (ID・アクセス・リフレッシュトークン)',
    session: 'Cognito のセッション文字列',
    'aws-secret-key': 'AWS シークレットアクセスキー',
    'aws-access-key': 'AWS アクセスキー ID',
    'client-secret': 'アプリクライアントシークレット',
    'phone-number': '電話番号',
    'slack-token': 'Slack のトークン、Webhook URL または署名シークレット',
    'totp-secret': 'TOTP シークレット (SecretCode、MFA コードを生成できます)',
    password: 'パスワード',
  },
};
