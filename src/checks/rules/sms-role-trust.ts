import type { Lang } from '../../catalogue/types';
import { type Localized, type Phrases, say } from '../localized';
import { evaluateTrust } from '../policy/trust';
import { smsPathEvidence } from '../sms-path';
import type { Rule } from '../types';
import { COMMON_PHRASES, finding, unknownFrom } from './helpers';
import { smsRoleOrFinding } from './sms-role';

const R = { id: 'sms-role-trust', entry: 'sms-role-trust' };

const PHRASES: Phrases<{
  role: string;
  notRead: string;
  noTrustPolicy: (arn: string) => string;
  roleArn: (arn: string) => string;
  poolExternalId: (id: string) => string;
  neverUsed: string;
  lastUsed: (date: string) => string;
  needsPoolArn: (summary: string, action: string) => string;
}> = {
  en: {
    role: 'the SMS role',
    notRead: 'the SMS role was not read',
    noTrustPolicy: (arn) => `GetRole returned no trust policy for ${arn}`,
    roleArn: (arn) => `role: ${arn}`,
    poolExternalId: (id) => `pool ExternalId: ${id}`,
    neverUsed: 'the role has never been used: Cognito may never have assumed it',
    lastUsed: (date) => `role last used: ${date}`,
    needsPoolArn: (summary, action) => `${summary} (the pool's ARN needs ${action})`,
  },
  ja: {
    role: 'SMS ロール',
    notRead: 'SMS ロールを読み取っていません',
    noTrustPolicy: (arn) => `GetRole が ${arn} の信頼ポリシーを返しませんでした`,
    roleArn: (arn) => `ロール: ${arn}`,
    poolExternalId: (id) => `プールの ExternalId: ${id}`,
    neverUsed: 'このロールは一度も使われていません: Cognito が一度も引き受けていない可能性があります',
    lastUsed: (date) => `ロールの最終使用日時: ${date}`,
    needsPoolArn: (summary, action) => `${summary} (プールの ARN を知るには ${action} が必要です)`,
  },
};

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
          ? unknownFrom(
              R,
              smsRole.role.error,
              say(PHRASES, (p) => p.role),
            )
          : finding(
              R,
              'unknown',
              say(PHRASES, (p) => p.notRead),
            ),
      ];
    }
    if (!role.trustPolicy)
      return [
        finding(
          R,
          'unknown',
          say(PHRASES, (p) => p.noTrustPolicy(role.arn)),
        ),
      ];
    const pool = facts.pool.ok ? facts.pool.value : undefined;
    // Without DescribeUserPool the pool ARN is unknown: a SourceArn condition then makes the verdict unknown.
    const verdict = evaluateTrust(role.trustPolicy, {
      externalId: smsRole.externalId,
      account: facts.account,
      poolArn: pool?.arn,
    });
    const externalId = (lang: Lang) => smsRole.externalId ?? COMMON_PHRASES[lang].none;
    const evidence: Localized[] = [
      smsPathEvidence(smsRole.path),
      say(PHRASES, (p) => p.roleArn(role.arn)),
      say(PHRASES, (p, lang) => p.poolExternalId(externalId(lang))),
      ...verdict.evidence,
    ];
    const lastUsed = role.lastUsed;
    evidence.push(say(PHRASES, (p) => (lastUsed ? p.lastUsed(lastUsed) : p.neverUsed)));
    if (verdict.status === 'unknown' && !facts.pool.ok && facts.pool.error.kind === 'access-denied') {
      const action = facts.pool.error.action;
      return [
        finding(
          R,
          'unknown',
          say(PHRASES, (p, lang) => p.needsPoolArn(verdict.summary[lang], action)),
          evidence,
          {
            missingActions: [action],
          },
        ),
      ];
    }
    return [finding(R, verdict.status, verdict.summary, evidence)];
  },
};
