/**
 * Everything the local console says itself, per language (the locale's: LC_ALL, LC_MESSAGES, LANG). What the bot
 * says comes from the bot, in the language it chooses; these are the console's own banner, help and labels.
 */
import type { Phrases } from '../checks/localized';
import { columns, padColumns } from '../render/text/columns';

/** The help's first line, then what to type and what it does, lined up in columns whatever the language. */
function helpText(intro: string, rows: readonly (readonly [string, string])[]): string {
  const width = Math.max(...rows.map(([typed]) => columns(typed))) + 3;
  return [intro, ...rows.map(([typed, does]) => `  ${padColumns(typed, width)}${does}`)].join('\n');
}

export interface ConsoleStrings {
  banner: (help: string) => string;
  help: string;
  prompt: string;
  bye: string;
  /** Who is speaking, before what the bot sent. */
  who: {
    bot: string;
    inThread: string;
    onlyYou: string;
    updated: string;
    replacedOnlyYou: string;
    modal: string;
    home: string;
  };
  otherCall: (method: string) => string;
  noReply: string;
  noThread: string;
  noButton: (n: number) => string;
  feedbackLogged: (record: string) => string;
  consoleError: (message: string) => string;
}

const en: ConsoleStrings = {
  banner: (help) => `Cognito MFA bot: local console
No SLACK_APP_TOKEN or SLACK_SIGNING_SECRET is set, so the bot's real listeners run here against a local
stand-in for Slack. You are in a direct message with the bot.
To connect to Slack, create the app from manifest.yml (or manifest.socket.yml) and start with
SLACK_APP_TOKEN + SLACK_BOT_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET + SLACK_BOT_TOKEN (HTTP): see the README.

${help}
`,
  help: helpText('Paste an error or a log, then an empty line (or just pause): the bot answers in a thread.', [
    ['/mfa-explain <error>', 'the private explanation, as the slash command gives it'],
    ['> <text>', 'reply in the last thread the bot answered'],
    ['!<n>', 'press button n of the last reply (Helpful, Not it, Show in Japanese …)'],
    ['home', 'open the App Home tab'],
    ['help', 'this help'],
    ['exit', 'leave (Ctrl-D works too)'],
  ]),
  prompt: 'you › ',
  bye: 'Bye.',
  who: {
    bot: 'bot',
    inThread: 'bot (in the thread)',
    onlyYou: 'bot (only you see this)',
    updated: 'bot (message updated)',
    replacedOnlyYou: 'bot (message replaced, only you)',
    modal: 'bot opened a modal',
    home: 'App Home',
  },
  otherCall: (method) => `(the bot called ${method}; the console answers ok)`,
  noReply: '(no reply: the bot stays quiet on this)',
  noThread: '(no thread yet: paste an error first, then reply with > your question)',
  noButton: (n) => `(there is no button !${n} on the last reply)`,
  feedbackLogged: (record) => `(feedback logged: ${record})`,
  consoleError: (message) => `(console error: ${message})`,
};

const ja: ConsoleStrings = {
  banner: (help) => `Cognito MFA ボット: ローカルコンソール
SLACK_APP_TOKEN も SLACK_SIGNING_SECRET も設定されていないため、ボットの実際のリスナーをここで
Slack の代わりのローカルサーバーに対して動かします。あなたはボットとのダイレクトメッセージにいます。
Slack につなぐには、manifest.yml (または manifest.socket.yml) からアプリを作成し、
SLACK_APP_TOKEN + SLACK_BOT_TOKEN (Socket Mode) か SLACK_SIGNING_SECRET + SLACK_BOT_TOKEN (HTTP) を設定して起動します。詳しくは README を参照してください。

${help}
`,
  help: helpText('エラーやログを貼り付けて空行を入れる (または少し待つ) と、ボットがスレッドで答えます。', [
    ['/mfa-explain <エラー>', 'スラッシュコマンドと同じ、自分だけに見える説明'],
    ['> <テキスト>', 'ボットが最後に答えたスレッドに返信'],
    ['!<n>', '最後の返信の n 番目のボタンを押す (役に立った、違う、Show in English など)'],
    ['home', 'App Home タブを開く'],
    ['help', 'このヘルプ'],
    ['exit', '終了 (Ctrl-D でも終了します)'],
  ]),
  prompt: 'あなた › ',
  bye: 'さようなら。',
  who: {
    bot: 'ボット',
    inThread: 'ボット (スレッド内)',
    onlyYou: 'ボット (あなただけに表示)',
    updated: 'ボット (メッセージを更新)',
    replacedOnlyYou: 'ボット (メッセージを置き換え、あなただけに表示)',
    modal: 'ボットがモーダルを開きました',
    home: 'App Home',
  },
  otherCall: (method) => `(ボットが ${method} を呼び出しました。コンソールは ok と答えます)`,
  noReply: '(返信なし: ボットはこれには反応しません)',
  noThread: '(まだスレッドがありません: まずエラーを貼り付け、そのあと > 質問 で返信してください)',
  noButton: (n) => `(最後の返信にボタン !${n} はありません)`,
  feedbackLogged: (record) => `(フィードバックを記録しました: ${record})`,
  consoleError: (message) => `(コンソールのエラー: ${message})`,
};

export const CONSOLE_STRINGS: Phrases<ConsoleStrings> = { en, ja };
