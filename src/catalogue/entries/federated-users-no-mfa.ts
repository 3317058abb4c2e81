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
      'Users who click the Google, Facebook or Sign in with Apple button on the hosted UI or managed login go straight in, while username and password users get the code prompt.',
      'MFA is set to required in the user pool, but SAML users from Okta, Entra ID (Azure AD) or ADFS are never challenged for a second factor.',
      'Can we require Cognito MFA on top of social sign-in or enterprise SSO, so that federated users also enter a code?',
      'signInWithRedirect with a Google provider in Amplify v6, or Auth.federatedSignIn in v5, returns tokens without any MFA step.',
      'AdminGetUser shows UserStatus EXTERNAL_PROVIDER for these users, and they have no MFA settings at all.',
      'We linked a Google identity to an existing native user with AdminLinkProviderForUser, and that person skips MFA whenever they choose Google.',
      'An OIDC identity provider signs users in through the Cognito domain and the pool MFA configuration does not apply to them; it has to be enforced at the IdP.',
      'How do I require a second factor for federated users when the pool MFA settings only cover users who sign in with a Cognito password?',
      'A security review found that MFA can be bypassed by choosing the social login instead of the password form.',
      'Password users get the SOFTWARE_TOKEN_MFA or SMS_MFA challenge after signing in; users of the external identity provider never see it.',
      'The hosted UI social buttons skip the MFA challenge that the username and password form presents.',
      'People who come in through the corporate identity provider are never asked for a code; only local accounts get the MFA step.',
      'Does Cognito MFA apply to users signing in with LinkedIn, Auth0 or another OIDC provider?',
    ],
    ja: [
      'ホストされた UI やマネージドログインで Google や Apple のボタンから入ると、パスワードでログインしたときのコード入力が出ない。',
      'ユーザープールで MFA を必須にしているのに、Okta や Entra ID (Azure AD) の SAML 連携ユーザーには二要素目が求められない。',
      'ソーシャルログインや SSO のユーザーにも Cognito の MFA を強制できますか？',
      'Amplify v6 の signInWithRedirect や v5 の Auth.federatedSignIn で Google ログインすると、MFA のステップなしでトークンが返ってくる。',
      'AdminGetUser で見ると、このユーザーたちは UserStatus が EXTERNAL_PROVIDER で、MFA の設定が何もない。',
      'AdminLinkProviderForUser でネイティブユーザーと Google を紐付けたら、Google 経由のログインでは MFA が飛ばされる。',
      'OIDC の外部 IdP でログインしたユーザーにはプールの MFA 設定が効かないので、IdP 側で MFA を必須にする必要がある。',
      '外部 ID プロバイダーのユーザーにも二要素目を要求したいが、MFA 設定は Cognito のパスワードでサインインするユーザーにしか効かない。',
      'セキュリティレビューで、ソーシャルログインを選べば MFA を回避できると指摘された。',
      'パスワードのユーザーにはサインイン後に SOFTWARE_TOKEN_MFA や SMS_MFA のチャレンジが来るが、外部 IdP のユーザーには来ない。',
      'ホストされた UI のソーシャルボタンから入ると、ユーザー名とパスワードのフォームで出る MFA のチャレンジが飛ばされる。',
      '社内の IdP 経由でログインする人にはコードが求められず、ローカルのアカウントだけに MFA のステップがある。',
      'LINE や Auth0 などの OIDC プロバイダーでサインインするユーザーにも Cognito の MFA は効くのか。',
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
