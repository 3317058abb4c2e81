import type { Facts, RoleFacts, SmsRoleFacts } from '../facts';
import type { Finding, Rule } from '../types';
import { finding, unknownFrom } from './helpers';

/**
 * Shared by the two SMS role rules: the cases where there is no role to judge.
 * Returns a finding to report as is, or the role facts to go on with.
 */
export function smsRoleOrFinding(
  rule: Pick<Rule, 'id' | 'entry'>,
  facts: Facts,
): Finding | { smsRole: SmsRoleFacts; role: RoleFacts | undefined } {
  const smsRole = facts.smsRole;
  if (!smsRole) {
    // Without either pool read there is no telling whether an SMS role exists.
    if (!facts.pool.ok && !facts.mfa.ok) return unknownFrom(rule, [facts.pool.error, facts.mfa.error], 'the pool');
    if (!facts.pool.ok) return unknownFrom(rule, facts.pool.error, 'the pool');
    return finding(rule, 'pass', 'the pool has no SMS role: it sends no SMS');
  }
  if (smsRole.crossAccount) {
    return finding(
      rule,
      'unknown',
      `the SMS role ${smsRole.arn} is in another account than the pool; the bot cannot read it`,
      [`pool account: ${facts.account ?? 'unknown'}`],
    );
  }
  const role = smsRole.role;
  if (role && !role.ok) {
    if (role.error.kind === 'not-found') {
      return finding(
        rule,
        'fail',
        `the SMS role ${smsRole.arn} does not exist (deleted or renamed); Cognito reports this as a trust error`,
        [`iam:GetRole: ${role.error.code}`],
      );
    }
    return { smsRole, role: undefined };
  }
  return { smsRole, role: role?.value };
}
