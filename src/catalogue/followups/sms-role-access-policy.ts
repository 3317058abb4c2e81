import type { FollowUp } from '../types';

const SMS_ROLE_POLICIES = `{
  "Version": "2012-10-17",
  "Statement": [{ "Effect": "Allow", "Action": "sns:Publish", "Resource": "*" }]
}
// End User Messaging SMS direct path:
{
  "Version": "2012-10-17",
  "Statement": [{ "Effect": "Allow", "Action": "sms-voice:SendTextMessage", "Resource": "*" }]
}`;

const SIMULATE_BOTH_PATHS = `aws iam simulate-principal-policy --policy-source-arn arn:aws:iam::<account-id>:role/<sms-role> \\
  --action-names sns:Publish --resource-arns "*"
# End User Messaging SMS direct path (EumsSms):
aws iam simulate-principal-policy --policy-source-arn arn:aws:iam::<account-id>:role/<sms-role> \\
  --action-names sms-voice:SendTextMessage --resource-arns "<OriginationIdentity if it is an ARN, else *>"`;

export const followUps: FollowUp[] = [
  {
    id: 'sms-role-access-policy/policy-json',
    questions: {
      en: [
        'what policy does the sms role need?',
        'can you show me the iam policy for the cognito sms role',
        'which permissions should the role have',
        'what should the role policy look like',
        'what iam permissions let the user pool send text messages',
      ],
      ja: [
        'SMS ロールに必要なポリシーは？',
        'Cognito の SMS ロールの IAM ポリシー例を見せてください',
        'ロールにはどの権限が必要ですか',
        'Cognito に SMS を送る権限を付けるにはどうすればいいですか',
        'ユーザープールが SMS を送信するための IAM 権限は',
      ],
    },
    answer: {
      en: {
        text: 'Through Amazon SNS (`SnsCallerArn`) the role needs `sns:Publish` on `*`; when the pool sends through AWS End User Messaging SMS directly (`EumsSms`), it needs `sms-voice:SendTextMessage` instead:',
        code: SMS_ROLE_POLICIES,
      },
      ja: {
        text: 'Amazon SNS 経由 (`SnsCallerArn`) なら、ロールには `*` に対する `sns:Publish` が必要です。AWS End User Messaging SMS 直接パス (`EumsSms`) では代わりに `sms-voice:SendTextMessage` が必要です:',
        code: SMS_ROLE_POLICIES,
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
        text: 'An SMS to a phone number has no ARN, so IAM evaluates the publish against `*`: a policy scoped to topic ARNs (or conditioned to the `sms` protocol) does not match and Cognito reports this error. Keep the role dedicated to Cognito so `*` grants nothing else. On the End User Messaging SMS direct path, IAM evaluates `sms-voice:SendTextMessage` against the pool’s `OriginationIdentity` as written: a policy may name that ARN if the pool gives the ARN, not a plain phone number.',
      },
      ja: {
        text: '電話番号への SMS には ARN がないため、IAM は `*` に対する Publish として評価します。トピック ARN に絞ったポリシー (や `sms` プロトコルを条件にしたもの) は一致せず、このエラーになります。`*` で他に何も許可しないよう、Cognito 専用のロールにしてください。End User Messaging SMS 直接パスでは、IAM は `sms-voice:SendTextMessage` をプールの `OriginationIdentity` の値のまま評価します。ポリシーでその ARN を指定できるのは、プールが電話番号そのままではなく ARN を指定している場合です。',
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
        'can an organization guardrail deny sns publish',
      ],
      ja: [
        'SCP が sns:Publish をブロックしているか確認するには？',
        'ポリシーは正しいのですが、サービスコントロールポリシーが原因ですか',
        'ロールの権限をテストする方法は',
        'ロールに管理者権限があっても失敗するのは SCP のせいですか',
        'Organizations のガードレールで SNS の Publish が拒否されることは',
      ],
    },
    answer: {
      en: {
        text: 'Simulate the role for the action of the pool’s SMS path: `allowed` means the role is fine; `explicitDeny` with `AllowedByOrganizations: false` means an SCP blocks it (ask your Organizations admin: it may be attached to an OU above the account or to the root, not to the account itself); `implicitDeny` means nothing grants it. Also check a permissions boundary on the role.',
        code: SIMULATE_BOTH_PATHS,
      },
      ja: {
        text: 'プールの SMS 経路のアクションでロールをシミュレートします。`allowed` ならロールは問題なし、`explicitDeny` で `AllowedByOrganizations: false` なら SCP がブロックしています (Organizations の管理者に確認してください。SCP はアカウント自身ではなく、その上の OU やルートにアタッチされていることがあります)。`implicitDeny` なら何も許可していません。ロールのアクセス許可の境界も確認してください。',
        code: SIMULATE_BOTH_PATHS,
      },
    },
  },
];
