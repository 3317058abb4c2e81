/**
 * Everything a check says besides its report, in Japanese: the usage message and what is wrong with the words, the
 * allow-list refusals, and why a check could not run. Each holds no English sentence (test/harness/english-runs.ts).
 */
import { checkAllowed } from '../../src/checks/allow';
import type { Localized } from '../../src/checks/localized';
import { parsePoolRef, usage } from '../../src/checks/pool-ref';
import { CHECK_FAILURE_PHRASES } from '../../src/checks/run';
import { parseCheckWords } from '../../src/slack/deferred/jobs/check-words';
import { englishRuns } from '../harness/english-runs';

const ALIASES = [{ alias: 'prod', roleArn: 'arn:aws:iam::210987654321:role/MfaCheckReadOnly' }];

function refused(result: { ok: true } | { ok: false; message: Localized }): Localized {
  if (result.ok) throw new Error('expected a refusal');
  return result.message;
}

const messages: [string, Localized][] = [
  ['usage', usage([])],
  ['usage with aliases', usage(ALIASES)],
  ['no pool', refused(parsePoolRef([], ALIASES))],
  ['too many words', refused(parsePoolRef(['a', 'b', 'c'], ALIASES))],
  ['not an alias', refused(parsePoolRef(['dev', 'us-east-1_AbC123def'], ALIASES))],
  ['no alias configured', refused(parsePoolRef(['dev', 'us-east-1_AbC123def'], []))],
  ['not a pool', refused(parsePoolRef(['hello'], []))],
  [
    'another partition',
    refused(parsePoolRef(['arn:aws-cn:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_AbC'], [])),
  ],
  [
    "the alias's account",
    refused(parsePoolRef(['prod', 'arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_AbC'], ALIASES)),
  ],
  ['two usernames', refused(parseCheckWords('us-east-1_AbC123def alice bob', ALIASES))],
  ['a long username', refused(parseCheckWords(`us-east-1_AbC123def ${'x'.repeat(200)}`, ALIASES))],
  ...(['allowedUsers', 'allowedChannels', 'allowedPools'] as const).map((list): [string, Localized] => {
    const policy = { allowedUsers: [], allowedChannels: [], allowedPools: [], [list]: ['X'] };
    const out = checkAllowed({ user: 'U1', channel: 'C1', poolId: 'eu-west-1_AbC' }, policy);
    if (out.ok) throw new Error('expected a refusal');
    return [`not on ${list}`, out.reason];
  }),
  ['no credentials', { en: '', ja: CHECK_FAILURE_PHRASES.ja.noCredentials('CredentialsProviderError') }],
  [
    'pool not found',
    { en: '', ja: CHECK_FAILURE_PHRASES.ja.poolNotFound('eu-west-1_AbC', 'eu-west-1', '123456789012') },
  ],
  [
    'alias role refused',
    { en: '', ja: CHECK_FAILURE_PHRASES.ja.assumeRoleFailed('arn:aws:iam::1:role/R', 'prod', 'AccessDenied', true) },
  ],
];

describe('what a check says besides its report, in Japanese', () => {
  it.each(messages)('%s', (_name, message) => {
    expect(message.ja).toMatch(/[\u3040-\u30ff]/);
    expect(englishRuns(message.ja)).toEqual([]);
  });
});
