import { asIs, type Phrases, say } from '../localized';
import type { Rule } from '../types';
import { finding } from './helpers';
import { perUser } from './per-user';

const R = { id: 'user-federated', entry: 'federated-users-no-mfa' };

const PHRASES: Phrases<{
  native: (user: string, status: string | undefined) => string;
  federated: (user: string, via: string | undefined) => string;
}> = {
  en: {
    native: (user, status) => `user ${user} is a native user (${status ?? 'status unknown'})`,
    federated: (user, via) =>
      `user ${user} signs in through ${via ?? 'an external identity provider'}: Cognito MFA does not apply to them`,
  },
  ja: {
    native: (user, status) => `ユーザー ${user} はネイティブユーザーです (${status ?? '状態は不明'})`,
    federated: (user, via) =>
      `ユーザー ${user} は ${via ?? '外部 ID プロバイダー'} を経由してサインインします: Cognito の MFA は適用されません`,
  },
};

export const userFederated: Rule = {
  ...R,
  describes: 'with a username: whether the user is federated (EXTERNAL_PROVIDER), for whom Cognito MFA does not apply',
  evaluate(facts) {
    return perUser(R, facts, (u) => {
      if (u.status !== 'EXTERNAL_PROVIDER')
        return finding(
          R,
          'pass',
          say(PHRASES, (p) => p.native(u.username, u.status)),
        );
      const via = u.identityProviders.join(', ') || undefined;
      return finding(
        R,
        'warn',
        say(PHRASES, (p) => p.federated(u.username, via)),
        [asIs('UserStatus: EXTERNAL_PROVIDER')],
      );
    });
  },
};
