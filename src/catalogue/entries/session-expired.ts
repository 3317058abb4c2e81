import { consolePath } from '../console-labels';
import type { CatalogueEntry } from '../types';
import { RAISE_AUTH_SESSION_VALIDITY } from './shared-code';
import { APP_CLIENTS_GUIDE, apiReference, KC_MFA_ERRORS, KC_MFA_ERRORS_JA } from './shared-links';

export const entry: CatalogueEntry = {
  id: 'session-expired',
  kind: 'error',
  signatures: {
    exceptions: ['NotAuthorizedException'],
    messages: ['Invalid session for the user, session is expired.'],
    sources: {
      'Invalid session for the user, session is expired.': 'https://github.com/aws-amplify/amplify-js/issues/11069',
    },
    prose: {
      en: [
        'session expires after 3 minutes',
        'MFA session expired',
        'MFA page times out',
        'session is expired when entering the MFA code',
        'users take too long to enter the TOTP code',
        'increase the authentication flow session duration',
        'auth session validity',
        'user is slow to type the code',
        'slow to enter the MFA code',
        'session times out before the MFA code is entered',
        'MFA code entry fails after a few minutes',
        'how long is the session valid',
        'session seems to time out',
        'times out at 3 minutes',
      ],
      ja: [
        'セッションの有効期限',
        '3分でセッションが切れる',
        'MFA コード入力中にセッションが期限切れになる',
        'セッションは期限切れです',
        'ユーザーのセッションが無効です。セッションは期限切れです',
        '認証フローセッションの有効期間を延ばしたい',
        'MFA 画面で時間が経つとエラーになる',
        'セッションタイムアウト',
      ],
    },
  },
  symptoms: {
    en: [
      'The user waits a few minutes on the MFA code screen or the new password screen and then the submission fails.',
      'The sign-in session times out after about three minutes before the code is entered; the user has to start over.',
      'Slow users who download an authenticator app during setup lose their session; the authentication flow session duration is too short.',
    ],
    ja: [
      'MFA コードの入力画面で数分待ってから送信するとサインインが失敗する。',
      'コードを入力する前に 3 分ほどでセッションが切れてしまい、最初からやり直しになる。',
      '認証アプリを入れている間にセッションの有効期限が切れる。認証フローのセッション時間が短すぎる。',
    ],
  },
  text: {
    en: {
      title: 'The sign-in session expired before the MFA step was answered',
      summary:
        'The session string from the previous sign-in step is older than the app client’s authentication flow session duration (3 minutes by default).',
      causes: [
        'Each challenge step (the MFA code entry included) must be answered within the app client’s authentication flow session duration, `AuthSessionValidity`, which is 3 minutes unless you raised it.',
        'The user waited too long on the MFA screen (looked for the phone, waited for the SMS) or the app kept a session from an earlier sign-in attempt.',
      ],
      fixes: [
        {
          text: 'Restart the sign-in from `InitiateAuth` (or the hosted UI / managed login) to get a fresh session; an expired session cannot be revived.',
        },
        {
          text: `Raise the app client’s authentication flow session duration (3 to 15 minutes). Console: ${consolePath('en', 'authFlowSessionDuration')}. CLI: the first command (it needs jq) carries every current setting over with the change; written by hand, the update must pass back every setting describe-user-pool-client shows.`,
          code: RAISE_AUTH_SESSION_VALIDITY,
          warning:
            'UpdateUserPoolClient resets every setting you do not pass to its default (auth flows, OAuth scopes, callback URLs, token lifetimes ...). Pass the current values from describe-user-pool-client back with the change.',
        },
        {
          text: 'In the app, show the MFA screen right after `InitiateAuth` returns the challenge and send `RespondToAuthChallenge` with that call’s `Session` without delay; if the user comes back later, start again.',
        },
      ],
    },
    ja: {
      title: 'MFA ステップに応答する前にサインインのセッションが期限切れになった',
      summary:
        '前のサインインステップで返されたセッション文字列が、アプリクライアントの認証フローセッション時間 (デフォルト 3 分) を超えて使われました。',
      causes: [
        'MFA コード入力を含む各チャレンジには、アプリクライアントの認証フローセッション時間 `AuthSessionValidity` 以内に応答する必要があります。変更していなければ 3 分です。',
        'ユーザーが MFA 画面で時間がかかった (スマートフォンを探した、SMS の到着を待った) か、アプリが以前のサインイン試行のセッションを使い回しました。',
      ],
      fixes: [
        {
          text: '`InitiateAuth` (またはホストされた UI / マネージドログイン) からサインインをやり直して新しいセッションを取得します。期限切れのセッションは再利用できません。',
        },
        {
          text: `アプリクライアントの認証フローセッション時間を延ばします (3〜15 分)。コンソール: ${consolePath('ja', 'authFlowSessionDuration')}。CLI の場合は、最初のコマンド (jq が必要) なら現在の設定をすべて引き継いだまま変更できます。手で書く場合は、describe-user-pool-client で表示される設定をすべて渡し直してください。`,
          code: RAISE_AUTH_SESSION_VALIDITY,
          warning:
            'UpdateUserPoolClient は、指定しなかった設定 (認証フロー、OAuth スコープ、コールバック URL、トークンの有効期間など) をすべてデフォルト値にリセットします。describe-user-pool-client で取得した現在の値を変更内容と一緒に必ず渡してください。',
        },
        {
          text: 'アプリでは、`InitiateAuth` がチャレンジを返したらすぐに MFA 画面を表示し、その呼び出しの `Session` を付けて `RespondToAuthChallenge` を送信します。ユーザーが時間を置いて戻ってきた場合は最初からやり直します。',
        },
      ],
    },
  },
  links: [KC_MFA_ERRORS, KC_MFA_ERRORS_JA, APP_CLIENTS_GUIDE, apiReference('UpdateUserPoolClient')],
};
