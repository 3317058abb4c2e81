import { type Phrases, say } from '../localized';
import type { Rule } from '../types';
import { finding, mfaMode, unknownFrom } from './helpers';

const R = { id: 'pool-federated-idps', entry: 'federated-users-no-mfa' };

const PHRASES: Phrases<{
  providers: string;
  none: string;
  some: (count: number) => string;
  list: (names: string) => string;
}> = {
  en: {
    providers: "the pool's identity providers",
    none: 'the pool has no federated identity providers',
    some: (count) =>
      `${count} federated identity provider${count === 1 ? '' : 's'}: users who sign in through ${count === 1 ? 'it' : 'them'} get no Cognito MFA (the provider authenticates them)`,
    list: (names) => `identity providers: ${names}`,
  },
  ja: {
    providers: 'プールの ID プロバイダー',
    none: 'プールにフェデレーション ID プロバイダーはありません',
    some: (count) =>
      `フェデレーション ID プロバイダーが ${count} 件あります: そこからサインインするユーザーには Cognito の MFA がかかりません (認証はプロバイダーが行います)`,
    list: (names) => `ID プロバイダー: ${names}`,
  },
};

export const poolFederatedIdps: Rule = {
  ...R,
  describes:
    'federated identity providers on the pool (users who sign in through them get no Cognito MFA); informational',
  evaluate(facts) {
    if (!facts.identityProviders.ok) {
      return [
        unknownFrom(
          R,
          facts.identityProviders.error,
          say(PHRASES, (p) => p.providers),
        ),
      ];
    }
    const providers = facts.identityProviders.value;
    if (providers.length === 0)
      return [
        finding(
          R,
          'pass',
          say(PHRASES, (p) => p.none),
        ),
      ];
    const names = providers.map((p) => `${p.name} (${p.type})`).join(', ');
    const status = mfaMode(facts) === 'OFF' ? 'pass' : 'warn';
    return [
      finding(
        R,
        status,
        say(PHRASES, (p) => p.some(providers.length)),
        [say(PHRASES, (p) => p.list(names))],
      ),
    ];
  },
};
