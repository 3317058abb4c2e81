import { SMS_PATH_NAME } from '../sms-path';
import type { Rule } from '../types';
import { finding, unknownFrom } from './helpers';
import { namesSmsRole, smsMfaInEffect } from './in-effect';

const R = { id: 'pool-sms-configuration', entry: 'sms-mfa-invalid-parameter' };
const CODE = '{####}';

export const poolSmsConfiguration: Rule = {
  ...R,
  describes: `with SMS MFA in effect (MFA ON or OPTIONAL and the SMS factor configured), the pool has a complete SMS configuration (a caller role) and the SMS message contains ${CODE}`,
  evaluate(facts) {
    if (!facts.mfa.ok) return [unknownFrom(R, facts.mfa.error, "the pool's MFA configuration")];
    const sms = facts.mfa.value.sms;
    if (!sms) return [finding(R, 'pass', 'SMS MFA is not enabled on the pool')];
    if (smsMfaInEffect(facts) === false) {
      return [finding(R, 'pass', 'SMS MFA is not in effect: MFA is OFF on the pool', ['MfaConfiguration: OFF'])];
    }
    const config = namesSmsRole(sms.configuration)
      ? sms.configuration
      : facts.pool.ok
        ? facts.pool.value.smsConfiguration
        : undefined;
    const role = config?.snsCallerArn ?? config?.eumsCallerArn;
    if (!role) {
      return [
        finding(R, 'fail', 'SMS MFA is enabled but the pool has no SMS configuration (no SNS caller role ARN)', [
          'SmsMfaConfiguration.SmsConfiguration: no SnsCallerArn and no EumsSms.CallerArn',
        ]),
      ];
    }
    const message = sms.message ?? (facts.pool.ok ? facts.pool.value.smsAuthenticationMessage : undefined);
    if (message && !message.includes(CODE)) {
      return [
        finding(R, 'fail', `the SMS MFA message does not contain ${CODE}, where the code goes`, [
          `SmsAuthenticationMessage: ${message}`,
        ]),
      ];
    }
    const eums = Boolean(config?.eumsCallerArn);
    return [
      finding(R, 'pass', 'SMS MFA has an SMS configuration', [
        `SMS path: ${SMS_PATH_NAME[eums ? 'eums' : 'sns']}`,
        `SMS role: ${role}`,
        `ExternalId: ${(eums ? config?.eumsExternalId : config?.externalId) ?? '(none)'}`,
      ]),
    ];
  },
};
