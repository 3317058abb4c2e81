import type { Rule } from '../types';
import { finding, unknownFrom } from './helpers';
import { emailMfaInEffect } from './in-effect';

const R = { id: 'pool-email-mfa', entry: 'email-mfa-requirements' };

export const poolEmailMfa: Rule = {
  ...R,
  describes:
    'with email MFA in effect, the pool is on the Essentials or Plus plan and sends email through SES (DEVELOPER)',
  evaluate(facts) {
    if (!facts.mfa.ok) return [unknownFrom(R, facts.mfa.error, "the pool's MFA configuration")];
    if (!facts.mfa.value.email) return [finding(R, 'pass', 'email MFA is not enabled on the pool')];
    if (emailMfaInEffect(facts) === false) {
      return [
        finding(R, 'pass', 'email MFA is configured but not in effect: MFA is OFF on the pool', [
          'MfaConfiguration: OFF',
        ]),
      ];
    }
    if (!facts.pool.ok) return [unknownFrom(R, facts.pool.error, "the pool's plan and email settings")];
    const { tier, emailSendingAccount } = facts.pool.value;
    const evidence = [
      `UserPoolTier: ${tier ?? '(not returned)'}`,
      `EmailSendingAccount: ${emailSendingAccount ?? 'COGNITO_DEFAULT'}`,
    ];
    if (tier === 'LITE') {
      return [
        finding(
          R,
          'fail',
          'email MFA is enabled but the pool is on the Lite plan; it needs Essentials or Plus',
          evidence,
        ),
      ];
    }
    if (emailSendingAccount !== 'DEVELOPER') {
      return [
        finding(
          R,
          'fail',
          'email MFA is enabled but the pool sends email with the Cognito default; it needs SES (DEVELOPER)',
          evidence,
        ),
      ];
    }
    if (!tier)
      return [
        finding(R, 'unknown', 'email MFA is enabled; DescribeUserPool did not say which plan the pool is on', evidence),
      ];
    return [finding(R, 'pass', `email MFA is enabled on the ${tier} plan with SES`, evidence)];
  },
};
