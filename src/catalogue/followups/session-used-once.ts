import type { FollowUp } from '../types';

export const followUps: FollowUp[] = [
  {
    id: 'session-used-once/why-twice',
    questions: {
      en: [
        'why is the session used twice?',
        'we only call it once, how can the session be reused',
        'could a retry send the request twice',
        'what causes session can only be used once',
        'does a retry count as a second use',
        'can a double click submit the session twice',
      ],
      ja: [
        'なぜセッションが 2 回使われるのですか？',
        '1 回しか呼んでいないのに再利用扱いになります',
        'リトライでリクエストが 2 回送られることはありますか',
        'ボタンの二重クリックでセッションが 2 回使われますか',
      ],
    },
    answer: {
      en: {
        text: 'Common causes: a double-submitted form or button, an effect that runs twice (React StrictMode in development), a retry after a timeout whose first request did succeed, or code that keeps the first `Session` instead of the new one each response returns. Log each call with the first characters of the session (never the whole string) to spot the repeat.',
      },
      ja: {
        text: 'よくある原因: フォームやボタンの二重送信、2 回実行される処理 (開発中の React StrictMode)、最初のリクエストが実は成功していたタイムアウト後のリトライ、各レスポンスが返す新しい `Session` ではなく最初のものを使い続けるコード。セッションの先頭数文字だけ (全体は決して出さない) を呼び出しごとにログに出すと重複が見つかります。',
      },
    },
  },
  {
    id: 'session-used-once/recover',
    questions: {
      en: [
        'how do I recover from this?',
        'what should the app do when it happens',
        'can I reuse the session after this error',
        'do I need to restart the login',
        'how should our app handle this error',
        'what is the right way to retry after the session was consumed',
      ],
      ja: [
        'このエラーからどう復帰すればいいですか？',
        '発生したときアプリはどうすべきですか',
        'ログインを最初からやり直す必要がありますか',
        'アプリ側でこのエラーをどう扱うのが正しいですか',
        'セッションが使用済みになった後の正しいリトライ方法は',
      ],
    },
    answer: {
      en: {
        text: 'A used session cannot be used again. Restart the flow from the beginning (`InitiateAuth`, or `signIn` in Amplify) and from then on pass the `Session` from the most recent response to the next call.',
      },
      ja: {
        text: '一度使ったセッションは再利用できません。フローを最初 (`InitiateAuth`、Amplify なら `signIn`) からやり直し、以降は直近のレスポンスの `Session` を次の呼び出しに渡してください。',
      },
    },
  },
];
