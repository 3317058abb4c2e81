import { consolePath } from '../console-labels';
import type { CatalogueEntry } from '../types';
import {
  EUMS_SMS_CONFIG,
  KC_MFA_ERRORS,
  KC_MFA_ERRORS_JA,
  SCP_EVALUATION,
  SMS_FIRST_TIME_SETUP,
  SMS_SETTINGS_GUIDE,
} from './shared-links';

// The direct path's action and resource rule: EumsSmsConfigurationType (Amazon Cognito API Reference).
const PUT_POLICY = `# Amazon SNS path (SnsCallerArn):
aws iam put-role-policy --role-name <role-name> --policy-name CognitoSmsPublish \\
  --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sns:Publish","Resource":"*"}]}'
# End User Messaging SMS direct path (EumsSms):
aws iam put-role-policy --role-name <role-name> --policy-name CognitoSmsSendText \\
  --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sms-voice:SendTextMessage","Resource":"*"}]}'`;

const SIMULATE = `aws cognito-idp describe-user-pool --user-pool-id <pool-id> --query UserPool.SmsConfiguration
# Amazon SNS path (SnsCallerArn):
aws iam simulate-principal-policy --policy-source-arn <role-arn> \\
  --action-names sns:Publish --resource-arns "*"
# End User Messaging SMS direct path (EumsSms):
aws iam simulate-principal-policy --policy-source-arn <role-arn> \\
  --action-names sms-voice:SendTextMessage --resource-arns "<OriginationIdentity if it is an ARN, else *>"`;

/** The account's own SCPs are not all of them: those of every OU above it and of the root apply too. */
const FIND_SCPS = `aws organizations list-parents --child-id <account-id>
# repeat list-parents for each parent OU (ou-...) until it returns the root (r-...), then for each of them:
aws organizations list-policies-for-target --target-id <account-id | ou-... | r-...> --filter SERVICE_CONTROL_POLICY
aws organizations describe-policy --policy-id <p-...> --query Policy.Content`;

