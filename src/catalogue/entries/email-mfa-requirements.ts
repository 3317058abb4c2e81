import { consoleLabel, consolePath } from '../console-labels';
import type { CatalogueEntry } from '../types';
import { apiReference, EMAIL_SETTINGS_GUIDE, FEATURE_PLANS, MFA_GUIDE, SMS_MFA_GUIDE } from './shared-links';

const UPDATE_POOL_WARNING_EN =
  'UpdateUserPool resets every setting you do not pass to its default (MFA, Lambda triggers, verification, messages ...). Read the pool with describe-user-pool and pass the current values back with the change, or make the change in the console.';
const UPDATE_POOL_WARNING_JA =
  'UpdateUserPool は、指定しなかった設定 (MFA、Lambda トリガー、検証、メッセージなど) をすべてデフォルト値にリセットします。describe-user-pool でプールの設定を取得して現在の値を変更内容と一緒に渡すか、コンソールで変更してください。';

const SET_EMAIL_MFA = `aws cognito-idp set-user-pool-mfa-config --user-pool-id <pool-id> \\
  --mfa-configuration OPTIONAL \\
  --email-mfa-configuration '{"Message":"Your sign-in code is {####}","Subject":"Your sign-in code"}' \\
  --software-token-mfa-configuration Enabled=<true if TOTP is used> \\
  --sms-mfa-configuration '<current SmsMfaConfiguration, if SMS MFA is used>'`;

/**
 * With `DEVELOPER`, Cognito sends as the SES identity only if the identity's sending-authorization policy lets the
 * Cognito email service principal do so (Email settings for Amazon Cognito user pools).
 */
const ALLOW_COGNITO_TO_SEND = `aws sesv2 put-email-identity-policy --email-identity <verified identity> \\
  --policy-name CognitoSendEmail --policy '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"email.cognito-idp.amazonaws.com"},"Action":["ses:SendEmail","ses:SendRawEmail"],"Resource":"arn:aws:ses:<region>:<account-id>:identity/<verified identity>","Condition":{"StringEquals":{"aws:SourceAccount":"<account-id>"},"ArnLike":{"aws:SourceArn":"arn:aws:cognito-idp:<region>:<account-id>:userpool/<pool-id>"}}}]}'`;

