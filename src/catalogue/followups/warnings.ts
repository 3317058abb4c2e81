import type { Lang } from '../types';

/** Cautions several answers share; kept in one place so every answer says them the same way. */
export const UPDATE_CLIENT_RESETS: Record<Lang, string> = {
  en: '`UpdateUserPoolClient` resets every setting you do not pass to its default (callback URLs, OAuth scopes, auth flows, token validity ...). Run `describe-user-pool-client` first and pass every existing value back, minus `ClientSecret`, `CreationDate`, `LastModifiedDate` and `ClientType`, which the call does not take; the jq route does this for you.',
  ja: '`UpdateUserPoolClient` は、指定しなかった設定をすべてデフォルト値に戻します (コールバック URL、OAuth スコープ、認証フロー、トークンの有効期限など)。先に `describe-user-pool-client` で現在の設定を取得し、呼び出しが受け付けない `ClientSecret`、`CreationDate`、`LastModifiedDate`、`ClientType` 以外はすべて渡し直してください。jq を使う方法ならこれを自動で行えます。',
};

export const UPDATE_POOL_RESETS: Record<Lang, string> = {
  en: '`UpdateUserPool` resets every setting you do not pass to its default. Run `describe-user-pool` first and pass every existing value back; for MFA changes prefer `set-user-pool-mfa-config`.',
  ja: '`UpdateUserPool` は、指定しなかった設定をすべてデフォルト値に戻します。先に `describe-user-pool` で現在の設定を取得してすべて渡し直してください。MFA の変更には `set-user-pool-mfa-config` を使う方が安全です。',
};

export const MFA_CONFIG_KEEP_FACTORS: Record<Lang, string> = {
  en: '`SetUserPoolMfaConfig` describes the whole MFA configuration: run `get-user-pool-mfa-config` first and pass the SMS / email / TOTP settings you want to keep.',
  ja: '`SetUserPoolMfaConfig` は MFA 設定全体を指定する API です。先に `get-user-pool-mfa-config` で現在の設定を確認し、残したい SMS / E メール / TOTP の設定も一緒に渡してください。',
};
