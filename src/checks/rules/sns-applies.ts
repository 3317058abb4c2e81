import type { Facts, SnsFacts } from '../facts';
import { type Localized, type Phrases, say } from '../localized';
import { smsPathEvidence } from '../sms-path';
import { LEGACY_SNS_REGION } from '../sms-region';
import type { Finding, Rule } from '../types';
import { COMMON_PHRASES, finding, unknownFrom } from './helpers';

const SNS_APPLIES_PHRASES: Phrases<{
  eums: string;
  eumsRegion: (region: string) => string;
  noSms: string;
  configuredRegion: (region: string) => string;
  poolRegion: (region: string, legacy: string | undefined) => string;
}> = {
  en: {
    eums: 'SMS goes through AWS End User Messaging SMS directly, not Amazon SNS: the SNS setting does not apply to this pool',
    eumsRegion: (region) => `End User Messaging SMS Region: ${region}`,
    noSms: 'the pool sends no SMS (no SMS role configured)',
    configuredRegion: (region) => `SNS region: ${region} (SmsConfiguration.SnsRegion)`,
    poolRegion: (region, legacy) =>
      `SNS region: ${region} (the pool's region; SnsRegion is not set${legacy ? `; older pools here may send through ${legacy}: check the sandbox there too` : ''})`,
  },
  ja: {
    eums: 'SMS は Amazon SNS ではなく AWS End User Messaging SMS から直接送信されます: SNS の設定はこのプールには関係しません',
    eumsRegion: (region) => `End User Messaging SMS のリージョン: ${region}`,
    noSms: 'プールは SMS を送信しません (SMS ロールが設定されていません)',
    configuredRegion: (region) => `SNS のリージョン: ${region} (SmsConfiguration.SnsRegion)`,
    poolRegion: (region, legacy) =>
      `SNS のリージョン: ${region} (プールのリージョン。SnsRegion は未設定${legacy ? `。このリージョンの古いプールは ${legacy} 経由で送信することがあるため、そちらのサンドボックスも確認してください` : ''})`,
  },
};

/** The SNS rules judge only pools that send SMS through SNS; otherwise they say why they do not apply. */
export function snsOrFinding(rule: Pick<Rule, 'id' | 'entry'>, facts: Facts): Finding | SnsFacts {
  if (facts.sns) return facts.sns;
  // The End User Messaging SMS direct path has its own sandbox and spend limits, which these SNS reads do not see.
  const smsRole = facts.smsRole;
  if (smsRole?.path === 'eums') {
    return finding(
      rule,
      'pass',
      say(SNS_APPLIES_PHRASES, (p) => p.eums),
      [smsPathEvidence('eums'), say(SNS_APPLIES_PHRASES, (p) => p.eumsRegion(smsRole.region))],
    );
  }
  if (!facts.pool.ok)
    return unknownFrom(
      rule,
      facts.pool.error,
      say(COMMON_PHRASES, (p) => p.pool),
    );
  return finding(
    rule,
    'pass',
    say(SNS_APPLIES_PHRASES, (p) => p.noSms),
  );
}

export function regionEvidence(sns: SnsFacts): Localized {
  if (sns.regionSource === 'configured') return say(SNS_APPLIES_PHRASES, (p) => p.configuredRegion(sns.region));
  return say(SNS_APPLIES_PHRASES, (p) => p.poolRegion(sns.region, LEGACY_SNS_REGION[sns.region]));
}
