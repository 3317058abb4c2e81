import { ConfigError, loadConfig, localeLang, requireSlackSecret } from '../src/config';
import { englishRuns } from './harness/english-runs';

describe('the /mfa-check rate limit settings', () => {
  it('default to 5 checks a person and 30 in all per 60 s, counted in this process', () => {
    expect(loadConfig({}).check.rateLimit).toEqual({ perUser: 5, overall: 30, windowSeconds: 60 });
  });

  it('come from MFA_CHECK_RATE_*, and count in the idempotency table when there is one', () => {
    const config = loadConfig({
      MFA_CHECK_RATE_PER_USER: '2',
      MFA_CHECK_RATE_OVERALL: '100',
      MFA_CHECK_RATE_WINDOW_SECONDS: '300',
      IDEMPOTENCY_TABLE: 'mfa-check-bot-prod-idempotency',
    });
    expect(config.check.rateLimit).toEqual({
      perUser: 2,
      overall: 100,
      windowSeconds: 300,
      table: 'mfa-check-bot-prod-idempotency',
    });
  });

  it.each([
    ['MFA_CHECK_RATE_PER_USER', '0'],
    ['MFA_CHECK_RATE_OVERALL', 'lots'],
    ['MFA_CHECK_RATE_WINDOW_SECONDS', '1.5'],
  ])('refuse %s=%s, naming the variable and an example', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(
      new RegExp(`^${name} should be a whole number of at least 1, such as \\d+, not "${value}"\\.$`),
    );
  });
});

describe('the alert channel settings', () => {
  it('are off by default: no channel, any app', () => {
    expect(loadConfig({}).alerts).toEqual({ channels: [], bots: [] });
  });

  it('read channel ids from ALERT_CHANNELS and bot or app ids from ALERT_BOTS', () => {
    const config = loadConfig({ ALERT_CHANNELS: 'C0ALERTS01, G0PRIVATE1', ALERT_BOTS: 'B0SENTRY01 A0OTHERAPP' });
    expect(config.alerts).toEqual({ channels: ['C0ALERTS01', 'G0PRIVATE1'], bots: ['B0SENTRY01', 'A0OTHERAPP'] });
  });

  it.each([
    ['ALERT_CHANNELS', '#cognito-alerts', 'channel ids such as C0123456789 (not #names)'],
    ['ALERT_BOTS', 'sentry', 'bot ids (B0123456789) or app ids (A0123456789)'],
    ['ALERT_BOTS', 'U0SENTRY01', 'bot ids (B0123456789) or app ids (A0123456789)'],
  ])('refuse %s holding %s, naming it and the shape', (name, value, shape) => {
    const good = name === 'ALERT_BOTS' ? 'B0SENTRY01' : 'C0ALERTS01';
    expect(() => loadConfig({ [name]: `${good}, ${value}` })).toThrow(
      `${name} is malformed: "${value}" should look like ${shape}.`,
    );
  });
});

describe('the locale language (what a terminal prints in)', () => {
  it.each([
    [{}, 'en'],
    [{ LANG: 'ja_JP.UTF-8' }, 'ja'],
    [{ LANG: 'ja' }, 'ja'],
    [{ LANG: 'en_US.UTF-8' }, 'en'],
    [{ LANG: 'C.UTF-8' }, 'en'],
    // POSIX order: LC_ALL wins over LC_MESSAGES, which wins over LANG.
    [{ LANG: 'en_US.UTF-8', LC_MESSAGES: 'ja_JP.UTF-8' }, 'ja'],
    [{ LANG: 'ja_JP.UTF-8', LC_ALL: 'C' }, 'en'],
    [{ LC_ALL: 'ja_JP.eucJP', LC_MESSAGES: 'en_GB' }, 'ja'],
  ])('%o reads as %s', (env, lang) => {
    expect(localeLang(env)).toBe(lang);
  });
});

describe('configuration errors in Japanese', () => {
  const bad: Record<string, string>[] = [
    { SLACK_BOT_TOKEN: 'xoxp-user' },
    { SLACK_APP_TOKEN: 'xoxb-1' },
    { SLACK_SIGNING_SECRET: 'not-hex' },
    { SLACK_API_URL: 'slack.com' },
    { SLACK_BOT_ID: 'U123' },
    { SLACK_BOT_USER_ID: 'B123' },
    { SLACK_SIGNING_SECRET: '8f742231b10e8888abcd99eeeeee85a5' },
    { SLACK_APP_TOKEN: 'xapp-1-2' },
    { PORT: 'http' },
    { LOG_LEVEL: 'loud' },
    { IDEMPOTENCY_TABLE: 'a' },
    { ALERT_CHANNELS: '#alerts' },
    { ALERT_BOTS: 'sentry' },
    { MFA_CHECK_ACCOUNTS: 'prod=arn:aws:iam::1:role/x' },
    { MFA_CHECK_RATE_PER_USER: '0' },
    { THREAD_CACHE_TTL_SECONDS: '-1' },
  ];

  function errorOf(env: Record<string, string>): ConfigError {
    try {
      loadConfig(env);
    } catch (error) {
      if (error instanceof ConfigError) return error;
      throw error;
    }
    throw new Error(`no ConfigError for ${JSON.stringify(env)}`);
  }

  it.each(bad)('%o is told in Japanese with no English sentence, and in English for the logs', (env) => {
    const error = errorOf(env);
    expect(error.localized.ja).toMatch(/[\u3040-\u30ff]/);
    expect(englishRuns(error.localized.ja)).toEqual([]);
    expect(error.message).toBe(error.localized.en);
    // The variable is named in both, so a person can find it in either.
    const variable = /^[A-Z_]+/.exec(error.message)?.[0] ?? '';
    expect(variable.length).toBeGreaterThan(3);
    expect(error.localized.ja.startsWith(variable)).toBe(true);
  });

  it('a missing secret is told in Japanese too', () => {
    let caught: unknown;
    try {
      requireSlackSecret(loadConfig({}), 'signingSecret');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const { ja } = (caught as ConfigError).localized;
    expect(ja).toContain('SLACK_SIGNING_SECRET_PARAMETER');
    expect(englishRuns(ja)).toEqual([]);
  });
});
