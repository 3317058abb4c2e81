import type { CatalogueEntry } from '../types';
import { KC_MFA_ERRORS, KC_MFA_ERRORS_JA, MFA_GUIDE } from './shared-links';

export const entry: CatalogueEntry = {
  id: 'federated-users-no-mfa',
  kind: 'precondition',
  signatures: {
    exceptions: [],
    messages: ['EXTERNAL_PROVIDER'],
    sources: {
      EXTERNAL_PROVIDER:
        'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserType.html',
    },
    prose: {
      en: [
        'MFA not prompted for Google sign-in users',
        'federated users skip MFA',
        'SAML users are not asked for MFA',
        'MFA does not apply to social login',
        'enforce Cognito MFA for OIDC users',
      ],
      ja: [
        'フェデレーティッドユーザーに MFA が求められない',
        'Google ログインのユーザーで MFA が出ない',
        'SAML ユーザーに MFA を強制したい',
        'ソーシャルログインで MFA が効かない',
        '外部 IdP のユーザーに MFA',
        'フェデレーションユーザーに MFA が効かない',
        'MFA はユーザープール内のフェデレーティッドユーザーをサポートしていません',
      ],
    },
  },
  symptoms: {
    en: [
      'Users who sign in with Google, Facebook, Apple, SAML or OIDC through the hosted UI are never asked for the MFA code.',
      'MFA is required on the pool, yet social or enterprise sign-in skips the TOTP or SMS challenge that password users get.',
      'Federated users, including ones linked to a native account, bypass Cognito MFA; MFA must be enforced at the identity provider.',
    ],
    ja: [
      'Google や SAML などの外部 IdP でログインしたユーザーには MFA のコード入力が求められない。',
      'MFA を必須にしてもソーシャルログインやフェデレーションユーザーは TOTP や SMS の確認を飛ばしてしまう。',
      'フェデレーションユーザーには Cognito の MFA がかからないので、IdP 側で MFA を強制する必要がある。',
    ],
  },
  text: {
    en: {
      title: 'Cognito MFA does not apply to federated users',
      summary:
        'Users who sign in through Google, Apple, Facebook, Amazon, SAML or OIDC are authenticated by their identity provider, so the user pool never asks them for MFA.',
      causes: [
        'The user’s status is `EXTERNAL_PROVIDER`: the identity provider authenticated the user, and Cognito’s MFA settings apply only to users who sign in with a user-pool password (or another local factor).',
      ],
      fixes: [
        {
          text: 'Check whether the user is federated.',
          code: 'aws cognito-idp admin-get-user --user-pool-id <pool-id> --username <Provider>_<id> --query UserStatus',
        },
        {
          text: 'Enforce MFA at the identity provider instead (Google Workspace 2-Step Verification, Entra ID / Okta / other SAML or OIDC IdP policies).',
        },
        {
          text: 'If you need Cognito-controlled MFA, have those users sign in with a local user-pool account instead of the federated identity.',
        },
      ],
    },
    ja: {
      title: 'Cognito の MFA はフェデレーティッドユーザーには適用されない',
      summary:
        'Google、Apple、Facebook、Amazon、SAML、OIDC でサインインするユーザーは ID プロバイダーが認証するため、ユーザープールが MFA を求めることはありません。',
      causes: [
        'ユーザーのステータスが `EXTERNAL_PROVIDER` です。ID プロバイダーがユーザーを認証しており、Cognito の MFA 設定はユーザープールのパスワード (またはその他のローカルの要素) でサインインするユーザーにのみ適用されます。',
      ],
      fixes: [
        {
          text: 'ユーザーがフェデレーティッドユーザーかどうかを確認します。',
          code: 'aws cognito-idp admin-get-user --user-pool-id <pool-id> --username <Provider>_<id> --query UserStatus',
        },
        {
          text: '代わりに ID プロバイダー側で MFA を強制します (Google Workspace の 2 段階認証プロセス、Entra ID / Okta などの SAML・OIDC IdP のポリシー)。',
        },
        {
          text: 'Cognito で管理する MFA が必要な場合は、該当ユーザーにフェデレーション ID ではなくユーザープールのローカルアカウントでサインインしてもらいます。',
        },
      ],
    },
  },
  links: [KC_MFA_ERRORS, KC_MFA_ERRORS_JA, MFA_GUIDE],
};
