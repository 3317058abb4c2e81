import { asIs, type Phrases, say } from '../localized';
import type { Rule } from '../types';
import { factorNotUsed, finding, mfaConfigurationUnknown, unknownFrom } from './helpers';
import { emailMfaInEffect } from './in-effect';

const R = { id: 'pool-email-mfa', entry: 'email-mfa-requirements' };

const PHRASES: Phrases<{
  planAndEmail: string;
  notEnabled: string;
  notInEffect: string;
  lite: string;
  cognitoDefault: string;
  noTier: string;
  enabled: (tier: string) => string;
  notReturned: string;
}> = {
  en: {
    planAndEmail: "the pool's plan and email settings",
    notEnabled: 'email MFA is not enabled on the pool',
    notInEffect: 'email MFA is configured but not in effect: MFA is OFF on the pool',
    lite: 'email MFA is enabled but the pool is on the Lite plan; it needs Essentials or Plus',
    cognitoDefault: 'email MFA is enabled but the pool sends email with the Cognito default; it needs SES (DEVELOPER)',
    noTier: 'email MFA is enabled; DescribeUserPool did not say which plan the pool is on',
    enabled: (tier) => `email MFA is enabled on the ${tier} plan with SES`,
    notReturned: '(not returned)',
  },
  ja: {
    planAndEmail: 'プールの機能プランと E メールの設定',
    notEnabled: 'プールで E メールの MFA が有効になっていません',
    notInEffect: 'E メールの MFA は設定されていますが機能していません: プールの MFA が OFF です',
    lite: 'E メールの MFA が有効ですが、プールは Lite プランです。Essentials か Plus が必要です',
    cognitoDefault:
      'E メールの MFA が有効ですが、プールは Cognito のデフォルトで E メールを送信しています。SES (DEVELOPER) が必要です',
    noTier: 'E メールの MFA が有効です。DescribeUserPool はプールの機能プランを返しませんでした',
    enabled: (tier) => `E メールの MFA は ${tier} プランで、SES を使って有効になっています`,
    notReturned: '(返されませんでした)',
  },
};

export const poolEmailMfa: Rule = {
  ...R,
  describes:
    'with email MFA in effect, the pool is on the Essentials or Plus plan and sends email through SES (DEVELOPER)',
  evaluate(facts) {
    if (!facts.mfa.ok) return [mfaConfigurationUnknown(R, facts.mfa.error)];
    if (!facts.mfa.value.email || emailMfaInEffect(facts) === false)
      return [factorNotUsed(R, PHRASES, Boolean(facts.mfa.value.email))];
    if (!facts.pool.ok)
      return [
        unknownFrom(
          R,
          facts.pool.error,
          say(PHRASES, (p) => p.planAndEmail),
        ),
      ];
    const { tier, emailSendingAccount } = facts.pool.value;
    const evidence = [
      say(PHRASES, (p) => `UserPoolTier: ${tier ?? p.notReturned}`),
      asIs(`EmailSendingAccount: ${emailSendingAccount ?? 'COGNITO_DEFAULT'}`),
    ];
    if (tier === 'LITE')
      return [
        finding(
          R,
          'fail',
          say(PHRASES, (p) => p.lite),
          evidence,
        ),
      ];
    if (emailSendingAccount !== 'DEVELOPER') {
      return [
        finding(
          R,
          'fail',
          say(PHRASES, (p) => p.cognitoDefault),
          evidence,
        ),
      ];
    }
    if (!tier)
      return [
        finding(
          R,
          'unknown',
          say(PHRASES, (p) => p.noTier),
          evidence,
        ),
      ];
    return [
      finding(
        R,
        'pass',
        say(PHRASES, (p) => p.enabled(tier)),
        evidence,
      ),
    ];
  },
};
