import { consolePath } from '../console-labels';
import { RAISE_AUTH_SESSION_VALIDITY } from '../entries/shared-code';
import type { FollowUp } from '../types';
import { UPDATE_CLIENT_RESETS } from './warnings';

export const followUps: FollowUp[] = [
  {
    id: 'session-expired/change-duration',
    questions: {
      en: [
        'how do I make it longer?',
        'how can I increase the session timeout',
        'where do I change the authentication flow session duration',
        'can we extend the auth session validity to 15 minutes',
        'how to raise the session time',
        'increse the sesion lenght',
        'how do I set AuthSessionValidity in CloudFormation or CDK',
        'what is the cli command to change the session duration',
        'set the session to 15 minutes',
      ],
      ja: [
        'セッションの有効期間を延長する方法を教えてください',
        'セッションの有効時間を 15 分に増やすには',
        'セッション時間を長くしたい',
        '認証フローセッションの期間はどこで設定しますか',
        'AuthSessionValidity を CloudFormation や CDK で設定するには？',
        'セッションタイムアウトを伸ばせますか',
        'セッションの期限を変更するコマンドは？',
        '3分ではなく10分にしたい',
        'セッションを 15 分に設定するには',
      ],
    },
    answer: {
      en: {
        text: `Raise the app client's *authentication flow session duration* (\`AuthSessionValidity\`, in minutes, 3 to 15). Console: ${consolePath('en', 'authFlowSessionDuration')}. CloudFormation: \`AuthSessionValidity: 15\` on \`AWS::Cognito::UserPoolClient\`; CDK: \`authSessionValidity: Duration.minutes(15)\`; Terraform: \`auth_session_validity = 15\`.`,
        code: RAISE_AUTH_SESSION_VALIDITY,
        warning: UPDATE_CLIENT_RESETS.en,
      },
      ja: {
        text: `アプリクライアントの「認証フローセッション時間」(\`AuthSessionValidity\`、分単位、3〜15) を延ばします。コンソール: ${consolePath('ja', 'authFlowSessionDuration')}。CloudFormation は \`AWS::Cognito::UserPoolClient\` の \`AuthSessionValidity: 15\`、CDK は \`authSessionValidity: Duration.minutes(15)\`、Terraform は \`auth_session_validity = 15\` です。`,
        code: RAISE_AUTH_SESSION_VALIDITY,
        warning: UPDATE_CLIENT_RESETS.ja,
      },
    },
  },
  {
    id: 'session-expired/default-and-range',
    questions: {
      en: [
        'what is the default session duration?',
        'how long is the session by default',
        'whats the max value for AuthSessionValidity',
        'what range can the session validity have',
        'is 3 minutes the default?',
        'what is the upper limit',
        'what are the lowest and highest session values allowed',
      ],
      ja: [
        'デフォルトのセッション時間は何分ですか？',
        'セッションの有効期間の初期値は？',
        'AuthSessionValidity の最大値はいくつですか',
        '設定できる範囲を教えてください',
        'デフォルトって3分なんですか',
        '既定値と上限を知りたい',
        'セッション時間の最小値と最大値は',
        '初期設定では何分ですか',
      ],
    },
    answer: {
      en: {
        text: 'The default is 3 minutes. `AuthSessionValidity` takes whole minutes from 3 to 15; it is set per app client, so each client can have its own value.',
      },
      ja: {
        text: 'デフォルトは 3 分です。`AuthSessionValidity` には 3〜15 の分単位の値を指定でき、アプリクライアントごとに設定します (クライアントごとに別の値にできます)。',
      },
    },
  },
  {
    id: 'session-expired/refresh-tokens',
    questions: {
      en: [
        'does this affect refresh tokens?',
        'will changing it change the refresh token expiry',
        'is this the same as token validity',
        'does the session duration change how long users stay logged in',
        'does it affect access token or id token lifetime',
        'is the session related to RefreshTokenValidity',
      ],
      ja: [
        'リフレッシュトークンにも影響しますか？',
        'トークンの有効期限とは別の設定ですか',
        'これを変えるとログイン状態の持続時間も変わりますか',
        'アクセストークンや ID トークンの有効期限に影響はありますか',
        'これを延ばすとログイン状態も長く続きますか',
      ],
    },
    answer: {
      en: {
        text: 'No. `AuthSessionValidity` only limits the auth-flow session that links one challenge step to the next (for example the time to type the MFA code). How long users stay signed in is the token validity: `RefreshTokenValidity`, `AccessTokenValidity` and `IdTokenValidity` on the same app client, which this setting does not change.',
      },
      ja: {
        text: 'いいえ、影響しません。`AuthSessionValidity` はチャレンジとチャレンジの間をつなぐ認証フローのセッション (たとえば MFA コードを入力するまでの時間) だけを制限します。サインイン状態がどれだけ続くかは、同じアプリクライアントの `RefreshTokenValidity`、`AccessTokenValidity`、`IdTokenValidity` で決まり、この設定では変わりません。',
      },
    },
  },
  {
    id: 'session-expired/longer-than-15',
    questions: {
      en: [
        'can I set it longer than 15 minutes?',
        '15 minutes is not enough, what can we do',
        'is there a way to go past the 15 minute limit',
        'what if users need more time to enter the code',
        'we want a 30 minute session, is that possible',
        'can the session go to 20 or 30 minutes',
      ],
      ja: [
        '15分より長くできますか？',
        '15分では足りない場合はどうすればいいですか',
        '上限の15分を超えて設定する方法はありますか',
        'コード入力にもっと時間がかかるユーザーへの対処は？',
        'セッションを 30 分にできますか',
        '20 分や 30 分に設定するのは無理ですか',
      ],
    },
    answer: {
      en: {
        text: 'No: 15 minutes is the maximum. When the session has expired, catch `NotAuthorizedException` with "session is expired" in the app and start the sign-in again from `InitiateAuth` (or `signIn` in Amplify) instead of showing a dead end.',
      },
      ja: {
        text: 'できません。15 分が上限です。期限切れになった場合は、アプリで "session is expired" の `NotAuthorizedException` を捕捉し、`InitiateAuth` (Amplify なら `signIn`) からサインインをやり直すようにしてください。',
      },
    },
  },
  {
    id: 'session-expired/which-steps',
    questions: {
      en: [
        'does every challenge step start a fresh session window',
        'does the timer cover the MFA code entry?',
        'when does the session start counting',
        'is the 3 minutes for the whole login or per step',
        'why does it expire while the user is typing the mfa code',
        'does the 3 minute limit include the time to type the code',
      ],
      ja: [
        'チャレンジのたびに新しいセッションの期限が始まりますか',
        'MFA コードの入力時間も含まれますか？',
        'セッションの時間はいつから数えられますか',
        '3分はログイン全体ですか、それともステップごとですか',
        'MFA コードを入力している間に期限切れになるのはなぜですか',
        'チャレンジごとにセッションの時間は別ですか',
        'パスワードの後でセッションの時間はリセットされますか',
        'タイマーはサインイン全体ですか、チャレンジごとですか',
      ],
    },
    answer: {
      en: {
        text: 'Each response that returns a `Session` (from `InitiateAuth`, `RespondToAuthChallenge`, `AssociateSoftwareToken` ...) starts a new session of `AuthSessionValidity` minutes, and the next call must arrive before it runs out. So it is per challenge step, and typing the MFA code (or setting up the authenticator app during `MFA_SETUP`) counts against it.',
      },
      ja: {
        text: '`Session` を返す各レスポンス (`InitiateAuth`、`RespondToAuthChallenge`、`AssociateSoftwareToken` など) ごとに `AuthSessionValidity` 分のセッションが始まり、その間に次の呼び出しを行う必要があります。つまりチャレンジのステップごとで、MFA コードの入力 (`MFA_SETUP` 中の認証アプリの登録も) はこの時間に含まれます。',
      },
    },
  },
];
