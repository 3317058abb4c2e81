import type { Rule } from '../types';
import { errorsOf, finding, mfaMode, unknownFrom } from './helpers';

const R = { id: 'pool-mfa-enabled', entry: 'totp-pool-mfa-first' };

export const poolMfaEnabled: Rule = {
  ...R,
  describes: "the pool's MFA is ON or OPTIONAL (with MFA OFF no user can set up TOTP or SMS MFA)",
  evaluate(facts) {
    const mode = mfaMode(facts);
    if (!mode) return [unknownFrom(R, errorsOf(facts.mfa, facts.pool), "the pool's MFA configuration")];
    if (mode !== 'OFF') return [finding(R, 'pass', `MFA is ${mode} on the pool`)];
    const user = facts.user?.ok ? facts.user.value : undefined;
    const userMfa = user ? [...user.mfaSettings, ...(user.preferredMfa ? [user.preferredMfa] : [])] : [];
    if (user && userMfa.length > 0) {
      return [
        finding(
          R,
          'fail',
          `MFA is OFF on the pool, yet user ${user.username} has MFA settings (${[...new Set(userMfa)].join(', ')})`,
          ['MfaConfiguration: OFF'],
        ),
      ];
    }
    return [
      finding(R, 'warn', 'MFA is OFF on the pool: set it to OPTIONAL or ON before users set up TOTP or SMS MFA', [
        'MfaConfiguration: OFF',
      ]),
    ];
  },
};
