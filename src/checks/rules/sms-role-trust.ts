import { evaluateTrust } from '../policy/trust';
import { SMS_PATH_NAME } from '../sms-path';
import type { Rule } from '../types';
import { finding, unknownFrom } from './helpers';
import { smsRoleOrFinding } from './sms-role';

const R = { id: 'sms-role-trust', entry: 'sms-role-trust' };

export const smsRoleTrust: Rule = {
  ...R,
  describes:
    "the SMS role of the pool's SMS path (Amazon SNS or End User Messaging SMS) exists and its trust policy lets cognito-idp.amazonaws.com sts:AssumeRole with that path's ExternalId (and this account and pool when aws:SourceAccount / aws:SourceArn are set)",
  evaluate(facts) {
    const got = smsRoleOrFinding(R, facts);
    if ('rule' in got) return [got];
    const { smsRole, role } = got;
    if (!role) {
      return [
        smsRole.role && !smsRole.role.ok
          ? unknownFrom(R, smsRole.role.error, 'the SMS role')
          : finding(R, 'unknown', 'the SMS role was not read'),
      ];
    }
    if (!role.trustPolicy) return [finding(R, 'unknown', `GetRole returned no trust policy for ${role.arn}`)];
    const pool = facts.pool.ok ? facts.pool.value : undefined;
    // Without DescribeUserPool the pool ARN is unknown: a SourceArn condition then makes the verdict unknown.
    const verdict = evaluateTrust(role.trustPolicy, {
      externalId: smsRole.externalId,
      account: facts.account,
      poolArn: pool?.arn,
    });
    const evidence = [
      `SMS path: ${SMS_PATH_NAME[smsRole.path]}`,
      `role: ${role.arn}`,
      `pool ExternalId: ${smsRole.externalId ?? '(none)'}`,
      ...verdict.evidence,
    ];
    if (!role.lastUsed) evidence.push('the role has never been used: Cognito may never have assumed it');
    else evidence.push(`role last used: ${role.lastUsed}`);
    if (verdict.status === 'unknown' && !facts.pool.ok && facts.pool.error.kind === 'access-denied') {
      const action = facts.pool.error.action;
      return [
        finding(R, 'unknown', `${verdict.summary} (the pool's ARN needs ${action})`, evidence, {
          missingActions: [action],
        }),
      ];
    }
    return [finding(R, verdict.status, verdict.summary, evidence)];
  },
};
