import type { FollowUp } from '../types';

export const followUps: FollowUp[] = [
  {
    id: 'sms-role-access-policy/policy-json',
    questions: {
      en: [
        'what policy does the sms role need?',
        'can you show me the iam policy for the cognito sms role',
        'which permissions should the role have',
        'what should the role policy look like',
      ],
      ja: [
        'SMS ロールに必要なポリシーは？',
        'Cognito の SMS ロールの IAM ポリシー例を見せてください',
        'ロールにはどの権限が必要ですか',
      ],
    },
    answer: {
      en: {
        text: 'The role needs `sns:Publish` on `*`:',
        code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "sns:Publish", "Resource": "*" }]\n}',
      },
      ja: {
        text: 'ロールには `*` に対する `sns:Publish` が必要です:',
        code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "sns:Publish", "Resource": "*" }]\n}',
      },
    },
  },
  {
    id: 'sms-role-access-policy/why-star',
    questions: {
      en: [
        'why does the resource have to be a star?',
        'can I restrict sns:Publish to a topic arn',
        'our policy allows publish on a topic, why is that not enough',
        'is Resource * really needed',
      ],
      ja: [
        'なぜリソースは * でないといけないのですか？',
        'sns:Publish をトピックの ARN に絞れますか',
        'トピックへの Publish は許可しているのに足りないのはなぜ',
      ],
    },
    answer: {
      en: {
        text: 'An SMS to a phone number has no ARN, so IAM evaluates the publish against `*`: a policy scoped to topic ARNs (or conditioned to the `sms` protocol) does not match and Cognito reports this error. Keep the role dedicated to Cognito so `*` grants nothing else.',
      },
      ja: {
        text: '電話番号への SMS には ARN がないため、IAM は `*` に対する Publish として評価します。トピック ARN に絞ったポリシー (や `sms` プロトコルを条件にしたもの) は一致せず、このエラーになります。`*` で他に何も許可しないよう、Cognito 専用のロールにしてください。',
      },
    },
  },
  {
    id: 'sms-role-access-policy/scp',
    questions: {
      en: [
        'how do I check if an SCP blocks sns publish?',
        'the policy looks fine, could it be a service control policy',
        'could organizations block it',
        'how can I test the role permission',
      ],
      ja: [
        'SCP が sns:Publish をブロックしているか確認するには？',
        'ポリシーは正しいのですが、サービスコントロールポリシーが原因ですか',
        'ロールの権限をテストする方法は',
      ],
    },
    answer: {
      en: {
        text: 'Simulate the role: `allowed` means the role is fine; `explicitDeny` with `AllowedByOrganizations: false` means an SCP blocks it (ask your Organizations admin); `implicitDeny` means nothing grants it. Also check a permissions boundary on the role.',
        code: 'aws iam simulate-principal-policy --policy-source-arn arn:aws:iam::<account-id>:role/<sms-role> \\\n  --action-names sns:Publish --resource-arns "*"',
      },
      ja: {
        text: 'ロールをシミュレートします。`allowed` ならロールは問題なし、`explicitDeny` で `AllowedByOrganizations: false` なら SCP がブロックしています (Organizations の管理者に確認してください)。`implicitDeny` なら何も許可していません。ロールのアクセス許可の境界も確認してください。',
        code: 'aws iam simulate-principal-policy --policy-source-arn arn:aws:iam::<account-id>:role/<sms-role> \\\n  --action-names sns:Publish --resource-arns "*"',
      },
    },
  },
];
