import type { Rule } from '../types';
import { finding, unknownFrom } from './helpers';
import { regionEvidence, snsOrFinding } from './sns-applies';

const R = { id: 'sns-sms-spend-limit', entry: 'sms-first-time-setup' };
/** The SNS default for a new account, in USD a month. */
const DEFAULT_LIMIT = 1;

export const snsSmsSpendLimit: Rule = {
  ...R,
  describes: 'the SNS monthly SMS spend limit in the SMS region is above the $1 default (SMS stops when it is reached)',
  evaluate(facts) {
    const sns = snsOrFinding(R, facts);
    if ('rule' in sns) return [sns];
    if (!sns.attributes.ok) return [unknownFrom(R, sns.attributes.error, `the SNS SMS spend limit in ${sns.region}`)];
    const raw = sns.attributes.value.MonthlySpendLimit;
    const limit = raw === undefined || raw === '' ? DEFAULT_LIMIT : Number(raw);
    const evidence = [regionEvidence(sns), `MonthlySpendLimit: ${raw ?? '(not set: the default)'}`];
    if (!Number.isFinite(limit)) return [finding(R, 'unknown', `unreadable MonthlySpendLimit "${raw}"`, evidence)];
    if (limit <= 0)
      return [
        finding(R, 'fail', `the SNS monthly SMS spend limit in ${sns.region} is $0: no SMS can be sent`, evidence),
      ];
    if (limit <= DEFAULT_LIMIT) {
      return [
        finding(
          R,
          'warn',
          `the SNS monthly SMS spend limit in ${sns.region} is $${limit} (the default): SMS stops for the month once it is spent`,
          evidence,
        ),
      ];
    }
    return [finding(R, 'pass', `the SNS monthly SMS spend limit in ${sns.region} is $${limit}`, evidence)];
  },
};
