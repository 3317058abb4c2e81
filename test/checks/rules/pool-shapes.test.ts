/**
 * Every rule on every pool shape of the fact builders (no username): what a report of each shape holds that is not a
 * pass. A rule judges only what is in effect: a factor configured under MFA OFF, an empty object, a pool that sends
 * no SMS give passes, not failures.
 */
import { reportFromFacts } from '../../../src/checks/run';
import type { Status } from '../../../src/checks/types';
import { facts, POOL_SHAPES } from '../../harness/facts';

const REF = { poolId: 'eu-west-1_AbCdEfGhI', region: 'eu-west-1', partition: 'aws' };

const EXPECTED: Record<keyof typeof POOL_SHAPES, [rule: string, status: Status][]> = {
  healthy: [],
  'MFA OFF, nothing configured': [
    ['pool-mfa-enabled', 'warn'],
    ['pool-totp-enabled', 'warn'],
  ],
  'MFA OFF, an SMS MFA message left without a role': [
    ['pool-mfa-enabled', 'warn'],
    ['pool-totp-enabled', 'warn'],
  ],
  'MFA OFF, SMS configured for phone verification': [
    ['pool-mfa-enabled', 'warn'],
    ['pool-totp-enabled', 'warn'],
  ],
  'MFA OFF, email MFA left on a Lite pool': [['pool-mfa-enabled', 'warn']],
  'TOTP only (MFA ON)': [],
  'SMS only (SNS)': [['pool-totp-enabled', 'warn']],
  'SMS through End User Messaging SMS': [],
  'SMS role deleted': [
    ['sms-role-trust', 'fail'],
    ['sms-role-permission', 'fail'],
  ],
  'an empty SmsConfiguration object': [],
  'SNSSandbox flag on a pool out of the sandbox': [],
  'clients without OAuth, TOTP off': [
    ['pool-totp-enabled', 'warn'],
    ['client-auth-session-validity', 'warn'],
    ['client-auth-session-validity', 'warn'],
  ],
  'federated (SAML and Google)': [['pool-federated-idps', 'warn']],
  'federated, MFA OFF': [
    ['pool-mfa-enabled', 'warn'],
    ['pool-totp-enabled', 'warn'],
  ],
};

describe('every rule on each pool shape', () => {
  it('has an expectation for every shape', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(POOL_SHAPES).sort());
  });

  it.each(Object.entries(POOL_SHAPES))('%s', (name, edit) => {
    const report = reportFromFacts(
      facts((f) => {
        edit(f);
        delete f.user;
      }),
      { ref: REF },
    );
    const acting = report.findings.filter((f) => f.status !== 'pass').map((f) => [f.rule, f.status]);
    expect(acting).toEqual(EXPECTED[name]);
  });
});
