/**
 * Which way a pool sends SMS and what that asks of its role. The SNS and End User Messaging SMS configurations exclude
 * each other (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html); on the direct path
 * the role needs sms-voice:SendTextMessage, evaluated against the OriginationIdentity as the pool gives it
 * (EumsSmsConfigurationType, Amazon Cognito API Reference).
 */
import type { SmsConfigurationFacts, SmsPath, SmsSend } from './facts';
import { type Localized, type Phrases, say } from './localized';
import { SNS_SEND } from './policy/permission';

export interface SmsTarget {
  path: SmsPath;
  roleArn: string;
  externalId?: string;
  region: string;
  send: SmsSend;
}

const SMS_PATH_PHRASES: Phrases<{ label: string } & Record<SmsPath, string>> = {
  en: {
    label: 'SMS path',
    sns: 'Amazon SNS (SmsConfiguration.SnsCallerArn)',
    eums: 'AWS End User Messaging SMS, directly (SmsConfiguration.EumsSms)',
  },
  ja: {
    label: 'SMS の送信経路',
    sns: 'Amazon SNS (SmsConfiguration.SnsCallerArn)',
    eums: 'AWS End User Messaging SMS に直接 (SmsConfiguration.EumsSms)',
  },
};

/** `SMS path: Amazon SNS (SmsConfiguration.SnsCallerArn)`, the first line of evidence of every SMS finding. */
export function smsPathEvidence(path: SmsPath): Localized {
  return say(SMS_PATH_PHRASES, (p) => `${p.label}: ${p[path]}`);
}

/** The role and send of the pool's SMS path, or undefined for a pool that sends no SMS. */
export function smsTarget(config: SmsConfigurationFacts | undefined, poolRegion: string): SmsTarget | undefined {
  if (config?.eumsCallerArn) {
    const identity = config.eumsOriginationIdentity;
    const target: SmsTarget = {
      path: 'eums',
      roleArn: config.eumsCallerArn,
      region: config.eumsRegion ?? poolRegion,
      send: { action: 'sms-voice:SendTextMessage', resource: identity?.startsWith('arn:') ? identity : '*' },
    };
    if (config.eumsExternalId) target.externalId = config.eumsExternalId;
    return target;
  }
  if (!config?.snsCallerArn) return undefined;
  const target: SmsTarget = {
    path: 'sns',
    roleArn: config.snsCallerArn,
    region: config.snsRegion ?? poolRegion,
    send: SNS_SEND,
  };
  if (config.externalId) target.externalId = config.externalId;
  return target;
}
