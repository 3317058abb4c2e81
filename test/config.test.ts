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
