/**
 * Pools in these regions without SmsConfiguration.SnsRegion may send SMS through a legacy SNS region
 * (developer guide 2022, user-pool-sms-settings; may be stale). Data, so the hint is easy to correct.
 */
export const LEGACY_SNS_REGION: Readonly<Record<string, string>> = {
  'us-east-2': 'us-east-1',
  'ap-south-1': 'ap-southeast-1',
  'ap-northeast-2': 'ap-northeast-1',
  'ca-central-1': 'us-east-1',
  'eu-central-1': 'eu-west-1',
  'eu-west-2': 'eu-west-1',
};
