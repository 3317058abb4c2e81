import type { CatalogueEntry } from '../types';
import { apiReference, KC_MFA_ERRORS, KC_MFA_ERRORS_JA, TOTP_MFA_GUIDE } from './shared-links';

export const entry: CatalogueEntry = {
  id: 'totp-associate-before-signin',
  kind: 'precondition',
  signatures: {
    exceptions: [],
    messages: [],
    prose: {
      en: [
        'AssociateSoftwareToken before the user signs in',
        'register TOTP for a user who has not signed in yet',
        'pre-provision authenticator app for new users',
        'associate a software token without an access token or session',
      ],
      ja: [
        'サインイン前に AssociateSoftwareToken',
        'まだサインインしていないユーザーに TOTP を関連付けたい',
        'ユーザー作成時に TOTP を事前登録したい',
        'アクセストークンもセッションもなしで TOTP を関連付ける',
        'サインインしようとするまで TOTP トークンをユーザーに関連付けることはできません',
      ],
    },
  },
  rules: [],
  text: {
    en: {
      title: 'A TOTP token can be associated only once the user signs in',
      summary:
        'AssociateSoftwareToken needs either the user’s access token or the session of a sign-in in progress; it cannot be done for a user who has not started signing in.',
      causes: [
        'AssociateSoftwareToken takes an `AccessToken` (a signed-in user) or a `Session` (the `MFA_SETUP` challenge of a sign-in in progress). An administrator cannot associate a token on a user’s behalf before that.',
      ],
      fixes: [
        {
          text: 'For new users, require MFA with TOTP enabled: at the first sign-in of a user without another MFA factor, InitiateAuth returns the `MFA_SETUP` challenge and its session; call AssociateSoftwareToken with that session.',
          code: `aws cognito-idp initiate-auth --client-id <client-id> --auth-flow USER_PASSWORD_AUTH \\
  --auth-parameters USERNAME=<username>,PASSWORD=<password>
# ChallengeName: MFA_SETUP
aws cognito-idp associate-software-token --session "<Session from initiate-auth>"`,
        },
        {
          text: 'For users who are already signed in, call AssociateSoftwareToken with their access token (which needs the `aws.cognito.signin.user.admin` scope).',
          code: 'aws cognito-idp associate-software-token --access-token <access-token>',
        },
      ],
    },
    ja: {
      title: 'TOTP トークンはユーザーがサインインを試みてからでないと関連付けられない',
      summary:
        'AssociateSoftwareToken にはユーザーのアクセストークンか進行中のサインインのセッションが必要で、サインインを開始していないユーザーには実行できません。',
      causes: [
        'AssociateSoftwareToken は `AccessToken` (サインイン済みのユーザー) か `Session` (進行中のサインインの `MFA_SETUP` チャレンジ) を受け取ります。それより前に管理者がユーザーの代わりにトークンを関連付けることはできません。',
      ],
      fixes: [
        {
          text: '新規ユーザーには、TOTP を有効にして MFA を必須にします。ほかの MFA 要素を持たないユーザーの初回サインイン時に InitiateAuth が `MFA_SETUP` チャレンジとセッションを返すので、そのセッションで AssociateSoftwareToken を呼び出します。',
          code: `aws cognito-idp initiate-auth --client-id <client-id> --auth-flow USER_PASSWORD_AUTH \\
  --auth-parameters USERNAME=<username>,PASSWORD=<password>
# ChallengeName: MFA_SETUP
aws cognito-idp associate-software-token --session "<Session from initiate-auth>"`,
        },
        {
          text: 'サインイン済みのユーザーには、そのアクセストークン (`aws.cognito.signin.user.admin` スコープが必要) で AssociateSoftwareToken を呼び出します。',
          code: 'aws cognito-idp associate-software-token --access-token <access-token>',
        },
      ],
    },
  },
  links: [KC_MFA_ERRORS, KC_MFA_ERRORS_JA, TOTP_MFA_GUIDE, apiReference('AssociateSoftwareToken')],
};
