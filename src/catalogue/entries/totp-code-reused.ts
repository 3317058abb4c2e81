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
    ],
    ja: [
      '同じ認証アプリのコードを 2 回使うと、2 回目が拒否される。設定直後のサインインや 30 秒以内の再ログイン。',
      '自動テストで TOTP 登録直後にサインインすると、次のコードに変わるまで失敗する。',
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
