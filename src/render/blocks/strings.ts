import type { Lang } from '../../catalogue/types';
import type { EvidencePart } from '../../diagnose/types';
import { CONFIDENCE_WORDS } from '../confidence';

/** Every fixed phrase a Slack reply uses, per language. Catalogue text comes from the catalogue, not from here. */
export interface UiStrings {
  whatHappened: string;
  why: string;
  howToFix: string;
  warning: string;
  links: string;
  alsoFound: string;
  /** Where a diagnosis was found; the excerpt and a file's name are inert mrkdwn already. */
  evidence: (where: EvidenceWords) => string;
  confidence: (words: string) => string;
  /** Evidence of a guess from a described problem: no error text was quoted, so nothing "matched". */
  described: string;
  /** The runners-up of an answer short of high confidence, as mrkdwn titles. */
  couldAlsoBe: (titles: readonly string[]) => string;
  secret: (kind: string, line: number, part?: EvidencePart) => string;
  helpful: string;
  notIt: string;
  otherLanguage: string;
  /** The button that opens the /mfa-check modal for the diagnosed entry. */
  checkPool: string;
  thanks: string;
  noMatchTitle: string;
  noMatchBody: string;
  closest: string;
  whatICanDo: string;
  runnersUpTitle: string;
  noRunnersUp: string;
  trimmed: string;
  usage: string;
  /** An alert seen again: `since` is a Slack date (`<!date^…>`), shown in each reader's own time zone. */
  seen: (count: number, since: string) => string;
}

/** What the evidence line of a diagnosis says (see Evidence in diagnose/types.ts). */
interface EvidenceWords {
  excerpt?: string;
  line: number;
  /** The part of the message the line counts in, when it is not the person's own words. */
  part?: EvidencePart;
  /** The part's name (a file's), as inline code. */
  source?: string;
  /** On how many lines of the part it is, and the first few (a file is read like a log). */
  count?: number;
  lines?: number[];
}

/** The parts of a message a line can be in besides the person's own words, as a reply names them. */
const PARTS: Record<Lang, Record<EvidencePart, string>> = {
  en: {
    forwarded: 'the forwarded message',
    linked: 'the linked message',
    attachment: 'the attachment',
    file: 'the file',
  },
  ja: {
    forwarded: '転送されたメッセージの ',
    linked: 'リンク先のメッセージの ',
    attachment: '添付の ',
    file: 'ファイルの ',
  },
};

/** Lines of a log: "lines 1, 2, 5" / "first: lines 1, 2, 5, 7, 9" when there are more. */
function enLines(count: number, lines: readonly number[]): string {
  return `${lines.length < count ? 'first: ' : ''}lines ${lines.join(', ')}`;
}

function jaLines(count: number, lines: readonly number[]): string {
  return `${lines.length < count ? '最初の ' : ''}${lines.join(', ')} 行目`;
}

