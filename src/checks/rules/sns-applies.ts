import type { Facts, SnsFacts } from '../facts';
import { SMS_PATH_NAME } from '../sms-path';
import { LEGACY_SNS_REGION } from '../sms-region';
import type { Finding, Rule } from '../types';
import { finding, unknownFrom } from './helpers';

/** The SNS rules judge only pools that send SMS through SNS; otherwise they say why they do not apply. */
export function snsOrFinding(rule: Pick<Rule, 'id' | 'entry'>, facts: Facts): Finding | SnsFacts {
  if (facts.sns) return facts.sns;
  // The End User Messaging SMS direct path has its own sandbox and spend limits, which these SNS reads do not see.
  if (facts.smsRole?.path === 'eums') {
    return finding(
      rule,
      'pass',
      'SMS goes through AWS End User Messaging SMS directly, not Amazon SNS: the SNS setting does not apply to this pool',
      [`SMS path: ${SMS_PATH_NAME.eums}`, `End User Messaging SMS Region: ${facts.smsRole.region}`],
    );
  }
  if (!facts.pool.ok) return unknownFrom(rule, facts.pool.error, 'the pool');
  return finding(rule, 'pass', 'the pool sends no SMS (no SMS role configured)');
}

export function regionEvidence(sns: SnsFacts): string {
  if (sns.regionSource === 'configured') return `SNS region: ${sns.region} (SmsConfiguration.SnsRegion)`;
  const legacy = LEGACY_SNS_REGION[sns.region];
  return `SNS region: ${sns.region} (the pool's region; SnsRegion is not set${legacy ? `; older pools here may send through ${legacy}: check the sandbox there too` : ''})`;
}
