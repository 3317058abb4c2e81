import type { Facts, RoleFacts, SmsRoleFacts } from '../facts';
import { asIs, type Phrases, say } from '../localized';
import type { Finding, Rule } from '../types';
import { COMMON_PHRASES, finding, unknownFrom } from './helpers';

const SMS_ROLE_PHRASES: Phrases<{
  noRole: string;
  crossAccount: (arn: string) => string;
  poolAccount: (account: string | undefined) => string;
  deleted: (arn: string) => string;
}> = {
  en: {
    noRole: 'the pool has no SMS role: it sends no SMS',
    crossAccount: (arn) => `the SMS role ${arn} is in another account than the pool; the bot cannot read it`,
    poolAccount: (account) => `pool account: ${account ?? 'unknown'}`,
    deleted: (arn) => `the SMS role ${arn} does not exist (deleted or renamed); Cognito reports this as a trust error`,
  },
  ja: {
    noRole: 'プールに SMS ロールがありません: SMS を送信しないプールです',
    crossAccount: (arn) => `SMS ロール ${arn} はプールとは別のアカウントにあるため、ボットは読み取れません`,
    poolAccount: (account) => `プールのアカウント: ${account ?? '不明'}`,
    deleted: (arn) =>
      `SMS ロール ${arn} が存在しません (削除されたか名前が変わりました)。Cognito はこれを信頼関係のエラーとして報告します`,
  },
};

/**
 * Shared by the two SMS role rules: the cases where there is no role to judge.
 * Returns a finding to report as is, or the role facts to go on with.
 */
export function smsRoleOrFinding(
  rule: Pick<Rule, 'id' | 'entry'>,
  facts: Facts,
): Finding | { smsRole: SmsRoleFacts; role: RoleFacts | undefined } {
  const smsRole = facts.smsRole;
  const pool = say(COMMON_PHRASES, (p) => p.pool);
  if (!smsRole) {
    // Without either pool read there is no telling whether an SMS role exists.
    if (!facts.pool.ok && !facts.mfa.ok) return unknownFrom(rule, [facts.pool.error, facts.mfa.error], pool);
    if (!facts.pool.ok) return unknownFrom(rule, facts.pool.error, pool);
    return finding(
      rule,
      'pass',
      say(SMS_ROLE_PHRASES, (p) => p.noRole),
    );
  }
  if (smsRole.crossAccount) {
    return finding(
      rule,
      'unknown',
      say(SMS_ROLE_PHRASES, (p) => p.crossAccount(smsRole.arn)),
      [say(SMS_ROLE_PHRASES, (p) => p.poolAccount(facts.account))],
    );
  }
  const role = smsRole.role;
  if (role && !role.ok) {
    if (role.error.kind === 'not-found') {
      return finding(
        rule,
        'fail',
        say(SMS_ROLE_PHRASES, (p) => p.deleted(smsRole.arn)),
        [asIs(`iam:GetRole: ${role.error.code}`)],
      );
    }
    return { smsRole, role: undefined };
  }
  return { smsRole, role: role?.value };
}
