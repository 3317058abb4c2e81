import type { CatalogueEntry } from '../types';
import { DESCRIBE_POOL_MFA, SET_SMS_MFA } from './shared-code';
import {
  apiReference,
  EUMS_SMS_CONFIG,
  KC_MFA_ERRORS,
  KC_MFA_ERRORS_JA,
  SMS_MFA_GUIDE,
  SMS_SETTINGS_GUIDE,
} from './shared-links';

export const entry: CatalogueEntry = {
  id: 'sms-mfa-invalid-parameter',
  kind: 'error',
  signatures: {
    exceptions: ['InvalidParameterException'],
    messages: [
      "Invalid MFA configuration given, can't disable all MFAs with a required or optional configuration.",
      'SMS configuration and Auto verification for phone_number are required when MFA is required/optional',
      "Can't turn off SMS_MFA when SMS configuration is set for the user pool",
    ],
    sources: {
      "Invalid MFA configuration given, can't disable all MFAs with a required or optional configuration.":
        'https://github.com/aws/aws-sdk-js/issues/4186',
      'SMS configuration and Auto verification for phone_number are required when MFA is required/optional':
        'https://github.com/aws/aws-cdk/issues/12075',
      "Can't turn off SMS_MFA when SMS configuration is set for the user pool":
        'https://github.com/aws-amplify/amplify-backend/issues/1481',
    },
    unconfirmed: ['Invalid SMS MFA configuration given, external id and a valid caller arn are required'],
    prose: {
      en: [
        'SetUserPoolMfaConfig fails with InvalidParameterException',
        'SmsMfaConfiguration missing values',
        'CloudFormation user pool MFA fails with SMS configuration required',
        'cannot enable SMS MFA on the user pool',
      ],
      ja: [
        'SMS MFA の設定で無効なパラメータ例外',
        'SetUserPoolMfaConfig で InvalidParameterException',
        'SMSMFAConfiguration に必要な値を渡していない',
        'SMS MFA を有効にできない',
        'CloudFormation で MFA を有効にするとエラー',
      ],
    },
  },
  symptoms: {
    en: [
      'Creating or updating the pool with MFA on fails because the SMS configuration or phone number auto-verification is missing.',
      'A CloudFormation, CDK or Terraform deploy with MFA required and only TOTP or email refuses without an SMS role.',
      'Turning SMS MFA off is refused while the pool still has an SMS configuration.',
      'AWS::Cognito::UserPool with MfaConfiguration ON and EnabledMfas SOFTWARE_TOKEN_MFA only still fails, asking for SmsConfiguration.',
      'Terraform aws_cognito_user_pool with mfa_configuration ON and only a software_token_mfa_configuration block can still be refused, asking for SMS settings.',
      'SetUserPoolMfaConfig with MfaConfiguration OPTIONAL, SMS MFA disabled and software token MFA disabled is refused: no factor would be left.',
      'The template enables MFA with SMS among the factors but has no SnsCallerArn role and no phone_number in AutoVerifiedAttributes, so the stack fails creating the user pool.',
      'Unticking SMS MFA in the console is refused while the pool uses an SMS configuration for phone verification or phone sign-in.',
      'We want authenticator-app-only MFA, but the pool keeps an SMS role for phone verification and switching SMS MFA off fails.',
      'The pool-level MFA change itself fails, before any user signs in: updating the user pool MFA settings returns an invalid parameter error.',
      'How do I move a pool from SMS MFA to TOTP-only MFA without SetUserPoolMfaConfig refusing the new configuration?',
      'The Amplify CLI attached an SNS caller role to the pool although MFA was off, and from then on MFA without SMS_MFA is refused as long as that SnsCallerArn stays on the pool.',
      'Saving some other pool setting in the console (which attributes get verified, the sign-up verification method) fails with a complaint about MFA or the SMS configuration, because the MFA settings go along with the save.',
      'Deleting the SNS role in IAM does not detach it from the user pool: SnsCallerArn still shows the old role, and SMS MFA still cannot be switched off.',
      'A custom resource or a post-deploy script that calls SetUserPoolMfaConfig to enable software token MFA is refused with invalid parameters until SMS settings are supplied too.',
      'Can a template create a pool with authenticator-app MFA only, without an SNS caller role and without phone_number in the auto-verified attributes?',
      'The pool was meant to have TOTP as its one factor, yet the console lists SMS as well: the Amplify CLI or a template put an SNS role on it.',
    ],
    ja: [
      'MFA を有効にしてプールを作成・更新すると SMS の設定や電話番号の自動検証がないと言われて失敗する。',
      'CloudFormation や CDK で TOTP だけの MFA 必須にするとデプロイが失敗する。',
      'SMS の設定が残っているので SMS MFA をオフにできない。',
      'AWS::Cognito::UserPool で MfaConfiguration を ON、EnabledMfas を SOFTWARE_TOKEN_MFA だけにしても SmsConfiguration を要求されてスタックが失敗する。',
      'Terraform の aws_cognito_user_pool で mfa_configuration を ON にし、software_token_mfa_configuration だけを書いても SMS の設定を求められることがある。',
      'SetUserPoolMfaConfig で MFA を OPTIONAL にしたが、SMS もソフトウェアトークンも有効にしていないので、すべての MFA を無効にはできないと拒否される。',
      'テンプレートで MFA の要素に SMS を含めているのに SnsCallerArn のロールも AutoVerifiedAttributes の phone_number もなく、ユーザープールの作成でこける。',
      'phone_number の検証や電話番号でのサインインに SMS 設定を使っているプールで、コンソールから SMS MFA のチェックを外せない。',
      'MFA を認証アプリだけにしたいのに、プールに SMS ロールが残っていて SMS MFA をオフにできない。',
      'ユーザーのサインイン以前に、ユーザープールの MFA 設定を変更する呼び出しやデプロイそのものがパラメータ不正で失敗する。',
      'Amplify CLI が、MFA はオフなのに SMS 用の SNS ロールをプールに付け、その SnsCallerArn がある限り SMS_MFA を含まない MFA 設定が拒否される。',
      'コンソールで MFA とは関係のない設定 (属性の検証をメールにする、サインアップ時の確認方法など) を保存しても、MFA や SMS 設定についてのエラーで保存できない。',
      'IAM 側でロールを削除しても、ユーザープールの SMS 設定 (SnsCallerArn) はそのまま残り、SMS MFA をオフにできない。',
      'カスタムリソースやデプロイ後のスクリプトから SetUserPoolMfaConfig でソフトウェアトークン MFA を有効にすると、SMS の設定も渡さない限りパラメータ不正で拒否される。',
      'SNS のロールも phone_number の自動検証もなしに、認証アプリだけの MFA を持つユーザープールをテンプレートで作れるのか。',
      'MFA の要素は TOTP だけのつもりなのに、コンソールでは SMS も設定済みになっている。Amplify CLI やテンプレートが SNS ロールを付けていた。',
    ],
  },
  text: {
    en: {
      title: 'The MFA configuration is missing values SMS MFA needs',
      summary:
        'SetUserPoolMfaConfig, CreateUserPool or a CloudFormation / CDK user pool turned MFA on without a complete SMS configuration or without any enabled factor.',
      causes: [
        'MFA is optional or required but `SmsMfaConfiguration` lacks its `SmsConfiguration` while SMS is to be used: the IAM role ARN `SnsCallerArn` and the `ExternalId` for Amazon SNS, or `EumsSms` with its `CallerArn` and `ExternalId` for AWS End User Messaging SMS directly.',
        'MFA is optional or required but no factor is enabled (neither SMS, TOTP nor email).',
        'In CloudFormation / CDK, the user pool turns MFA on without `SmsConfiguration` and phone-number auto verification while SMS is among its factors (`EnabledMfas` lists `SMS_MFA`, or the template leaves the factors unset). Some templates with only TOTP or email MFA have been reported to fail the same way.',
        'MFA is turned on without SMS MFA while the pool has an SMS configuration (set up for phone verification or phone sign-in, for instance): Cognito does not turn SMS MFA off while that configuration is set (“Can’t turn off SMS_MFA when SMS configuration is set for the user pool”).',
      ],
      fixes: [
        {
          text: 'Read the current MFA configuration.',
          code: DESCRIBE_POOL_MFA,
        },
        {
          text: 'Pass every required value in `SmsMfaConfiguration` when turning SMS MFA on, for the SMS path the pool uses now: the message with `{####}`, the role ARN, the external ID the role’s trust policy expects, and the SNS region (Amazon SNS) or the origination identity (End User Messaging SMS directly).',
          code: SET_SMS_MFA,
          warning:
            'SetUserPoolMfaConfig sets the pool’s whole MFA configuration: pass the TOTP and email MFA settings you use in the same call, or they may be turned off. The SNS and End User Messaging SMS configurations exclude each other: sending the other path’s configuration replaces the pool’s SMS setup.',
        },
        {
          text: 'If you want TOTP only, say so: in CloudFormation set `EnabledMfas: [SOFTWARE_TOKEN_MFA]` (CDK: `mfaSecondFactor: { sms: false, otp: true }`); otherwise add `SmsConfiguration` and `AutoVerifiedAttributes: [phone_number]`. A pool that keeps an SMS configuration must keep SMS MFA enabled next to TOTP (`EnabledMfas: [SMS_MFA, SOFTWARE_TOKEN_MFA]`). If the stack still fails, create the pool with MFA off and turn MFA on afterwards with SetUserPoolMfaConfig.',
        },
      ],
    },
    ja: {
      title: 'MFA の設定に SMS MFA に必要な値が不足している',
      summary:
        'SetUserPoolMfaConfig、CreateUserPool、または CloudFormation / CDK のユーザープールで、SMS の設定が不完全なまま、または有効な要素がないまま MFA を有効にしました。',
      causes: [
        'MFA が「オプション」または「必須」で SMS を使う設定なのに、`SmsMfaConfiguration` に `SmsConfiguration` がありません。Amazon SNS なら IAM ロールの ARN `SnsCallerArn` と `ExternalId`、AWS End User Messaging SMS 直接パスなら `CallerArn` と `ExternalId` を含む `EumsSms` です。',
        'MFA が「オプション」または「必須」なのに、有効な要素 (SMS、TOTP、E メール) が 1 つもありません。',
        'CloudFormation / CDK で、SMS が要素に含まれている (`EnabledMfas` に `SMS_MFA` がある、またはテンプレートで要素を指定していない) のに、`SmsConfiguration` と電話番号の自動検証なしで MFA を有効にしています。TOTP や E メールの MFA だけのテンプレートでも同じエラーになる事例が報告されています。',
        'プールに SMS 設定がある (電話番号の検証や電話番号でのサインインのためなど) のに、SMS MFA を含めずに MFA を有効にしています。SMS 設定がある間、Cognito は SMS MFA をオフにしません (「Can’t turn off SMS_MFA when SMS configuration is set for the user pool」)。',
      ],
      fixes: [
        {
          text: '現在の MFA 設定を確認します。',
          code: DESCRIBE_POOL_MFA,
        },
        {
          text: 'SMS MFA を有効にするときは、プールが現在使っている SMS 経路について、`SmsMfaConfiguration` に必要な値をすべて渡します。`{####}` を含むメッセージ、ロールの ARN、ロールの信頼ポリシーが想定する外部 ID、そして SNS のリージョン (Amazon SNS) または送信元 ID (End User Messaging SMS 直接パス) です。',
          code: SET_SMS_MFA,
          warning:
            'SetUserPoolMfaConfig はプールの MFA 設定全体を設定します。使用中の TOTP や E メールの MFA 設定も同じ呼び出しで渡さないと、無効になることがあります。SNS と End User Messaging SMS の設定は同時に使えません。もう一方の経路の設定を渡すと、プールの SMS 設定が置き換わります。',
        },
        {
          text: 'TOTP だけを使う場合はそれを明示します。CloudFormation では `EnabledMfas: [SOFTWARE_TOKEN_MFA]` (CDK では `mfaSecondFactor: { sms: false, otp: true }`) を指定します。SMS を使う場合は `SmsConfiguration` と `AutoVerifiedAttributes: [phone_number]` を追加します。SMS 設定を残すプールでは、TOTP と並べて SMS MFA も有効のままにします (`EnabledMfas: [SMS_MFA, SOFTWARE_TOKEN_MFA]`)。それでもスタックが失敗する場合は、MFA をオフにしてプールを作成し、その後 SetUserPoolMfaConfig で MFA を有効にします。',
        },
      ],
    },
  },
  links: [
    KC_MFA_ERRORS,
    KC_MFA_ERRORS_JA,
    SMS_MFA_GUIDE,
    apiReference('SetUserPoolMfaConfig'),
    apiReference('SmsMfaConfigType'),
    SMS_SETTINGS_GUIDE,
    EUMS_SMS_CONFIG,
  ],
};