export const entry: CatalogueEntry = {
  id: 'sms-role-access-policy',
  kind: 'error',
  signatures: {
    exceptions: ['InvalidSmsRoleAccessPolicyException'],
    messages: ['Role does not have permission to publish with SNS'],
    sources: {
      'Role does not have permission to publish with SNS': 'https://github.com/OElesin/querypal/issues/6',
    },
    prose: {
      en: [
        'SMS role does not have permission to publish with SNS',
        'SMS role missing sns:Publish',
        'SCP blocks sns:Publish for Cognito SMS',
        'invalid SMS role access policy',
        'SMS role missing sms-voice:SendTextMessage',
      ],
      ja: [
        '無効な SMS ロールアクセスポリシー例外',
        'SMS ロールに sns:Publish 権限がない',
        'SCP が sns:Publish をブロックしている',
        'SNS で公開する権限がありません',
        'SMS ロールに sms-voice:SendTextMessage 権限がない',
      ],
    },
  },
  symptoms: {
    en: [
      'The IAM role for SMS is not allowed to publish: sns:Publish is missing or denied by a permissions boundary or an organisation SCP.',
      'Deploying the user pool with an SMS role fails because the role cannot publish with SNS.',
      "The SMS role's policy allows sns:Publish only on a topic ARN; a text to a phone number has no ARN, so the publish is denied.",
      'Our AWS Organizations service control policy denies SNS actions in that Region, so the Cognito SMS role cannot send even though its own policy allows sns:Publish.',
      'A Control Tower guardrail or a region-deny SCP covers the SNS Region Cognito sends SMS from, and the CloudFormation stack that creates the user pool rolls back.',
      'The role has a permissions boundary without sns:Publish, so the boundary silently removes the permission its inline policy grants.',
      'The trust relationship is fine, Cognito does assume the role, but the role has no permission policy that lets it publish SMS.',
      'With AWS End User Messaging SMS (EumsSms) the role needs sms-voice:SendTextMessage; ours only had the SNS publish permission.',
      'The role named as SnsCallerArn has only an inline policy for other services, with no sns:Publish statement, so every SMS Cognito tries is refused.',
      "The policy limits sns:Publish with a condition on the sms protocol, and Cognito's SMS are still refused.",
      'Which IAM permissions does the Cognito SMS role need, and can its sns:Publish be scoped to anything narrower than Resource star?',
      'Our security team removed wildcard resources from every IAM policy, and since then Cognito SMS MFA and phone verification texts fail with a permissions error.',
    ],
    ja: [
      'SMS 用の IAM ロールに sns:Publish の権限がない、または SCP やアクセス許可の境界で拒否されている。',
      'SMS ロール付きのユーザープールのデプロイが、ロールに SNS の送信権限がなくて失敗する。',
      'SMS ロールのポリシーで sns:Publish のリソースをトピックの ARN に絞っていたが、電話番号への SMS には ARN がないので拒否される。',
      'Organizations の SCP (サービスコントロールポリシー) で SNS が拒否されていて、ロールのポリシーで sns:Publish を許可していても SMS を送れない。',
      'Control Tower のガードレールやリージョン制限の SCP に引っかかり、SMS 付きのユーザープールを作る CloudFormation スタックがロールバックする。',
      'アクセス許可の境界 (Permissions Boundary) に sns:Publish が含まれていないので、インラインポリシーで付けた権限が効いていない。',
      '信頼関係は問題なく Cognito はロールを引き受けているのに、ロールの権限ポリシーに SMS を送る許可がない。',
      'End User Messaging SMS (EumsSms) 経由の場合、ロールに必要なのは sms-voice:SendTextMessage で、sns:Publish だけでは足りない。',
      'SnsCallerArn に指定したロールのポリシーに sns:Publish のステートメントがなく、Cognito からの SMS 送信がすべて拒否される。',
      'Cognito の SMS ロールに必要な IAM 権限は何か、sns:Publish の Resource を * 以外に絞れるのか知りたい。',
      'セキュリティ対策で IAM ポリシーのワイルドカードを全部外したら、SMS MFA も電話番号の確認コードも権限エラーで送れなくなった。',
    ],
  },
  text: {
    en: {
      title: 'The SMS IAM role may not send the message (sns:Publish or sms-voice:SendTextMessage)',
      summary:
        'Cognito assumed the user pool’s SMS role, but the role is not allowed to send: `sns:Publish` through Amazon SNS, or `sms-voice:SendTextMessage` when the pool uses AWS End User Messaging SMS directly.',
      causes: [
        'The role’s policies do not allow `sns:Publish` on `*`. An SMS sent to a phone number has no ARN, so a policy scoped to a topic ARN (or limited by a condition such as the `sms` protocol) does not cover it.',
        'The pool sends SMS through AWS End User Messaging SMS directly (`SmsConfiguration.EumsSms`): Cognito then calls `sms-voice:SendTextMessage`, not `sns:Publish`. The role needs that action on `*`, or on the ARN the pool gives as `OriginationIdentity` when the policy names one (in the same form: a policy scoped to an ARN does not match a plain phone number).',
        'A service control policy (SCP) in AWS Organizations, a permissions boundary, or an explicit `Deny` blocks the action.',
      ],
      fixes: [
        {
          text: 'Find the path the pool sends SMS through (`SnsCallerArn`: Amazon SNS; `EumsSms`: AWS End User Messaging SMS directly), then check what IAM decides for the role and that path’s action.',
          code: SIMULATE,
        },
        {
          text: 'Allow the path’s action for the role: `sns:Publish` on `*`, or `sms-voice:SendTextMessage` for the direct path. Console: IAM > Roles > your SMS role > Permissions > Add permissions > Create inline policy.',
          code: PUT_POLICY,
        },
        {
          text: 'If the simulation says `explicitDeny`, find the SCP or boundary that denies the action and exempt the SMS role or the account. SCPs apply from the account, every OU above it and the root, so list the parents and the policies of each (from the management account).',
          code: FIND_SCPS,
        },
      ],
    },
    ja: {
      title: 'SMS 用の IAM ロールに SMS を送信する権限がない (sns:Publish または sms-voice:SendTextMessage)',
      summary:
        'Cognito はユーザープールの SMS ロールを引き受けましたが、そのロールに送信の権限がありません。Amazon SNS 経由なら `sns:Publish`、AWS End User Messaging SMS 直接パスなら `sms-voice:SendTextMessage` です。',
      causes: [
        'ロールのポリシーで `*` に対する `sns:Publish` が許可されていません。電話番号宛ての SMS には ARN がないため、トピックの ARN に限定したポリシー (または `sms` プロトコルなどの条件で限定したポリシー) では許可されません。',
        'プールが AWS End User Messaging SMS 直接パス (`SmsConfiguration.EumsSms`) で SMS を送信しています。この場合 Cognito が呼び出すのは `sns:Publish` ではなく `sms-voice:SendTextMessage` です。ロールには `*` に対するこのアクション、またはポリシーでリソースを指定する場合はプールの `OriginationIdentity` と同じ形式の ARN に対するこのアクションが必要です (ARN に限定したポリシーは電話番号そのままの値とは一致しません)。',
        'AWS Organizations のサービスコントロールポリシー (SCP)、アクセス許可の境界、または明示的な `Deny` がアクションをブロックしています。',
      ],
      fixes: [
        {
          text: 'プールが SMS を送る経路 (`SnsCallerArn` なら Amazon SNS、`EumsSms` なら AWS End User Messaging SMS 直接パス) を確認し、その経路のアクションについて IAM がロールをどう判定するかを確認します。',
          code: SIMULATE,
        },
        {
          text: `ロールに経路のアクションを許可します。\`*\` に対する \`sns:Publish\`、直接パスなら \`sms-voice:SendTextMessage\` です。コンソール: ${consolePath('ja', 'smsRoleInlinePolicy')}。`,
          code: PUT_POLICY,
        },
        {
          text: 'シミュレーション結果が `explicitDeny` の場合は、そのアクションを拒否している SCP またはアクセス許可の境界を特定し、SMS ロールまたはアカウントを除外します。SCP はアカウント自身、その上のすべての OU、ルートから適用されるため、(管理アカウントから) 親をたどってそれぞれのポリシーを一覧します。',
          code: FIND_SCPS,
        },
      ],
    },
  },
  links: [KC_MFA_ERRORS, KC_MFA_ERRORS_JA, SMS_FIRST_TIME_SETUP, SMS_SETTINGS_GUIDE, EUMS_SMS_CONFIG, SCP_EVALUATION],
};
