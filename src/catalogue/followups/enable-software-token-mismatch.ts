import type { FollowUp } from '../types';

export const followUps: FollowUp[] = [
  {
    id: 'enable-software-token-mismatch/qr-code',
    questions: {
      en: [
        'how do I make the qr code for the authenticator app?',
        'what is the otpauth uri format',
        'how do I show the SecretCode to the user',
        'what must the qr code contain besides the secret',
        'how is the otpauth link built from SecretCode',
      ],
      ja: [
        '認証アプリ用の QR コードはどう作りますか？',
        'otpauth URI の形式は',
        'SecretCode をユーザーに表示する方法',
        'QR コードにはシークレット以外に何を入れますか',
        'SecretCode から otpauth のリンクを作る方法',
      ],
    },
    answer: {
      en: {
        text: 'Build an `otpauth://` URI from the `SecretCode` that `AssociateSoftwareToken` returned and render it as a QR code (or let the user type the secret):',
        code: 'otpauth://totp/<Issuer>:<username>?secret=<SecretCode>&issuer=<Issuer>',
      },
      ja: {
        text: '`AssociateSoftwareToken` が返した `SecretCode` から `otpauth://` URI を作り、QR コードとして表示します (シークレットを手入力してもらうこともできます):',
        code: 'otpauth://totp/<Issuer>:<username>?secret=<SecretCode>&issuer=<Issuer>',
      },
    },
  },
  {
    id: 'enable-software-token-mismatch/new-secret',
    questions: {
      en: [
        'does calling AssociateSoftwareToken again change the secret?',
        'user scanned the qr code earlier and now it fails',
        'why does an old authenticator entry not work',
        'does starting the setup again issue a new secret',
        'if the user scans again is the old secret invalid',
      ],
      ja: [
        'AssociateSoftwareToken をもう一度呼ぶとシークレットは変わりますか？',
        '以前 QR コードを読み取ったユーザーが失敗します',
        '古い認証アプリの登録が使えないのはなぜですか',
        'もう一度スキャンすると古いシークレットは無効ですか',
      ],
    },
    answer: {
      en: {
        text: 'Yes: every `AssociateSoftwareToken` call issues a new secret, and `VerifySoftwareToken` checks the code against the latest one. If the app calls it twice (or the user scanned an older QR code), remove the old entry from the authenticator app, add the newest secret and send its current code.',
      },
      ja: {
        text: 'はい。`AssociateSoftwareToken` を呼ぶたびに新しいシークレットが発行され、`VerifySoftwareToken` は最新のものでコードを検証します。2 回呼んでいる (またはユーザーが古い QR コードを読み取った) 場合は、認証アプリから古い登録を削除し、最新のシークレットを登録して現在のコードを送ってください。',
      },
    },
  },
  {
    // "Codes generated with SHA-256 hashing return a Code mismatch error":
    // https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa-totp.html
    id: 'enable-software-token-mismatch/algorithm',
    questions: {
      en: [
        'does cognito support sha256 totp?',
        'which totp algorithm and digits does cognito use',
        'can the authenticator use 8 digit codes or a 60 second period',
        'our authenticator app uses sha-256, will that work',
        'are sha512 or 8 digit codes accepted',
      ],
      ja: [
        'Cognito は SHA256 の TOTP に対応していますか？',
        'Cognito の TOTP のアルゴリズムと桁数は',
        '認証アプリで 8 桁や 60 秒のコードは使えますか',
        'SHA512 や 8 桁のコードは使えますか',
      ],
    },
    answer: {
      en: {
        text: 'No: Cognito accepts only HMAC-SHA1, 6-digit codes with a 30-second period (it allows 30 seconds of clock skew). An authenticator set to SHA-256, 8 digits or 60 seconds gives “Code mismatch”; leave `algorithm`, `digits` and `period` out of the `otpauth://` URI, or set them to `SHA1`, `6` and `30`.',
        code: 'otpauth://totp/<label>?secret=<SecretCode>&issuer=<issuer>&algorithm=SHA1&digits=6&period=30',
      },
      ja: {
        text: 'いいえ。Cognito が受け付けるのは HMAC-SHA1、6 桁、30 秒周期のコードだけです (時刻のずれは 30 秒まで許容されます)。SHA-256、8 桁、60 秒に設定した認証アプリでは「Code mismatch」になります。`otpauth://` URI には `algorithm`、`digits`、`period` を付けないか、`SHA1`、`6`、`30` を指定してください。',
        code: 'otpauth://totp/<label>?secret=<SecretCode>&issuer=<issuer>&algorithm=SHA1&digits=6&period=30',
      },
    },
  },
];
