import type { CatalogueEntry } from '../types';
import { apiReference, TOTP_MFA_GUIDE } from './shared-links';

export const entry: CatalogueEntry = {
  id: 'session-missing',
  kind: 'error',
  signatures: {
    exceptions: ['InvalidParameterException'],
    messages: ['Missing required parameter Session'],
    sources: {
      'Missing required parameter Session': 'https://github.com/amazon-archives/amazon-cognito-identity-js/issues/627',
    },
    prose: {
      en: [
        'RespondToAuthChallenge without a session',
        'session parameter is missing',
        'forgot to pass the session to the MFA challenge',
      ],
      ja: [
        'Session パラメータがない',
        'セッションを渡していない',
        'RespondToAuthChallenge にセッションを指定していない',
      ],
    },
  },
  symptoms: {
    en: [
      'RespondToAuthChallenge fails with InvalidParameterException "Missing required parameter Session": the request carries the code but no Session at all.',
      'The sign-in runs in a Lambda behind API Gateway and each request builds a new CognitoUser, so sendMFACode has no session to send.',
      'After a page reload or refresh the in-memory sign-in state is gone, and confirmSignIn goes out with a null or empty Session.',
      'How do I carry the session to the browser and back when a stateless backend handles the code entry?',
      'completeNewPasswordChallenge or sendMFACode is called outside the authenticateUser callbacks, on a user object that holds no session.',
      'boto3 respond_to_auth_challenge, a Java RespondToAuthChallengeRequest or .NET RespondToAuthChallengeAsync is built without the Session value the sign-in call returned.',
      'The code saved only the ChallengeName and the username from the first response and dropped the Session field.',
      'A server action or server-side rendering loses the session from the password request to the code request because nothing keeps state.',
      'The browser network tab shows the challenge answer going out with an empty Session field.',
      'The Session parameter is required when answering an MFA challenge, and ours is undefined because it was never stored.',
    ],
    ja: [
      'RespondToAuthChallenge が「Missing required parameter Session」の InvalidParameterException になる。コードは送っているが Session を付けていない。',
      'Lambda と API Gateway でサインインを処理していて、リクエストごとに CognitoUser を作り直すので、sendMFACode のときにセッションが残っていない。',
      'ページをリロードするとサインインの状態がメモリから消えて、confirmSignIn のリクエストの Session が null や空になる。',
      'ステートレスなバックエンドでコード入力を処理するとき、セッションをフロントエンドにどう渡して戻せばいいのか。',
      'authenticateUser のコールバックの外から、セッションを持たないユーザーオブジェクトで completeNewPasswordChallenge や sendMFACode を呼んでいる。',
      'boto3 の respond_to_auth_challenge や Java の RespondToAuthChallengeRequest に、サインインの呼び出しが返した Session を設定し忘れている。',
      '最初のレスポンスから ChallengeName とユーザー名だけ保存して、Session を捨ててしまっている。',
      'Next.js などのサーバーサイド処理で、パスワード入力とコード入力のリクエストの間にセッションを保持する仕組みがない。',
      'ブラウザの開発者ツールで見ると、チャレンジ応答のリクエストに Session が含まれていない。',
      'MFA チャレンジへの応答には Session パラメータが必須なのに、保存していなかったので undefined になっている。',
    ],
  },
  text: {
    en: {
      title: 'The challenge answer was sent without its session',
      summary:
        'A call that answers a sign-in challenge (or sets up TOTP during sign-in) was made without the `Session` parameter.',
      causes: [
        'RespondToAuthChallenge (and VerifySoftwareToken / AssociateSoftwareToken during the `MFA_SETUP` challenge) needs the `Session` returned by the previous call; the code did not pass it, or passed an empty value.',
        'A framework or wrapper lost the session between the sign-in step and the MFA step (page reload, server-side handler without state).',
      ],
      fixes: [
        {
          text: 'Keep the `Session` from the `InitiateAuth` (or previous `RespondToAuthChallenge`) response and pass it in the next call.',
          code: 'aws cognito-idp respond-to-auth-challenge --client-id <client-id> --challenge-name SMS_MFA \\\n  --session "<Session from the previous response>" \\\n  --challenge-responses USERNAME=<username>,SMS_MFA_CODE=<code>',
        },
        {
          text: 'During `MFA_SETUP`, pass the session to `AssociateSoftwareToken`, then the session it returns to `VerifySoftwareToken`, then that one to `RespondToAuthChallenge`.',
        },
      ],
    },
    ja: {
      title: 'チャレンジへの応答にセッションが付いていない',
      summary:
        'サインインのチャレンジに応答する呼び出し (またはサインイン中の TOTP 設定) が `Session` パラメータなしで行われました。',
      causes: [
        'RespondToAuthChallenge (および `MFA_SETUP` チャレンジ中の VerifySoftwareToken / AssociateSoftwareToken) には前の呼び出しが返した `Session` が必要ですが、コードがそれを渡していないか、空の値を渡しています。',
        'フレームワークやラッパーが、サインインのステップと MFA のステップの間でセッションを失いました (ページの再読み込み、状態を持たないサーバー側のハンドラーなど)。',
      ],
      fixes: [
        {
          text: '`InitiateAuth` (または直前の `RespondToAuthChallenge`) のレスポンスの `Session` を保持し、次の呼び出しに渡します。',
          code: 'aws cognito-idp respond-to-auth-challenge --client-id <client-id> --challenge-name SMS_MFA \\\n  --session "<Session from the previous response>" \\\n  --challenge-responses USERNAME=<username>,SMS_MFA_CODE=<code>',
        },
        {
          text: '`MFA_SETUP` の間は、セッションを `AssociateSoftwareToken` に渡し、その戻り値のセッションを `VerifySoftwareToken` に、さらにその戻り値を `RespondToAuthChallenge` に渡します。',
        },
      ],
    },
  },
  links: [apiReference('RespondToAuthChallenge'), apiReference('AssociateSoftwareToken'), TOTP_MFA_GUIDE],
};
