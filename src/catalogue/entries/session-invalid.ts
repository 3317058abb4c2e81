import type { CatalogueEntry } from '../types';
import { apiReference, KC_MFA_ERRORS, KC_MFA_ERRORS_JA } from './shared-links';

export const entry: CatalogueEntry = {
  id: 'session-invalid',
  kind: 'error',
  signatures: {
    exceptions: ['NotAuthorizedException'],
    messages: ['Invalid session for the user.', 'Invalid session provided for the user.'],
    sources: {
      'Invalid session for the user.':
        'https://github.com/aws-samples/amazon-cognito-passwordless-email-auth/issues/17',
      'Invalid session provided for the user.': 'https://github.com/kdgregory/example-cognito-java/issues/1',
    },
    prose: {
      en: [
        'invalid session for the user',
        'wrong session string passed to RespondToAuthChallenge',
        'API calls in the wrong order during MFA',
        'session from InitiateAuth not accepted',
        'invalid session error',
      ],
      ja: [
        'ユーザーのセッションが無効です',
        'セッション文字列が違う',
        'API の呼び出し順序が正しくない',
        'InitiateAuth のセッションを渡しているのにエラー',
      ],
    },
  },
  symptoms: {
    en: [
      'RespondToAuthChallenge answers "Invalid session for the user" although the answer is sent within seconds: the session belongs to another sign-in attempt.',
      'After the new password is set, the next challenge answer (an email code, an SMS code) is refused as an invalid session.',
      'Steps: sign in with a temp password, complete the new password, enter the email code, and the last step fails because the session is not valid.',
      'The app starts another sign-in (a re-render, a timer, another tab) and answers the challenge with the session of the first one.',
      'The session was issued to one app client and answered with another client id, for example a mobile client for the sign-in and a backend client for AdminRespondToAuthChallenge.',
      'The answer names another user than the session was issued for, for example an email alias in ChallengeResponses instead of the name Cognito returned.',
      'The session string went through a cookie or a URL and arrived truncated, URL-encoded or with spaces, so Cognito does not recognise it.',
      'A session returned for one challenge is sent with a different ChallengeName, and Cognito rejects it as not valid for the user.',
      'The user object passed to confirmSignIn is not the one that received the challenge: it was rebuilt by hand or came from another sign-in.',
      'Why is the session rejected when the user answered quickly and sent it only once?',
      'Staging and production pool ids or regions are mixed up from the sign-in to the challenge answer.',
    ],
    ja: [
      'RespondToAuthChallenge ですぐに応答しているのに「Invalid session for the user」になる。別のサインインのセッションを送っている。',
      '新しいパスワードを設定したあと、次のメールコードや SMS コードの応答でセッションが無効と言われる。',
      '仮パスワードでサインインし、新しいパスワードを設定して、メールのコードを入力すると、最後にセッションが無効というエラーになる。',
      '再レンダリングや別タブで二つ目のサインインが始まり、最初の試行のセッションでチャレンジに答えてしまう。',
      'モバイル用のアプリクライアントでサインインし、バックエンドでは別のクライアント ID で AdminRespondToAuthChallenge しているのでセッションが無効になる。',
      'メールアドレスのエイリアスでサインインしたのに、ChallengeResponses に Cognito が返した名前と別の値を入れている。',
      'セッション文字列を Cookie や URL パラメータで受け渡したら、切り詰められたり URL エンコードされたりして無効扱いになる。',
      'あるチャレンジで返ったセッションを、別の ChallengeName の応答に使っている。',
      'チャレンジを受け取ったユーザーオブジェクトではなく、ユーザー名から作り直した CognitoUser を confirmSignIn に渡している。',
      'すぐに応答していて二重送信もしていないのに、なぜセッションが無効と言われるのか分からない。',
      'ステージングと本番でユーザープールやリージョンを取り違えて、別のプールで発行されたセッションを送っている。',
    ],
  },
  text: {
    en: {
      title: 'The call carried a session string Cognito did not expect',
      summary:
        'The `Session` passed to this call is not the one Cognito issued for this step, or the calls came in the wrong order.',
      causes: [
        'The session came from another user, another app client, another sign-in attempt or another step than the one being answered.',
        'The API calls were made out of order, e.g. RespondToAuthChallenge before InitiateAuth returned a session, or a challenge answered with a session from a different challenge.',
        'The session string was truncated or altered (URL-encoding, storage limits, whitespace).',
      ],
      fixes: [
        {
          text: 'Call `InitiateAuth` (or `AdminInitiateAuth`) first; it returns a `Session` with the challenge.',
          code: 'aws cognito-idp initiate-auth --client-id <client-id> --auth-flow USER_PASSWORD_AUTH \\\n  --auth-parameters USERNAME=<username>,PASSWORD=<password>',
        },
        {
          text: 'Answer the challenge with exactly that `Session`, unchanged, for the same user and app client, and use the new `Session` of each response in the next call.',
          code: 'aws cognito-idp respond-to-auth-challenge --client-id <client-id> --challenge-name SOFTWARE_TOKEN_MFA \\\n  --session "<Session from the previous response>" \\\n  --challenge-responses USERNAME=<username>,SOFTWARE_TOKEN_MFA_CODE=<code>',
        },
        {
          text: 'Store the session as an opaque string (no trimming, re-encoding or length limit) and keep it per sign-in attempt, not shared between users or tabs.',
        },
      ],
    },
    ja: {
      title: 'Cognito が想定していないセッション文字列が渡された',
      summary:
        'この呼び出しに渡した `Session` は、このステップ用に Cognito が発行したものではないか、API の呼び出し順序が正しくありません。',
      causes: [
        'セッションが別のユーザー、別のアプリクライアント、別のサインイン試行、または応答しようとしているものとは別のステップのものです。',
        'API を正しい順序で呼び出していません。たとえば InitiateAuth がセッションを返す前に RespondToAuthChallenge を呼んだ、別のチャレンジのセッションで応答した、などです。',
        'セッション文字列が途中で切れたり変化したりしています (URL エンコード、保存先の長さ制限、空白など)。',
      ],
      fixes: [
        {
          text: '最初に `InitiateAuth` (または `AdminInitiateAuth`) を呼び出します。チャレンジと一緒に `Session` が返されます。',
          code: 'aws cognito-idp initiate-auth --client-id <client-id> --auth-flow USER_PASSWORD_AUTH \\\n  --auth-parameters USERNAME=<username>,PASSWORD=<password>',
        },
        {
          text: '同じユーザー、同じアプリクライアントで、その `Session` をそのまま使ってチャレンジに応答します。以降は各レスポンスの新しい `Session` を次の呼び出しで使います。',
          code: 'aws cognito-idp respond-to-auth-challenge --client-id <client-id> --challenge-name SOFTWARE_TOKEN_MFA \\\n  --session "<Session from the previous response>" \\\n  --challenge-responses USERNAME=<username>,SOFTWARE_TOKEN_MFA_CODE=<code>',
        },
        {
          text: 'セッションは不透明な文字列として保存し (トリミング、再エンコード、長さ制限をしない)、サインイン試行ごとに保持します。ユーザー間やタブ間で共有しないでください。',
        },
      ],
    },
  },
  links: [KC_MFA_ERRORS, KC_MFA_ERRORS_JA, apiReference('InitiateAuth'), apiReference('RespondToAuthChallenge')],
};
