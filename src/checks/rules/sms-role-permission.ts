import { type Localized, type Phrases, say } from '../localized';
import { evaluatePermission } from '../policy/permission';
import { smsPathEvidence } from '../sms-path';
import type { Rule } from '../types';
import { errorsOf, finding, UNKNOWN_PHRASES, unknownFrom } from './helpers';
import { smsRoleOrFinding } from './sms-role';

const R = { id: 'sms-role-permission', entry: 'sms-role-access-policy' };

const PHRASES: Phrases<{
  roleArn: (arn: string) => string;
  simulator: (decision: string, matched: string) => string;
  needsContext: (decision: string, keys: string) => string;
  may: (action: string, resource: string) => string;
  scp: (action: string) => string;
  boundary: (action: string, resource: string) => string;
  explicitDeny: (where: string | undefined, action: string) => string;
  noPolicy: (action: string, resource: string) => string;
  noSimulator: (action: string, kind: string) => string;
  notRead: string;
  permissions: string;
}> = {
  en: {
    roleArn: (arn) => `role: ${arn}`,
    simulator: (decision, matched) => `simulator: ${decision}${matched ? ` (${matched})` : ''}`,
    needsContext: (decision, keys) =>
      `the simulator's answer (${decision}) depends on context it could not supply: ${keys}`,
    may: (action, resource) => `the role may ${action} on ${resource}`,
    scp: (action) => `a service control policy (SCP) of the organization denies ${action}`,
    boundary: (action, resource) => `the role's permissions boundary does not allow ${action} on ${resource}`,
    explicitDeny: (where, action) => `an explicit Deny in ${where ?? 'a policy of the role'} blocks ${action}`,
    noPolicy: (action, resource) => `no policy of the role allows ${action} on ${resource}`,
    noSimulator: (action, kind) =>
      `the simulator was not available (${action}: ${kind}); service control policies were not evaluated`,
    notRead: 'the SMS role permissions were not read',
    permissions: 'the SMS role permissions',
  },
  ja: {
    roleArn: (arn) => `ロール: ${arn}`,
    simulator: (decision, matched) => `ポリシーシミュレーター: ${decision}${matched ? ` (${matched})` : ''}`,
    needsContext: (decision, keys) =>
      `ポリシーシミュレーターの回答 (${decision}) は、指定できなかったコンテキストに左右されます: ${keys}`,
    may: (action, resource) => `ロールは ${resource} に対して ${action} を実行できます`,
    scp: (action) => `組織のサービスコントロールポリシー (SCP) が ${action} を拒否しています`,
    boundary: (action, resource) => `ロールのアクセス許可の境界が ${resource} に対する ${action} を許可していません`,
    explicitDeny: (where, action) => `${where ?? 'ロールのポリシー'} の明示的な Deny が ${action} を拒否しています`,
    noPolicy: (action, resource) => `ロールのどのポリシーも ${resource} に対する ${action} を許可していません`,
    noSimulator: (action, kind) =>
      `ポリシーシミュレーターを使えませんでした (${action}: ${kind})。サービスコントロールポリシーは評価していません`,
    notRead: 'SMS ロールのアクセス許可を読み取っていません',
    permissions: 'SMS ロールのアクセス許可',
  },
};

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
    const role = say(PHRASES, (p) => p.roleArn(smsRole.arn));
    const path = smsPathEvidence(smsRole.path);

    if (sim?.ok) {
      const s = sim.value;
      const matched = s.matchedStatements.map((m) => m.sourcePolicyId).filter(Boolean);
      const evidence: Localized[] = [path, role, say(PHRASES, (p) => p.simulator(s.decision, matched.join(', ')))];
      if (s.missingContextValues.length > 0) {
        const keys = s.missingContextValues.join(', ');
        return [
          finding(
            R,
            'unknown',
            say(PHRASES, (p) => p.needsContext(s.decision, keys)),
            evidence,
          ),
        ];
      }
      if (s.decision === 'allowed')
        return [
          finding(
            R,
            'pass',
            say(PHRASES, (p) => p.may(action, resource)),
            evidence,
          ),
        ];
      if (s.allowedByOrganizations === false)
        return [
          finding(
            R,
            'fail',
            say(PHRASES, (p) => p.scp(action)),
            evidence,
          ),
        ];
      if (s.allowedByPermissionsBoundary === false) {
        return [
          finding(
            R,
            'fail',
            say(PHRASES, (p) => p.boundary(action, resource)),
            evidence,
          ),
        ];
      }
      if (s.decision === 'explicitDeny') {
        const where = matched.join(', ') || undefined;
        return [
          finding(
            R,
            'fail',
            say(PHRASES, (p) => p.explicitDeny(where, action)),
            evidence,
          ),
        ];
      }
      if (local?.status === 'fail') return [finding(R, 'fail', local.summary, [...evidence, ...local.evidence])];
      return [
        finding(
          R,
          'fail',
          say(PHRASES, (p) => p.noPolicy(action, resource)),
          [...evidence, ...(local?.evidence ?? [])],
        ),
      ];
    }

    // No simulator answer: judge the documents, which cannot show SCPs.
    if (local) {
      const evidence = [path, role, ...local.evidence];
      if (sim && !sim.ok) {
        const { action: call, kind } = sim.error;
        evidence.push(say(PHRASES, (p, lang) => p.noSimulator(call, UNKNOWN_PHRASES[lang].kind[kind])));
      }
      return [finding(R, local.status, local.summary, evidence)];
    }
    const errors = errorsOf(sim, policies);
    if (errors.length === 0)
      return [
        finding(
          R,
          'unknown',
          say(PHRASES, (p) => p.notRead),
          [path, role],
        ),
      ];
    return [
      unknownFrom(
        R,
        errors,
        say(PHRASES, (p) => p.permissions),
      ),
    ];
  },
};
