import { asIs, type Phrases, say } from '../localized';
import { smsPathEvidence } from '../sms-path';
import type { Rule } from '../types';
import { COMMON_PHRASES, factorNotUsed, finding, mfaConfigurationUnknown } from './helpers';
import { namesSmsRole, smsMfaInEffect } from './in-effect';

const R = { id: 'pool-sms-configuration', entry: 'sms-mfa-invalid-parameter' };
const CODE = '{####}';

const PHRASES: Phrases<{
  notEnabled: string;
  notInEffect: string;
  noConfiguration: string;
  noRoleEvidence: string;
  noCode: string;
  configured: string;
  role: (arn: string) => string;
}> = {
  en: {
    notEnabled: 'SMS MFA is not enabled on the pool',
    notInEffect: 'SMS MFA is not in effect: MFA is OFF on the pool',
    noConfiguration: 'SMS MFA is enabled but the pool has no SMS configuration (no SNS caller role ARN)',
    noRoleEvidence: 'SmsMfaConfiguration.SmsConfiguration: no SnsCallerArn and no EumsSms.CallerArn',
    noCode: `the SMS MFA message does not contain ${CODE}, where the code goes`,
    configured: 'SMS MFA has an SMS configuration',
    role: (arn) => `SMS role: ${arn}`,
  },
  ja: {
    notEnabled: 'プールで SMS の MFA が有効になっていません',
    notInEffect: 'SMS の MFA は機能していません: プールの MFA が OFF です',
    noConfiguration: 'SMS の MFA が有効ですが、プールに SMS 設定 (呼び出し元ロールの ARN) がありません',
    noRoleEvidence: 'SmsMfaConfiguration.SmsConfiguration: SnsCallerArn も EumsSms.CallerArn もありません',
    noCode: `SMS の MFA メッセージに、コードが入る ${CODE} がありません`,
    configured: 'SMS の MFA に SMS 設定があります',
    role: (arn) => `SMS ロール: ${arn}`,
  },
};

export const poolSmsConfiguration: Rule = {
  ...R,
  describes: `with SMS MFA in effect (MFA ON or OPTIONAL and the SMS factor configured), the pool has a complete SMS configuration (a caller role) and the SMS message contains ${CODE}`,
  evaluate(facts) {
    if (!facts.mfa.ok) return [mfaConfigurationUnknown(R, facts.mfa.error)];
    const sms = facts.mfa.value.sms;
    if (!sms || smsMfaInEffect(facts) === false) return [factorNotUsed(R, PHRASES, Boolean(sms))];
    const config = namesSmsRole(sms.configuration)
      ? sms.configuration
      : facts.pool.ok
        ? facts.pool.value.smsConfiguration
        : undefined;
    const role = config?.snsCallerArn ?? config?.eumsCallerArn;
    if (!role) {
      return [
        finding(
          R,
          'fail',
          say(PHRASES, (p) => p.noConfiguration),
          [say(PHRASES, (p) => p.noRoleEvidence)],
        ),
      ];
    }
    const message = sms.message ?? (facts.pool.ok ? facts.pool.value.smsAuthenticationMessage : undefined);
    if (message && !message.includes(CODE)) {
      return [
        finding(
          R,
          'fail',
          say(PHRASES, (p) => p.noCode),
          [asIs(`SmsAuthenticationMessage: ${message}`)],
        ),
      ];
    }
    const eums = Boolean(config?.eumsCallerArn);
    const externalId = eums ? config?.eumsExternalId : config?.externalId;
    return [
      finding(
        R,
        'pass',
        say(PHRASES, (p) => p.configured),
        [
          smsPathEvidence(eums ? 'eums' : 'sns'),
          say(PHRASES, (p) => p.role(role)),
          say(COMMON_PHRASES, (p) => `ExternalId: ${externalId ?? p.none}`),
        ],
      ),
    ];
  },
};
