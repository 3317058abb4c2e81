import type { AppClientFacts, Facts } from '../facts';
import type { Finding, Rule } from '../types';
import { finding, unknownFrom } from './helpers';

/** Runs `judge` on each app client; a client that could not be described is `unknown`, named by id and name. */
export function perClient(
  rule: Pick<Rule, 'id' | 'entry'>,
  facts: Facts,
  judge: (client: AppClientFacts) => Finding,
): Finding[] {
  if (!facts.clients.ok) return [unknownFrom(rule, facts.clients.error, "the pool's app clients")];
  if (facts.clients.value.length === 0) return [finding(rule, 'pass', 'the pool has no app clients')];
  return facts.clients.value.map((c) => {
    const client = { id: c.id, ...(c.name ? { name: c.name } : {}) };
    const out = c.detail.ok ? judge(c.detail.value) : unknownFrom(rule, c.detail.error, `app client ${c.name ?? c.id}`);
    return { ...out, client };
  });
}
