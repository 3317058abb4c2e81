import type { AppClientFacts, Facts } from '../facts';
import { type Phrases, say } from '../localized';
import type { Finding, Rule } from '../types';
import { finding, unknownFrom } from './helpers';

const PER_CLIENT_PHRASES: Phrases<{ clients: string; client: (name: string) => string; none: string }> = {
  en: {
    clients: "the pool's app clients",
    client: (name) => `app client ${name}`,
    none: 'the pool has no app clients',
  },
  ja: {
    clients: 'プールのアプリクライアント',
    client: (name) => `アプリクライアント ${name} `,
    none: 'プールにアプリクライアントがありません',
  },
};

/** Runs `judge` on each app client; a client that could not be described is `unknown`, named by id and name. */
export function perClient(
  rule: Pick<Rule, 'id' | 'entry'>,
  facts: Facts,
  judge: (client: AppClientFacts) => Finding,
): Finding[] {
  if (!facts.clients.ok)
    return [
      unknownFrom(
        rule,
        facts.clients.error,
        say(PER_CLIENT_PHRASES, (p) => p.clients),
      ),
    ];
  if (facts.clients.value.length === 0)
    return [
      finding(
        rule,
        'pass',
        say(PER_CLIENT_PHRASES, (p) => p.none),
      ),
    ];
  return facts.clients.value.map((c) => {
    const client = { id: c.id, ...(c.name ? { name: c.name } : {}) };
    const out = c.detail.ok
      ? judge(c.detail.value)
      : unknownFrom(
          rule,
          c.detail.error,
          say(PER_CLIENT_PHRASES, (p) => p.client(c.name ?? c.id)),
        );
    return { ...out, client };
  });
}
