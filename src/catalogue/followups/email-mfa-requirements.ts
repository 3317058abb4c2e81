import { consolePath } from '../console-labels';
import type { FollowUp } from '../types';
import { MFA_CONFIG_KEEP_FACTORS, UPDATE_POOL_RESETS } from './warnings';

export const followUps: FollowUp[] = [
  {
    id: 'email-mfa-requirements/plan',
    questions: {
      en: [
        'which plan do I need for email mfa?',
        'how do I switch the feature plan to essentials',
        'what does FeatureUnavailableInTierException mean',
        'is email mfa available on lite',
        'is email mfa only available on essentials',
        'can we use email mfa on the lite tier',
      ],
      ja: [
        'E メール MFA にはどのプランが必要ですか？',
        '機能プランを Essentials に変更するには',
        'FeatureUnavailableInTierException とはどういう意味ですか',
        'メール MFA は Essentials プランでないと使えませんか',
      ],
    },
    answer: {
      en: {
        text: `Email MFA needs the Essentials or Plus feature plan; on Lite the call fails with \`FeatureUnavailableInTierException\`. Change it in the console (${consolePath('en', 'featurePlan')}) or with \`UserPoolTier\`; CDK: \`featurePlan: FeaturePlan.ESSENTIALS\`. The plan is set for the whole pool and billed per monthly active user, at a higher price than Lite (Plus the highest): check the cost for the pool’s active users before switching (Amazon Cognito pricing).`,
        code: 'aws cognito-idp update-user-pool --user-pool-id <pool-id> --user-pool-tier ESSENTIALS <every other setting>',
        warning: UPDATE_POOL_RESETS.en,
      },
      ja: {
        text: `E メール MFA には Essentials か Plus の機能プランが必要で、Lite では \`FeatureUnavailableInTierException\` になります。コンソール (${consolePath('ja', 'featurePlan')}) か \`UserPoolTier\` で変更します。CDK は \`featurePlan: FeaturePlan.ESSENTIALS\` です。プランはプール全体に設定され、月間アクティブユーザーごとに Lite より高い料金で課金されます (Plus が最も高額)。変更する前に、プールのアクティブユーザー数での費用を確認してください (Amazon Cognito の料金)。`,
        code: 'aws cognito-idp update-user-pool --user-pool-id <pool-id> --user-pool-tier ESSENTIALS <他の設定すべて>',
        warning: UPDATE_POOL_RESETS.ja,
      },
    },
  },
  {
    // Sending authorization for Cognito: https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-email.html
    id: 'email-mfa-requirements/ses',
    questions: {
      en: [
        'do I need ses for email mfa?',
        'can email mfa use the default cognito email',
        'how do I set EmailSendingAccount to DEVELOPER',
      ],
      ja: [
        'E メール MFA に SES は必要ですか？',
        'Cognito デフォルトのメールで E メール MFA は使えますか',
        'EmailSendingAccount を DEVELOPER にするには',
      ],
    },
    answer: {
      en: {
        text: 'Yes: email MFA needs the pool to send through your own Amazon SES identity (`EmailSendingAccount: DEVELOPER` with a verified `SourceArn`); the default Cognito sender is not enough. The identity’s sending-authorization policy must let the Cognito email service principal `email.cognito-idp.amazonaws.com` send for your pool, and while SES is in its sandbox it only delivers to verified addresses.',
      },
      ja: {
        text: '必要です。E メール MFA には、自分の Amazon SES ID から送信する設定 (`EmailSendingAccount: DEVELOPER` と検証済みの `SourceArn`) が必要で、Cognito デフォルトの送信元では使えません。その ID の送信承認ポリシーで Cognito の E メールサービスプリンシパル `email.cognito-idp.amazonaws.com` にプールからの送信を許可する必要があり、SES がサンドボックスの間は検証済みのアドレスにしか届きません。',
      },
    },
  },
  {
    id: 'email-mfa-requirements/enable',
    questions: {
      en: [
        'how do I turn on email mfa?',
        'cli to enable EMAIL_OTP',
        'enable email mfa in cdk',
        'how do I add EMAIL_OTP once ses is set up',
      ],
      ja: [
        'E メール MFA を有効にするには？',
        'CLI で EMAIL_OTP を有効にしたい',
        'CDK でメール MFA をオンにする方法',
        'メールのコードを MFA として有効にするには',
        'SES を設定した後に EMAIL_OTP を有効にする方法',
      ],
    },
    answer: {
      en: {
        text: 'With the plan and SES in place, turn it on in the MFA configuration (CDK: `mfaSecondFactor: { sms: false, otp: true, email: true }`); the message must contain `{####}`.',
        code: 'aws cognito-idp set-user-pool-mfa-config --user-pool-id <pool-id> --mfa-configuration OPTIONAL \\\n  --email-mfa-configuration \'Message="Your code is {####}",Subject="Your sign-in code"\' \\\n  --software-token-mfa-configuration Enabled=true',
        warning: MFA_CONFIG_KEEP_FACTORS.en,
      },
      ja: {
        text: 'プランと SES の準備ができたら MFA 設定で有効にします (CDK は `mfaSecondFactor: { sms: false, otp: true, email: true }`)。メッセージには `{####}` が必要です。',
        code: 'aws cognito-idp set-user-pool-mfa-config --user-pool-id <pool-id> --mfa-configuration OPTIONAL \\\n  --email-mfa-configuration \'Message="認証コードは {####} です",Subject="サインイン用コード"\' \\\n  --software-token-mfa-configuration Enabled=true',
        warning: MFA_CONFIG_KEEP_FACTORS.ja,
      },
    },
  },
];
