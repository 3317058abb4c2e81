import { type Phrases, say } from '../localized';
import type { Rule } from '../types';
import { COMMON_PHRASES, clientLabel, finding } from './helpers';
import { totpInEffect } from './in-effect';
import { perClient } from './per-client';

const R = { id: 'client-admin-scope', entry: 'totp-missing-admin-scope' };
const ADMIN_SCOPE = 'aws.cognito.signin.user.admin';

const PHRASES: Phrases<{
  noOAuth: (client: string) => string;
  allows: (client: string) => string;
  notNeeded: (client: string) => string;
  missing: (client: string) => string;
}> = {
  en: {
    noOAuth: (client) => `app client ${client} uses no OAuth flows; its InitiateAuth tokens carry ${ADMIN_SCOPE}`,
    allows: (client) => `OAuth app client ${client} allows ${ADMIN_SCOPE}`,
    notNeeded: (client) =>
      `OAuth app client ${client} does not allow ${ADMIN_SCOPE}, which only TOTP setup needs, and TOTP MFA is not in effect on the pool`,
    missing: (client) =>
      `OAuth app client ${client} does not allow ${ADMIN_SCOPE}: its managed-login tokens cannot set up TOTP (AssociateSoftwareToken)`,
  },
  ja: {
    noOAuth: (client) =>
      `アプリクライアント ${client} は OAuth フローを使いません。InitiateAuth で得たトークンには ${ADMIN_SCOPE} が含まれます`,
    allows: (client) => `OAuth アプリクライアント ${client} は ${ADMIN_SCOPE} を許可しています`,
    notNeeded: (client) =>
      `OAuth アプリクライアント ${client} は ${ADMIN_SCOPE} を許可していませんが、これが必要なのは TOTP の設定だけで、プールでは TOTP の MFA が機能していません`,
    missing: (client) =>
      `OAuth アプリクライアント ${client} は ${ADMIN_SCOPE} を許可していません: マネージドログインで得たトークンでは TOTP を設定できません (AssociateSoftwareToken)`,
  },
};

export const clientAdminScope: Rule = {
  ...R,
  describes: `per app client, while TOTP is in effect: OAuth (managed login) clients allow the ${ADMIN_SCOPE} scope that AssociateSoftwareToken needs`,
  evaluate(facts) {
    const totp = totpInEffect(facts);
    return perClient(R, facts, (c) => {
      const client = clientLabel(c);
      if (!c.oauthEnabled)
        return finding(
          R,
          'pass',
          say(PHRASES, (p) => p.noOAuth(client)),
        );
      const scopes = c.allowedOAuthScopes ?? [];
      const evidence = [say(COMMON_PHRASES, (p) => `AllowedOAuthScopes: ${scopes.join(' ') || p.none}`)];
      if (scopes.includes(ADMIN_SCOPE))
        return finding(
          R,
          'pass',
          say(PHRASES, (p) => p.allows(client)),
          evidence,
        );
      if (totp === false)
        return finding(
          R,
          'pass',
          say(PHRASES, (p) => p.notNeeded(client)),
          evidence,
        );
      return finding(
        R,
        'warn',
        say(PHRASES, (p) => p.missing(client)),
        evidence,
      );
    });
  },
};
