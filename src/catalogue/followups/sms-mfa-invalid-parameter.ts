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
        text: 'Pass the whole SMS configuration (role ARN, external ID, SNS region) in `SmsMfaConfiguration`; the message, if you set one, must contain `{####}`.',
        code: 'aws cognito-idp set-user-pool-mfa-config --user-pool-id <pool-id> --mfa-configuration OPTIONAL \\\n  --sms-mfa-configuration \'SmsAuthenticationMessage="Your code is {####}",SmsConfiguration={SnsCallerArn=arn:aws:iam::<account-id>:role/<sms-role>,ExternalId=<external-id>,SnsRegion=<sns-region>}\'',
        warning: MFA_CONFIG_KEEP_FACTORS.en,
      },
      ja: {
        text: '`SmsMfaConfiguration` に SMS 設定全体 (ロール ARN、外部 ID、SNS リージョン) を渡します。メッセージを指定する場合は `{####}` を含める必要があります。',
        code: 'aws cognito-idp set-user-pool-mfa-config --user-pool-id <pool-id> --mfa-configuration OPTIONAL \\\n  --sms-mfa-configuration \'SmsAuthenticationMessage="認証コードは {####} です",SmsConfiguration={SnsCallerArn=arn:aws:iam::<account-id>:role/<sms-role>,ExternalId=<external-id>,SnsRegion=<sns-region>}\'',
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
      ],
      ja: [
        'CloudFormation ではどう直せばいいですか？',
        'SMS MFA に必要な UserPool のプロパティは',
        'CDK で SMS MFA 付きのユーザープールが作成に失敗します',
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
