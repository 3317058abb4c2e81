import type { CatalogueEntry } from '../types';
import { apiReference, KC_MFA_ERRORS, KC_MFA_ERRORS_JA, MFA_GUIDE, TOTP_MFA_GUIDE } from './shared-links';

/** An administrator-created user signing in through the API in a pool that requires MFA. */
const MFA_SETUP_SESSION = `aws cognito-idp initiate-auth --client-id <client-id> --auth-flow USER_PASSWORD_AUTH \\
  --auth-parameters USERNAME=<username>,PASSWORD=<password>
# ChallengeName: MFA_SETUP (after NEW_PASSWORD_REQUIRED while the password is temporary)
aws cognito-idp associate-software-token --session "<Session from the MFA_SETUP challenge>"`;

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
  symptoms: {
    en: [
      'associateSoftwareToken or setupTOTP fails with user is not authenticated because the user has not signed in yet.',
      'The pool requires MFA, the first sign-in returns the MFA_SETUP challenge, and the app cannot register the authenticator because there is no access token.',
      'We want to force every user to set up TOTP at first login, or to set up the authenticator for users before they sign in.',
      'An administrator wants to issue the TOTP secret when creating the user, before the user ever signs in.',
    ],
    ja: [
      'サインインが終わる前に associateSoftwareToken や setupTOTP を呼んで、認証されていないと言われる。',
      'MFA 必須のプールで初回サインインに MFA_SETUP チャレンジが返り、アクセストークンがないので認証アプリを登録できない。',
      '初回ログイン時に TOTP の設定を強制したい、ログイン前にユーザーの認証アプリを登録しておきたい。',
      '管理者がユーザーを作成した時点で TOTP のシークレットを発行しておきたい。',
    ],
  },
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
          text: 'In a pool that requires MFA with TOTP enabled, where the new user gets the first chance depends on how the user was created. A user who signs up (`SignUp` or managed login) gets one-time tokens on completing sign-up: set up TOTP with that access token (next step), as later sign-ins fail until TOTP is registered. An administrator-created user who signs in through `InitiateAuth` / `AdminInitiateAuth` gets no tokens: Cognito returns the `MFA_SETUP` challenge at once (after the new password, if it was temporary); call AssociateSoftwareToken with that challenge’s session. Managed login walks users through the setup itself.',
          code: MFA_SETUP_SESSION,
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
          text: 'TOTP を有効にして MFA を必須にしたプールでは、新規ユーザーが最初に TOTP を設定できる機会はユーザーの作成方法によって異なります。自分でサインアップしたユーザー (`SignUp` またはマネージドログイン) は、サインアップの完了時に 1 回限りのトークンを受け取るので、そのアクセストークンで TOTP を設定します (次の手順)。TOTP を登録するまで以降のサインインは失敗します。管理者が作成したユーザーが `InitiateAuth` / `AdminInitiateAuth` でサインインする場合はトークンが発行されず、(一時パスワードなら新しいパスワードの設定後) すぐに `MFA_SETUP` チャレンジが返るので、そのチャレンジのセッションで AssociateSoftwareToken を呼び出します。マネージドログインは設定をユーザーに案内します。',
          code: MFA_SETUP_SESSION,
        },
        {
          text: 'サインイン済みのユーザーには、そのアクセストークン (`aws.cognito.signin.user.admin` スコープが必要) で AssociateSoftwareToken を呼び出します。',
          code: 'aws cognito-idp associate-software-token --access-token <access-token>',
        },
      ],
    },
  },
  links: [KC_MFA_ERRORS, KC_MFA_ERRORS_JA, TOTP_MFA_GUIDE, MFA_GUIDE, apiReference('AssociateSoftwareToken')],
};
