import type { FollowUp } from '../types';

export const followUps: FollowUp[] = [
  {
    id: 'federated-users-no-mfa/enforce-at-idp',
    questions: {
      en: [
        'how do I require mfa for google or saml users?',
        'can cognito force mfa on federated users',
        'how do we enforce mfa for sso users',
        'mfa for users from okta or entra id',
        'how do we make people who log in with google do mfa',
        'where do we require mfa for entra or okta users',
      ],
      ja: [
        'Google や SAML のユーザーに MFA を必須にするには？',
        'フェデレーションユーザーに Cognito で MFA を強制できますか',
        'SSO ユーザーの MFA はどう設定しますか',
        'Google でログインする人に MFA をかけるにはどうしますか',
      ],
    },
    answer: {
      en: {
        text: 'Cognito does not run its MFA for federated users: the identity provider authenticates them. Enforce MFA in the IdP (Google Workspace, Microsoft Entra ID, Okta ... conditional access or sign-on policies).',
      },
      ja: {
        text: 'Cognito はフェデレーションユーザーに対して自身の MFA を実行しません (認証するのは ID プロバイダーです)。MFA は IdP 側 (Google Workspace、Microsoft Entra ID、Okta などの条件付きアクセスやサインオンポリシー) で強制してください。',
      },
    },
  },
  {
    id: 'federated-users-no-mfa/is-federated',
    questions: {
      en: [
        'how can I tell if a user is federated?',
        'what does EXTERNAL_PROVIDER mean',
        'how do I check the user status',
        'how do I find out whether a user signed up through an identity provider',
        'does the user have an identities attribute from google or saml',
      ],
      ja: [
        'ユーザーがフェデレーションユーザーかどうか確認するには？',
        'EXTERNAL_PROVIDER とはどういう意味ですか',
        'ユーザーのステータスを確認する方法',
        'ユーザーが IdP 経由で作られたかどうかを見分けるには',
        'identities 属性でフェデレーションユーザーか確認できますか',
      ],
    },
    answer: {
      en: {
        text: 'Federated users have `UserStatus: EXTERNAL_PROVIDER`, a username like `<Provider>_<id>` and an `identities` attribute.',
        code: 'aws cognito-idp admin-get-user --user-pool-id <pool-id> --username <username> --query "[UserStatus, UserAttributes[?Name==\'identities\']]"',
      },
      ja: {
        text: 'フェデレーションユーザーは `UserStatus: EXTERNAL_PROVIDER` で、ユーザー名が `<Provider>_<id>` の形になり、`identities` 属性を持っています。',
        code: 'aws cognito-idp admin-get-user --user-pool-id <pool-id> --username <username> --query "[UserStatus, UserAttributes[?Name==\'identities\']]"',
      },
    },
  },
  {
    id: 'federated-users-no-mfa/linked-users',
    questions: {
      en: [
        'what about users linked to a native account?',
        'if I link the idp user to a local user does mfa apply',
        'does AdminLinkProviderForUser make them do mfa',
      ],
      ja: [
        'ネイティブユーザーにリンクしたユーザーはどうなりますか？',
        'IdP のユーザーをローカルユーザーにリンクすると MFA はかかりますか',
        'AdminLinkProviderForUser でリンクしたら MFA は求められますか',
      ],
    },
    answer: {
      en: {
        text: 'MFA depends on how the user signs in, not on the profile: signing in with username and password runs Cognito MFA; signing in through the linked IdP does not.',
      },
      ja: {
        text: 'MFA はプロファイルではなくサインイン方法で決まります。ユーザー名とパスワードでサインインすれば Cognito の MFA が実行され、リンクした IdP 経由でサインインした場合は実行されません。',
      },
    },
  },
];
