import { ConfigError, loadConfig } from '../src/config';

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
      new ConfigError(`${name} is malformed: "${value}" should look like ${shape}.`),
    );
  });
});
