import type { Facts } from '../../../src/checks/facts';
import { poolEmailMfa } from '../../../src/checks/rules/pool-email-mfa';
import { poolFederatedIdps } from '../../../src/checks/rules/pool-federated-idps';
import { poolMfaEnabled } from '../../../src/checks/rules/pool-mfa-enabled';
import { poolSmsConfiguration } from '../../../src/checks/rules/pool-sms-configuration';
import { poolTotpEnabled } from '../../../src/checks/rules/pool-totp-enabled';
import type { Rule } from '../../../src/checks/types';
import { denied, facts, ok, value } from '../../harness/facts';

const one = (rule: Rule, f: Facts) => {
  const out = rule.evaluate(f);
  expect(out).toHaveLength(1);
  return out[0] as NonNullable<(typeof out)[0]>;
};
const mfaOff = (f: Facts) => {
  value(f.mfa).mfaConfiguration = 'OFF';
};

describe('pool-mfa-enabled', () => {
  it('passes OPTIONAL and ON, speaking to totp-pool-mfa-first', () => {
    expect(one(poolMfaEnabled, facts())).toMatchObject({ status: 'pass', entry: 'totp-pool-mfa-first' });
  });
  it('warns when MFA is OFF', () => {
    const r = one(
      poolMfaEnabled,
      facts((f) => {
        mfaOff(f);
        delete f.user;
      }),
    );
    expect(r.status).toBe('warn');
  });
  it('fails when MFA is OFF but the user has MFA set up', () => {
    const r = one(poolMfaEnabled, facts(mfaOff));
    expect(r.status).toBe('fail');
    expect(r.summary.en).toMatch(/user hana has MFA settings \(SMS_MFA, SOFTWARE_TOKEN_MFA\)/);
  });
  it('falls back to DescribeUserPool when GetUserPoolMfaConfig is denied', () => {
    const r = one(
      poolMfaEnabled,
      facts((f) => {
        f.mfa = denied('cognito-idp:GetUserPoolMfaConfig');
      }),
    );
    expect(r.status).toBe('pass');
  });
  it('is unknown naming both actions when neither is readable', () => {
    const r = one(
      poolMfaEnabled,
      facts((f) => {
        f.mfa = denied('cognito-idp:GetUserPoolMfaConfig');
        f.pool = denied('cognito-idp:DescribeUserPool');
      }),
    );
    expect(r.missingActions).toEqual(['cognito-idp:GetUserPoolMfaConfig', 'cognito-idp:DescribeUserPool']);
  });
});

describe('pool-totp-enabled', () => {
  it('passes an enabled TOTP, speaking to totp-not-enabled-in-pool', () => {
    expect(one(poolTotpEnabled, facts())).toMatchObject({ status: 'pass', entry: 'totp-not-enabled-in-pool' });
  });
  it('fails when the user has TOTP but the pool does not allow it', () => {
    const r = one(
      poolTotpEnabled,
      facts((f) => {
        value(f.mfa).totpEnabled = false;
      }),
    );
    expect(r.status).toBe('fail');
  });
  it('warns without a user', () => {
    const r = one(
      poolTotpEnabled,
      facts((f) => {
        value(f.mfa).totpEnabled = false;
        delete f.user;
      }),
    );
    expect(r.status).toBe('warn');
    expect(r.summary.en).toMatch(/SoftwareTokenMFANotFoundException/);
  });
  it('is unknown when GetUserPoolMfaConfig is denied (TOTP lives only there)', () => {
    const r = one(
      poolTotpEnabled,
      facts((f) => {
        f.mfa = denied('cognito-idp:GetUserPoolMfaConfig');
      }),
    );
    expect(r).toMatchObject({ status: 'unknown', missingActions: ['cognito-idp:GetUserPoolMfaConfig'] });
  });
});

describe('pool-sms-configuration', () => {
  it('passes SMS MFA with a role, speaking to sms-mfa-invalid-parameter', () => {
    expect(one(poolSmsConfiguration, facts())).toMatchObject({ status: 'pass', entry: 'sms-mfa-invalid-parameter' });
  });
  it('passes when SMS MFA is off', () => {
    const r = one(
      poolSmsConfiguration,
      facts((f) => {
        delete value(f.mfa).sms;
      }),
    );
    expect(r.summary.en).toBe('SMS MFA is not enabled on the pool');
  });
  it('fails SMS MFA without a caller role', () => {
    const r = one(
      poolSmsConfiguration,
      facts((f) => {
        value(f.mfa).sms = { message: 'code {####}', configuration: {} };
        value(f.pool).smsConfiguration = undefined;
      }),
    );
    expect(r.status).toBe('fail');
    expect(r.summary.en).toMatch(/no SMS configuration/);
  });
  it('fails a message without {####}', () => {
    const r = one(
      poolSmsConfiguration,
      facts((f) => {
        (value(f.mfa).sms as { message?: string }).message = 'Your code is ready';
      }),
    );
    expect(r.summary.en).toMatch(/does not contain \{####\}/);
  });
  it('is unknown when denied', () => {
    expect(
      one(
        poolSmsConfiguration,
        facts((f) => {
          f.mfa = denied('cognito-idp:GetUserPoolMfaConfig');
        }),
      ).status,
    ).toBe('unknown');
  });
});

describe('pool-email-mfa', () => {
  const email = (edit: (f: Facts) => void) =>
    one(
      poolEmailMfa,
      facts((f) => {
        value(f.mfa).email = { subject: 'code' };
        value(f.pool).emailSendingAccount = 'DEVELOPER';
        edit(f);
      }),
    );
  it('passes when email MFA is off, speaking to email-mfa-requirements', () => {
    expect(one(poolEmailMfa, facts())).toMatchObject({ status: 'pass', entry: 'email-mfa-requirements' });
  });
  it('passes Essentials with SES', () => expect(email(() => {}).status).toBe('pass'));
  it('fails on the Lite plan', () => {
    expect(
      email((f) => {
        value(f.pool).tier = 'LITE';
      }).summary.en,
    ).toMatch(/Lite plan/);
  });
  it('fails with the Cognito default email', () => {
    expect(
      email((f) => {
        value(f.pool).emailSendingAccount = 'COGNITO_DEFAULT';
      }).summary.en,
    ).toMatch(/needs SES/);
  });
  it('is unknown when the pool does not say its plan', () => {
    expect(
      email((f) => {
        value(f.pool).tier = undefined;
      }).status,
    ).toBe('unknown');
  });
});

describe('pool-federated-idps', () => {
  it('passes without providers, speaking to federated-users-no-mfa', () => {
    expect(one(poolFederatedIdps, facts())).toMatchObject({ status: 'pass', entry: 'federated-users-no-mfa' });
  });
  it('warns that federated users skip Cognito MFA', () => {
    const r = one(
      poolFederatedIdps,
      facts((f) => {
        f.identityProviders = ok([
          { name: 'Google', type: 'Google' },
          { name: 'Okta', type: 'SAML' },
        ]);
      }),
    );
    expect(r.status).toBe('warn');
    expect(r.summary.en).toMatch(/^2 federated identity providers/);
    expect(r.evidence[0]?.en).toBe('identity providers: Google (Google), Okta (SAML)');
  });
  it('is unknown when denied', () => {
    expect(
      one(
        poolFederatedIdps,
        facts((f) => {
          f.identityProviders = denied('cognito-idp:ListIdentityProviders');
        }),
      ).missingActions,
    ).toEqual(['cognito-idp:ListIdentityProviders']);
  });
});
