import type { CatalogueEntry } from '../types';
import { KC_MFA_ERRORS, KC_MFA_ERRORS_JA, SMS_FIRST_TIME_SETUP, SMS_SETTINGS_GUIDE } from './shared-links';

const PUT_POLICY = `aws iam put-role-policy --role-name <role-name> --policy-name CognitoSmsPublish \\
  --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sns:Publish","Resource":"*"}]}'`;

const SIMULATE = `aws iam simulate-principal-policy --policy-source-arn <role-arn> \\
  --action-names sns:Publish --resource-arns "*"`;

export const entry: CatalogueEntry = {
  id: 'sms-role-access-policy',
  kind: 'error',
  signatures: {
    exceptions: ['InvalidSmsRoleAccessPolicyException'],
    messages: ['Role does not have permission to publish with SNS'],
    prose: {
      en: [
        'SMS role does not have permission to publish with SNS',
        'SMS role missing sns:Publish',
        'SCP blocks sns:Publish for Cognito SMS',
        'invalid SMS role access policy',
      ],
      ja: [
        '無効な SMS ロールアクセスポリシー例外',
        'SMS ロールに sns:Publish 権限がない',
        'SCP が sns:Publish をブロックしている',
        'SNS で公開する権限がありません',
      ],
    },
  },
  rules: ['sms-role-permission'],
  text: {
    en: {
      title: 'The SMS IAM role may not publish with Amazon SNS',
      summary:
        'Cognito assumed the user pool’s SMS role, but the role is not allowed `sns:Publish`, so the SMS cannot be sent.',
      causes: [
        'The role’s policies do not allow `sns:Publish` on `*`. An SMS sent to a phone number has no ARN, so a policy scoped to a topic ARN (or limited by a condition such as the `sms` protocol) does not cover it.',
        'A service control policy (SCP) in AWS Organizations, a permissions boundary, or an explicit `Deny` blocks `sns:Publish`.',
      ],
      fixes: [
        {
          text: 'Check what IAM decides for the role.',
          code: SIMULATE,
        },
        {
          text: 'Allow `sns:Publish` on `*` for the role. Console: IAM > Roles > your SMS role > Permissions > Add permissions > Create inline policy.',
          code: PUT_POLICY,
        },
        {
          text: 'If the simulation says `explicitDeny`, find the SCP or boundary that denies `sns:Publish` (from the management account) and exempt the SMS role or the account.',
          code: 'aws organizations list-policies-for-target --target-id <account-id> --filter SERVICE_CONTROL_POLICY',
        },
      ],
    },
    ja: {
      title: 'SMS 用の IAM ロールに Amazon SNS で公開する権限がない',
      summary:
        'Cognito はユーザープールの SMS ロールを引き受けましたが、そのロールに `sns:Publish` が許可されていないため SMS を送信できません。',
      causes: [
        'ロールのポリシーで `*` に対する `sns:Publish` が許可されていません。電話番号宛ての SMS には ARN がないため、トピックの ARN に限定したポリシー (または `sms` プロトコルなどの条件で限定したポリシー) では許可されません。',
        'AWS Organizations のサービスコントロールポリシー (SCP)、アクセス許可の境界、または明示的な `Deny` が `sns:Publish` をブロックしています。',
      ],
      fixes: [
        {
          text: 'IAM がロールに対してどう判定するかを確認します。',
          code: SIMULATE,
        },
        {
          text: 'ロールに `*` に対する `sns:Publish` を許可します。コンソール: IAM > ロール > 対象の SMS ロール > 許可 > 許可を追加 > インラインポリシーを作成。',
          code: PUT_POLICY,
        },
        {
          text: 'シミュレーション結果が `explicitDeny` の場合は、(管理アカウントから) `sns:Publish` を拒否している SCP またはアクセス許可の境界を特定し、SMS ロールまたはアカウントを除外します。',
          code: 'aws organizations list-policies-for-target --target-id <account-id> --filter SERVICE_CONTROL_POLICY',
        },
      ],
    },
  },
  links: [KC_MFA_ERRORS, KC_MFA_ERRORS_JA, SMS_FIRST_TIME_SETUP, SMS_SETTINGS_GUIDE],
};
