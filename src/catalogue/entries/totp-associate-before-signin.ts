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
      'Right after AdminCreateUser an administrator wants to attach an authenticator to that account, but AssociateSoftwareToken takes no user name, so nobody can call it for someone else.',
      'At the MFA_SETUP challenge no tokens exist yet: the TOTP secret is tied to the pending sign-in, and code that waits for an access token never receives one.',
      "Amplify v6 setUpTOTP throws while the user is still in the middle of signing in; the TOTP setup details arrive with the sign-in's next step instead.",
      'We want only an admin group to enrol an authenticator at next login, but with MFA optional Cognito never sends MFA_SETUP, and no API puts a single user into MFA setup.',
      'Our SDK wrapper only reports a failed login when a user has to enrol an authenticator first, because it does not surface the MFA_SETUP challenge.',
      'Can the backend pre-provision TOTP secrets for all users in bulk, or mail the otpauth link in the welcome email, before they log in?',
      "Can an administrator enrol the authenticator app on a user's behalf at onboarding, without the user signing in?",
      'TOTP enrolment only happens in the user’s own sign-in or signed-in session; no admin API attaches a TOTP device to an account in advance.',
      'We want a standalone page to register the authenticator app outside the login screens, but the UI library shows TOTP setup only as a step inside sign-in.',
      "With MFA required, a new user's first sign-in goes from the new password step straight to MFA_SETUP; the QR code belongs to that pending sign-in.",
      'Can TOTP setup come before the password is entered? Registering an authenticator needs a finished sign-in or the session of one in progress.',
    ],
    ja: [
      'サインインが終わる前に associateSoftwareToken や setupTOTP を呼んで、認証されていないと言われる。',
      'MFA 必須のプールで初回サインインに MFA_SETUP チャレンジが返り、アクセストークンがないので認証アプリを登録できない。',
      '初回ログイン時に TOTP の設定を強制したい、ログイン前にユーザーの認証アプリを登録しておきたい。',
      '管理者がユーザーを作成した時点で TOTP のシークレットを発行しておきたい。',
      'AdminCreateUser の直後に管理者側で認証アプリを紐づけておきたいが、AssociateSoftwareToken にはユーザー名を指定する引数がなく、本人以外は呼べない。',
      'MFA_SETUP の段階ではまだトークンが発行されておらず、アクセストークン前提の登録処理は動かない。',
      'Amplify v6 でサインインの途中に setUpTOTP を実行すると失敗する。TOTP の設定情報はサインインの次のステップで返ってくる。',
      '管理者グループだけ次回ログインで TOTP 登録を強制したいが、MFA 任意のプールでは MFA_SETUP が返ってこないし、ユーザー単位で MFA 設定待ちにする API もない。',
      'ログイン前にバックエンドで全ユーザーの TOTP シークレットを一括発行して、招待メールで otpauth のリンクを配りたい。',
      'オンボーディングのときに、本人がサインインする前に管理者が代わりに認証アプリを登録できないか。',
      'ログイン画面とは別に認証アプリを登録する単独のページを作りたいが、UI ライブラリでは TOTP の設定がサインイン途中のステップとしてしか出ない。',
      'MFA 必須のプールでは、新規ユーザーの初回サインインは新しいパスワードの設定からそのまま MFA_SETUP に進み、QR コードはその途中のサインインで発行される。',
      'パスワードの入力より前に TOTP の設定をさせられるか。認証アプリの登録には完了したサインインか、進行中のサインインのセッションが要る。',
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
