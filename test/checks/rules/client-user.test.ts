import type { AppClientFacts, UserFacts } from '../../../src/checks/facts';
import { clientAdminScope } from '../../../src/checks/rules/client-admin-scope';
import { clientAuthSessionValidity } from '../../../src/checks/rules/client-auth-session-validity';
import { userFederated } from '../../../src/checks/rules/user-federated';
import { userPhoneVerified } from '../../../src/checks/rules/user-phone-verified';
import { userTotpSetup } from '../../../src/checks/rules/user-totp-setup';
import { denied, facts, failed, ok, value } from '../../harness/facts';

const client = (id: string, c: Partial<AppClientFacts>) => ({
  id,
  name: `app-${id}`,
  detail: ok<AppClientFacts>({ id, name: `app-${id}`, oauthEnabled: false, hasSecret: true, ...c }),
});
const withClients = (...clients: ReturnType<typeof client>[]) =>
  facts((f) => {
    f.clients = ok(clients);
  });
const withUser = (u: Partial<UserFacts>) =>
  facts((f) => {
    f.user = ok({ ...value(f.user), ...u });
  });

describe('client-auth-session-validity', () => {
  it('judges each client and names it', () => {
    const out = clientAuthSessionValidity.evaluate(
      withClients(client('a', { authSessionValidity: 10 }), client('b', {}), client('c', { authSessionValidity: 3 })),
    );
    expect(out.map((f) => [f.client?.id, f.status])).toEqual([
      ['a', 'pass'],
      ['b', 'warn'],
      ['c', 'warn'],
    ]);
    expect(out[1]?.summary.en).toBe(
      'app client "app-b" (b) gives users 3 minutes (the default) per sign-in step, MFA code entry included',
    );
    expect(out[1]?.entry).toBe('session-expired');
  });
  it('does not warn when MFA is OFF', () => {
    const f = withClients(client('b', {}));
    value(f.mfa).mfaConfiguration = 'OFF';
    expect(clientAuthSessionValidity.evaluate(f)[0]?.status).toBe('pass');
  });
  it('is unknown for a client that could not be described, and for the list', () => {
    const f = facts((f) => {
      f.clients = ok([{ id: 'x', name: 'mobile', detail: denied('cognito-idp:DescribeUserPoolClient') }]);
    });
    expect(clientAuthSessionValidity.evaluate(f)[0]).toMatchObject({
      status: 'unknown',
      client: { id: 'x', name: 'mobile' },
      missingActions: ['cognito-idp:DescribeUserPoolClient'],
    });
    const listed = facts((f) => {
      f.clients = denied('cognito-idp:ListUserPoolClients');
    });
    expect(clientAuthSessionValidity.evaluate(listed)).toHaveLength(1);
  });
  it('passes a pool without clients', () => {
    expect(clientAuthSessionValidity.evaluate(withClients())[0]?.summary.en).toBe('the pool has no app clients');
  });
});

describe('client-admin-scope', () => {
  it('warns OAuth clients without the admin scope, passes the rest', () => {
    const out = clientAdminScope.evaluate(
      withClients(
        client('a', { oauthEnabled: true, allowedOAuthScopes: ['openid', 'email'] }),
        client('b', { oauthEnabled: true, allowedOAuthScopes: ['openid', 'aws.cognito.signin.user.admin'] }),
        client('c', { oauthEnabled: false }),
      ),
    );
    expect(out.map((f) => f.status)).toEqual(['warn', 'pass', 'pass']);
    expect(out[0]).toMatchObject({ entry: 'totp-missing-admin-scope' });
    expect(out[0]?.summary.en).toMatch(/cannot set up TOTP \(AssociateSoftwareToken\)/);
  });
  it('never carries a secret: facts only know whether one exists', () => {
    const out = clientAdminScope.evaluate(withClients(client('a', { hasSecret: true })));
    expect(JSON.stringify(out)).not.toMatch(/secret/i);
  });
});

describe('user-federated', () => {
  it('says nothing without a username', () => {
    expect(userFederated.evaluate(facts((f) => delete f.user))).toEqual([]);
  });
  it('passes a native user, warns a federated one', () => {
    expect(userFederated.evaluate(facts())[0]?.status).toBe('pass');
    const r = userFederated.evaluate(withUser({ status: 'EXTERNAL_PROVIDER', identityProviders: ['Google'] }))[0];
    expect(r).toMatchObject({ status: 'warn', entry: 'federated-users-no-mfa' });
    expect(r?.summary.en).toBe('user hana signs in through Google: Cognito MFA does not apply to them');
  });
  it('is unknown for a user that is not there', () => {
    const r = userFederated.evaluate(
      facts((f) => {
        f.user = failed({ kind: 'not-found', action: 'cognito-idp:AdminGetUser', code: 'UserNotFoundException' });
      }),
    )[0];
    expect(r?.summary.en).toMatch(/not found \(UserNotFoundException\)/);
  });
});

describe('user-totp-setup', () => {
  it('passes a user with TOTP, speaking to totp-no-delivery-config', () => {
    expect(userTotpSetup.evaluate(facts())[0]).toMatchObject({ status: 'pass', entry: 'totp-no-delivery-config' });
  });
  it('fails a user who prefers TOTP without having it', () => {
    const r = userTotpSetup.evaluate(withUser({ mfaSettings: ['SMS_MFA'], preferredMfa: 'SOFTWARE_TOKEN_MFA' }))[0];
    expect(r?.status).toBe('fail');
  });
  it('warns a user without any MFA in a TOTP pool', () => {
    const r = userTotpSetup.evaluate(withUser({ mfaSettings: [], preferredMfa: undefined }))[0];
    expect(r?.status).toBe('warn');
  });
  it('passes an SMS-only user', () => {
    expect(userTotpSetup.evaluate(withUser({ mfaSettings: ['SMS_MFA'], preferredMfa: 'SMS_MFA' }))[0]?.status).toBe(
      'pass',
    );
  });
  it('is unknown when AdminGetUser is denied', () => {
    expect(
      userTotpSetup.evaluate(
        facts((f) => {
          f.user = denied('cognito-idp:AdminGetUser');
        }),
      )[0]?.missingActions,
    ).toEqual(['cognito-idp:AdminGetUser']);
  });
});

describe('user-phone-verified', () => {
  it('passes a verified phone, shown masked', () => {
    const r = userPhoneVerified.evaluate(facts())[0];
    expect(r).toMatchObject({ status: 'pass', entry: 'sms-unverified-phone' });
    expect(r?.summary.en).toBe("user hana's phone +81******5678 is verified");
  });
  it('warns an unverified phone with SMS MFA on', () => {
    const r = userPhoneVerified.evaluate(withUser({ phoneNumberVerified: false }))[0];
    expect(r?.status).toBe('warn');
    expect(r?.summary.en).toMatch(/still sends the MFA code/);
  });
  it('fails SMS MFA without a phone number', () => {
    expect(userPhoneVerified.evaluate(withUser({ phoneNumber: undefined }))[0]?.status).toBe('fail');
  });
  it('passes a user without SMS MFA even if unverified', () => {
    const r = userPhoneVerified.evaluate(
      withUser({ mfaSettings: ['SOFTWARE_TOKEN_MFA'], phoneNumberVerified: false }),
    )[0];
    expect(r?.status).toBe('pass');
  });
});
