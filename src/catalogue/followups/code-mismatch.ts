import type { FollowUp } from '../types';

export const followUps: FollowUp[] = [
  {
    id: 'code-mismatch/call-order',
    questions: {
      en: [
        'what is the right order of calls for totp setup?',
        'which apis do I call to set up totp and in what order',
        'how do I do the MFA_SETUP challenge',
        'do I call VerifySoftwareToken before RespondToAuthChallenge',
        'what is the correct flow to register an authenticator app',
        'totp setup sequence pls',
        'in which order do the totp calls go',
        'what do I call after associating the software token',
        'which call comes after CONTINUE_SIGN_IN_WITH_TOTP_SETUP in the api flow',
      ],
      ja: [
        'TOTP 設定の正しい API の呼び出し順は？',
        'MFA_SETUP チャレンジはどう処理すればいいですか',
        'VerifySoftwareToken と RespondToAuthChallenge はどちらを先に呼びますか',
        '認証アプリを登録する正しいフローを教えてください',
        'TOTP のセットアップ手順を知りたい',
        'API を呼ぶ順序は',
        'AssociateSoftwareToken の後に呼ぶ API は何ですか',
        'TOTP 登録の API はどの順番で呼びますか',
      ],
    },
    answer: {
      en: {
        text: "During sign-in (`MFA_SETUP` challenge): `AssociateSoftwareToken` with the challenge's `Session` -> show `SecretCode` to the authenticator app -> `VerifySoftwareToken` with the *new* `Session` it returned and the app's code -> `RespondToAuthChallenge` (`MFA_SETUP`) with the `Session` from `VerifySoftwareToken`. For a signed-in user: `AssociateSoftwareToken` with the `AccessToken` -> `VerifySoftwareToken` -> `SetUserMFAPreference`. Always pass the session from the previous response.",
        code: [
          'InitiateAuth                -> ChallengeName=MFA_SETUP, Session=S1',
          'AssociateSoftwareToken(S1)  -> SecretCode, Session=S2',
          'VerifySoftwareToken(S2, UserCode=<code from the app>) -> Status=SUCCESS, Session=S3',
          'RespondToAuthChallenge(ChallengeName=MFA_SETUP, Session=S3, ChallengeResponses={USERNAME}) -> tokens',
          '',
          '# already signed in:',
          'AssociateSoftwareToken(AccessToken) -> VerifySoftwareToken(AccessToken, UserCode)',
          '  -> SetUserMFAPreference(SoftwareTokenMfaSettings={Enabled=true,PreferredMfa=true})',
        ].join('\n'),
      },
      ja: {
        text: 'サインイン中 (`MFA_SETUP` チャレンジ) の場合: チャレンジの `Session` で `AssociateSoftwareToken` -> 返された `SecretCode` を認証アプリに登録 -> 返された*新しい* `Session` とアプリのコードで `VerifySoftwareToken` -> `VerifySoftwareToken` が返した `Session` で `RespondToAuthChallenge` (`MFA_SETUP`)。サインイン済みのユーザーなら `AccessToken` で `AssociateSoftwareToken` -> `VerifySoftwareToken` -> `SetUserMFAPreference` の順です。セッションは常に直前のレスポンスのものを渡してください。',
        code: [
          'InitiateAuth                -> ChallengeName=MFA_SETUP, Session=S1',
          'AssociateSoftwareToken(S1)  -> SecretCode, Session=S2',
          'VerifySoftwareToken(S2, UserCode=<認証アプリのコード>) -> Status=SUCCESS, Session=S3',
          'RespondToAuthChallenge(ChallengeName=MFA_SETUP, Session=S3, ChallengeResponses={USERNAME}) -> トークン',
          '',
          '# サインイン済みの場合:',
          'AssociateSoftwareToken(AccessToken) -> VerifySoftwareToken(AccessToken, UserCode)',
          '  -> SetUserMFAPreference(SoftwareTokenMfaSettings={Enabled=true,PreferredMfa=true})',
        ].join('\n'),
      },
    },
  },
  {
    id: 'code-mismatch/clock-skew',
    questions: {
      en: [
        'could the phone clock be the problem?',
        'the code is right but still rejected',
        'how much clock skew is allowed',
        'does the device time matter for totp',
        'codes work sometimes and fail other times',
        'is a time drift on the device the reason',
      ],
      ja: [
        'スマホの時刻がずれているせいですか？',
        'コードは合っているのに拒否されます',
        '時刻のずれはどこまで許容されますか',
        'TOTP に端末の時刻は関係ありますか',
        'コードが通るときと通らないときがあります',
        '時計がずれているとコードは通りませんか',
        'ユーザーの端末の時計がずれている可能性は',
        'スマホの時刻のずれでコードが拒否されますか',
      ],
    },
    answer: {
      en: {
        text: "TOTP codes change every 30 seconds and are computed from the device clock, so a phone whose clock drifts produces codes Cognito no longer accepts. Turn on automatic date and time on the device (or use the authenticator app's time sync) and send the newest code, not one that is about to roll over.",
      },
      ja: {
        text: 'TOTP コードは端末の時刻から計算され 30 秒ごとに変わるため、時刻がずれた端末のコードは Cognito に受け付けられません。端末の日付と時刻の自動設定をオンにし (または認証アプリの時刻同期機能を使い)、切り替わる直前ではない最新のコードを送ってください。',
      },
    },
  },
  {
    id: 'code-mismatch/challenge-response-keys',
    questions: {
      en: [
        'which key do I put the code in for RespondToAuthChallenge?',
        'is it SOFTWARE_TOKEN_MFA_CODE or SMS_MFA_CODE',
        'what challenge responses does the totp sign in need',
        'how do I answer the SOFTWARE_TOKEN_MFA challenge',
      ],
      ja: [
        'RespondToAuthChallenge ではどのキーにコードを入れますか？',
        'SOFTWARE_TOKEN_MFA_CODE と SMS_MFA_CODE のどちらですか',
        'SOFTWARE_TOKEN_MFA チャレンジへの応答方法は',
        'ChallengeResponses に何を入れればいいですか',
        'コードは SMS_MFA_CODE と SOFTWARE_TOKEN_MFA_CODE のどっちに入れますか',
      ],
    },
    answer: {
      en: {
        text: 'Answer the challenge Cognito named, with its key: `SOFTWARE_TOKEN_MFA` -> `SOFTWARE_TOKEN_MFA_CODE`, `SMS_MFA` -> `SMS_MFA_CODE`, `EMAIL_OTP` -> `EMAIL_OTP_CODE`, always with `USERNAME` and the `Session` of that challenge. Sending a TOTP code to an SMS challenge (or the reverse) fails with this error.',
        code: 'aws cognito-idp respond-to-auth-challenge --client-id <client-id> --challenge-name SOFTWARE_TOKEN_MFA \\\n  --session "<session from the previous response>" \\\n  --challenge-responses USERNAME=<username>,SOFTWARE_TOKEN_MFA_CODE=<code>',
      },
      ja: {
        text: 'Cognito が返したチャレンジ名に対応するキーで応答します: `SOFTWARE_TOKEN_MFA` -> `SOFTWARE_TOKEN_MFA_CODE`、`SMS_MFA` -> `SMS_MFA_CODE`、`EMAIL_OTP` -> `EMAIL_OTP_CODE`。`USERNAME` とそのチャレンジの `Session` も必ず渡します。SMS のチャレンジに TOTP コードを送る (またはその逆) と、このエラーになります。',
        code: 'aws cognito-idp respond-to-auth-challenge --client-id <client-id> --challenge-name SOFTWARE_TOKEN_MFA \\\n  --session "<直前のレスポンスの Session>" \\\n  --challenge-responses USERNAME=<username>,SOFTWARE_TOKEN_MFA_CODE=<code>',
      },
    },
  },
  {
    id: 'code-mismatch/signup-code',
    questions: {
      en: [
        'is this the same as the sign up verification code error?',
        'I get Invalid verification code provided, is that this',
        'does this apply to forgot password codes',
        'does this explain an invalid confirmation code at sign up',
      ],
      ja: [
        'サインアップの確認コードのエラーと同じですか？',
        'Invalid verification code provided はこれと同じですか',
        'パスワードリセットのコードにも当てはまりますか',
        'サインアップ確認コードが無効と言われるのも同じですか',
      ],
    },
    answer: {
      en: {
        text: 'No. `CodeMismatchException: Invalid verification code provided, please try again.` comes from `ConfirmSignUp` / `ConfirmForgotPassword` / `VerifyUserAttribute`: the emailed or texted code is wrong or not the latest one. This thread\'s error ("Invalid code or auth state for the user") is the MFA one.',
      },
      ja: {
        text: '別物です。`CodeMismatchException: Invalid verification code provided, please try again.` は `ConfirmSignUp` / `ConfirmForgotPassword` / `VerifyUserAttribute` のエラーで、メールや SMS で届いたコードが違うか最新ではありません。このスレッドのエラー ("Invalid code or auth state for the user") は MFA のものです。',
      },
    },
  },
];
