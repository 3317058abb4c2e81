import { evaluatePermission, SMS_ACTION } from '../policy/permission';
import type { Rule } from '../types';
import { errorsOf, finding, unknownFrom } from './helpers';
import { smsRoleOrFinding } from './sms-role';

const R = { id: 'sms-role-permission', entry: 'sms-role-access-policy' };

export const smsRolePermission: Rule = {
  ...R,
  describes:
    'the SMS role may sns:Publish on * (IAM policy simulator, or its inline and attached policies when the simulator is not allowed); SCP, permissions-boundary and topic-scoped denials named as such',
  evaluate(facts) {
    const got = smsRoleOrFinding(R, facts);
    if ('rule' in got) return [got];
    const { smsRole } = got;
    const snsRegion = facts.sns?.region ?? facts.region;
    const sim = smsRole.simulation;
    const policies = smsRole.policies;
    const local = policies?.ok
      ? evaluatePermission(policies.value.identity, policies.value.boundary, snsRegion)
      : undefined;
    const role = `role: ${smsRole.arn}`;

    if (sim?.ok) {
      const s = sim.value;
      const matched = s.matchedStatements.map((m) => m.sourcePolicyId).filter(Boolean);
      const evidence = [role, `simulator: ${s.decision}${matched.length ? ` (${matched.join(', ')})` : ''}`];
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
      if (s.decision === 'allowed') return [finding(R, 'pass', `the role may ${SMS_ACTION} on *`, evidence)];
      if (s.allowedByOrganizations === false) {
        return [
          finding(R, 'fail', `a service control policy (SCP) of the organization denies ${SMS_ACTION}`, evidence),
        ];
      }
      if (s.allowedByPermissionsBoundary === false) {
        return [finding(R, 'fail', `the role's permissions boundary does not allow ${SMS_ACTION} on *`, evidence)];
      }
      if (s.decision === 'explicitDeny') {
        return [
          finding(
            R,
            'fail',
            `an explicit Deny in ${matched.join(', ') || 'a policy of the role'} blocks ${SMS_ACTION}`,
            evidence,
          ),
        ];
      }
      if (local?.status === 'fail') return [finding(R, 'fail', local.summary, [...evidence, ...local.evidence])];
      return [
        finding(R, 'fail', `no policy of the role allows ${SMS_ACTION} on *`, [
          ...evidence,
          ...(local?.evidence ?? []),
        ]),
      ];
    }

    // No simulator answer: judge the documents, which cannot show SCPs.
    if (local) {
      const evidence = [role, ...local.evidence];
      if (sim && !sim.ok) {
        evidence.push(
          `the simulator was not available (${sim.error.action}: ${sim.error.kind}); service control policies were not evaluated`,
        );
      }
      return [finding(R, local.status, local.summary, evidence)];
    }
    const errors = errorsOf(sim, policies);
    if (errors.length === 0) return [finding(R, 'unknown', 'the SMS role permissions were not read', [role])];
    return [unknownFrom(R, errors, 'the SMS role permissions')];
  },
};