const en: UiStrings = {
  whatHappened: 'What happened',
  why: 'Why',
  howToFix: 'How to fix it',
  warning: 'Careful',
  links: 'Read more',
  alsoFound: 'Also in this message',
  evidence: ({ excerpt, line, part, source, count = 1, lines = [line] }) => {
    const what = excerpt ? `Matched \`${excerpt}\`` : 'Matched';
    const of = source ?? (part ? PARTS.en[part] : undefined);
    if (count > 1) return `${what} on ${count} lines of ${of ?? 'this message'} (${enLines(count, lines)}).`;
    return `${what} in line ${line}${of ? ` of ${of}` : ''}.`;
  },
  confidence: (words) => `${CONFIDENCE_WORDS.en.label}: ${words}.`,
  described: 'Guessed from how the problem is described (no error message was quoted).',
  couldAlsoBe: (titles) => `It could also be: ${titles.join(' or ')}.`,
  secret: (kind, line, part) =>
    `:warning: Line ${line} of ${part ? PARTS.en[part] : 'this message'} contains what looks like ${kind}: ` +
    'consider deleting the message.',
  helpful: 'Helpful',
  notIt: 'Not it',
  otherLanguage: 'Show in Japanese',
  checkPool: 'Check a user pool',
  thanks: 'Thanks, noted.',
  noMatchTitle: 'I could not match this to a known Cognito MFA error.',
  noMatchBody:
    'Paste the exact error message (the exception name and its message, e.g. `NotAuthorizedException: Invalid session for the user, session is expired.`) and I will explain it.',
  closest: 'Closest entries in my catalogue',
  whatICanDo:
    'What I can do: explain Cognito user-pool MFA errors pasted into a channel I am in, answer when mentioned, ' +
    'privately with `/mfa-explain <error>`, or on any message via the *Diagnose this error* shortcut. ' +
    '`/mfa-check <user-pool-id> [username]` runs read-only checks on a pool.',
  runnersUpTitle: 'Other entries that could fit',
  noRunnersUp: 'No other entry comes close. Try `/mfa-explain` with the full error message.',
  trimmed:
    '_The full answer is longer than one Slack message allows; the rest was left out. Ask about one error at a time for all of it._',
  usage:
    'Usage: `/mfa-explain <error message>`. Paste a Cognito MFA error, e.g. ' +
    '`/mfa-explain CodeMismatchException: Invalid code or auth state for the user.` and I explain it privately to you.',
  seen: (count, since) => `:repeat: Seen ${count} times since ${since}.`,
};

const ja: UiStrings = {
  whatHappened: '何が起きたか',
  why: '原因',
  howToFix: '解決方法',
  warning: '注意',
  links: '参考資料',
  alsoFound: 'このメッセージにある他のエラー',
  evidence: ({ excerpt, line, part, source, count = 1, lines = [line] }) => {
    const of = source ? `${source} の ` : part ? PARTS.ja[part] : '';
    const where = count > 1 ? `${of}${count} 行 (${jaLines(count, lines)})` : `${of}${line} 行目`;
    return excerpt ? `${where}の \`${excerpt}\` に一致しました。` : `${where}に一致しました。`;
  },
  confidence: (words) => `${CONFIDENCE_WORDS.ja.label}: ${words}`,
  described: 'エラーメッセージの引用がないため、問題の説明から推測しました。',
  couldAlsoBe: (titles) => `ほかの可能性: ${titles.join('、')}。`,
  secret: (kind, line, part) =>
    `:warning: ${part ? PARTS.ja[part] : 'このメッセージの '}${line} 行目に${kind}らしきものが含まれています。` +
    '削除を検討してください。',
  helpful: '役に立った',
  notIt: '違う',
  otherLanguage: 'Show in English',
  checkPool: 'ユーザープールを確認',
  thanks: 'ありがとうございます。記録しました。',
  noMatchTitle: '既知の Cognito MFA エラーに一致しませんでした。',
  noMatchBody:
    'エラーメッセージをそのまま貼ってください (例外名とメッセージ。例: `NotAuthorizedException: Invalid session for the user, session is expired.`)。',
  closest: 'カタログ内で近いもの',
  whatICanDo:
    'できること: 参加しているチャンネルに貼られた Cognito ユーザープールの MFA エラーの説明、メンションへの回答、' +
    '`/mfa-explain <エラー>` での非公開の説明、メッセージショートカット「Diagnose this error」。' +
    '`/mfa-check <ユーザープール ID> [ユーザー名]` で読み取り専用のチェックを実行します。',
  runnersUpTitle: '他に当てはまりそうなもの',
  noRunnersUp: '近いものは他にありません。`/mfa-explain` でエラーメッセージ全体を貼ってください。',
  trimmed:
    '_回答全体が Slack の 1 メッセージに収まらないため、一部を省略しました。エラーを 1 つずつ質問してください。_',
  usage:
    '使い方: `/mfa-explain <エラーメッセージ>`。例: `/mfa-explain CodeMismatchException: Invalid code or auth state for the user.` ' +
    '(あなたにだけ表示されます)',
  seen: (count, since) => `:repeat: ${since} から ${count} 回発生しています。`,
};

export const STRINGS: Record<Lang, UiStrings> = { en, ja };

export function otherLang(lang: Lang): Lang {
  return lang === 'en' ? 'ja' : 'en';
}
