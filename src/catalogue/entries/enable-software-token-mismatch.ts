import type { CatalogueEntry } from '../types';
import { apiReference, KC_MFA_ERRORS, KC_MFA_ERRORS_JA, TOTP_MFA_GUIDE } from './shared-links';

export const entry: CatalogueEntry = {
  id: 'enable-software-token-mismatch',
  kind: 'error',
  signatures: {
    exceptions: ['EnableSoftwareTokenMFAException'],
    messages: ['Code mismatch and fail enable Software Token MFA', 'Code mismatch'],
    sources: {
      'Code mismatch and fail enable Software Token MFA':
        'https://github.com/aws-samples/aws-amplify-auth-starters/issues/15',
      'Code mismatch': 'https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa-totp.html',
    },
    prose: {
      en: [
        'VerifySoftwareToken fails with code mismatch',
        'cannot enable software token MFA',
        'TOTP setup code rejected',
        'QR code scanned but the code does not verify',
        'VerifySoftwareToken always fails',
        'authenticator app set to SHA256',
      ],
      ja: [
        'コードミスマッチ',
        'VerifySoftwareToken でコードが一致しない',
        'TOTP の登録で失敗する',
        'QR コードを読み込んだのにコードが通らない',
        '認証アプリが SHA256 になっている',
      ],
    },
  },
  symptoms: {
    en: [
      'While registering the authenticator app, the first code from the app is refused and TOTP setup never completes.',
      'verifySoftwareToken or verifyTotpSetup rejects the code after scanning the QR code built from the secret.',
      'The QR code or secret key was built wrong, or setup was restarted so the app holds an old secret.',
    ],
    ja: [
      '認証アプリの登録中、アプリに表示されたコードを入力しても TOTP の設定が完了しない。',
      'QR コードを読み取ったあと verifySoftwareToken でコードが一致しないと言われる。',
      'シークレットから作った QR コードが間違っているか、設定をやり直して古いシークレットのままになっている。',
    ],
  },
  text: {
    en: {
      title: 'The code sent while setting up TOTP does not match the secret',
      summary:
        'VerifySoftwareToken got a code that does not come from the secret AssociateSoftwareToken returned, so TOTP MFA was not enabled.',
      causes: [
        'The authenticator app holds another secret: an older AssociateSoftwareToken call, a QR code built from the wrong value, or an entry for another user.',
        'The code is not the newest one, or the device clock is off.',
        'Cognito accepts only HMAC-SHA1, 6-digit, 30-second TOTP codes: an authenticator app set to SHA-256 (or to 8 digits or 60 seconds), or a QR code whose `otpauth://` URI asks for that, produces codes Cognito rejects as “Code mismatch”.',
      ],
      fixes: [
        {
          text: 'Call AssociateSoftwareToken once, store the returned `SecretCode` in the authenticator app (QR code `otpauth://totp/<label>?secret=<SecretCode>&issuer=<issuer>`), and do not call it again before verifying.',
          code: 'aws cognito-idp associate-software-token --access-token <access-token>',
        },
        {
          text: 'Send the newest code from the authenticator app to VerifySoftwareToken.',
          code: 'aws cognito-idp verify-software-token --access-token <access-token> --user-code <newest code> --friendly-device-name <name>',
        },
        {
          text: 'If it still fails, delete the entry in the authenticator app, sync the device clock and start again from AssociateSoftwareToken.',
        },
        {
          text: 'Build the QR code with the defaults Cognito expects: `otpauth://totp/<label>?secret=<SecretCode>&issuer=<issuer>` without `algorithm`, `digits` or `period`, or with `algorithm=SHA1&digits=6&period=30`; in an app that lets users choose, pick SHA1, 6 digits and 30 seconds.',
        },
      ],
    },
    ja: {
      title: 'TOTP 設定中に送信したコードがシークレットと一致しない',
      summary:
        'VerifySoftwareToken が受け取ったコードは AssociateSoftwareToken が返したシークレットから生成されたものではないため、TOTP MFA は有効になりませんでした。',
      causes: [
        '認証アプリが別のシークレットを保持しています。以前の AssociateSoftwareToken 呼び出しのもの、誤った値から作った QR コード、別のユーザーのエントリなどです。',
        'コードが最新のものではないか、端末の時刻がずれています。',
        'Cognito が受け付ける TOTP コードは HMAC-SHA1、6 桁、30 秒のものだけです。SHA-256 (または 8 桁や 60 秒) に設定した認証アプリや、`otpauth://` URI でそれを指定した QR コードのコードは「Code mismatch」として拒否されます。',
      ],
      fixes: [
        {
          text: 'AssociateSoftwareToken を 1 回だけ呼び出し、返された `SecretCode` を認証アプリに保存します (QR コードは `otpauth://totp/<label>?secret=<SecretCode>&issuer=<issuer>`)。検証が終わるまで再度呼び出さないでください。',
          code: 'aws cognito-idp associate-software-token --access-token <access-token>',
        },
        {
          text: '認証アプリの最新のコードを VerifySoftwareToken に送信します。',
          code: 'aws cognito-idp verify-software-token --access-token <access-token> --user-code <newest code> --friendly-device-name <name>',
        },
        {
          text: 'それでも失敗する場合は、認証アプリのエントリを削除し、端末の時刻を同期してから AssociateSoftwareToken からやり直します。',
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
    apiReference('AssociateSoftwareToken'),
    apiReference('VerifySoftwareToken'),
  ],
};
