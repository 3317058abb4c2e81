import type { Rule } from '../types';
import { clientLabel, finding } from './helpers';
import { perClient } from './per-client';

const R = { id: 'client-admin-scope', entry: 'totp-missing-admin-scope' };
export const ADMIN_SCOPE = 'aws.cognito.signin.user.admin';

export const clientAdminScope: Rule = {
  ...R,
  describes: `per app client: OAuth (managed login) clients allow the ${ADMIN_SCOPE} scope that AssociateSoftwareToken needs`,
  evaluate(facts) {
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
      return finding(
        R,
        'warn',
        `OAuth app client ${clientLabel(c)} does not allow ${ADMIN_SCOPE}: its managed-login tokens cannot set up TOTP (AssociateSoftwareToken)`,
        evidence,
      );
    });
  },
};
