import type { Rule } from '../types';
import { finding } from './helpers';
import { totpInEffect } from './in-effect';
import { perUser } from './per-user';

const R = { id: 'user-totp-setup', entry: 'totp-no-delivery-config' };
const TOTP = 'SOFTWARE_TOKEN_MFA';

export const userTotpSetup: Rule = {
  ...R,
  describes:
    'with a username: TOTP is set up for the user before it is made preferred (UserMFASettingList vs PreferredMfaSetting and the pool)',
  evaluate(facts) {
    return perUser(R, facts, (u) => {
      const evidence = [
        `UserMFASettingList: ${u.mfaSettings.join(', ') || '(none)'}`,
        `PreferredMfaSetting: ${u.preferredMfa ?? '(none)'}`,
      ];
      if (u.status === 'EXTERNAL_PROVIDER')
        return finding(R, 'pass', `user ${u.username} is federated: no Cognito TOTP`, evidence);
      if (u.mfaSettings.includes(TOTP)) return finding(R, 'pass', `user ${u.username} has TOTP MFA set up`, evidence);
      if (u.preferredMfa === TOTP) {
        return finding(R, 'fail', `user ${u.username} prefers TOTP MFA but has no TOTP set up`, evidence);
      }
      if (totpInEffect(facts) === true && u.mfaSettings.length === 0) {
        return finding(
          R,
          'warn',
          `user ${u.username} has no MFA set up: enabling TOTP for them fails until AssociateSoftwareToken and VerifySoftwareToken succeed`,
          evidence,
        );
      }
      return finding(R, 'pass', `user ${u.username} does not use TOTP MFA`, evidence);
    });
  },
};
