import type { Rule } from '../types';
import { finding, mfaMode, unknownFrom } from './helpers';

const R = { id: 'pool-totp-enabled', entry: 'totp-not-enabled-in-pool' };

export const poolTotpEnabled: Rule = {
  ...R,
  describes: 'TOTP (software token) MFA is enabled on the pool (GetUserPoolMfaConfig)',
  evaluate(facts) {
    if (!facts.mfa.ok) return [unknownFrom(R, facts.mfa.error, "the pool's MFA configuration")];
    if (facts.mfa.value.totpEnabled) return [finding(R, 'pass', 'TOTP MFA is enabled on the pool')];
    const evidence = [
      `SoftwareTokenMfaConfiguration.Enabled: false`,
      `MfaConfiguration: ${mfaMode(facts) ?? 'unknown'}`,
    ];
    const user = facts.user?.ok ? facts.user.value : undefined;
    if (user && (user.preferredMfa === 'SOFTWARE_TOKEN_MFA' || user.mfaSettings.includes('SOFTWARE_TOKEN_MFA'))) {
      return [
        finding(R, 'fail', `TOTP MFA is not enabled on the pool, yet user ${user.username} has it set up`, evidence),
      ];
    }
    return [
      finding(
        R,
        'warn',
        'TOTP MFA is not enabled on the pool: TOTP setup and sign-in fail with SoftwareTokenMFANotFoundException',
        evidence,
      ),
    ];
  },
};
