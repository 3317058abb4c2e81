import type { HomeView, KnownBlock } from '@slack/types';
import type { CatalogueEntry, EntryKind, Lang } from '../../catalogue/types';
import type { Phrases } from '../../checks/localized';
import { escapeMrkdwn } from '../mrkdwn';
import { context, divider, header, SECTION_TEXT_MAX, section } from './builders';

/**
 * The App Home's words, per language. The English page also says it in Japanese, for a Japanese reader whose Slack
 * is set to English; a Japanese locale was chosen, so that page is Japanese only.
 */
const HOME: Phrases<{
  header: string;
  kinds: Record<EntryKind, string>;
  intro: string;
  otherLanguage?: string;
  howToUse: string;
}> = {
  en: {
    header: 'Cognito MFA troubleshooter',
    kinds: { error: 'Errors I explain', precondition: 'Setup steps and conditions I explain' },
    intro:
      'I explain *Amazon Cognito user-pool MFA errors*: what happened, why, and how to fix it, in English or Japanese. ' +
      'The answers come from a catalogue built on the AWS knowledge-center article on MFA errors.',
    otherLanguage: 'Cognito ユーザープールの MFA エラーを、原因と解決方法とともに日本語または英語で説明します。',
    howToUse: [
      '*How to use me*',
      '• Paste an error into a channel I am in: I answer in a thread when I recognise a Cognito MFA error.',
      '• Mention me (`@cognito-mfa <error>`) anywhere I am, or write to me here in Messages: I always answer.',
      '• `/mfa-explain <error>`: a private explanation only you see.',
      '• The *Diagnose this error* message shortcut (the ⋮ menu on any message, also inside threads).',
      '• `/mfa-check <user-pool-id> [username]`: read-only checks on a user pool.',
      '• `/mfa-check watch`: the pools I watch (MFA_WATCH), their last round and what fails or warns, privately.',
      '• Under each answer: *Helpful* / *Not it* (shows the other candidates) and *Show in Japanese*.',
    ].join('\n'),
  },
  ja: {
    header: 'Cognito MFA トラブルシューター',
    kinds: { error: '説明できるエラー', precondition: '説明できる設定手順と前提条件' },
    intro:
      '*Amazon Cognito ユーザープールの MFA エラー* について、何が起きたか、原因、解決方法を日本語または英語で説明します。' +
      '回答は、MFA エラーに関する AWS ナレッジセンターの記事をもとにしたカタログから作ります。',
    howToUse: [
      '*使い方*',
      '• 私が参加しているチャンネルにエラーを貼ると、Cognito MFA エラーだとわかればスレッドで回答します。',
      '• 私をメンション (`@cognito-mfa <エラー>`) するか、ここのメッセージタブで話しかけると、必ず回答します。',
      '• `/mfa-explain <エラー>`: あなたにだけ見える説明。',
      '• メッセージショートカット *Diagnose this error* (どのメッセージでも ⋮ メニューから。スレッド内でも使えます)。',
      '• `/mfa-check <ユーザープール ID> [ユーザー名]`: ユーザープールの読み取り専用チェック。',
      '• `/mfa-check watch`: 監視中のユーザープール (MFA_WATCH)、前回のラウンドと失敗・注意の件数を、あなたにだけ表示。',
      '• 各回答の下: *役に立った* / *違う* (他の候補を表示) と *Show in English*。',
    ].join('\n'),
  },
};

/** Bulleted titles, split into sections that stay under Slack's per-section limit. */
function entrySections(entries: readonly CatalogueEntry[], lang: Lang): KnownBlock[] {
  const sections: KnownBlock[] = [];
  let current = '';
  for (const entry of entries) {
    const exception = entry.signatures.exceptions[0];
    const line = `• ${escapeMrkdwn(entry.text[lang].title)}${exception ? ` (\`${exception}\`)` : ''}`;
    if (current && current.length + line.length + 1 > SECTION_TEXT_MAX) {
      sections.push(section(current));
      current = '';
    }
    current = current ? `${current}\n${line}` : line;
  }
  if (current) sections.push(section(current));
  return sections;
}

/** The App Home tab in `lang`: what the bot does, how to use it, and the catalogue grouped by kind. */
export function renderHome(catalogue: readonly CatalogueEntry[], lang: Lang): HomeView {
  const s = HOME[lang];
  const blocks: KnownBlock[] = [
    header(s.header),
    section(s.intro),
    ...(s.otherLanguage ? [context(s.otherLanguage)] : []),
    divider(),
  ];
  blocks.push(section(s.howToUse), divider());
  for (const kind of Object.keys(s.kinds) as EntryKind[]) {
    const entries = catalogue.filter((entry) => entry.kind === kind);
    if (entries.length === 0) continue;
    blocks.push(header(`${s.kinds[kind]} (${entries.length})`), ...entrySections(entries, lang));
  }
  return { type: 'home', blocks };
}
