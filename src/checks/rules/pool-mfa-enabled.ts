import { asIs, type Phrases, say } from '../localized';
import type { Rule } from '../types';
import { COMMON_PHRASES, errorsOf, finding, mfaMode, offOnPool, unknownFrom } from './helpers';

const R = { id: 'pool-mfa-enabled', entry: 'totp-pool-mfa-first' };

const PHRASES: Phrases<{
  on: (mode: string) => string;
  offWithUser: (user: string, settings: string) => string;
  off: string;
}> = {
  en: {
    on: (mode) => `MFA is ${mode} on the pool`,
    offWithUser: (user, settings) => `MFA is OFF on the pool, yet user ${user} has MFA settings (${settings})`,
    off: 'MFA is OFF on the pool: set it to OPTIONAL or ON before users set up TOTP or SMS MFA',
  },
  ja: {
    on: (mode) => `プールの MFA は ${mode} です`,
    offWithUser: (user, settings) =>
      `プールの MFA は OFF ですが、ユーザー ${user} には MFA の設定があります (${settings})`,
    off: 'プールの MFA は OFF です: ユーザーが TOTP や SMS の MFA を設定する前に、OPTIONAL か ON にしてください',
  },
};

export const poolMfaEnabled: Rule = {
  ...R,
  describes: "the pool's MFA is ON or OPTIONAL (with MFA OFF no user can set up TOTP or SMS MFA)",
  evaluate(facts) {
    const mode = mfaMode(facts);
    if (!mode) {
      return [
        unknownFrom(
          R,
          errorsOf(facts.mfa, facts.pool),
          say(COMMON_PHRASES, (p) => p.mfaConfiguration),
        ),
      ];
    }
    if (mode !== 'OFF')
      return [
        finding(
          R,
          'pass',
          say(PHRASES, (p) => p.on(mode)),
        ),
      ];
    const user = facts.user?.ok ? facts.user.value : undefined;
    const userMfa = user ? [...user.mfaSettings, ...(user.preferredMfa ? [user.preferredMfa] : [])] : [];
    const evidence = [asIs('MfaConfiguration: OFF')];
    const settings = [...new Set(userMfa)].join(', ');
    const userNote =
      user && userMfa.length > 0 ? say(PHRASES, (p) => p.offWithUser(user.username, settings)) : undefined;
    return [
      offOnPool(
        R,
        userNote,
        say(PHRASES, (p) => p.off),
        evidence,
      ),
    ];
  },
};
