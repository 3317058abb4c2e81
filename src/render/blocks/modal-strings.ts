/**
 * The words of the bot's modals, per language: the shortcut's "Diagnose this error", "Check a user pool" and the
 * note modal. Slack caps a modal's title at 24 characters and a button's at 24: both languages fit.
 */
import type { Phrases } from '../../checks/localized';

export interface ModalStrings {
  diagnose: {
    title: string;
    submit: string;
    cancel: string;
    found: (titles: string) => string;
    noMatch: string;
    reading: (name: string) => string;
    where: string;
    thread: string;
    onlyMe: string;
    nothingStored: string;
  };
  checkPool: {
    title: string;
    submit: string;
    cancel: string;
    intro: (entryTitle: string | undefined) => string;
    pool: string;
    poolHint: string;
    username: string;
    readOnly: string;
  };
  close: string;
}

const en: ModalStrings = {
  diagnose: {
    title: 'Diagnose this error',
    submit: 'Send',
    cancel: 'Cancel',
    found: (titles) => `I found:\n${titles}`,
    noMatch:
      'I could not match this message to a known Cognito MFA error. I can still answer with the closest entries.',
    reading: (name) => `:hourglass_flowing_sand: Reading ${name} …`,
    where: 'Where should the answer go?',
    thread: 'Reply in the thread (everyone sees it)',
    onlyMe: 'Only me',
    nothingStored: 'Nothing from the message is stored; the answer is built from the catalogue.',
  },
  checkPool: {
    title: 'Check a user pool',
    submit: 'Check',
    cancel: 'Cancel',
    intro: (entryTitle) =>
      `Read-only checks on a user pool${entryTitle ? `, starting with what speaks to *${entryTitle}*` : ''}. ` +
      'The report appears in the thread, only to you.',
    pool: 'User pool',
    poolHint: 'A pool id such as us-east-1_AbC123def or its ARN; put an account alias first for another account.',
    username: 'Username (optional)',
    readOnly: 'Nothing is changed in your account: the bot only reads.',
  },
  close: 'Close',
};

const ja: ModalStrings = {
  diagnose: {
    title: 'このエラーを診断',
    submit: '送信',
    cancel: 'キャンセル',
    found: (titles) => `見つかったもの:\n${titles}`,
    noMatch: 'このメッセージは既知の Cognito MFA エラーに一致しませんでした。カタログ内で近いものを回答できます。',
    reading: (name) => `:hourglass_flowing_sand: ${name} を読んでいます…`,
    where: '回答をどこに送りますか?',
    thread: 'スレッドに返信 (全員に表示)',
    onlyMe: '自分だけ',
    nothingStored: 'メッセージの内容は保存しません。回答はカタログから作ります。',
  },
  checkPool: {
    title: 'ユーザープールを確認',
    submit: 'チェック',
    cancel: 'キャンセル',
    intro: (entryTitle) =>
      `ユーザープールを読み取り専用でチェックします${entryTitle ? ` (*${entryTitle}* に関係するものから)` : ''}。` +
      'レポートはスレッドに、あなたにだけ表示されます。',
    pool: 'ユーザープール',
    poolHint: 'us-east-1_AbC123def のようなプール ID か ARN。別アカウントならアカウントエイリアスを先に書きます。',
    username: 'ユーザー名 (任意)',
    readOnly: 'アカウントは何も変更しません: ボットは読み取るだけです。',
  },
  close: '閉じる',
};

export const MODAL_STRINGS: Phrases<ModalStrings> = { en, ja };
