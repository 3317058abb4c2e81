import type { Rule } from '../types';
import { finding, mfaMode, unknownFrom } from './helpers';

const R = { id: 'pool-federated-idps', entry: 'federated-users-no-mfa' };

export const poolFederatedIdps: Rule = {
  ...R,
  describes:
    'federated identity providers on the pool (users who sign in through them get no Cognito MFA); informational',
  evaluate(facts) {
    if (!facts.identityProviders.ok)
      return [unknownFrom(R, facts.identityProviders.error, "the pool's identity providers")];
    const providers = facts.identityProviders.value;
    if (providers.length === 0) return [finding(R, 'pass', 'the pool has no federated identity providers')];
    const names = providers.map((p) => `${p.name} (${p.type})`);
    const evidence = [`identity providers: ${names.join(', ')}`];
    const status = mfaMode(facts) === 'OFF' ? 'pass' : 'warn';
    return [
      finding(
        R,
        status,
        `${providers.length} federated identity provider${providers.length === 1 ? '' : 's'}: users who sign in through ${providers.length === 1 ? 'it' : 'them'} get no Cognito MFA (the provider authenticates them)`,
        evidence,
      ),
    ];
  },
};