export const entry: CatalogueEntry = {
  id: 'email-mfa-requirements',
  kind: 'error',
  signatures: {
    exceptions: ['FeatureUnavailableInTierException'],
    messages: [],
    prose: {
      en: [
        'email MFA is not available',
        'cannot enable email MFA',
        'email OTP MFA requires SES',
        'email MFA needs the Essentials plan',
        'EMAIL_OTP option missing in the console',
      ],
      ja: [
        'E メール MFA を有効にできない',
        'メール MFA には SES が必要',
        'Essentials プランでないとメール MFA が使えない',
        'メールでワンタイムパスワードを送りたい',
      ],
    },
  },
  symptoms: {
    en: [
      'Can we send the MFA code by email? Email is not offered as a second factor for our user pool.',
      'The email message checkbox among the pool MFA methods is greyed out, or it asks for prerequisites first.',
      'SetUserPoolMfaConfig with EmailMfaConfiguration fails with FeatureUnavailableInTierException because the pool is on the Lite feature plan.',
      'Email MFA needs the Essentials or Plus plan and a verified Amazon SES identity; with EmailSendingAccount COGNITO_DEFAULT the pool cannot use email OTP.',
      'updateMFAPreference for email in Amplify v6, or SetUserMFAPreference with EmailMfaSettings, is refused because email MFA is not enabled in the pool.',
      'A CloudFormation template with EMAIL_OTP in EnabledMfas, or a Terraform email_mfa_configuration block, is rejected without the Essentials tier and SES sending.',
      'After users choose email MFA, forgot password can no longer send the reset code to the same address: one email cannot be both the MFA factor and the recovery channel.',
      'Users often lose access to their phone, so we want an emailed one-time code as a fallback second factor.',
      'Do we have to upgrade the feature plan before the EMAIL_OTP challenge is available?',
      'Our Cognito emails go out through the default sender, and email MFA wants an SES configuration first.',
      'MFA codes always go to the phone by SMS; how do we deliver them to the user email address instead?',
      'Can users get their second-factor code in their inbox instead of by text message or an authenticator app?',
      'The EMAIL_OTP challenge never appears, and the pool refuses email as an MFA factor while mail goes out through the Cognito default sender.',
    ],
    ja: [
      'メールで MFA のコードを送れますか？ユーザープールで E メールが二要素目の選択肢に出てこない。',
      'コンソールの MFA の方法で E メールにチェックしようとすると、前提条件が整っていないと言われて有効化できない。',
      'SetUserPoolMfaConfig で EmailMfaConfiguration を設定すると、Lite プランなので FeatureUnavailableInTierException になる。',
      'メール MFA には Essentials か Plus の機能プランと、Amazon SES の検証済み ID が必要。EmailSendingAccount が COGNITO_DEFAULT のままでは使えない。',
      'Amplify v6 の updateMFAPreference でメールを指定しても、プールでメール MFA が有効でないので拒否される。',
      'CloudFormation の EnabledMfas に EMAIL_OTP を入れたり、Terraform の email_mfa_configuration を書いたりすると、Essentials プランと SES の送信がないので拒否される。',
      'メール MFA にしたユーザーは、同じメールアドレスでパスワードリセットのコードを受け取れない。MFA とアカウント復旧に同じメールは使えない。',
      'スマホを持っていないユーザーのために、メールで届くワンタイムコードを二要素目にしたい。',
      'EMAIL_OTP を使うには機能プランのアップグレードが必要なのか知りたい。',
      'Cognito のデフォルトのメール送信を使っているので、メール MFA を有効にするには SES の設定が必要だと言われた。',
      'MFA のコードがいつも SMS で電話番号に送られるが、代わりにメールアドレスに送りたい。',
      'SMS や認証アプリではなく、受信箱で受け取るコードを二要素目にできるか。',
      'EMAIL_OTP のチャレンジが出てこず、メールを Cognito の既定の送信元で送っている間はプールがメールの MFA を受け付けない。',
    ],
  },
  text: {
    en: {
      title: 'Email MFA needs the Essentials or Plus plan and Amazon SES',
      summary:
        'Email one-time-password MFA is available only on user pools with the Essentials or Plus feature plan that send email through Amazon SES (`EmailSendingAccount: DEVELOPER`); otherwise Cognito refuses it, e.g. with `FeatureUnavailableInTierException`.',
      causes: [
        'The pool is on the Lite feature plan (`UserPoolTier: LITE`); email MFA is a feature of Essentials and Plus.',
        'The pool sends email with the Cognito default email account (`EmailSendingAccount: COGNITO_DEFAULT`); email MFA needs your own Amazon SES identity (`DEVELOPER`).',
        'Email MFA rules email out as that user’s recovery method: a user cannot receive MFA codes and password-reset codes at the same address, so a user whose MFA is email needs another way to reset a password (a verified phone number as the next recovery option, or an administrator reset). AWS recommends making both `email` and `phone_number` required so every user has both.',
      ],
      fixes: [
        {
          text: 'Check the plan and the email configuration.',
          code: 'aws cognito-idp describe-user-pool --user-pool-id <pool-id> \\\n  --query "UserPool.[UserPoolTier,EmailConfiguration]"',
        },
        {
          text: 'Move the pool to Essentials (or Plus): in the console on the user pool’s feature plan page, or with UpdateUserPool `--user-pool-tier`. The plan is set for the whole pool and billed per monthly active user, at a higher price than Lite (Plus the highest): check the cost for the pool’s active users before switching (Amazon Cognito pricing).',
          code: 'aws cognito-idp update-user-pool --user-pool-id <pool-id> --user-pool-tier ESSENTIALS <every current setting>',
          warning: UPDATE_POOL_WARNING_EN,
        },
        {
          text: 'Let Cognito send as your verified Amazon SES identity: its sending-authorization policy must allow the Cognito email service principal `email.cognito-idp.amazonaws.com` for this pool.',
          code: ALLOW_COGNITO_TO_SEND,
        },
        {
          text: `Send email through that identity (console: ${consolePath('en', 'emailSending')}).`,
          code: `aws cognito-idp update-user-pool --user-pool-id <pool-id> <every current setting> \\
  --email-configuration EmailSendingAccount=DEVELOPER,SourceArn=arn:aws:ses:<region>:<account-id>:identity/<verified identity>,From=<from address>`,
          warning: UPDATE_POOL_WARNING_EN,
        },
        {
          text: 'Enable email MFA in the pool; the message must contain `{####}`.',
          code: SET_EMAIL_MFA,
          warning:
            'SetUserPoolMfaConfig sets the pool’s whole MFA configuration: pass the SMS and TOTP settings you use in the same call, or they may be turned off.',
        },
        {
          text: `Keep a password reset open to users with email MFA: offer a verified phone number as the next recovery option (console: ${consolePath('en', 'accountRecovery')}, “${consoleLabel('en', 'emailThenSms')}”), or reset their passwords as an administrator; make \`email\` and \`phone_number\` required attributes where you can.`,
        },
      ],
    },
    ja: {
      title: 'E メール MFA には Essentials または Plus プランと Amazon SES が必要',
      summary:
        'E メールによるワンタイムパスワードの MFA は、Essentials または Plus 機能プランで、Amazon SES 経由で E メールを送信する (`EmailSendingAccount: DEVELOPER`) ユーザープールでのみ使えます。それ以外では `FeatureUnavailableInTierException` などで拒否されます。',
      causes: [
        'プールが Lite 機能プラン (`UserPoolTier: LITE`) です。E メール MFA は Essentials と Plus の機能です。',
        'プールが Cognito のデフォルトの E メールアカウント (`EmailSendingAccount: COGNITO_DEFAULT`) で E メールを送信しています。E メール MFA には独自の Amazon SES ID (`DEVELOPER`) が必要です。',
        'E メール MFA を使うユーザーは、E メールをアカウントの復旧に使えなくなります。MFA のコードとパスワードリセットのコードを同じアドレスで受け取ることはできないため、E メール MFA のユーザーにはパスワードをリセットする別の方法 (次の復旧手段としての検証済みの電話番号、または管理者によるリセット) が必要です。AWS は、すべてのユーザーが両方を持つように `email` と `phone_number` を必須属性にすることを推奨しています。',
      ],
      fixes: [
        {
          text: 'プランと E メールの設定を確認します。',
          code: 'aws cognito-idp describe-user-pool --user-pool-id <pool-id> \\\n  --query "UserPool.[UserPoolTier,EmailConfiguration]"',
        },
        {
          text: 'プールを Essentials (または Plus) に変更します。コンソールではユーザープールの機能プランのページで、CLI では UpdateUserPool の `--user-pool-tier` で変更します。プランはプール全体に設定され、月間アクティブユーザーごとに Lite より高い料金で課金されます (Plus が最も高額)。変更する前に、プールのアクティブユーザー数での費用を確認してください (Amazon Cognito の料金)。',
          code: 'aws cognito-idp update-user-pool --user-pool-id <pool-id> --user-pool-tier ESSENTIALS <every current setting>',
          warning: UPDATE_POOL_WARNING_JA,
        },
        {
          text: '検証済みの Amazon SES ID として Cognito が送信できるようにします。その ID の送信承認ポリシーで、Cognito の E メールサービスプリンシパル `email.cognito-idp.amazonaws.com` にこのプールからの送信を許可する必要があります。',
          code: ALLOW_COGNITO_TO_SEND,
        },
        {
          text: `その ID から E メールを送信するように設定します (コンソール: ${consolePath('ja', 'emailSending')})。`,
          code: `aws cognito-idp update-user-pool --user-pool-id <pool-id> <every current setting> \\
  --email-configuration EmailSendingAccount=DEVELOPER,SourceArn=arn:aws:ses:<region>:<account-id>:identity/<verified identity>,From=<from address>`,
          warning: UPDATE_POOL_WARNING_JA,
        },
        {
          text: 'プールで E メール MFA を有効にします。メッセージには `{####}` を含める必要があります。',
          code: SET_EMAIL_MFA,
          warning:
            'SetUserPoolMfaConfig はプールの MFA 設定全体を設定します。使用中の SMS や TOTP の設定も同じ呼び出しで渡さないと、無効になることがあります。',
        },
        {
          text: `E メール MFA のユーザーもパスワードをリセットできるようにします。次の復旧手段として検証済みの電話番号を用意する (コンソール: ${consolePath('ja', 'accountRecovery')}、「${consoleLabel('ja', 'emailThenSms')}」)、または管理者がパスワードをリセットします。可能であれば \`email\` と \`phone_number\` を必須属性にします。`,
        },
      ],
    },
  },
  links: [SMS_MFA_GUIDE, MFA_GUIDE, FEATURE_PLANS, EMAIL_SETTINGS_GUIDE, apiReference('SetUserPoolMfaConfig')],
};
