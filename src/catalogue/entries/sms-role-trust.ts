import { consolePath } from '../console-labels';
import type { CatalogueEntry } from '../types';
import {
  apiReference,
  EUMS_SMS_CONFIG,
  KC_MFA_ERRORS,
  KC_MFA_ERRORS_JA,
  SMS_FIRST_TIME_SETUP,
  SMS_SETTINGS_GUIDE,
} from './shared-links';

const TRUST_POLICY = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": { "Service": "cognito-idp.amazonaws.com" },
      "Action": "sts:AssumeRole",
      "Condition": {
        "StringEquals": { "sts:ExternalId": "<the pool's ExternalId (SmsConfiguration.ExternalId or .EumsSms.ExternalId)>" }
      }
    }
  ]
}`;

const READ_BOTH_SIDES = `aws cognito-idp describe-user-pool --user-pool-id <pool-id> \\
  --query "UserPool.[SmsConfiguration,SmsConfigurationFailure]"
aws iam get-role --role-name <role-name> --query Role.AssumeRolePolicyDocument`;

const RECREATE_ROLE = `aws iam create-role --role-name <role-name> --assume-role-policy-document file://trust-policy.json
aws iam put-role-policy --role-name <role-name> --policy-name CognitoSmsPublish \\
  --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sns:Publish","Resource":"*"}]}'
# End User Messaging SMS direct path (EumsSms): "Action":"sms-voice:SendTextMessage" instead of "sns:Publish"`;

