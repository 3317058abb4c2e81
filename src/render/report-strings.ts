import type { Lang } from '../catalogue/types';
import { type Counts, STATUSES, type Status } from '../checks/types';

/** Fixed phrases of a check report, per language. Findings carry their own text; fixes come from the catalogue. */
export interface ReportStrings {
  title: (pool: string) => string;
  status: Record<Status, string>;
  /** `2 fail, 1 warn, 1 unknown, 9 pass` */
  counts: (counts: Counts) => string;
  account: string;
  alias: string;
  user: string;
  howToFix: (title: string) => string;
  sameFix: (title: string) => string;
  cannotCheck: string;
  grant: (actions: string) => string;
  passed: (count: number) => string;
  trimmed: string;
}

const en: ReportStrings = {
  title: (pool) => `MFA check: ${pool}`,
  status: { fail: 'FAIL', warn: 'WARN', unknown: 'UNKNOWN', pass: 'PASS' },
  counts: (counts) => STATUSES.map((s) => `${counts[s]} ${s}`).join(', '),
  account: 'account',
  alias: 'alias',
  user: 'user',
  howToFix: (title) => `How to fix it (${title})`,
  sameFix: (title) => `Fix: see "${title}" above.`,
  cannotCheck: 'Could not check',
  grant: (actions) => `Grant the bot's role: ${actions}`,
  passed: (count) => `Passed (${count})`,
  trimmed: '_The report is longer than one Slack message allows; run `cognito-mfa check <pool> --json` for all of it._',
};

const ja: ReportStrings = {
  title: (pool) => `MFA チェック: ${pool}`,
  status: { fail: '失敗', warn: '注意', unknown: '不明', pass: '合格' },
  counts: (counts) => STATUSES.map((s) => `${ja.status[s]} ${counts[s]}`).join('、'),
  account: 'アカウント',
  alias: 'エイリアス',
  user: 'ユーザー',
  howToFix: (title) => `解決方法 (${title})`,
  sameFix: (title) => `解決方法: 上の「${title}」を参照。`,
  cannotCheck: '確認できなかった項目',
  grant: (actions) => `ボットのロールに付与: ${actions}`,
  passed: (count) => `合格 (${count})`,
  trimmed:
    '_レポートが Slack の 1 メッセージに収まりません。全体は `cognito-mfa check <pool> --json` で確認してください。_',
};

export const REPORT_STRINGS: Record<Lang, ReportStrings> = { en, ja };
