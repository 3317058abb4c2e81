import { type Phrases, say } from '../localized';
import type { Rule } from '../types';
import { finding, unknownFrom } from './helpers';
import { regionEvidence, snsOrFinding } from './sns-applies';

const R = { id: 'sns-sms-spend-limit', entry: 'sms-first-time-setup' };
/** The SNS default for a new account, in USD a month. */
const DEFAULT_LIMIT = 1;

const PHRASES: Phrases<{
  limit: (region: string) => string;
  setting: (raw: string | undefined) => string;
  unreadable: (raw: string) => string;
  zero: (region: string) => string;
  atDefault: (region: string, limit: number) => string;
  raised: (region: string, limit: number) => string;
}> = {
  en: {
    limit: (region) => `the SNS SMS spend limit in ${region}`,
    setting: (raw) => `MonthlySpendLimit: ${raw ?? '(not set: the default)'}`,
    unreadable: (raw) => `unreadable MonthlySpendLimit "${raw}"`,
    zero: (region) => `the SNS monthly SMS spend limit in ${region} is $0: no SMS can be sent`,
    atDefault: (region, limit) =>
      `the SNS monthly SMS spend limit in ${region} is $${limit} (the default): SMS stops for the month once it is spent`,
    raised: (region, limit) => `the SNS monthly SMS spend limit in ${region} is $${limit}`,
  },
  ja: {
    limit: (region) => `${region} の SNS の SMS 月間使用上限`,
    setting: (raw) => `MonthlySpendLimit: ${raw ?? '(未設定: デフォルト)'}`,
    unreadable: (raw) => `MonthlySpendLimit "${raw}" を解釈できません`,
    zero: (region) => `${region} の SNS の SMS 月間使用上限は $0 です: SMS を送信できません`,
    atDefault: (region, limit) =>
      `${region} の SNS の SMS 月間使用上限は $${limit} (デフォルト) です: 使い切るとその月は SMS が止まります`,
    raised: (region, limit) => `${region} の SNS の SMS 月間使用上限は $${limit} です`,
  },
};

export const snsSmsSpendLimit: Rule = {
  ...R,
  describes: 'the SNS monthly SMS spend limit in the SMS region is above the $1 default (SMS stops when it is reached)',
  evaluate(facts) {
    const sns = snsOrFinding(R, facts);
    if ('rule' in sns) return [sns];
    const { region } = sns;
    if (!sns.attributes.ok)
      return [
        unknownFrom(
          R,
          sns.attributes.error,
          say(PHRASES, (p) => p.limit(region)),
        ),
      ];
    const raw = sns.attributes.value.MonthlySpendLimit;
    const limit = raw === undefined || raw === '' ? DEFAULT_LIMIT : Number(raw);
    const evidence = [regionEvidence(sns), say(PHRASES, (p) => p.setting(raw))];
    if (!Number.isFinite(limit))
      return [
        finding(
          R,
          'unknown',
          say(PHRASES, (p) => p.unreadable(String(raw))),
          evidence,
        ),
      ];
    if (limit <= 0)
      return [
        finding(
          R,
          'fail',
          say(PHRASES, (p) => p.zero(region)),
          evidence,
        ),
      ];
    if (limit <= DEFAULT_LIMIT)
      return [
        finding(
          R,
          'warn',
          say(PHRASES, (p) => p.atDefault(region, limit)),
          evidence,
        ),
      ];
    return [
      finding(
        R,
        'pass',
        say(PHRASES, (p) => p.raised(region, limit)),
        evidence,
      ),
    ];
  },
};
