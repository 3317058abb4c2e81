/**
 * The AWS clients of one round: each account alias's role is assumed once and its credentials shared by all its
 * pools, and each (account, region) gets one set of clients, so a round of 500 pools does not make 500 AssumeRoles.
 */
import { type AwsClients, assumeRole, type ClientOptions, createClients } from '../checks/aws/clients';
import type { AccountAlias } from '../config';

export interface Sessions {
  clients(alias: AccountAlias | undefined, region: string): Promise<AwsClients>;
}

export function createSessions(options: ClientOptions = {}): Sessions {
  const assumed = new Map<string, Promise<ClientOptions>>();
  const made = new Map<string, Promise<AwsClients>>();
  const optionsFor = (alias: AccountAlias | undefined, region: string): Promise<ClientOptions> => {
    if (!alias) return Promise.resolve(options);
    let o = assumed.get(alias.alias);
    if (!o) {
      o = assumeRole(region, alias, options).then((a) => ({ ...options, credentials: a.credentials }));
      // A failed AssumeRole is retried by the next pool rather than failing the whole round for that alias.
      o.catch(() => assumed.delete(alias.alias));
      assumed.set(alias.alias, o);
    }
    return o;
  };
  return {
    clients(alias, region) {
      const key = `${alias?.alias ?? ''}@${region}`;
      let c = made.get(key);
      if (!c) {
        c = optionsFor(alias, region).then((o) => createClients({ region }, o));
        c.catch(() => made.delete(key));
        made.set(key, c);
      }
      return c;
    },
  };
}
