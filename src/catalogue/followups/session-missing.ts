import type { FollowUp } from '../types';

export const followUps: FollowUp[] = [
  {
    id: 'session-missing/where-from',
    questions: {
      en: [
        'where do I get the session from?',
        'which call returns the Session parameter',
        'what value goes in Session',
      ],
      ja: [
        'Session はどこから取得しますか？',
        'どの API が Session を返しますか',
        'Session には何を入れればいいですか',
        'Session はどの API のレスポンスに入っていますか',
        'どのレスポンスからセッションを取り出しますか',
      ],
    },
    answer: {
      en: {
        text: "From the previous step's response: `InitiateAuth` (or `AdminInitiateAuth`) returns `Session` together with `ChallengeName`; each `RespondToAuthChallenge` that returns another challenge returns a new `Session`. Pass it unchanged to the next call.",
      },
      ja: {
        text: '直前のステップのレスポンスから取得します。`InitiateAuth` (または `AdminInitiateAuth`) は `ChallengeName` と一緒に `Session` を返し、次のチャレンジを返す `RespondToAuthChallenge` もそのたびに新しい `Session` を返します。それをそのまま次の呼び出しに渡してください。',
      },
    },
  },
  {
    id: 'session-missing/which-calls',
    questions: {
      en: [
        'which calls need the session?',
        'does AssociateSoftwareToken need a session or an access token',
        'when is Session required',
        'is Session needed for RespondToAuthChallenge',
      ],
      ja: [
        'どの API で Session が必要ですか？',
        'AssociateSoftwareToken にはセッションとアクセストークンのどちらが必要ですか',
        'Session が必須になるのはどんなときですか',
        'RespondToAuthChallenge には Session が必要ですか',
      ],
    },
    answer: {
      en: {
        text: '`RespondToAuthChallenge` needs the `Session` of the challenge it answers. `AssociateSoftwareToken` and `VerifySoftwareToken` take either an `AccessToken` (signed-in user) or a `Session` (during the `MFA_SETUP` challenge): send one of them.',
      },
      ja: {
        text: '`RespondToAuthChallenge` には応答するチャレンジの `Session` が必要です。`AssociateSoftwareToken` と `VerifySoftwareToken` は `AccessToken` (サインイン済み) か `Session` (`MFA_SETUP` チャレンジ中) のどちらかを受け付けるので、どちらかを渡してください。',
      },
    },
  },
];
