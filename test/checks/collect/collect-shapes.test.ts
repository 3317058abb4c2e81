/**
 * Pool shapes through the real SDK and wire bodies: what the collector makes of answers that configure nothing, and
 * the reports of such pools, which must not fail on a factor that is not in effect.
 */
import { parsePoolRef } from '../../../src/checks/pool-ref';
import { runCheck } from '../../../src/checks/run';
import type { Report } from '../../../src/checks/types';
import { POOL_ID, reply, STATIC_CREDENTIALS, serve } from '../../harness/aws-wire';

async function report(): Promise<Report> {
  const ref = parsePoolRef([POOL_ID], []);
  if (!ref.ok) throw new Error(ref.message.en);
  const result = await runCheck({ ref: ref.ref, clientOptions: { credentials: STATIC_CREDENTIALS, maxAttempts: 1 } });
  if (!result.ok) throw new Error(result.message.en);
  return result.report;
}

const statusOf = (r: Report, rule: string) => r.findings.find((f) => f.rule === rule)?.status;

/** A pool that sends no SMS: no SmsConfiguration, and GetUserPoolMfaConfig's SMS part empty. */
function noSms(mfa: 'OFF' | 'ON', totp: boolean) {
  return {
    'cognito-idp:DescribeUserPool': reply.cognito('DescribeUserPool', (b) => {
      b.UserPool.MfaConfiguration = mfa;
      delete b.UserPool.SmsConfiguration;
      delete b.UserPool.SmsAuthenticationMessage;
    }),
    'cognito-idp:GetUserPoolMfaConfig': reply.cognito('GetUserPoolMfaConfig', (b) => {
      b.MfaConfiguration = mfa;
      b.SmsMfaConfiguration = {};
      b.SoftwareTokenMfaConfiguration.Enabled = totp;
    }),
  };
}

describe('an empty SmsMfaConfiguration configures no SMS MFA', () => {
  it('on a pool with MFA OFF: the report says MFA is OFF and fails nothing', async () => {
    serve(noSms('OFF', false));
    const r = await report();
    expect(statusOf(r, 'pool-mfa-enabled')).toBe('warn');
    expect(statusOf(r, 'pool-sms-configuration')).toBe('pass');
    expect(r.counts.fail).toBe(0);
  });

  it('on a TOTP-only pool: SMS MFA is not enabled, and nothing fails', async () => {
    serve(noSms('ON', true));
    const r = await report();
    expect(r.findings.find((f) => f.rule === 'pool-sms-configuration')?.summary.en).toBe(
      'SMS MFA is not enabled on the pool',
    );
    expect(r.counts.fail).toBe(0);
  });

  it('but one with a message and no role still fails when MFA is ON', async () => {
    serve({
      ...noSms('ON', true),
      'cognito-idp:GetUserPoolMfaConfig': reply.cognito('GetUserPoolMfaConfig', (b) => {
        b.MfaConfiguration = 'ON';
        b.SmsMfaConfiguration = { SmsAuthenticationMessage: 'Your code is {####}.' };
      }),
    });
    expect(statusOf(await report(), 'pool-sms-configuration')).toBe('fail');
  });
});
