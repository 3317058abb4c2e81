import { asIs, type Phrases, say } from '../localized';
import type { Rule } from '../types';
import { COMMON_PHRASES, finding, unknownFrom } from './helpers';
import { namesSmsRole } from './in-effect';

const R = { id: 'sms-configuration-failure', entry: 'sms-first-time-setup' };

const PHRASES: Phrases<{
  noConfiguration: string;
  noFailure: string;
  emptyProvesNothing: string;
  outOfSandboxNow: (region: string) => string;
  reports: (failure: string) => string;
}> = {
  en: {
    noConfiguration: 'the pool has no SMS configuration',
    noFailure: 'the pool reports no SMS configuration failure',
    emptyProvesNothing: 'SmsConfigurationFailure is empty (it is not set when the pool creator had no SNS permissions)',
    outOfSandboxNow: (region) =>
      `the pool's SmsConfigurationFailure says SNSSandbox, but the account is out of the SNS SMS sandbox in ${region} now`,
    reports: (failure) => `the pool reports SmsConfigurationFailure: ${failure}`,
  },
  ja: {
    noConfiguration: 'プールに SMS 設定がありません',
    noFailure: 'プールは SMS 設定の失敗を報告していません',
    emptyProvesNothing: 'SmsConfigurationFailure は空です (プールの作成者に SNS の権限がなかった場合は設定されません)',
    outOfSandboxNow: (region) =>
      `プールの SmsConfigurationFailure は SNSSandbox ですが、アカウントは現在 ${region} の SNS SMS サンドボックスの外にあります`,
    reports: (failure) => `プールが SmsConfigurationFailure を報告しています: ${failure}`,
  },
};

export const smsConfigurationFailure: Rule = {
  ...R,
  describes: "the pool's own SmsConfigurationFailure (DescribeUserPool) is empty",
  evaluate(facts) {
    if (!facts.pool.ok)
      return [
        unknownFrom(
          R,
          facts.pool.error,
          say(COMMON_PHRASES, (p) => p.pool),
        ),
      ];
    const failure = facts.pool.value.smsConfigurationFailure;
    if (!namesSmsRole(facts.pool.value.smsConfiguration)) {
      return [
        finding(
          R,
          'pass',
          say(PHRASES, (p) => p.noConfiguration),
        ),
      ];
    }
    if (!failure) {
      // Cognito leaves it empty when the pool's creator lacked SNS permissions, so this proves nothing about the sandbox.
      return [
        finding(
          R,
          'pass',
          say(PHRASES, (p) => p.noFailure),
          [say(PHRASES, (p) => p.emptyProvesNothing)],
        ),
      ];
    }
    const evidence = [asIs(`DescribeUserPool SmsConfigurationFailure: ${failure}`)];
    const sandboxOnly = failure.split(/[\s,]+/).every((f) => f === 'SNSSandbox');
    // The pool's flag is Cognito's record; the account's sandbox status in the SMS region is read live and wins.
    const sns = facts.sns;
    if (sandboxOnly && sns?.sandbox.ok && !sns.sandbox.value) {
      return [
        finding(
          R,
          'pass',
          say(PHRASES, (p) => p.outOfSandboxNow(sns.region)),
          [...evidence, asIs('GetSMSSandboxAccountStatus: IsInSandbox false')],
        ),
      ];
    }
    return [
      finding(
        R,
        sandboxOnly ? 'warn' : 'fail',
        say(PHRASES, (p) => p.reports(failure)),
        evidence,
      ),
    ];
  },
};
