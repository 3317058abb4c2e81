import { evaluatePermission } from '../policy/permission';
import { SMS_PATH_NAME } from '../sms-path';
import type { Rule } from '../types';
import { errorsOf, finding, unknownFrom } from './helpers';
import { smsRoleOrFinding } from './sms-role';

const R = { id: 'sms-role-permission', entry: 'sms-role-access-policy' };

export const smsRolePermission: Rule = {
  ...R,
  describes:
    "the SMS role may send on the pool's SMS path: sns:Publish on * (Amazon SNS), or sms-voice:SendTextMessage on the pool's origination identity (End User Messaging SMS directly); IAM policy simulator, or its inline and attached policies when the simulator is not allowed; SCP, permissions-boundary and topic-scoped denials named as such",
  evaluate(facts) {
    const got = smsRoleOrFinding(R, facts);
    if ('rule' in got) return [got];
    const { smsRole } = got;
    const { action, resource } = smsRole.send;
    const sim = smsRole.simulation;
    const policies = smsRole.policies;
    const local = policies?.ok
      ? evaluatePermission(policies.value.identity, policies.value.boundary, smsRole.region, smsRole.send)
      : undefined;
    const role = `role: ${smsRole.arn}`;
    const path = `SMS path: ${SMS_PATH_NAME[smsRole.path]}`;

    if (sim?.ok) {
      const s = sim.value;
      const matched = s.matchedStatements.map((m) => m.sourcePolicyId).filter(Boolean);
      const evidence = [path, role, `simulator: ${s.decision}${matched.length ? ` (${matched.join(', ')})` : ''}`];
      if (s.missingContextValues.length > 0) {
        return [
          finding(
            R,
            'unknown',
            `the simulator's answer (${s.decision}) depends on context it could not supply: ${s.missingContextValues.join(', ')}`,
            evidence,
          ),
        ];
      }
      if (s.decision === 'allowed') return [finding(R, 'pass', `the role may ${action} on ${resource}`, evidence)];
      if (s.allowedByOrganizations === false) {
        return [finding(R, 'fail', `a service control policy (SCP) of the organization denies ${action}`, evidence)];
      }
      if (s.allowedByPermissionsBoundary === false) {
        return [
          finding(R, 'fail', `the role's permissions boundary does not allow ${action} on ${resource}`, evidence),
        ];
      }
      if (s.decision === 'explicitDeny') {
        return [
          finding(
            R,
            'fail',
            `an explicit Deny in ${matched.join(', ') || 'a policy of the role'} blocks ${action}`,
            evidence,
          ),
        ];
      }
      if (local?.status === 'fail') return [finding(R, 'fail', local.summary, [...evidence, ...local.evidence])];
      return [
        finding(R, 'fail', `no policy of the role allows ${action} on ${resource}`, [
          ...evidence,
          ...(local?.evidence ?? []),
        ]),
      ];
    }

    // No simulator answer: judge the documents, which cannot show SCPs.
    if (local) {
      const evidence = [path, role, ...local.evidence];
      if (sim && !sim.ok) {
        evidence.push(
          `the simulator was not available (${sim.error.action}: ${sim.error.kind}); service control policies were not evaluated`,
        );
      }
      return [finding(R, local.status, local.summary, evidence)];
    }
    const errors = errorsOf(sim, policies);
    if (errors.length === 0) return [finding(R, 'unknown', 'the SMS role permissions were not read', [path, role])];
    return [unknownFrom(R, errors, 'the SMS role permissions')];
  },
};
