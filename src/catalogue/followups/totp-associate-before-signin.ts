import type { FollowUp } from '../types';

// Who gets one-time tokens and who gets MFA_SETUP at once ("TOTP MFA considerations and limitations"):
// https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa-totp.html

export const followUps: FollowUp[] = [
  {
    id: 'totp-associate-before-signin/preprovision',
    questions: {
      en: [
        'can an admin set up totp for a user in advance?',
        'can we pre-register authenticator apps for imported users',
        'is there an AdminAssociateSoftwareToken',
        'set up totp before the user logs in',
      ],
      ja: [
        '管理者が事前にユーザーの TOTP を設定できますか？',
        'インポートしたユーザーの認証アプリを事前登録できますか',
        'ユーザーがログインする前に TOTP を設定したい',
      ],
    },
    answer: {
      en: {
        text: "No. The TOTP secret is created by `AssociateSoftwareToken`, which only takes the user's own access token or a sign-in `Session`; there is no admin variant. Make MFA required with TOTP enabled: users who sign up get one-time tokens on completing sign-up and set TOTP up with them (managed login guides them), and administrator-created users who sign in through the API get the `MFA_SETUP` challenge at once.",
      },
      ja: {
        text: 'できません。TOTP のシークレットは `AssociateSoftwareToken` で作られ、この API はユーザー本人のアクセストークンかサインイン中の `Session` しか受け付けません (管理者版はありません)。TOTP を有効にして MFA を必須にすると、サインアップしたユーザーはサインアップ完了時に 1 回限りのトークンを受け取ってそれで TOTP を設定し (マネージドログインが案内します)、管理者が作成したユーザーは API でサインインするとすぐに `MFA_SETUP` チャレンジを受け取ります。',
      },
    },
  },
  {
    id: 'totp-associate-before-signin/during-signin',
    questions: {
      en: [
        'how do I associate the token during sign in?',
        'which session do I pass to AssociateSoftwareToken',
        'can I call AssociateSoftwareToken with the session instead of the access token',
        'how should the app answer the MFA_SETUP challenge at first login',
        'what do we do when sign in returns MFA_SETUP',
      ],
      ja: [
        'サインイン中にトークンを関連付けるには？',
        'AssociateSoftwareToken にはどのセッションを渡しますか',
        'アクセストークンの代わりにセッションで AssociateSoftwareToken を呼べますか',
        '初回ログインで MFA_SETUP が返ってきたらどう処理しますか',
        'サインイン中に MFA_SETUP チャレンジが来たときの対応は',
      ],
    },
    answer: {
      en: {
        text: 'Yes: when `InitiateAuth` returns `ChallengeName: MFA_SETUP`, call `AssociateSoftwareToken` with that `Session`, then `VerifySoftwareToken` with the session it returns, then `RespondToAuthChallenge` (`MFA_SETUP`) with the session from `VerifySoftwareToken`.',
      },
      ja: {
        text: 'はい。`InitiateAuth` が `ChallengeName: MFA_SETUP` を返したら、その `Session` で `AssociateSoftwareToken` を呼び、返されたセッションで `VerifySoftwareToken`、さらにその `Session` で `RespondToAuthChallenge` (`MFA_SETUP`) を呼びます。',
      },
    },
  },
];
