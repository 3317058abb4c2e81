import type { Rule } from '../types';
import { finding } from './helpers';
import { perUser } from './per-user';

const R = { id: 'user-federated', entry: 'federated-users-no-mfa' };

export const userFederated: Rule = {
  ...R,
  describes: 'with a username: whether the user is federated (EXTERNAL_PROVIDER), for whom Cognito MFA does not apply',
  evaluate(facts) {
    return perUser(R, facts, (u) => {
      if (u.status !== 'EXTERNAL_PROVIDER') {
        return finding(R, 'pass', `user ${u.username} is a native user (${u.status ?? 'status unknown'})`);
      }
      const via = u.identityProviders.join(', ') || 'an external identity provider';
      return finding(R, 'warn', `user ${u.username} signs in through ${via}: Cognito MFA does not apply to them`, [
        'UserStatus: EXTERNAL_PROVIDER',
      ]);
    });
  },
};
