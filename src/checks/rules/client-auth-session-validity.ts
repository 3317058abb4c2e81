import type { Rule } from '../types';
import { clientLabel, finding, mfaMode } from './helpers';
import { perClient } from './per-client';

const R = { id: 'client-auth-session-validity', entry: 'session-expired' };
/** Minutes, when AuthSessionValidity is not set. */
const DEFAULT_MINUTES = 3;

export const clientAuthSessionValidity: Rule = {
  ...R,
  describes:
    'per app client: the authentication flow session (AuthSessionValidity, 3 to 15 minutes, default 3) leaves time to enter an MFA code',
  evaluate(facts) {
    const mode = mfaMode(facts);
    return perClient(R, facts, (c) => {
      const minutes = c.authSessionValidity ?? DEFAULT_MINUTES;
      const evidence = [`AuthSessionValidity: ${c.authSessionValidity ?? `(not set: ${DEFAULT_MINUTES})`} minutes`];
      if (mode === 'OFF' || minutes > DEFAULT_MINUTES) {
        return finding(
          R,
          'pass',
          `app client ${clientLabel(c)} keeps sign-in sessions for ${minutes} minutes`,
          evidence,
        );
      }
      return finding(
        R,
        'warn',
        `app client ${clientLabel(c)} gives users ${minutes} minutes (the default) per sign-in step, MFA code entry included`,
        evidence,
      );
    });
  },
};
