import type { CatalogueEntry } from '../types';
import { apiReference, KC_MFA_ERRORS, KC_MFA_ERRORS_JA, TOTP_MFA_GUIDE } from './shared-links';

export const entry: CatalogueEntry = {
  id: 'code-mismatch',
  kind: 'error',
  signatures: {
    exceptions: ['CodeMismatchException'],
    messages: ['Invalid code or auth state for the user.'],
    sources: {
      'Invalid code or auth state for the user.': 'https://github.com/aws-amplify/amplify-js/issues/3066',
    },
    prose: {
      en: [
        'TOTP code is rejected',
        'authenticator app code does not work',
        'invalid code or auth state',
        'MFA code always invalid',
        'phone clock is out of sync with the TOTP code',
        'MFA_SETUP challenge fails with the code',
        'Google Authenticator code is invalid',
        'SMS MFA code rejected as invalid',
        'clock drift',
        'invalid code error',
        'TOTP with SHA256 is rejected',
      ],
      ja: [
        'ユーザーのコードまたは認証状態が無効です',
        'TOTP コードが通らない',
        '認証アプリのコードが無効と言われる',
        '端末の時刻がずれている',
        'MFA_SETUP チャレンジでコードが拒否される',
        '認証コードが一致しない',
        'ワンタイムパスワードが無効になる',
        'SHA256 の TOTP が通らない',
      ],
    },
  },
  symptoms: {
    en: [
      'The six digit SMS code is typed exactly as received, but confirmSignIn or sendMFACode fails with CodeMismatchException, "Invalid code or auth state for the user", and another text arrives right after.',
      'Sign-in is triggered twice (a double click on the sign-in button, or the server calls InitiateAuth once more), so two codes are sent and the digits from the first message are refused as wrong.',
      'Every attempt sends a new code and every code is rejected: the app pairs the code of an earlier sign-in attempt with the latest one.',
      'The authenticator code is accepted on one phone and rejected on another at login: the phone clock drifts, so its TOTP codes fall outside the time window.',
      'The phone clock is set manually and a minute or more off, so every Google Authenticator code is refused at sign-in.',
      'The user registered TOTP anew but still uses the stale entry in the authenticator app, so the code at login belongs to the replaced registration.',
      'A user with both SMS and TOTP types the SMS digits where Cognito asked for the authenticator code, or the other way round, and even correct digits are refused.',
      'With email MFA, restarting the sign-in sends another email, and the code from the earlier email is refused.',
      'The text arrives late, the user starts a new sign-in while waiting, then types the digits of the first message.',
      'Why does Cognito say the code is incorrect when the user typed it correctly? The message is a code mismatch, not an expired or invalid session.',
      'RespondToAuthChallenge answers MFA_SETUP with a code before associateSoftwareToken and verifySoftwareToken were done, and gets invalid code or auth state.',
      'boto3, the Java or the .NET SDK sends SMS_MFA_CODE or SOFTWARE_TOKEN_MFA_CODE and gets CodeMismatchException although the digits look right.',
    ],
    ja: [
      'SMS で届いた 6 桁のコードをそのまま入れているのに、confirmSignIn が CodeMismatchException (Invalid code or auth state for the user) になり、直後に別の SMS が届く。',
      'ログインボタンを押すたびにサインインが走って SMS が 2 通送られるので、最初に届いたコードが不一致になる。',
      'コードを入力するたびに新しいコードが送られてきて、どのコードも間違いだと言われる。',
      '同じ認証アプリのコードでも端末によって通ったり通らなかったりする。スマホの時計がずれていて TOTP のコードが時間窓から外れている。',
      'スマホの時刻を手動で設定していて 1 分以上ずれているため、ログイン時の認証アプリのコードが毎回通らない。',
      'TOTP を登録し直したのに、認証アプリに残った古いエントリのコードを入力している。',
      'SMS と TOTP の両方を持つユーザーで、Cognito が求めた種類と別のコード (SMS のコードと認証アプリのコード) を入れている。',
      'メール MFA でもサインインをやり直すと新しいメールが届き、前のメールのコードは一致しない。',
      'SMS の到着が遅く、待ちきれずにもう一度ログインしてから最初のメッセージのコードを入れている。',
      'サーバー側で InitiateAuth を二重に呼んでからコードを送ると、コード不一致の例外になる。',
      'コードは正しいはずなのに「コードが無効」「認証状態が無効」と表示されてログインできない。',
      'SMS のコードは合っているのに、コードミスマッチの例外 (CodeMismatchException) でログインできない。',
      'boto3 や Java、.NET の SDK で SMS_MFA_CODE や SOFTWARE_TOKEN_MFA_CODE を送ると、数字は合っているはずなのに CodeMismatchException になる。',
    ],
  },
  text: {
    en: {
      title: 'The MFA code is wrong, too old, or the user is not in the state this call expects',
      summary:
        'Cognito rejected the code: it is not valid for this user right now, or the calls for the MFA flow were made in the wrong order.',
      causes: [
        'The TOTP code is wrong or too old for Cognito to accept, often because the clock of the user’s device is not in sync with the real time.',
        'The user’s state does not fit the call: e.g. RespondToAuthChallenge answered the `MFA_SETUP` challenge although TOTP MFA was not set up (AssociateSoftwareToken and VerifySoftwareToken were skipped).',
        'The code came from another authenticator entry (another user, another pool, an old secret) than the one set up last.',
        'Cognito accepts only HMAC-SHA1, 6-digit, 30-second TOTP codes: an authenticator app set to SHA-256 (or to 8 digits or 60 seconds), or a QR code whose `otpauth://` URI asks for that, produces codes Cognito rejects as “Code mismatch”.',
        'For SMS or email MFA, the code belongs to another sign-in attempt: each InitiateAuth sends a new code for its own session, so a code from an earlier (or a duplicated) attempt does not match.',
      ],
      fixes: [
        {
          text: 'Have the user sync the device clock (automatic date and time) and enter the newest code from the authenticator app; for SMS or email, the code from the latest message of this sign-in attempt.',
        },
        {
          text: 'For `MFA_SETUP`, call the APIs in order: AssociateSoftwareToken with the session, VerifySoftwareToken with the code and the new session, then RespondToAuthChallenge with the session VerifySoftwareToken returned (add `SECRET_HASH` to the challenge responses if the app client has a secret).',
          code: `aws cognito-idp associate-software-token --session "<Session from InitiateAuth>"
aws cognito-idp verify-software-token --session "<Session from associate-software-token>" --user-code <code>
aws cognito-idp respond-to-auth-challenge --client-id <client-id> --challenge-name MFA_SETUP \\
  --session "<Session from verify-software-token>" --challenge-responses USERNAME=<username>`,
        },
        {
          text: 'If the user has an old entry in the authenticator app, delete it and set up TOTP again so that the app holds the secret AssociateSoftwareToken returned last.',
        },
        {
          text: 'Build the QR code with the defaults Cognito expects: `otpauth://totp/<label>?secret=<SecretCode>&issuer=<issuer>` without `algorithm`, `digits` or `period`, or with `algorithm=SHA1&digits=6&period=30`; in an app that lets users choose, pick SHA1, 6 digits and 30 seconds.',
        },
      ],
    },
    ja: {
      title: 'MFA コードが誤っている、古すぎる、またはユーザーの状態がこの呼び出しに合っていない',
      summary:
        'Cognito がコードを拒否しました。現時点でこのユーザーに有効なコードではないか、MFA フローの API 呼び出しの順序が正しくありません。',
      causes: [
        'TOTP コードが誤っているか、古すぎて Cognito が受け付けられません。多くの場合、ユーザーの端末の時刻が実際の時刻と同期していません。',
        'ユーザーの状態が API の呼び出しと互換性がありません。たとえば TOTP MFA を設定していない (AssociateSoftwareToken と VerifySoftwareToken を実行していない) のに、`MFA_SETUP` チャレンジに RespondToAuthChallenge で応答した場合です。',
        'コードが最後に設定したものとは別の認証アプリのエントリ (別のユーザー、別のプール、古いシークレット) から生成されています。',
        'Cognito が受け付ける TOTP コードは HMAC-SHA1、6 桁、30 秒のものだけです。SHA-256 (または 8 桁や 60 秒) に設定した認証アプリや、`otpauth://` URI でそれを指定した QR コードのコードは「Code mismatch」として拒否されます。',
        'SMS や E メールの MFA では、コードが別のサインイン試行のものです。InitiateAuth のたびにそのセッション用の新しいコードが送信されるため、以前の (または二重に実行された) 試行のコードは一致しません。',
      ],
      fixes: [
        {
          text: 'ユーザーに端末の時刻を同期させ (日付と時刻を自動設定にする)、認証アプリの最新のコードを入力してもらいます。SMS や E メールの場合は、今回のサインイン試行で届いた最新のメッセージのコードを使います。',
        },
        {
          text: '`MFA_SETUP` では API を正しい順序で呼び出します。セッションを付けて AssociateSoftwareToken、コードと新しいセッションを付けて VerifySoftwareToken、最後に VerifySoftwareToken が返したセッションで RespondToAuthChallenge を呼び出します (アプリクライアントにシークレットがある場合は、チャレンジレスポンスに `SECRET_HASH` を追加します)。',
          code: `aws cognito-idp associate-software-token --session "<Session from InitiateAuth>"
aws cognito-idp verify-software-token --session "<Session from associate-software-token>" --user-code <code>
aws cognito-idp respond-to-auth-challenge --client-id <client-id> --challenge-name MFA_SETUP \\
  --session "<Session from verify-software-token>" --challenge-responses USERNAME=<username>`,
        },
        {
          text: '認証アプリに古いエントリが残っている場合は削除し、TOTP を設定し直して、最後に AssociateSoftwareToken が返したシークレットをアプリに保存させます。',
        },
        {
          text: 'QR コードは Cognito が想定する既定値で作ります。`otpauth://totp/<label>?secret=<SecretCode>&issuer=<issuer>` に `algorithm`、`digits`、`period` を付けないか、`algorithm=SHA1&digits=6&period=30` を指定します。ユーザーが選べるアプリでは SHA1、6 桁、30 秒を選んでもらいます。',
        },
      ],
    },
  },
  links: [
    KC_MFA_ERRORS,
    KC_MFA_ERRORS_JA,
    TOTP_MFA_GUIDE,
    apiReference('VerifySoftwareToken'),
    apiReference('RespondToAuthChallenge'),
  ],
};
