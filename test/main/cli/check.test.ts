/**
 * `cognito-mfa check` end to end: the dispatcher, the real SDK clients on the standard credential chain (from the
 * environment here), nock answering with wire bodies.
 */
import {
  accessDenied,
  CLIENT_SECRET,
  EXTERNAL_ID,
  encodedPolicy,
  FULL_PHONE,
  POOL_ARN,
  POOL_ID,
  reply,
  serve,
} from '../../harness/aws-wire';
import { cliEnvironment } from '../../harness/cli-env';
import { runCli } from '../../harness/run-cli';

cliEnvironment();

describe('cognito-mfa check --json', () => {
  it('reports a healthy pool with no fail and exits 0, in the DESIGN.md shape', async () => {
    serve();
    const run = await runCli(['check', POOL_ID, '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const body = JSON.parse(run.stdout) as {
      pool: string;
      region: string;
      findings: { rule: string; entry: string; status: string; summary: string }[];
    };
    expect(body.pool).toBe(POOL_ID);
    expect(body.region).toBe('eu-west-1');
    expect(body.findings.length).toBeGreaterThan(10);
    for (const f of body.findings) {
      expect(Object.keys(f)).toEqual(expect.arrayContaining(['rule', 'entry', 'status', 'summary']));
      expect(['pass', 'warn', 'fail', 'unknown']).toContain(f.status);
    }
    expect(body.findings.some((f) => f.status === 'fail')).toBe(false);
    expect(run.stdout).not.toContain(CLIENT_SECRET);
  });

  it('fails sms-role-trust on another ExternalId, says so, and exits 1', async () => {
    serve({
      'iam:GetRole': reply.xml('iam', 'GetRole', { trustPolicy: encodedPolicy('trust.other-external-id.json') }),
    });
    const run = await runCli(['check', POOL_ARN, '--json']);
    expect(run.code).toBe(1);
    const body = JSON.parse(run.stdout) as { findings: { rule: string; status: string; summary: string }[] };
    const trust = body.findings[0];
    expect(trust).toMatchObject({ rule: 'sms-role-trust', status: 'fail' });
    expect(trust?.summary).toContain(`ExternalId "${EXTERNAL_ID}"`);
    expect(trust?.summary).toContain('0f9e8d7c-6b5a-4321-aaaa-EXAMPLE22222');
  });

  it('still reports with every IAM call denied, naming the actions', async () => {
    const ops = ['GetRole', 'SimulatePrincipalPolicy', 'ListRolePolicies', 'ListAttachedRolePolicies'];
    serve(Object.fromEntries(ops.map((op) => [`iam:${op}`, accessDenied(`iam:${op}`)])));
    const run = await runCli(['check', POOL_ID, '--json']);
    expect(run.code).toBe(0);
    const body = JSON.parse(run.stdout) as { findings: { rule: string; status: string; missingActions?: string[] }[] };
    const iamRules = body.findings.filter((f) => f.rule.startsWith('sms-role-'));
    expect(iamRules.map((f) => [f.rule, f.status, f.missingActions])).toEqual([
      ['sms-role-trust', 'unknown', ['iam:GetRole']],
      ['sms-role-permission', 'unknown', ['iam:SimulatePrincipalPolicy', 'iam:ListRolePolicies']],
    ]);
  });
});

describe('cognito-mfa check (text)', () => {
  it('shows failing findings with the catalogue fix steps, masked phone, no secret', async () => {
    serve({
      'iam:GetRole': reply.xml('iam', 'GetRole', { trustPolicy: encodedPolicy('trust.other-external-id.json') }),
    });
    const run = await runCli(['check', POOL_ID, '--user', 'hana']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^MFA check: eu-west-1_AbCdEfGhI \(eu-west-1, account 123456789012, user hana\)\n1 fail, 0 warn, 0 unknown, \d+ pass/,
    );
    expect(run.stdout).toMatch(/FAIL +sms-role-trust: the trust policy requires sts:ExternalId/);
    // The same fix text the pasted InvalidSmsRoleTrustRelationshipException gets.
    expect(run.stdout).toContain('aws iam update-assume-role-policy --role-name <role-name>');
    expect(run.stdout).toContain('+81******5678');
    expect(run.stdout).not.toContain(FULL_PHONE);
    expect(run.stdout).not.toContain(CLIENT_SECRET);
  });

  it('speaks Japanese fix steps with --lang ja', async () => {
    serve({ 'iam:GetRole': reply.xml('iam', 'GetRole', { trustPolicy: encodedPolicy('trust.identity-pool.json') }) });
    const run = await runCli(['check', POOL_ID, '--lang', 'ja']);
    expect(run.stdout).toMatch(/失敗 +sms-role-trust/);
    expect(run.stdout).toMatch(/解決方法/);
  });
});

describe('cognito-mfa check cannot run (exit 2)', () => {
  it('refuses a malformed id with an example, making no AWS call', async () => {
    const served = serve();
    const run = await runCli(['check', 'us-east-1-AbC123def']);
    expect(served.calls).toEqual([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/"us-east-1-AbC123def" is not a user pool id or ARN/);
    expect(run.stderr).toMatch(/such as us-east-1_AbC123def/);
    expect(run.stdout).toBe('');
  });

  it('refuses a --user that is a secret (a Slack token), without repeating it or asking AWS', async () => {
    const served = serve();
    const token = 'xoxb-2461-9183-Zq8LmN4pR7sT1uV3wX5y';
    const run = await runCli(['check', POOL_ID, '--user', token]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/the username looks like a Slack token/);
    expect(run.stderr + run.stdout).not.toContain(token);
    expect(served.calls).toEqual([]);
  });

  it('explains a missing pool', async () => {
    serve({
      'cognito-idp:DescribeUserPool': reply.cognitoError(
        'ResourceNotFoundException',
        `User pool ${POOL_ID} does not exist.`,
      ),
    });
    const run = await runCli(['check', POOL_ID]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `cognito-mfa check: User pool ${POOL_ID} was not found in eu-west-1. Check the id; the region is the part before "_".\n`,
    );
  });

  it('explains missing credentials', async () => {
    delete process.env.AWS_ACCESS_KEY_ID;
    delete process.env.AWS_SECRET_ACCESS_KEY;
    const served = serve();
    const run = await runCli(['check', POOL_ID]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/No usable AWS credentials/);
    expect(served.calls).toEqual([]);
  });

  it('refuses an unknown alias and a bad option', async () => {
    process.env.MFA_CHECK_ACCOUNTS = 'prod=arn:aws:iam::210987654321:role/MfaCheckReadOnly';
    const alias = await runCli(['check', 'dev', POOL_ID]);
    expect(alias.code).toBe(2);
    expect(alias.stderr).toMatch(/"dev" is not an account alias \(known aliases: prod\)/);
    const option = await runCli(['check', POOL_ID, '--verbose']);
    expect(option.code).toBe(2);
    expect(option.stderr).toMatch(/unknown option --verbose/);
  });

  it('refuses a malformed MFA_CHECK_ACCOUNTS', async () => {
    process.env.MFA_CHECK_ACCOUNTS = 'prod=not-an-arn';
    const run = await runCli(['check', POOL_ID]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/MFA_CHECK_ACCOUNTS entry "prod" is malformed/);
  });
});
