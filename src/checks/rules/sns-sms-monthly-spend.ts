import { type Phrases, say } from '../localized';
import type { Rule } from '../types';
import { finding, unknownFrom } from './helpers';
import { regionEvidence, snsOrFinding } from './sns-applies';

const R = { id: 'sns-sms-monthly-spend', entry: 'sms-first-time-setup' };
/** The SNS default for a new account, in USD a month, when MonthlySpendLimit is not set. */
const DEFAULT_LIMIT = 1;
/** Warn this close to the limit: a busy sign-in day can spend the rest. */
const WARN_SHARE = 0.8;

const usd = (n: number) => `$${n.toFixed(2)}`;
const percent = (spent: number, limit: number) => Math.floor((spent / limit) * 100);

const PHRASES: Phrases<{
  spend: (region: string) => string;
  figures: (spent: number, limit: number) => string;
  none: (region: string) => string;
  within: (region: string, share: number) => string;
  near: (region: string, share: number) => string;
  reached: (region: string) => string;
}> = {
  en: {
    spend: (region) => `this month's SMS spend in ${region}`,
    figures: (spent, limit) => `SMSMonthToDateSpentUSD: ${usd(spent)} of MonthlySpendLimit ${usd(limit)}`,
    none: (region) => `no SMS spend recorded this month in ${region}`,
    within: (region, share) => `${share} % of this month's SMS spend limit in ${region} is used`,
    near: (region, share) =>
      `${share} % of this month's SMS spend limit in ${region} is used: SMS MFA codes stop when it is reached`,
    reached: (region) =>
      `this month's SMS spend limit in ${region} is reached: no SMS MFA code is sent until the month ends or the limit is raised`,
  },
  ja: {
    spend: (region) => `${region} の今月の SMS 使用額`,
    figures: (spent, limit) => `SMSMonthToDateSpentUSD: ${usd(spent)} / MonthlySpendLimit ${usd(limit)}`,
    none: (region) => `${region} では今月の SMS 使用額が記録されていません`,
    within: (region, share) => `${region} の今月の SMS 使用上限の ${share} % を使っています`,
    near: (region, share) =>
      `${region} の今月の SMS 使用上限の ${share} % を使っています: 上限に達すると SMS の MFA コードが送られなくなります`,
    reached: (region) =>
      `${region} の今月の SMS 使用上限に達しました: 月が変わるか上限を引き上げるまで SMS の MFA コードは送られません`,
  },
};

export const snsSmsMonthlySpend: Rule = {
  ...R,
  describes: "this month's SMS spend in the SMS region against the SNS monthly limit (warn at 80 %, fail at 100 %)",
  evaluate(facts) {
    const sns = snsOrFinding(R, facts);
    if ('rule' in sns) return [sns];
    const { region } = sns;
    if (!sns.spend.ok)
      return [
        unknownFrom(
          R,
          sns.spend.error,
          say(PHRASES, (p) => p.spend(region)),
        ),
      ];
    const spent = sns.spend.value;
    if (spent === null)
      return [
        finding(
          R,
          'pass',
          say(PHRASES, (p) => p.none(region)),
          [regionEvidence(sns)],
        ),
      ];
    // The limit's own rule (sns-sms-spend-limit) reports an unreadable attribute; here it only sets the scale.
    if (!sns.attributes.ok)
      return [
        unknownFrom(
          R,
          sns.attributes.error,
          say(PHRASES, (p) => p.spend(region)),
        ),
      ];
    const raw = sns.attributes.value.MonthlySpendLimit;
    const parsed = raw === undefined || raw === '' ? DEFAULT_LIMIT : Number(raw);
    const limit = Number.isFinite(parsed) ? parsed : DEFAULT_LIMIT;
    const evidence = [regionEvidence(sns), say(PHRASES, (p) => p.figures(spent, limit))];
    if (spent >= limit)
      return [
        finding(
          R,
          'fail',
          say(PHRASES, (p) => p.reached(region)),
          evidence,
        ),
      ];
    const share = percent(spent, limit);
    if (spent >= limit * WARN_SHARE)
      return [
        finding(
          R,
          'warn',
          say(PHRASES, (p) => p.near(region, share)),
          evidence,
        ),
      ];
    return [
      finding(
        R,
        'pass',
        say(PHRASES, (p) => p.within(region, share)),
        evidence,
      ),
    ];
  },
};
