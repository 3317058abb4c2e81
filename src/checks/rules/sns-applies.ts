import type { Facts, SnsFacts } from '../facts';
import type { Finding, Rule } from '../types';
import { finding, unknownFrom } from './helpers';

/** The SNS rules judge only pools that send SMS through SNS; otherwise they say why they do not apply. */
export function snsOrFinding(rule: Pick<Rule, 'id' | 'entry'>, facts: Facts): Finding | SnsFacts {
  if (!facts.pool.ok) return unknownFrom(rule, facts.pool.error, 'the pool');
  if (facts.sns) return facts.sns;
  if (facts.pool.value.smsConfiguration?.eumsCallerArn) {
    return finding(rule, 'pass', 'SMS goes through AWS End User Messaging SMS, not SNS: its SNS settings do not apply');
  }
  return finding(rule, 'pass', 'the pool sends no SMS (no SMS role configured)');
}

export function regionEvidence(sns: SnsFacts): string {
  return sns.regionSource === 'configured'
    ? `SNS region: ${sns.region} (SmsConfiguration.SnsRegion)`
    : `SNS region: ${sns.region} (the pool's region; SnsRegion is not set)`;
}
