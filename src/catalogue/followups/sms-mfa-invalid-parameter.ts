import { SET_SMS_MFA } from '../entries/shared-code';
import type { FollowUp } from '../types';
import { MFA_CONFIG_KEEP_FACTORS } from './warnings';

export const followUps: FollowUp[] = [
  {
    id: 'sms-mfa-invalid-parameter/cli',
    questions: {
      en: [
        'what is the correct command to turn on sms mfa?',
        'which values does SmsMfaConfiguration need',
        'how do I enable sms mfa with the cli',
        'show me set-user-pool-mfa-config for sms',
      ],
      ja: [
        'SMS MFA を有効にする正しいコマンドは？',
        'SmsMfaConfiguration に必要な値は何ですか',
        'CLI で SMS MFA を有効にするには',
      ],
    },
    answer: {
      en: {
        text: 'Pass the whole SMS configuration of the path the pool uses now in `SmsMfaConfiguration`: role ARN, external ID and SNS region for Amazon SNS, or `EumsSms` (role ARN, external ID, origination identity) for AWS End User Messaging SMS directly. The two exclude each other, so the other path’s configuration would replace the pool’s SMS setup. The message, if you set one, must contain `{####}`.',
        code: SET_SMS_MFA,
        warning: MFA_CONFIG_KEEP_FACTORS.en,
      },
      ja: {
        text: '`SmsMfaConfiguration` には、プールが現在使っている経路の SMS 設定全体を渡します。Amazon SNS ならロール ARN、外部 ID、SNS リージョン、AWS End User Messaging SMS 直接パスなら `EumsSms` (ロール ARN、外部 ID、送信元 ID) です。2 つは同時に使えないため、もう一方の経路の設定を渡すとプールの SMS 設定が置き換わります。メッセージを指定する場合は `{####}` を含める必要があります。',
        code: SET_SMS_MFA,
        warning: MFA_CONFIG_KEEP_FACTORS.ja,
      },
    },
  },
  {
    id: 'sms-mfa-invalid-parameter/cloudformation',
    questions: {
      en: [
        'how do I fix this in cloudformation?',
        'which properties does the UserPool resource need for sms mfa',
        'cdk user pool with sms mfa fails to create',
        'what does auto verification for phone_number are required mean',
        'what must the cloudformation user pool declare to use sms mfa',
        'which AutoVerifiedAttributes and SmsConfiguration does the stack need',
      ],
      ja: [
        'CloudFormation ではどう直せばいいですか？',
        'SMS MFA に必要な UserPool のプロパティは',
        'CDK で SMS MFA 付きのユーザープールが作成に失敗します',
        'CloudFormation のユーザープールで SMS MFA を使うには何を書きますか',
        'スタックに AutoVerifiedAttributes と SmsConfiguration は必要ですか',
      ],
    },
    answer: {
      en: {
        text: 'On `AWS::Cognito::UserPool` set `MfaConfiguration` (`OPTIONAL` or `ON`), `EnabledMfas: [SMS_MFA]`, an `SmsConfiguration` with `SnsCallerArn` and `ExternalId`, and `AutoVerifiedAttributes: [phone_number]` when the error asks for auto verification. In CDK, `mfa: Mfa.OPTIONAL` with `mfaSecondFactor: { sms: true, otp: false }` creates the SMS role for you unless you pass `smsRole`.',
      },
      ja: {
        text: '`AWS::Cognito::UserPool` に `MfaConfiguration` (`OPTIONAL` または `ON`)、`EnabledMfas: [SMS_MFA]`、`SnsCallerArn` と `ExternalId` を含む `SmsConfiguration` を設定し、エラーが自動検証を求めている場合は `AutoVerifiedAttributes: [phone_number]` も指定します。CDK では `mfa: Mfa.OPTIONAL` と `mfaSecondFactor: { sms: true, otp: false }` を指定すると、`smsRole` を渡さない限り SMS ロールも作成されます。',
      },
    },
  },
];
