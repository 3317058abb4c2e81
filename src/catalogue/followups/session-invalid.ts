import type { FollowUp } from '../types';

export const followUps: FollowUp[] = [
  {
    id: 'session-invalid/which-session',
    questions: {
      en: [
        'which session should I pass?',
        'where does the session come from',
        'what order should the auth calls be in',
        'how do I pass the session between calls',
        'which Session value do I use',
      ],
      ja: [
        'どのセッションを渡せばいいですか？',
        'セッションはどこから取得しますか',
        '認証 API はどの順番で呼べばいいですか',
        'セッションはどれを使えばいいですか',
        'verify の前に前のセッションを使いますか、もう一度サインインしますか',
      ],
    },
    answer: {
      en: {
        text: 'Each call returns a `Session` for the next one: `InitiateAuth` -> `RespondToAuthChallenge` (-> `RespondToAuthChallenge` ...). Pass the `Session` from the immediately preceding response, not one from an earlier step or another sign-in attempt, and keep the calls in that order.',
      },
      ja: {
        text: '各呼び出しは次の呼び出し用の `Session` を返します: `InitiateAuth` -> `RespondToAuthChallenge` (-> `RespondToAuthChallenge` ...)。直前のレスポンスの `Session` を渡し、前のステップや別のサインイン試行のものは使わないでください。呼び出し順もこの順番を守ります。',
      },
    },
  },
  {
    id: 'session-invalid/username-client',
    questions: {
      en: [
        'does the username have to match?',
        'I sign in with email, which USERNAME do I send in the challenge',
        'can the challenge go to another app client',
        'what is USER_ID_FOR_SRP for',
      ],
      ja: [
        'ユーザー名は一致している必要がありますか？',
        'メールアドレスでサインインする場合、チャレンジの USERNAME には何を入れますか',
        '別のアプリクライアントでチャレンジに応答できますか',
      ],
    },
    answer: {
      en: {
        text: 'The session is tied to the user and the app client that started the flow. Call `RespondToAuthChallenge` with the same `ClientId`, and set `USERNAME` to the user Cognito names in `ChallengeParameters` (`USER_ID_FOR_SRP` in SRP flows), which can differ from the email or alias the user typed.',
      },
      ja: {
        text: 'セッションはフローを開始したユーザーとアプリクライアントに結び付いています。同じ `ClientId` で `RespondToAuthChallenge` を呼び、`USERNAME` には `ChallengeParameters` で Cognito が返したユーザー (SRP フローでは `USER_ID_FOR_SRP`) を指定してください。ユーザーが入力したメールアドレスやエイリアスとは異なる場合があります。',
      },
    },
  },
];
