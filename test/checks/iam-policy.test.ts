/**
 * The shipped IAM policy against the code: every action any command class in src/checks can send is granted, and
 * the policy grants nothing else and nothing that writes. The actions are derived from the SDK command classes the
 * source names, not from a list kept by hand.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { policyActions } from '../harness/aws-wire';

const SDK_PREFIX: Record<string, string> = {
  '@aws-sdk/client-cognito-identity-provider': 'cognito-idp',
  '@aws-sdk/client-iam': 'iam',
  '@aws-sdk/client-sns': 'sns',
  '@aws-sdk/client-sts': 'sts',
  '@aws-sdk/client-cloudwatch': 'cloudwatch',
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** `cognito-idp:DescribeUserPool` for each `DescribeUserPoolCommand` the check code names, by the SDK that exports it. */
function actionsInCode(): Set<string> {
  const modules = Object.entries(SDK_PREFIX).map(([pkg, prefix]) => ({
    prefix,
    exports: require(pkg) as Record<string, unknown>,
  }));
  const actions = new Set<string>();
  const src = join(__dirname, '..', '..', 'src');
  // The watch lists the pools of `*` watches (ListUserPools) with the same role; its state store is the bot's own.
  for (const file of [...sources(join(src, 'checks')), join(src, 'watch', 'list-pools.ts')]) {
    const code = readFileSync(file, 'utf8');
    for (const [, name] of code.matchAll(/\b([A-Z][A-Za-z0-9]+)Command\b/g)) {
      const owner = modules.filter((m) => typeof m.exports[`${name}Command`] === 'function');
      expect([name, owner.length]).toEqual([name, 1]);
      actions.add(`${owner[0]?.prefix}:${name}`);
    }
  }
  return actions;
}

// AdminGetUser is a read (IAM access level Read) despite its Admin prefix.
const READ_ONLY = /^(cognito-idp|iam|sns|cloudwatch):(Admin)?(Describe|Get|List|Simulate)[A-Za-z]+$/;

describe('iam/mfa-check-readonly.json', () => {
  const code = actionsInCode();
  const readonly = policyActions('mfa-check-readonly.json');
  const crossAccount = policyActions('mfa-check-assume-accounts.json');

  it('finds the commands the collector sends (sanity)', () => {
    expect(code).toContain('cognito-idp:DescribeUserPool');
    expect(code).toContain('iam:SimulatePrincipalPolicy');
    expect(code).toContain('sts:AssumeRole');
    expect(code).toContain('cognito-idp:ListUserPools');
    expect(code).toContain('cloudwatch:GetMetricStatistics');
  });

  it('grants every action the code can call', () => {
    for (const action of code)
      expect([action, [...readonly, ...crossAccount].includes(action)]).toEqual([action, true]);
  });

  it('grants only what the code calls', () => {
    for (const action of [...readonly, ...crossAccount]) expect([action, code.has(action)]).toEqual([action, true]);
  });

  it('is read-only: Describe, Get, List and Simulate actions, no wildcard', () => {
    for (const action of readonly) expect(action).toMatch(READ_ONLY);
  });

  it('keeps sts:AssumeRole to its own cross-account file', () => {
    expect(crossAccount).toEqual(['sts:AssumeRole']);
    expect(readonly).not.toContain('sts:AssumeRole');
  });
});
