/** What a watch says, per language: its posts, the CLI's lines and usage, the `/mfa-check watch` list. */
import type { Lang } from '../catalogue/types';
import type { Counts } from '../checks/types';
import type { WatchStatus } from './diff';

export interface WatchStrings {
  status: Record<WatchStatus, string>;
  /** `Watching eu-west-1_AbC123def: 1 fail, 2 warn` */
  baseline: (pool: string, counts: Counts) => string;
  worse: (pool: string) => string;
  recovered: string;
  otherChanges: string;
  moved: (from: string, to: string) => string;
  /** A CLI line: `eu-west-1_AbC123def sms-role-trust: pass -> fail` */
  line: (pool: string, finding: string, from: string, to: string) => string;
  couldNotCheck: (pool: string, why: string) => string;
  noWatches: string;
  listTitle: string;
  listLine: (pool: string, channel: string, checkedAt: string | undefined, counts: Counts | undefined) => string;
  listAll: (pool: string, channel: string) => string;
}

const problems = (c: Counts, fail: string, warn: string, sep: string) => `${c.fail} ${fail}${sep}${c.warn} ${warn}`;

const en: WatchStrings = {
  status: { fail: 'fail', warn: 'warn', unknown: 'unknown', pass: 'pass', none: 'none' },
  baseline: (pool, c) => `Watching \`${pool}\`: ${problems(c, 'fail', 'warn', ', ')}`,
  worse: (pool) => `\`${pool}\` got worse`,
  recovered: 'Recovered',
  otherChanges: 'Also changed',
  moved: (from, to) => `${from} → ${to}`,
  line: (pool, finding, from, to) => `${pool} ${finding}: ${from} -> ${to}`,
  couldNotCheck: (pool, why) => `${pool}: could not check: ${why}`,
  noWatches: 'No pool is watched: set MFA_WATCH (e.g. `eu-west-1_AbC123def=C0123456789`) or name pools.',
  listTitle: 'Watched pools',
  listLine: (pool, channel, at, c) =>
    `\`${pool}\` → <#${channel}>: ${at ? `last round ${at}, ${problems(c as Counts, 'fail', 'warn', ', ')}` : 'not checked yet'}`,
  listAll: (pool, channel) => `\`${pool}\` → <#${channel}>: every pool of the account in MFA_WATCH_REGIONS`,
};

const ja: WatchStrings = {
  status: { fail: '失敗', warn: '注意', unknown: '不明', pass: '合格', none: 'なし' },
  baseline: (pool, c) => `\`${pool}\` の監視を始めました: ${problems(c, '失敗', '注意', '、')}`,
  worse: (pool) => `\`${pool}\` が悪化しました`,
  recovered: '回復',
  otherChanges: 'その他の変化',
  moved: (from, to) => `${from} → ${to}`,
  line: (pool, finding, from, to) => `${pool} ${finding}: ${from} -> ${to}`,
  couldNotCheck: (pool, why) => `${pool}: チェックできませんでした: ${why}`,
  noWatches:
    '監視しているプールがありません: MFA_WATCH を設定するか (例: `eu-west-1_AbC123def=C0123456789`)、プールを指定してください。',
  listTitle: '監視中のプール',
  listLine: (pool, channel, at, c) =>
    `\`${pool}\` → <#${channel}>: ${at ? `最終チェック ${at}、${problems(c as Counts, '失敗', '注意', '、')}` : 'まだチェックしていません'}`,
  listAll: (pool, channel) => `\`${pool}\` → <#${channel}>: MFA_WATCH_REGIONS にあるアカウントのすべてのプール`,
};

export const WATCH_STRINGS: Record<Lang, WatchStrings> = { en, ja };
