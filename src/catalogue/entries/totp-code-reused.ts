import type { CatalogueEntry } from '../types';
import { apiReference, TOTP_MFA_GUIDE } from './shared-links';

export const entry: CatalogueEntry = {
  id: 'totp-code-reused',
  kind: 'error',
  signatures: {
    exceptions: ['ExpiredCodeException'],
    messages: ['Your software token has already been used once.'],
    sources: {
      'Your software token has already been used once.':
        'https://github.com/aws-amplify/amplify-swift/blob/1299ebcb17ac40e2ccc0f6f6df5464aa07f69773/AmplifyPlugins/Auth/Tests/AuthHostApp/AuthIntegrationTests/MFATests/MFASignInTests.swift',
    },
    prose: {
      en: [
        'software token has already been used once',
        'same TOTP code used twice',
        'reusing the authenticator code',
        'TOTP code already used',
      ],
      ja: ['ソフトウェアトークンはすでに使用されています', '同じ TOTP コードを 2 回使った', 'TOTP コードの再利用'],
    },
  },
  symptoms: {
    en: [
      'The same authenticator code is used twice, for setup and then sign-in, or for two sign-ins in the same 30 seconds, and the second use is refused.',
      'Automated tests sign in right after verifying TOTP and fail until the next code appears.',
      'Right after VerifySoftwareToken succeeds the app signs the user in and answers the authenticator challenge with the same six digits, which Cognito refuses as already used.',
      'End-to-end tests in Cypress, Playwright or Selenium generate the TOTP with otplib or pyotp and log in twice within 30 seconds; the second login fails.',
      'ExpiredCodeException although the authenticator code is fresh: Cognito accepts each TOTP code once, and this one was accepted a moment earlier.',
      'Two browser tabs or two devices sign in to the same account inside one 30-second window with the same authenticator code; one of them is refused.',
      'Waiting for the authenticator app to roll over to a new code makes the sign-in work; does Cognito block TOTP code replay?',
      'A network retry re-sends RespondToAuthChallenge with the TOTP code Cognito had already accepted, and the retry fails as an expired code.',
      'The verify button fires two requests with the same TOTP code; the first logs the user in, the second reports the token code as already used.',
      'How long does an integration test wait before a TOTP code is accepted a second time? The code of the next 30-second period works.',
      'A double form submit or the doubled effects of React StrictMode start two sign-ins that send the same TOTP code; the later one is refused because the code was already consumed.',
      'A TOTP code that worked a moment ago is refused when sent once more, and the following 30-second code passes.',
    ],
    ja: [
      '同じ認証アプリのコードを 2 回使うと、2 回目が拒否される。設定直後のサインインや 30 秒以内の再ログイン。',
      '自動テストで TOTP 登録直後にサインインすると、次のコードに変わるまで失敗する。',
      'VerifySoftwareToken が成功した直後にサインインして、同じ 6 桁のコードで認証アプリのチャレンジに応答すると、すでに使用済みだと拒否される。',
      'Cypress や Playwright の E2E テストで otplib から TOTP を生成し、30 秒以内に 2 回ログインすると 2 回目が落ちる。',
      'コードは新しいはずなのに ExpiredCodeException になる。Cognito は同じ TOTP コードを一度しか受け付けない。',
      '同じアカウントに 2 つのタブや端末から、同じ 30 秒の間に同じコードでログインすると片方が弾かれる。',
      '認証アプリのコードが次の値に切り替わるのを待てば通る。TOTP コードのリプレイを防いでいるのか。',
      '通信エラーのリトライで、Cognito がすでに受け付けた TOTP コードの RespondToAuthChallenge をもう一度送ってしまう。',
      '確認ボタンから同じ TOTP コードのリクエストが 2 回飛び、1 回目でログインできて 2 回目が使用済みのエラーになる。',
      'フォームの二重送信や React の StrictMode でサインインが 2 回走り、同じ TOTP コードを両方に送ると後の方が使用済みとして拒否される。',
      '少し前に通ったばかりの認証アプリのコードを再送すると拒否され、次の 30 秒のコードに変わると通る。',
    ],
  },
  text: {
    en: {
      title: 'The same TOTP code was used twice',
      summary: 'Cognito accepts each TOTP code only once; this code was already used in its 30-second window.',
      causes: [
        'The user (or an automated test) sent a code that was already accepted, for example a sign-in right after VerifySoftwareToken with the same code, or a retry of a request that had succeeded.',
      ],
      fixes: [
        {
          text: 'Wait for the authenticator app to show the next code (up to 30 seconds) and send that one.',
        },
        {
          text: 'In automated tests, wait for the next TOTP time step before answering a second challenge instead of reusing the code.',
        },
      ],
    },
    ja: {
      title: '同じ TOTP コードが 2 回使われた',
      summary:
        'Cognito は各 TOTP コードを 1 回しか受け付けません。このコードは 30 秒の有効期間内にすでに使われています。',
      causes: [
        'ユーザー (または自動テスト) がすでに受け付けられたコードを送信しました。たとえば VerifySoftwareToken の直後に同じコードでサインインした、成功したリクエストを再送した、などです。',
      ],
      fixes: [
        {
          text: '認証アプリに次のコードが表示されるまで (最大 30 秒) 待ち、そのコードを送信します。',
        },
        {
          text: '自動テストでは、コードを再利用せず、次の TOTP タイムステップになってから 2 回目のチャレンジに応答します。',
        },
      ],
    },
  },
  links: [TOTP_MFA_GUIDE, apiReference('RespondToAuthChallenge')],
};
