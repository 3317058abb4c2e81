import type { CatalogueEntry } from '../types';
import { apiReference, KC_MFA_ERRORS, KC_MFA_ERRORS_JA } from './shared-links';

export const entry: CatalogueEntry = {
  id: 'session-used-once',
  kind: 'error',
  signatures: {
    exceptions: ['NotAuthorizedException'],
    messages: ['Invalid session for the user, session can only be used once.'],
    sources: {
      'Invalid session for the user, session can only be used once.':
        'https://github.com/reapit/foundations/issues/9684',
    },
    prose: {
      en: [
        'session can only be used once',
        'reusing the session string',
        'retrying RespondToAuthChallenge with the same session',
        'retry the challenge response',
      ],
      ja: [
        'セッションは 1 回しか使用できません',
        'セッションを再利用している',
        '同じセッションで RespondToAuthChallenge を再送',
        'セッション文字列を使い回す',
        'セッションは一度しか使えない',
      ],
    },
  },
  symptoms: {
    en: [
      'The second RespondToAuthChallenge with the same Session is refused with "session can only be used once": the first request had already consumed it.',
      'The verify button is clicked twice or the form submits twice; the first request signs the user in and the second one shows an error.',
      'React StrictMode or a useEffect without a guard runs confirmSignIn twice in development, and the duplicate call gets the used-once error.',
      'After a network timeout or a 5xx, the app or the SDK automatic retry resends the same challenge answer, but the first attempt had reached Cognito, so the retry is rejected.',
      'In a flow with several challenges in a row, the code still sends the first Session instead of the new Session each response carries.',
      'CUSTOM_AUTH with several rounds of a custom challenge fails on the second answer because the code reuses the session of the first round.',
      'Can we resubmit the MFA code with the same session, or must the user re-enter the password?',
      'Each call that takes a Session hands out a new one; code that stores the session once at the start and never updates it fails on the next challenge.',
      'Two tabs or two devices answer the same challenge at the same moment and one of them gets the error.',
      'A Lambda retry or a queue redelivery runs AdminRespondToAuthChallenge twice with the same session, and Cognito refuses the duplicate.',
    ],
    ja: [
      '同じ Session で RespondToAuthChallenge を 2 回送ると、2 回目が「session can only be used once」で拒否される。',
      '確認ボタンを素早く 2 回押すと、1 回目でログインは成功しているのに 2 回目がエラー表示になる。',
      'React の StrictMode や useEffect の二重実行で confirmSignIn が 2 回走り、後の呼び出しがセッション使用済みで失敗する。',
      '通信タイムアウトのあとに同じチャレンジ応答を再送したら、最初のリクエストは Cognito に届いていて再送が拒否された。SDK の自動リトライでも起きる。',
      'チャレンジが続くフローで、各レスポンスの新しい Session ではなく最初の Session を送り続けている。',
      'CUSTOM_AUTH で複数回チャレンジを返す場合に、前のラウンドのセッションを再利用してしまう。',
      '同じセッションでコードを再送信できないのか。毎回パスワード入力からやり直す必要があるのか。',
      'セッションを受け取る API は毎回新しいセッションを返すのに、最初に保存したものを更新していない。',
      '二つのタブや端末から同時に同じチャレンジに応答して、片方がエラーになる。',
      'Lambda の再試行やキューの再配信で AdminRespondToAuthChallenge が同じセッションのまま 2 回実行される。',
    ],
  },
  text: {
    en: {
      title: 'A sign-in session string was used twice',
      summary:
        'The session string passed to this call has already been used once; Cognito accepts each session only once.',
      causes: [
        'Every call that takes a `Session` (RespondToAuthChallenge, VerifySoftwareToken, AssociateSoftwareToken during MFA_SETUP ...) consumes it; the response carries a new `Session` for the next step.',
        'The same session was sent again after Cognito had taken it: a double-submitted form, two requests racing, a retry of a call whose first attempt did reach Cognito, or code that keeps the first `Session` instead of the one the last response returned.',
        'A wrong MFA code is not known to use the session up: AWS documents no such rule, and a measurement saw six wrong codes on one session each answered with `CodeMismatchException`.',
      ],
      fixes: [
        {
          text: 'Always pass the `Session` from the most recent response into the next call, and replace the stored session after every call.',
        },
        {
          text: 'If the error comes mid-flow, restart the sign-in from `InitiateAuth` (or the hosted UI / managed login); a used session cannot be reused.',
          code: 'aws cognito-idp initiate-auth --client-id <client-id> --auth-flow USER_PASSWORD_AUTH \\\n  --auth-parameters USERNAME=<username>,PASSWORD=<password>',
        },
        {
          text: 'Make the submit button idempotent in the app (disable it while a request is in flight) so the same session is never sent twice.',
        },
      ],
    },
    ja: {
      title: 'サインインのセッション文字列が 2 回使われた',
      summary:
        'この呼び出しに渡したセッション文字列はすでに 1 回使われています。Cognito は各セッションを 1 回しか受け付けません。',
      causes: [
        '`Session` を受け取る呼び出し (RespondToAuthChallenge、VerifySoftwareToken、MFA_SETUP 中の AssociateSoftwareToken など) はそのセッションを消費し、レスポンスで次のステップ用の新しい `Session` を返します。',
        'Cognito が受け付けた後に同じセッションがもう一度送られました。フォームの二重送信、2 つのリクエストの競合、最初の試行が実は Cognito に届いていた呼び出しの再試行、直前のレスポンスが返したものではなく最初の `Session` を使い続けるコードなどです。',
        'MFA コードを間違えただけでセッションが使用済みになるとはわかっていません。AWS はそのような規則を記載しておらず、1 つのセッションで 6 回誤ったコードを送った計測ではいずれも `CodeMismatchException` が返りました。',
      ],
      fixes: [
        {
          text: '次の呼び出しには必ず直前のレスポンスの `Session` を渡し、呼び出しのたびに保存しているセッションを置き換えます。',
        },
        {
          text: 'フローの途中でこのエラーが出た場合は、`InitiateAuth` (またはホストされた UI / マネージドログイン) からサインインをやり直します。使用済みのセッションは再利用できません。',
          code: 'aws cognito-idp initiate-auth --client-id <client-id> --auth-flow USER_PASSWORD_AUTH \\\n  --auth-parameters USERNAME=<username>,PASSWORD=<password>',
        },
        {
          text: 'アプリ側で送信ボタンを冪等にし (リクエスト中は無効化する)、同じセッションを 2 回送らないようにします。',
        },
      ],
    },
  },
  links: [KC_MFA_ERRORS, KC_MFA_ERRORS_JA, apiReference('RespondToAuthChallenge'), apiReference('InitiateAuth')],
};
