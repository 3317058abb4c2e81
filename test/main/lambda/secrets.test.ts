import nock from 'nock';
import { withSecretsFromParameters } from '../../../src/main/lambda/secrets';
import { useFakeAwsCredentials } from '../../harness/deferred';

useFakeAwsCredentials('ap-northeast-1');

const ssm = () => nock('https://ssm.ap-northeast-1.amazonaws.com');
const parameterReply = (name: string, value: string) => ({
  Parameter: { Name: name, Type: 'SecureString', Value: value, Version: 1, DataType: 'text' },
});

describe('withSecretsFromParameters', () => {
  it('reads both secrets from SSM with decryption when the environment names parameters', async () => {
    const asked: Record<string, unknown>[] = [];
    ssm()
      .matchHeader('x-amz-target', 'AmazonSSM.GetParameter')
      .post('/', (body) => {
        asked.push(body);
        return true;
      })
      .times(2)
      .reply(200, (_uri, body) => {
        // The SDK sends application/x-amz-json-1.1, which nock hands over unparsed.
        const { Name: name } = JSON.parse(String(body)) as { Name: string };
        return parameterReply(name, name.endsWith('token') ? 'xoxb-1-from-ssm' : 'abcdef0123456789abcdef');
      });
    const env = await withSecretsFromParameters({
      SLACK_BOT_TOKEN_PARAMETER: '/bot/prod/slack-bot-token',
      SLACK_SIGNING_SECRET_PARAMETER: '/bot/prod/slack-signing-secret',
    });
    expect(env.SLACK_BOT_TOKEN).toBe('xoxb-1-from-ssm');
    expect(env.SLACK_SIGNING_SECRET).toBe('abcdef0123456789abcdef');
    expect(asked).toEqual(
      expect.arrayContaining([
        { Name: '/bot/prod/slack-bot-token', WithDecryption: true },
        { Name: '/bot/prod/slack-signing-secret', WithDecryption: true },
      ]),
    );
  });

  it('lets a value set in the environment win, and makes no call when nothing is missing', async () => {
    const input = {
      SLACK_BOT_TOKEN: 'xoxb-from-env',
      SLACK_BOT_TOKEN_PARAMETER: '/bot/prod/slack-bot-token',
      SLACK_SIGNING_SECRET: 'abcdef0123456789',
    };
    // disableNetConnect (test/setup.ts) would make any SSM call fail.
    await expect(withSecretsFromParameters(input)).resolves.toBe(input);
  });

  it('names the variable and the parameter when a read fails, and keeps the input untouched', async () => {
    ssm()
      .post('/')
      .reply(
        400,
        { __type: 'ParameterNotFound', message: '' },
        { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-errortype': 'ParameterNotFound' },
      );
    const input = { SLACK_SIGNING_SECRET: 'abcdef0123456789', SLACK_BOT_TOKEN_PARAMETER: '/bot/prod/typo' };
    await expect(withSecretsFromParameters(input)).rejects.toThrow(
      /SLACK_BOT_TOKEN could not be read from SSM parameter \/bot\/prod\/typo \(SLACK_BOT_TOKEN_PARAMETER\): ParameterNotFound/,
    );
    expect(input).not.toHaveProperty('SLACK_BOT_TOKEN');
  });
});
