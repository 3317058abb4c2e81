import type { Rule } from '../types';
import { clientLabel, finding } from './helpers';
import { totpInEffect } from './in-effect';
import { perClient } from './per-client';

const R = { id: 'client-admin-scope', entry: 'totp-missing-admin-scope' };
export const ADMIN_SCOPE = 'aws.cognito.signin.user.admin';

export const clientAdminScope: Rule = {
  ...R,
  describes: `per app client, while TOTP is in effect: OAuth (managed login) clients allow the ${ADMIN_SCOPE} scope that AssociateSoftwareToken needs`,
  evaluate(facts) {
    const totp = totpInEffect(facts);
    return perClient(R, facts, (c) => {
      if (!c.oauthEnabled) {
        return finding(
          R,
          'pass',
          `app client ${clientLabel(c)} uses no OAuth flows; its InitiateAuth tokens carry ${ADMIN_SCOPE}`,
        );
      }
      const scopes = c.allowedOAuthScopes ?? [];
      const evidence = [`AllowedOAuthScopes: ${scopes.join(' ') || '(none)'}`];
      if (scopes.includes(ADMIN_SCOPE)) {
        return finding(R, 'pass', `OAuth app client ${clientLabel(c)} allows ${ADMIN_SCOPE}`, evidence);
      }
      if (totp === false) {
        return finding(
          R,
          'pass',
          `OAuth app client ${clientLabel(c)} does not allow ${ADMIN_SCOPE}, which only TOTP setup needs, and TOTP MFA is not in effect on the pool`,
          evidence,
        );
      }
      return finding(
        R,
        'warn',
        `OAuth app client ${clientLabel(c)} does not allow ${ADMIN_SCOPE}: its managed-login tokens cannot set up TOTP (AssociateSoftwareToken)`,
        evidence,
      );
    });
  },
};
