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
      'The user types the six digit code from the text message or the authenticator app and it is rejected as wrong.',
      'confirmSignIn or sendMFACode keeps failing with a code mismatch even though the digits are right; a new code arrives every time.',
      'The code is sent with the wrong challenge name or to a different sign-in attempt than the one that sent it.',
      'The phone clock is set by hand and a minute or more off, so every code from the authenticator app is refused.',
    ],
    ja: [
      'SMS や認証アプリの 6 桁のコードを正しく入力しても間違いだと言われる。',
      'confirmSignIn でコードを送るたびにコード不一致になり、毎回新しいコードが届く。',
      'スマホの時刻のずれや、別のサインインのコードを送っていることが原因でコードが通らない。',
      'スマホの時刻を手動で設定していて 1 分以上ずれているため、認証アプリのコードが毎回通らない。',
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
