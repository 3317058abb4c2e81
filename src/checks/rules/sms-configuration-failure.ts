import type { Rule } from '../types';
import { finding, unknownFrom } from './helpers';
import { namesSmsRole } from './in-effect';

const R = { id: 'sms-configuration-failure', entry: 'sms-first-time-setup' };

export const smsConfigurationFailure: Rule = {
  ...R,
  describes: "the pool's own SmsConfigurationFailure (DescribeUserPool) is empty",
  evaluate(facts) {
    if (!facts.pool.ok) return [unknownFrom(R, facts.pool.error, 'the pool')];
    const failure = facts.pool.value.smsConfigurationFailure;
    if (!namesSmsRole(facts.pool.value.smsConfiguration))
      return [finding(R, 'pass', 'the pool has no SMS configuration')];
    if (!failure) {
      // Cognito leaves it empty when the pool's creator lacked SNS permissions, so this proves nothing about the sandbox.
      return [
        finding(R, 'pass', 'the pool reports no SMS configuration failure', [
          'SmsConfigurationFailure is empty (it is not set when the pool creator had no SNS permissions)',
        ]),
      ];
    }
    const evidence = [`DescribeUserPool SmsConfigurationFailure: ${failure}`];
    const sandboxOnly = failure.split(/[\s,]+/).every((f) => f === 'SNSSandbox');
    // The pool's flag is Cognito's record; the account's sandbox status in the SMS region is read live and wins.
    const sandbox = facts.sns?.sandbox;
    if (sandboxOnly && sandbox?.ok && !sandbox.value) {
      return [
        finding(
          R,
          'pass',
          `the pool's SmsConfigurationFailure says SNSSandbox, but the account is out of the SNS SMS sandbox in ${facts.sns?.region} now`,
          [...evidence, 'GetSMSSandboxAccountStatus: IsInSandbox false'],
        ),
      ];
    }
    return [
      finding(R, sandboxOnly ? 'warn' : 'fail', `the pool reports SmsConfigurationFailure: ${failure}`, evidence),
    ];
  },
};
