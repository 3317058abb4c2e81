import type { FollowUp } from '../types';

export const followUps: FollowUp[] = [
  {
    id: 'sms-role-trust/trust-policy',
    questions: {
      en: [
        'what should the trust policy look like?',
        'can you show the trust relationship for the sms role',
        'which principal do I trust, cognito-idp.amazonaws.com?',
        'example assume role policy for cognito sms',
        'which service principal must the sms role trust',
      ],
      ja: [
        '信頼ポリシーはどう書けばいいですか？',
        'SMS ロールの信頼関係の例を見せてください',
        'プリンシパルは cognito-idp.amazonaws.com ですか',
        'SMS ロールの信頼ポリシーのプリンシパルは何にしますか',
        'AssumeRoleWithWebIdentity の信頼ポリシーで大丈夫ですか',
      ],
    },
    answer: {
      en: {
        text: "Trust the service principal `cognito-idp.amazonaws.com` with `sts:AssumeRole`, and make `sts:ExternalId` equal the pool's `SmsConfiguration.ExternalId`. A `Federated` principal with `sts:AssumeRoleWithWebIdentity` (identity-pool style) does not work here.",
        code: '{\n  "Version": "2012-10-17",\n  "Statement": [{\n    "Effect": "Allow",\n    "Principal": { "Service": "cognito-idp.amazonaws.com" },\n    "Action": "sts:AssumeRole",\n    "Condition": { "StringEquals": { "sts:ExternalId": "<pool ExternalId>" } }\n  }]\n}',
      },
      ja: {
        text: 'サービスプリンシパル `cognito-idp.amazonaws.com` に `sts:AssumeRole` を許可し、`sts:ExternalId` をプールの `SmsConfiguration.ExternalId` と一致させます。ID プール用の `Federated` プリンシパルと `sts:AssumeRoleWithWebIdentity` の組み合わせはここでは動きません。',
        code: '{\n  "Version": "2012-10-17",\n  "Statement": [{\n    "Effect": "Allow",\n    "Principal": { "Service": "cognito-idp.amazonaws.com" },\n    "Action": "sts:AssumeRole",\n    "Condition": { "StringEquals": { "sts:ExternalId": "<プールの ExternalId>" } }\n  }]\n}',
      },
    },
  },
  {
    id: 'sms-role-trust/external-id',
    questions: {
      en: [
        'where do I find the external id?',
        'how do I see the pool ExternalId',
        'which external id should be in the trust policy',
        'external id mismatch how to check',
      ],
      ja: [
        '外部 ID はどこで確認できますか？',
        'プールの ExternalId を確認する方法',
        '信頼ポリシーにはどの外部 ID を書けばいいですか',
      ],
    },
    answer: {
      en: {
        text: "It is in the pool's SMS configuration: `ExternalId` when the pool sends through Amazon SNS, `EumsSms.ExternalId` when it uses AWS End User Messaging SMS directly. The trust policy's `sts:ExternalId` must be exactly this value (values are case-sensitive).",
        code: 'aws cognito-idp describe-user-pool --user-pool-id <pool-id> --query UserPool.SmsConfiguration\naws iam get-role --role-name <sms-role> --query Role.AssumeRolePolicyDocument',
      },
      ja: {
        text: 'プールの SMS 設定にあります。Amazon SNS 経由なら `ExternalId`、AWS End User Messaging SMS 直接パスなら `EumsSms.ExternalId` です。信頼ポリシーの `sts:ExternalId` はこの値と完全に一致している必要があります (大文字と小文字も区別されます)。',
        code: 'aws cognito-idp describe-user-pool --user-pool-id <pool-id> --query UserPool.SmsConfiguration\naws iam get-role --role-name <sms-role> --query Role.AssumeRolePolicyDocument',
      },
    },
  },
  {
    id: 'sms-role-trust/role-deleted',
    questions: {
      en: [
        'what if the role was deleted?',
        'we recreated the role and now it fails',
        'the role does not exist anymore',
        'I just created the role and it still fails',
        'the sms role was removed but the pool still points at it',
        'how do I attach a new sms role after the old one is gone',
      ],
      ja: [
        'ロールが削除されていた場合は？',
        'ロールを作り直したら失敗するようになりました',
        'ロールを作ったばかりですがまだエラーになります',
        'SMS ロールが削除されてプールだけ残った場合はどうしますか',
        '消えたロールの代わりに新しいロールを設定するには',
      ],
    },
    answer: {
      en: {
        text: "A deleted or renamed role gives this same trust error. Recreate it (or point the pool's `SnsCallerArn` at an existing role) with the trust policy above; a role recreated under the same name is a new role, so check its trust policy and any `aws:SourceArn` condition naming an old pool. A role created seconds ago can fail briefly until IAM propagates it: retry after a minute.",
      },
      ja: {
        text: '削除や名前変更されたロールでも、同じ信頼関係のエラーになります。信頼ポリシーを正しく設定してロールを作り直す (またはプールの `SnsCallerArn` を既存のロールに向ける) 必要があります。同名で作り直したロールは別のロールなので、信頼ポリシーや古いプールを指す `aws:SourceArn` 条件がないか確認してください。作成直後のロールは IAM の反映まで一時的に失敗することがあるので、1 分ほど待って再試行してください。',
      },
    },
  },
];