export const entry: CatalogueEntry = {
  id: 'sms-role-trust',
  kind: 'error',
  signatures: {
    exceptions: ['InvalidSmsRoleTrustRelationshipException'],
    messages: ['Role does not have a trust relationship allowing Cognito to assume the role'],
    sources: {
      'Role does not have a trust relationship allowing Cognito to assume the role':
        'https://github.com/aws-amplify/amplify-flutter/issues/1328',
    },
    prose: {
      en: [
        'SMS role trust relationship',
        'Cognito cannot assume the SMS role',
        'external ID does not match the SMS configuration',
        'InvalidSmsRoleTrustRelationException',
        'InvalidSmsRoleTrustRelationshipException',
        'SMS role was deleted',
      ],
      ja: [
        '無効な SMS ロールの信頼関係の例外',
        'SMS ロールの信頼関係',
        'Cognito が SMS ロールを引き受けられない',
        '外部 ID が SMS 設定と一致しない',
        'ロールの信頼ポリシーに cognito-idp.amazonaws.com がない',
      ],
    },
  },
  symptoms: {
    en: [
      'Cognito cannot assume the SMS IAM role: its trust policy does not allow cognito-idp.amazonaws.com or the external ID differs.',
      'The SMS role was deleted or replaced, so sign-up or updating the pool fails on the role trust.',
      "The role's trust policy uses a Federated principal with sts:AssumeRoleWithWebIdentity, the identity pool style, where Cognito needs the service principal cognito-idp.amazonaws.com with sts:AssumeRole.",
      "We reused the SMS role of another user pool, and its sts:ExternalId condition still holds the other pool's external ID.",
      "The user pool was deleted and recreated (amplify push, cdk destroy and deploy), and the role's aws:SourceArn condition still names the old pool id.",
      "Someone deleted or renamed the IAM role that the pool's SnsCallerArn points to; Cognito reports the missing role as a trust relationship problem.",
      "Terraform's external_id in the pool's sms_configuration differs from the external ID in the role's assume role policy.",
      'The Trust relationships tab of the IAM role does not list cognito-idp.amazonaws.com as a trusted entity.',
      'The pool’s external ID was changed through the CLI or a template, and the role still trusts only the old external ID.',
      "The trust policy's aws:SourceAccount condition holds another account number, so Cognito may not assume the role.",
      "Does the SMS role's trust policy need an sts:ExternalId condition, and where do I read the pool's external ID?",
      'An Amplify or CDK stage copied a role ARN from another environment, and that role trusts a different user pool.',
      "The pool's SnsCallerArn names the wrong role (a typo, another stage's role, an ARN that does not exist), so Cognito cannot assume it.",
      'A pool deployed together with its new SMS role fails because IAM has not yet propagated the trust policy; a retry shortly after succeeds.',
    ],
    ja: [
      'SMS 用の IAM ロールの信頼ポリシーが cognito-idp.amazonaws.com を許可していない、または外部 ID が違う。',
      'SMS ロールが削除されたり作り直されたりして、プールの更新やサインアップが失敗する。',
      '信頼ポリシーのプリンシパルが Federated と sts:AssumeRoleWithWebIdentity (ID プール用の書き方) になっていて、Service の cognito-idp.amazonaws.com と sts:AssumeRole になっていない。',
      '別のユーザープールの SMS ロールを使い回したら、信頼ポリシーの sts:ExternalId が前のプールの外部 ID のままだった。',
      'amplify push や cdk destroy でユーザープールを作り直したら、ロールの aws:SourceArn 条件が古いプール ID を指したままだった。',
      'プールの SnsCallerArn が指す IAM ロールを誰かが削除・リネームしてしまい、信頼関係のエラーとして返ってくる。',
      'Terraform の sms_configuration の external_id と、ロールの信頼ポリシー (assume role policy) の外部 ID が食い違っている。',
      'IAM コンソールでロールの「信頼関係」タブを見ると、信頼されたエンティティに cognito-idp.amazonaws.com がない。',
      'CLI やテンプレートでプールの外部 ID を変えたが、ロールの信頼ポリシーは古い外部 ID のままだった。',
      '信頼ポリシーの aws:SourceAccount が別のアカウント ID になっていて、Cognito がロールを引き受けられない。',
      'SMS ロールの信頼ポリシーに外部 ID の条件は必要なのか、プールの外部 ID はどこで確認できるのか知りたい。',
      'プールの SnsCallerArn が違うロール (打ち間違い、別ステージのロール、存在しない ARN) を指していて、Cognito が引き受けられない。',
      '同じデプロイで作った SMS ロールの信頼ポリシーが IAM でまだ反映されず、Cognito が引き受けられない。少し待って再実行すれば通る。',
    ],
  },
  text: {
    en: {
      title: 'Cognito is not allowed to assume the SMS IAM role',
      summary:
        'The IAM role in the user pool’s SMS configuration has no trust relationship that lets `cognito-idp.amazonaws.com` assume it with the pool’s external ID.',
      causes: [
        'The role’s trust policy does not name the service principal `cognito-idp.amazonaws.com` with `sts:AssumeRole` (a common mistake is the identity-pool style `Federated` principal with `sts:AssumeRoleWithWebIdentity`).',
        'The trust policy’s `sts:ExternalId` condition does not equal the pool’s external ID: `SmsConfiguration.ExternalId` when the pool sends through Amazon SNS, `SmsConfiguration.EumsSms.ExternalId` when it uses AWS End User Messaging SMS directly. Or an `aws:SourceArn` condition names another (e.g. deleted and recreated) user pool.',
        'The role was deleted or renamed: Cognito reports a missing role as this same trust error.',
      ],
      fixes: [
        {
          text: 'Compare both sides: the pool’s `SmsConfiguration` (`SnsCallerArn` and `ExternalId`, or `EumsSms.CallerArn` and `EumsSms.ExternalId` on the End User Messaging SMS direct path) and the role’s trust policy.',
          code: READ_BOTH_SIDES,
        },
        {
          text: 'Write the trust policy so that Cognito may assume the role with the pool’s external ID (save it as trust-policy.json).',
          code: TRUST_POLICY,
        },
        {
          text: `Apply it to the role. Console: ${consolePath('en', 'smsRoleTrust')}.`,
          code: 'aws iam update-assume-role-policy --role-name <role-name> --policy-document file://trust-policy.json',
        },
        {
          text: 'If the role no longer exists, create it again with this trust policy and the permission of the pool’s SMS path (`sns:Publish`, or `sms-voice:SendTextMessage` for `EumsSms`), then point the pool’s SMS configuration of that same path at it (SetUserPoolMfaConfig `SmsMfaConfiguration.SmsConfiguration`).',
          code: RECREATE_ROLE,
        },
      ],
    },
    ja: {
      title: 'Cognito が SMS 用の IAM ロールを引き受けられない',
      summary:
        'ユーザープールの SMS 設定にある IAM ロールに、`cognito-idp.amazonaws.com` がプールの外部 ID でロールを引き受けることを許可する信頼関係がありません。',
      causes: [
        'ロールの信頼ポリシーで、サービスプリンシパル `cognito-idp.amazonaws.com` に `sts:AssumeRole` が許可されていません (ID プール用の `Federated` プリンシパルと `sts:AssumeRoleWithWebIdentity` を書いてしまう誤りがよくあります)。',
        '信頼ポリシーの `sts:ExternalId` 条件がプールの外部 ID と一致していません。Amazon SNS 経由なら `SmsConfiguration.ExternalId`、AWS End User Messaging SMS 直接パスなら `SmsConfiguration.EumsSms.ExternalId` です。または `aws:SourceArn` 条件が別のユーザープール (削除して作り直す前のプールなど) を指しています。',
        'ロールが削除または名前変更されています。ロールが存在しない場合も Cognito は同じ信頼関係のエラーを返します。',
      ],
      fixes: [
        {
          text: '両側を比較します。プールの `SmsConfiguration` (`SnsCallerArn` と `ExternalId`、End User Messaging SMS 直接パスなら `EumsSms.CallerArn` と `EumsSms.ExternalId`) とロールの信頼ポリシーです。',
          code: READ_BOTH_SIDES,
        },
        {
          text: 'Cognito がプールの外部 ID でロールを引き受けられるように信頼ポリシーを作成します (trust-policy.json として保存)。',
          code: TRUST_POLICY,
        },
        {
          text: `ロールに適用します。コンソール: ${consolePath('ja', 'smsRoleTrust')}。`,
          code: 'aws iam update-assume-role-policy --role-name <role-name> --policy-document file://trust-policy.json',
        },
        {
          text: 'ロールが存在しない場合は、この信頼ポリシーとプールの SMS 経路の権限 (`sns:Publish`、`EumsSms` なら `sms-voice:SendTextMessage`) でロールを作り直し、同じ経路のプールの SMS 設定 (SetUserPoolMfaConfig の `SmsMfaConfiguration.SmsConfiguration`) でそのロールを指定します。',
          code: RECREATE_ROLE,
        },
      ],
    },
  },
  links: [
    KC_MFA_ERRORS,
    KC_MFA_ERRORS_JA,
    SMS_FIRST_TIME_SETUP,
    SMS_SETTINGS_GUIDE,
    apiReference('SmsConfigurationType'),
    EUMS_SMS_CONFIG,
  ],
};
