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
      'The user waits a few minutes on the MFA code screen, then submits and is told the session is expired; typing the code right away works.',
      'The window from InitiateAuth to RespondToAuthChallenge is only three minutes by default, so a code typed after that is refused and the user has to sign in from the start.',
      'Users leave the app to open the text message or their mailbox, return too late, and the code entry fails with an expired session.',
      'Installing an app on the phone at MFA enrolment takes longer than the session lasts, and the code typed afterwards fails as expired.',
      'The new password screen is left open for several minutes; submitting the new password then fails and the user must start over.',
      'How do I make the MFA code last longer than three minutes? Can we extend the login code timeout to ten or fifteen minutes?',
      'Where is the authentication flow session duration: AuthSessionValidity on the app client, auth_session_validity in Terraform, authSessionValidity in CDK, from 3 to 15 minutes.',
      'The app is sent to the background in the middle of sign-in, and when the user returns much later the saved session has expired.',
      'It fails only when the user is slow, never when they are quick: a timeout, not a wrong code.',
      'Should we catch the expired session and send the user to the login page to start over?',
      'Users switch to their messages app to see the code, and on their return Cognito reports the session as expired.',
      'How many minutes is an MFA code sent at sign-in valid? Only as long as the sign-in session (3 minutes unless the app client raises it), much shorter than a sign-up code.',
    ],
    ja: [
      'MFA のコード入力画面でしばらく放置してから送信すると、セッションの有効期限が切れて失敗する。すぐ入力すれば通る。',
      'InitiateAuth がチャレンジを返してから RespondToAuthChallenge まで 3 分を過ぎると、コードを入れてもサインインに失敗し、ログインからやり直しになる。',
      'SMS やメールのコードを確認しにアプリを切り替えて戻ってくるまでに時間切れになっている。',
      '認証アプリをインストールしている間に時間切れになり、その後のコード入力が期限切れで失敗する。',
      '新しいパスワードの設定画面を数分開いたままにすると、送信が期限切れで失敗する。',
      'MFA コードの有効時間を 3 分から 10 分や 15 分に延ばしたい。タイムアウトの設定はどこにありますか？',
      'アプリクライアントの認証フローセッションの有効期間 (AuthSessionValidity) は 3〜15 分で、Terraform なら auth_session_validity、CDK なら authSessionValidity。',
      'スマホアプリがバックグラウンドに回って時間が経つと、保存しておいたセッションが期限切れになっている。',
      '時間を置いたときだけ起きるエラーで、コードの間違いではなく待ち時間切れ。',
      'セッション切れを検知したらログイン画面に戻して、最初からやり直させるしかないのか。',
      'サインイン時に SMS やメールで届く MFA コードは何分有効か。サインインのセッションの間だけ (アプリクライアントで延ばさなければ 3 分) で、サインアップの確認コードよりずっと短い。',
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
