import type { CatalogueEntry } from '../types';
import { apiReference, TOTP_MFA_GUIDE } from './shared-links';

export const entry: CatalogueEntry = {
  id: 'session-missing',
  kind: 'error',
  signatures: {
    exceptions: ['InvalidParameterException'],
    messages: ['Missing required parameter Session'],
    sources: {
      'Missing required parameter Session': 'https://github.com/amazon-archives/amazon-cognito-identity-js/issues/627',
    },
    prose: {
      en: [
        'RespondToAuthChallenge without a session',
        'session parameter is missing',
        'forgot to pass the session to the MFA challenge',
      ],
      ja: [
        'Session パラメータがない',
        'セッションを渡していない',
        'RespondToAuthChallenge にセッションを指定していない',
      ],
    },
  },
  symptoms: {
    en: [
      'The MFA code is sent without the session from the challenge: the Session field in the request is null or empty.',
      'confirmSignIn or sendMFACode fails because the user object no longer holds the session, for example after a page reload or on another server.',
    ],
    ja: [
      'MFA コードを送るリクエストに Session が入っておらず null や空になっている。',
      'ページの再読み込みや別のサーバーで処理したために、チャレンジのセッションを渡せていない。',
    ],
  },
  text: {
    en: {
      title: 'The challenge answer was sent without its session',
      summary:
        'A call that answers a sign-in challenge (or sets up TOTP during sign-in) was made without the `Session` parameter.',
      causes: [
        'RespondToAuthChallenge (and VerifySoftwareToken / AssociateSoftwareToken during the `MFA_SETUP` challenge) needs the `Session` returned by the previous call; the code did not pass it, or passed an empty value.',
        'A framework or wrapper lost the session between the sign-in step and the MFA step (page reload, server-side handler without state).',
      ],
      fixes: [
        {
          text: 'Keep the `Session` from the `InitiateAuth` (or previous `RespondToAuthChallenge`) response and pass it in the next call.',
          code: 'aws cognito-idp respond-to-auth-challenge --client-id <client-id> --challenge-name SMS_MFA \\\n  --session "<Session from the previous response>" \\\n  --challenge-responses USERNAME=<username>,SMS_MFA_CODE=<code>',
        },
        {
          text: 'During `MFA_SETUP`, pass the session to `AssociateSoftwareToken`, then the session it returns to `VerifySoftwareToken`, then that one to `RespondToAuthChallenge`.',
        },
      ],
    },
    ja: {
      title: 'チャレンジへの応答にセッションが付いていない',
      summary:
        'サインインのチャレンジに応答する呼び出し (またはサインイン中の TOTP 設定) が `Session` パラメータなしで行われました。',
      causes: [
        'RespondToAuthChallenge (および `MFA_SETUP` チャレンジ中の VerifySoftwareToken / AssociateSoftwareToken) には前の呼び出しが返した `Session` が必要ですが、コードがそれを渡していないか、空の値を渡しています。',
        'フレームワークやラッパーが、サインインのステップと MFA のステップの間でセッションを失いました (ページの再読み込み、状態を持たないサーバー側のハンドラーなど)。',
      ],
      fixes: [
        {
          text: '`InitiateAuth` (または直前の `RespondToAuthChallenge`) のレスポンスの `Session` を保持し、次の呼び出しに渡します。',
          code: 'aws cognito-idp respond-to-auth-challenge --client-id <client-id> --challenge-name SMS_MFA \\\n  --session "<Session from the previous response>" \\\n  --challenge-responses USERNAME=<username>,SMS_MFA_CODE=<code>',
        },
        {
          text: '`MFA_SETUP` の間は、セッションを `AssociateSoftwareToken` に渡し、その戻り値のセッションを `VerifySoftwareToken` に、さらにその戻り値を `RespondToAuthChallenge` に渡します。',
        },
      ],
    },
  },
  links: [apiReference('RespondToAuthChallenge'), apiReference('AssociateSoftwareToken'), TOTP_MFA_GUIDE],
};
