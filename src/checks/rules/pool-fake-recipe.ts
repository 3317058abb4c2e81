import { asIs, type Phrases, say } from '../localized';
import type { Rule } from '../types';
import { finding, unknownFrom } from './helpers';

const R = { id: 'pool-fake-recipe', entry: 'email-mfa-requirements' };

const PHRASES: Phrases<{ named: string; unnamed: string; unread: string }> = {
  en: { named: 'The pool has an ARN', unnamed: 'The pool has no ARN', unread: 'the pool (DescribeUserPool)' },
  ja: { named: 'プールに ARN があります', unnamed: 'プールに ARN がありません', unread: 'プール (DescribeUserPool)' },
};

/** Throwaway: a rule written once by following the README recipe. */
export const poolFakeRecipe: Rule = {
  ...R,
  describes: 'the pool has an ARN (DescribeUserPool)',
  evaluate(facts) {
    if (!facts.pool.ok)
      return [
        unknownFrom(
          R,
          facts.pool.error,
          say(PHRASES, (p) => p.unread),
        ),
      ];
    if (facts.pool.value.arn)
      return [
        finding(
          R,
          'pass',
          say(PHRASES, (p) => p.named),
        ),
      ];
    return [
      finding(
        R,
        'warn',
        say(PHRASES, (p) => p.unnamed),
        [asIs('Arn: (none)')],
      ),
    ];
  },
};
