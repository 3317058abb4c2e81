import type { Facts, UserFacts } from '../facts';
import { type Phrases, say } from '../localized';
import type { Finding, Rule } from '../types';
import { unknownFrom } from './helpers';

const PER_USER_PHRASES: Phrases<{ user: string }> = { en: { user: 'the user' }, ja: { user: 'ユーザー' } };

/** Runs `judge` on the user the check was given: no finding without a username, `unknown` when the user was not read. */
export function perUser(
  rule: Pick<Rule, 'id' | 'entry'>,
  facts: Facts,
  judge: (user: UserFacts) => Finding,
): Finding[] {
  if (!facts.user) return [];
  if (!facts.user.ok)
    return [
      unknownFrom(
        rule,
        facts.user.error,
        say(PER_USER_PHRASES, (p) => p.user),
      ),
    ];
  return [judge(facts.user.value)];
}
