import { consolePath } from '../console-labels';
import { ALLOW_ADMIN_SCOPE } from '../entries/shared-code';
import type { FollowUp } from '../types';
import { UPDATE_CLIENT_RESETS } from './warnings';

export const followUps: FollowUp[] = [
  {
    id: 'totp-missing-admin-scope/what-is-scope',
    questions: {
      en: [
        'what is aws.cognito.signin.user.admin?',
        'what does the admin scope do',
        'what is that scope for',
        'is the user.admin scope dangerous, does it give admin rights',
        'which calls need this scope',
        'is it safe to allow the user.admin scope',
      ],
      ja: [
        'aws.cognito.signin.user.admin とは何ですか？',
        'このスコープは何のためのものですか',
        'admin という名前ですが管理者権限ですか',
        'どの API でこのスコープが必要ですか',
        'user.admin スコープを許可しても安全ですか',
        'signin.user.admin スコープで管理者の操作ができてしまいますか',
      ],
    },
    answer: {
      en: {
        text: "`aws.cognito.signin.user.admin` is a reserved Cognito scope that lets an access token call the user's own self-service API operations: `GetUser`, `UpdateUserAttributes`, `ChangePassword`, `AssociateSoftwareToken`, `VerifySoftwareToken`, `SetUserMFAPreference` and similar. Despite the name it is not an administrator permission: it only acts on the signed-in user.",
      },
      ja: {
        text: '`aws.cognito.signin.user.admin` は Cognito の予約済みスコープで、アクセストークンでそのユーザー自身のセルフサービス API (`GetUser`、`UpdateUserAttributes`、`ChangePassword`、`AssociateSoftwareToken`、`VerifySoftwareToken`、`SetUserMFAPreference` など) を呼べるようにします。名前に admin とありますが管理者権限ではなく、サインインしているユーザー本人に対する操作だけです。',
      },
    },
  },
  {
    id: 'totp-missing-admin-scope/allow-on-client',
    questions: {
      en: [
        'how do I add the scope to the app client?',
        'how to allow aws.cognito.signin.user.admin on my client',
        'where do I enable the admin scope in the console',
        'how do I fix the missing scope',
        'set allowed oauth scopes with the cli',
        'add the admin scope to the allowed oauth scopes of the client',
      ],
      ja: [
        'アプリクライアントにスコープを追加するには？',
        'aws.cognito.signin.user.admin を許可する方法を教えてください',
        'コンソールのどこでスコープを有効にしますか',
        'スコープ不足はどう直せばいいですか',
        'CLI で許可する OAuth スコープを設定したい',
        'クライアントの許可スコープに admin を入れる方法',
      ],
    },
    answer: {
      en: {
        text: `Allow the scope on the app client (console: ${consolePath('en', 'oidcScopes')}, tick \`aws.cognito.signin.user.admin\`), then request it when the user signs in; OAuth scopes apply only while the client has OAuth on (\`AllowedOAuthFlowsUserPoolClient\`). CloudFormation: add it to \`AllowedOAuthScopes\`; CDK: \`OAuthScope.COGNITO_ADMIN\` in \`oAuth.scopes\`.`,
        code: ALLOW_ADMIN_SCOPE,
        warning: UPDATE_CLIENT_RESETS.en,
      },
      ja: {
        text: `アプリクライアントでスコープを許可し (コンソール: ${consolePath('ja', 'oidcScopes')}で \`aws.cognito.signin.user.admin\` を選択)、サインイン時にそのスコープを要求します。OAuth のスコープはクライアントで OAuth が有効 (\`AllowedOAuthFlowsUserPoolClient\`) な場合にのみ有効です。CloudFormation は \`AllowedOAuthScopes\` に追加、CDK は \`oAuth.scopes\` に \`OAuthScope.COGNITO_ADMIN\` を追加します。`,
        code: ALLOW_ADMIN_SCOPE,
        warning: UPDATE_CLIENT_RESETS.ja,
      },
    },
  },
  {
    id: 'totp-missing-admin-scope/hosted-ui',
    questions: {
      en: [
        'does this apply to the hosted UI?',
        'how do I request the scope from managed login',
        'what about amplify with oauth, how do I ask for the scope',
        'the hosted ui token has no admin scope',
        'how do i put the scope in the authorize url',
        'how do I get the scope into tokens from the hosted ui',
      ],
      ja: [
        'ホストされた UI でも同じですか？',
        'マネージドログインでスコープを要求するには？',
        'Amplify の OAuth 設定でスコープを指定する方法は',
        'Hosted UI のトークンに admin スコープが入っていません',
        'authorize の URL にスコープを付けるには',
        'Hosted UI で取得するトークンにスコープを含めるには',
        'マネージドログインの authorize リクエストに scope を追加する方法',
      ],
    },
    answer: {
      en: {
        text: "Yes: tokens from the hosted UI / managed login carry only the scopes the app asked for and the client allows. Add it to the `scope` parameter of `/oauth2/authorize` (space-separated, URL-encoded), or in Amplify to `loginWith.oauth.scopes`. Check the result in the access token's `scope` claim.",
        code: 'https://<your-domain>/oauth2/authorize?response_type=code&client_id=<client-id>&redirect_uri=<callback-url>&scope=openid+aws.cognito.signin.user.admin',
      },
      ja: {
        text: 'はい。ホストされた UI / マネージドログインのトークンには、アプリが要求し、かつクライアントが許可しているスコープだけが入ります。`/oauth2/authorize` の `scope` パラメータ (スペース区切り、URL エンコード) に追加するか、Amplify なら `loginWith.oauth.scopes` に追加してください。結果はアクセストークンの `scope` クレームで確認できます。',
        code: 'https://<your-domain>/oauth2/authorize?response_type=code&client_id=<client-id>&redirect_uri=<callback-url>&scope=openid+aws.cognito.signin.user.admin',
      },
    },
  },
  {
    id: 'totp-missing-admin-scope/why-initiateauth',
    questions: {
      en: [
        'why do InitiateAuth tokens have the scope?',
        'it works with the sdk login but not with the hosted ui, why',
        'why does the api sign in token work',
        'why is the scope there when I log in with InitiateAuth',
        'why does the password login token work but the oauth one does not',
        'how come tokens from initiate auth include the admin scope',
      ],
      ja: [
        'InitiateAuth のトークンにはなぜスコープがあるのですか？',
        'SDK でのログインだと動くのに Hosted UI だと動かないのはなぜ',
        'API でサインインしたトークンでは問題ないのはどうして',
        'InitiateAuth で取得したトークンにスコープが含まれるのはなぜ',
        'パスワードでのサインインのトークンは動くのに OAuth のトークンは動かないのはなぜ',
      ],
    },
    answer: {
      en: {
        text: 'Tokens from the user-pools API sign-in (`InitiateAuth`, `AdminInitiateAuth`, `RespondToAuthChallenge`) always include `aws.cognito.signin.user.admin`: they are issued for that API. OAuth 2.0 tokens from managed login carry only the requested and allowed scopes, which is why the same call fails there.',
      },
      ja: {
        text: 'ユーザープール API でのサインイン (`InitiateAuth`、`AdminInitiateAuth`、`RespondToAuthChallenge`) で発行されるトークンには、常に `aws.cognito.signin.user.admin` が含まれます。一方、マネージドログインの OAuth 2.0 トークンには要求され許可されたスコープしか入らないため、同じ API 呼び出しがそちらでは失敗します。',
      },
    },
  },
  {
    id: 'totp-missing-admin-scope/without-token',
    questions: {
      en: [
        'can I set up TOTP without the access token?',
        'is there an admin api to associate the software token',
        'can the backend register totp for the user',
        'is there an admin api for totp setup',
        'can associate software token take a session rather than an access token',
      ],
      ja: [
        'アクセストークンなしで TOTP を設定できますか？',
        'ソフトウェアトークンを関連付ける管理者 API はありますか',
        'バックエンドからユーザーの TOTP を登録できますか',
        'アクセストークンではなくセッションで TOTP を関連付けられますか',
      ],
    },
    answer: {
      en: {
        text: "There is no admin version of `AssociateSoftwareToken`. Either call it with an access token that has the scope, or during sign-in: when MFA is required and the user has no factor yet, Cognito returns the `MFA_SETUP` challenge, and `AssociateSoftwareToken` accepts that challenge's `Session` instead of an access token.",
      },
      ja: {
        text: '`AssociateSoftwareToken` に管理者版はありません。スコープを持つアクセストークンで呼ぶか、サインイン中に行います。MFA が必須でユーザーにまだ要素がない場合 Cognito は `MFA_SETUP` チャレンジを返し、`AssociateSoftwareToken` はアクセストークンの代わりにそのチャレンジの `Session` を受け付けます。',
      },
    },
  },
];
