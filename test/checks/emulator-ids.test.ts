/**
 * A local Cognito emulator's pools (cognito-local: `local_AbC123`, ARNs with region `local`) are accepted only when the
 * configuration points Cognito at an endpoint of its own (AWS_ENDPOINT_URL or
 * AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER); against AWS they name no pool and get the usage message.
 */
import { parsePoolRef } from '../../src/checks/pool-ref';
import { loadConfig } from '../../src/config';
import { parseCheckWords } from '../../src/slack/deferred/jobs/check-words';

const EMULATOR = { emulator: true };
const ARN = 'arn:aws:cognito-idp:local:local:userpool/local_5vTfNqKr';

describe('emulator pool ids', () => {
  it.each([
    ['a pool id', ['local_5vTfNqKr'], { poolId: 'local_5vTfNqKr', region: 'local', partition: 'aws' }],
    ["cognito-local's own ARN", [ARN], { poolId: 'local_5vTfNqKr', region: 'local', partition: 'aws' }],
    [
      'an ARN with an account',
      ['arn:aws:cognito-idp:local:123456789012:userpool/local_5vTfNqKr'],
      { poolId: 'local_5vTfNqKr', region: 'local', partition: 'aws', account: '123456789012' },
    ],
  ])('take %s with an endpoint override', (_name, words, ref) => {
    expect(parsePoolRef(words, [], EMULATOR)).toEqual({ ok: true, ref });
  });

  it.each([
    ['a pool id', 'local_5vTfNqKr'],
    ['an ARN', ARN],
  ])('refuse %s against AWS, with the usage message', (_name, word) => {
    const r = parsePoolRef([word], []);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message.en).toMatch(
      /is not a user pool id or ARN\.\nGive a user pool id such as us-east-1_AbC123def/,
    );
  });

  it.each([
    ["an ARN whose id is not the emulator's", ['arn:aws:cognito-idp:local:local:userpool/us-east-1_AbC123def']],
    ['an emulator id under a real region', ['arn:aws:cognito-idp:us-east-1:123456789012:userpool/local_5vTfNqKr']],
    ['a word that only ends like one', ['notlocal_5vTfNqKr']],
  ])('still refuse %s', (_name, words) => {
    expect(parsePoolRef(words, [], EMULATOR).ok).toBe(false);
  });

  it('are found among /mfa-check words with a username', () => {
    const words = parseCheckWords('local_5vTfNqKr alice', [], EMULATOR);
    expect(words).toMatchObject({ ok: true, args: { pool: 'local_5vTfNqKr', username: 'alice' } });
    expect(parseCheckWords('local_5vTfNqKr alice', []).ok).toBe(false);
  });
});

describe('the configuration decides', () => {
  it.each([
    [{}, false],
    [{ AWS_ENDPOINT_URL: 'http://127.0.0.1:9229' }, true],
    [{ AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: 'http://127.0.0.1:9229' }, true],
    [{ AWS_ENDPOINT_URL_IAM: 'http://127.0.0.1:4566' }, false],
    [{ AWS_ENDPOINT_URL: '  ' }, false],
  ])('%j -> emulator ids %s', (env, expected) => {
    expect(loadConfig(env).check.emulator).toBe(expected);
  });
});
