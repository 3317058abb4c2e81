import type { FollowUp } from '../types';

export const followUps: FollowUp[] = [
  {
    id: 'totp-code-reused/why',
    questions: {
      en: [
        'why does it say the token was already used?',
        'I entered the code only once',
        'why do I get this right after setting up totp',
        'what does already been used once mean',
      ],
      ja: [
        'なぜ既に使用済みと表示されるのですか？',
        'コードは 1 回しか入力していません',
        'TOTP を設定した直後にこのエラーが出るのはなぜ',
        '検証とサインインで同じコードを使ったからですか',
        '同じ TOTP コードを二度使えない理由は',
      ],
    },
    answer: {
      en: {
        text: 'Cognito accepts each TOTP code only once. The same code was sent twice within its 30-second window: typically the code used for `VerifySoftwareToken` during setup reused right away at sign-in, a double submit, or a retry.',
      },
      ja: {
        text: 'Cognito は同じ TOTP コードを 1 回しか受け付けません。30 秒の有効期間内に同じコードが 2 回送られています。よくあるのは、設定時の `VerifySoftwareToken` で使ったコードをすぐサインインで再利用した場合、二重送信、リトライです。',
      },
    },
  },
  {
    id: 'totp-code-reused/fix',
    questions: {
      en: ['how do I fix it?', 'what should the user do', 'how long do I have to wait for a new code'],
      ja: [
        'どう直せばいいですか？',
        'ユーザーはどうすればいいですか',
        '新しいコードまでどれくらい待てばいいですか',
        'テストでコードを再利用しないようにするには',
      ],
    },
    answer: {
      en: {
        text: 'Wait for the authenticator app to show the next code (at most 30 seconds) and send that one. In the app, disable the submit button while a request is in flight and do not retry MFA calls automatically.',
      },
      ja: {
        text: '認証アプリに次のコードが表示されるまで (最大 30 秒) 待ち、そのコードを送ってください。アプリ側では送信中はボタンを無効にし、MFA の呼び出しを自動でリトライしないようにします。',
      },
    },
  },
];
