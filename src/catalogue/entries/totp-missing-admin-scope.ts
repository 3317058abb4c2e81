import { consolePath } from '../console-labels';
import type { CatalogueEntry } from '../types';
import { ALLOW_ADMIN_SCOPE } from './shared-code';
import { APP_CLIENTS_GUIDE, apiReference, KC_MFA_ERRORS, KC_MFA_ERRORS_JA } from './shared-links';

export const entry: CatalogueEntry = {
  id: 'totp-missing-admin-scope',
  kind: 'error',
  signatures: {
    exceptions: ['NotAuthorizedException'],
    messages: ['Access Token does not have required scopes'],
    sources: {
      'Access Token does not have required scopes': 'https://github.com/aws-amplify/amplify-js/issues/1906',
    },
    prose: {
      en: [
        'access token does not have required scopes',
        'aws.cognito.signin.user.admin scope missing',
        'AssociateSoftwareToken fails with a hosted UI token',
        'managed login access token cannot set up TOTP',
        'hosted UI access token cannot call AssociateSoftwareToken',
      ],
      ja: [
        'アクセストークンには必要なスコープがありません',
        'aws.cognito.signin.user.admin スコープがない',
        'ホストされた UI のトークンで AssociateSoftwareToken が失敗する',
        'マネージドログインのトークンで TOTP を設定できない',
      ],
    },
  },
  symptoms: {
    en: [
      'After signing in through the hosted UI or an OAuth flow, user calls such as associateSoftwareToken or getUserAttributes are not authorized.',
      'The access token does not carry the aws.cognito.signin.user.admin scope because the app client or the authorize request did not ask for it.',
      'Users who sign in with signInWithRedirect (Amplify v6) or Auth.federatedSignIn (v5) fail to set up TOTP, while the same calls work after a password sign-in.',
      'The oauth scopes in the Amplify configuration list only openid, email and profile, so the access token from managed login lacks aws.cognito.signin.user.admin.',
      'fetchUserAttributes or updateMFAPreference fails with NotAuthorizedException after the redirect back from the hosted UI.',
      "The app client's allowed OAuth scopes in the console do not include aws.cognito.signin.user.admin, so the /oauth2/authorize request cannot ask for it.",
      'Decoding the access token shows a scope claim of openid email only; tokens from InitiateAuth always carry aws.cognito.signin.user.admin.',
      'A backend that signs users in with the OAuth authorization code flow, without asking for the admin scope, receives an access token that GetUser and AssociateSoftwareToken refuse.',
      'Client credentials tokens and tokens with only custom resource server scopes cannot make user self-service calls like AssociateSoftwareToken.',
      'Allowing the scope on the app client is not enough when the app requests its own scope list (Amplify oauth scopes, an OIDC library): that list must include aws.cognito.signin.user.admin too.',
      'How do I add the admin scope to the app client in CDK (OAuthScope.COGNITO_ADMIN) or Terraform (allowed_oauth_scopes)?',
      "Tokens from managed login or the /oauth2/token exchange are refused by self-service calls that the same user's SDK password sign-in can make.",
    ],
    ja: [
      'Hosted UI や OAuth でサインインしたあと、associateSoftwareToken やユーザー属性の取得が権限なしで失敗する。',
      'アクセストークンに aws.cognito.signin.user.admin スコープが含まれていない。アプリクライアントで許可していない。',
      'Amplify v6 の signInWithRedirect (v5 の Auth.federatedSignIn) でログインしたユーザーだけ TOTP の設定に失敗する。パスワードでのサインインなら動く。',
      'Amplify の oauth 設定の scope が openid, email, profile だけで、マネージドログインのアクセストークンに aws.cognito.signin.user.admin が入っていない。',
      'Hosted UI からリダイレクトで戻ったあと、fetchUserAttributes や updateMFAPreference が NotAuthorizedException になる。',
      'コンソールでアプリクライアントの許可された OAuth スコープに aws.cognito.signin.user.admin を入れていなかった。',
      'アクセストークンをデコードすると scope が openid email だけ。InitiateAuth で取ったトークンなら必ず入っている。',
      'アプリ側で scope を列挙している場合 (Amplify の oauth.scopes や OIDC ライブラリ)、アプリクライアントで許可するだけでなく、その一覧にも aws.cognito.signin.user.admin を入れないとトークンに入らない。',
      'CDK なら OAuthScope.COGNITO_ADMIN、Terraform なら allowed_oauth_scopes にスコープを追加する。',
      'マネージドログインや /oauth2/token で取得したトークンだと、SDK のパスワード認証で取ったトークンなら通るセルフサービスの呼び出しが拒否される。',
    ],
  },
  text: {
    en: {
      title: 'The access token lacks the aws.cognito.signin.user.admin scope',
      summary:
        'AssociateSoftwareToken (like GetUser, UpdateUserAttributes and other self-service calls) needs an access token with the `aws.cognito.signin.user.admin` scope.',
      causes: [
        'The user signed in through the hosted UI / managed login (OAuth), and the app client does not allow, or the app does not request, the `aws.cognito.signin.user.admin` scope.',
        'Tokens from `InitiateAuth` carry the scope automatically; a token from the OAuth flow, a client-credentials token or a token with only custom scopes does not.',
      ],
      fixes: [
        {
          text: `Allow the scope on the app client. Console: ${consolePath('en', 'oidcScopes')}: add \`aws.cognito.signin.user.admin\`. CLI: the first command (it needs jq) carries every current setting over with the added scope; written by hand, the update must pass back every setting describe-user-pool-client shows. OAuth scopes apply only while \`AllowedOAuthFlowsUserPoolClient\` is true.`,
          code: ALLOW_ADMIN_SCOPE,
          warning:
            'UpdateUserPoolClient resets every setting you do not pass to its default (auth flows, OAuth scopes, callback URLs, token lifetimes ...). Pass the current values from describe-user-pool-client back with the change.',
        },
        {
          text: 'Request the scope in the authorize URL (`scope=openid+aws.cognito.signin.user.admin`, or in Amplify `oauth.scopes`), sign in again and check the access token’s `scope` claim.',
          code: 'https://<your-domain>/oauth2/authorize?response_type=code&client_id=<client-id>&redirect_uri=<callback-url>&scope=openid+aws.cognito.signin.user.admin',
        },
      ],
    },
    ja: {
      title: 'アクセストークンに aws.cognito.signin.user.admin スコープが含まれていない',
      summary:
        'AssociateSoftwareToken (および GetUser、UpdateUserAttributes などのセルフサービス API) には `aws.cognito.signin.user.admin` スコープを含むアクセストークンが必要です。',
      causes: [
        'ユーザーがホストされた UI / マネージドログイン (OAuth) でサインインしており、アプリクライアントが `aws.cognito.signin.user.admin` スコープを許可していないか、アプリがそれを要求していません。',
        '`InitiateAuth` で取得したトークンには自動的にスコープが含まれますが、OAuth フローのトークン、クライアント認証情報のトークン、カスタムスコープだけのトークンには含まれません。',
      ],
      fixes: [
        {
          text: `アプリクライアントでスコープを許可します。コンソール: ${consolePath('ja', 'oidcScopes')}で \`aws.cognito.signin.user.admin\` を追加。CLI の場合は、最初のコマンド (jq が必要) なら現在の設定をすべて引き継いだままスコープを追加できます。手で書く場合は、describe-user-pool-client で表示される設定をすべて渡し直してください。OAuth のスコープは \`AllowedOAuthFlowsUserPoolClient\` が true の場合にのみ有効です。`,
          code: ALLOW_ADMIN_SCOPE,
          warning:
            'UpdateUserPoolClient は、指定しなかった設定 (認証フロー、OAuth スコープ、コールバック URL、トークンの有効期間など) をすべてデフォルト値にリセットします。describe-user-pool-client で取得した現在の値を変更内容と一緒に必ず渡してください。',
        },
        {
          text: '認可 URL でスコープを要求し (`scope=openid+aws.cognito.signin.user.admin`、Amplify では `oauth.scopes`)、サインインし直してアクセストークンの `scope` クレームを確認します。',
          code: 'https://<your-domain>/oauth2/authorize?response_type=code&client_id=<client-id>&redirect_uri=<callback-url>&scope=openid+aws.cognito.signin.user.admin',
        },
      ],
    },
  },
  links: [
    KC_MFA_ERRORS,
    KC_MFA_ERRORS_JA,
    APP_CLIENTS_GUIDE,
    apiReference('AssociateSoftwareToken'),
    apiReference('UpdateUserPoolClient'),
  ],
};
