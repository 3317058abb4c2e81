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
      'While registering the authenticator app, verifySoftwareToken refuses the first code with "Code mismatch and fail enable Software Token MFA", so TOTP never gets enabled.',
      'The QR code scans fine, but the six digits typed on the enrolment screen are refused: the otpauth URI was built from the wrong secret or an empty value.',
      'A re-render generates a new secret after the QR code was drawn, so the code from the scanned entry never matches.',
      'The user scanned a QR code in an earlier enrolment attempt, and that stale entry in the authenticator shows codes for a replaced secret.',
      'verifyTOTPSetup or Auth.verifyTotpToken fails with EnableSoftwareTokenMFAException whether the user scans with Google Authenticator, Authy or 1Password.',
      'The otpauth URI asks for SHA256, 8 digits or a 60 second period, so the app makes codes Cognito refuses; only SHA1, 6 digits and 30 seconds work.',
      'The secret key typed by hand into the authenticator has a typo or extra spaces, or the base32 SecretCode was encoded twice before going into the QR image.',
      'In the CONTINUE_SIGN_IN_WITH_TOTP_SETUP step of Amplify v6 the enrolment code is refused after scanning, and the user cannot finish registering the device.',
      'boto3 verify_software_token with UserCode returns EnableSoftwareTokenMFAException although associate_software_token had returned a SecretCode a moment before.',
      'How do I register an authenticator app when the verification step rejects each code as not matching?',
      'The device clock is off at enrolment, so even the newest code is outside the window when VerifySoftwareToken checks it.',
      'Flutter, Swift or Android apps that draw the QR code themselves get the first code refused when the otpauth secret is not exactly the SecretCode string.',
      'The verify step of authenticator enrolment fails on every attempt, so TOTP never becomes active for the user even though the scan looked fine.',
    ],
    ja: [
      '認証アプリの登録で最初のコードを入れると、verifySoftwareToken が「Code mismatch and fail enable Software Token MFA」になり TOTP が有効にならない。',
      'QR コードは読み取れるのに、登録画面で 6 桁を入れても検証が通らない。otpauth の URI に入れたシークレットが違うか空になっている。',
      '再レンダリングで QR コードを描いたあとに新しいシークレットが発行され、読み取ったエントリのコードが一致しない。',
      '以前の登録で読み取った古いエントリが認証アプリに残っていて、置き換えられたシークレットのコードを入れている。',
      'verifyTOTPSetup や Auth.verifyTotpToken が EnableSoftwareTokenMFAException で失敗する。Google Authenticator でも Authy でも同じ。',
      'QR コードの URI で SHA256 や 8 桁、60 秒を指定していて、Cognito が受け付ける SHA1・6 桁・30 秒のコードにならない。',
      'シークレットキーを手入力したときの入力間違いや空白、base32 の二重エンコードで、アプリのコードが検証に通らない。',
      'Amplify v6 の CONTINUE_SIGN_IN_WITH_TOTP_SETUP で QR を読んだあとのコードが拒否され、デバイスの登録が終わらない。',
      'boto3 の verify_software_token に UserCode を渡すと EnableSoftwareTokenMFAException が返る。',
      'TOTP の登録画面で「コードが一致しません」と出て、認証アプリの設定を完了できない。',
      'TOTP の登録時に、アプリに出た最初のコードが通らず、設定が完了しない。',
      '自前で QR コードを描く Flutter や Swift、Android のアプリで、otpauth の secret が SecretCode の文字列そのものでないと最初のコードが拒否される。',
      '認証アプリの登録の検証ステップが通らず、読み取りはうまくいったように見えても TOTP が有効にならない。',
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
