import type { CatalogueEntry } from '../types';
import {
  EMAIL_SETTINGS_GUIDE,
  EUMS_SMS_CONFIG,
  SMS_FIRST_TIME_SETUP,
  SMS_MFA_GUIDE,
  SMS_SETTINGS_GUIDE,
  SNS_SMS_SANDBOX,
} from './shared-links';

/** The SMS side of each path: SNS in the pool's SNS region, or End User Messaging SMS directly in the pool's Region. */
const CHECK_SMS_SIDE = `aws cognito-idp describe-user-pool --user-pool-id <pool-id> --query UserPool.SmsConfiguration
# Amazon SNS path (SnsCallerArn):
aws sns get-sms-sandbox-account-status --region <sns-region>
aws sns list-sms-sandbox-phone-numbers --region <sns-region>
aws sns get-sms-attributes --attributes MonthlySpendLimit --region <sns-region>
# End User Messaging SMS direct path (EumsSms):
aws pinpoint-sms-voice-v2 describe-account-attributes --region <pool-region>
aws pinpoint-sms-voice-v2 describe-spend-limits --region <pool-region>`;

export const entry: CatalogueEntry = {
  id: 'code-delivery-failure',
  kind: 'error',
  signatures: {
    exceptions: ['CodeDeliveryFailureException'],
    messages: [],
    prose: {
      en: [
        'verification code fails to deliver',
        'MFA code could not be delivered',
        'code delivery failure for SMS or email',
      ],
      ja: ['コードの配信に失敗', '認証コードを送信できない', 'CodeDeliveryFailure'],
    },
  },
  symptoms: {
    en: [
      'CodeDeliveryFailureException: ResendConfirmationCode, ForgotPassword or a sign-up fails because Cognito could not deliver the code.',
      'The phone attribute is stored in a local format without the country code, not E.164 such as +44 or +81, so the code cannot be delivered to it.',
      'Emails with codes stop after a few dozen a day because the pool sends with the Cognito default email and reached its daily quota.',
      'The SES sending identity configured on the pool cannot send to real users yet, so their mail fails while the team mailboxes work.',
      'resendSignUpCode or resetPassword in Amplify v6 (Auth.resendSignUp, Auth.forgotPassword in v5) throws because the message could not be delivered.',
      'The delivery logs show the message to that destination failed: opted out, blocked by the carrier, or an invalid destination.',
      'Why does Cognito say the code could not be delivered when the SES console can send mail to that user?',
      'The email bounces or the phone attribute has a typo, and every resend of the code fails to deliver.',
      'A phone number saved the way people write it locally, with a leading 0, spaces or dashes and no plus sign, is not E.164: it must be converted to plus, country code and number.',
      'A custom phone input or forgot-password form drops the international dialling prefix, so Cognito gets a number it cannot reach until the country prefix is restored.',
      'Existing phone numbers are stored in national format, without the country prefix: must every one of them be rewritten in E.164 first?',
    ],
    ja: [
      'ResendConfirmationCode や ForgotPassword、サインアップで CodeDeliveryFailureException になり、コードを配信できないと言われる。',
      '電話番号を国番号なしの、先頭が 0 の国内形式で登録していて、E.164 (+81 など) になっていないので SMS を配信できない。',
      'Cognito のデフォルトのメール送信を使っていて、1 日の送信上限に達すると確認コードのメールが送れなくなる。',
      'プールに設定した SES の送信元 ID がまだ一般のユーザーに送れる状態になっておらず、コードのメールが失敗する。',
      'Amplify の resendSignUpCode や resetPassword がコードの配信失敗の例外を投げる。',
      '配信ログを見ると、その宛先へのメッセージが失敗している (オプトアウト、キャリアのブロック、無効な宛先など)。',
      'SES のコンソールからはメールを送れるのに、Cognito はコードを配信できないと言う。',
      'メールがバウンスしたり電話番号の属性が間違っていたりして、コードを再送しても配信に失敗する。',
      '先頭の 0 やハイフン付きなど国内の書き方のまま保存された電話番号は E.164 ではない。+ と国番号から始まる形に変換する必要がある。',
      'サインアップやパスワードリセットのフォームが国番号を落として電話番号を送っている。国番号を付け直すと送信が通る。',
      '既存ユーザーの携帯番号が国番号なしの国内形式で入っている。全件を E.164 形式に書き換えないといけないのか。',
    ],
  },
  text: {
    en: {
      title: 'Cognito could not deliver the code by SMS or email',
      summary:
        'Cognito tried to send a code (MFA, verification or password reset) and the delivery through SNS or SES failed.',
      causes: [
        'SMS: the phone number is not in E.164 format, the account is in the SMS sandbox and the number is not verified there, the spend limit is used up, or the destination needs an origination identity. These limits are Amazon SNS’s, or AWS End User Messaging SMS’s when the pool sends through it directly (`SmsConfiguration.EumsSms`).',
        'Email: the SES identity is not verified or SES is still in its sandbox, or the Cognito default email account hit its daily sending quota.',
      ],
      fixes: [
        {
          text: 'Check the user’s destination attribute (`phone_number` in `+<country code><number>` form, or `email`).',
          code: 'aws cognito-idp admin-get-user --user-pool-id <pool-id> --username <username> --query UserAttributes',
        },
        {
          text: 'For SMS, find the pool’s SMS path, then check that side: sandbox status, verified numbers and spend limit of Amazon SNS in the pool’s SNS region, or the account tier and spend limits of End User Messaging SMS in the pool’s Region.',
          code: CHECK_SMS_SIDE,
        },
        {
          text: 'For email, check the pool’s email configuration and that the SES identity is verified and out of the SES sandbox.',
          code: `aws cognito-idp describe-user-pool --user-pool-id <pool-id> --query UserPool.EmailConfiguration
aws sesv2 get-account --region <ses-region>`,
        },
      ],
    },
    ja: {
      title: 'Cognito が SMS または E メールでコードを配信できなかった',
      summary:
        'Cognito がコード (MFA、検証、パスワードリセット) を送信しようとしましたが、SNS または SES での配信に失敗しました。',
      causes: [
        'SMS の場合: 電話番号が E.164 形式ではない、アカウントが SMS サンドボックスにあり番号がそこで検証されていない、使用上限に達している、送信先が送信元 ID を必要としている、のいずれかです。これらの制限は Amazon SNS のもの、プールが直接送信している場合 (`SmsConfiguration.EumsSms`) は AWS End User Messaging SMS のものです。',
        'E メールの場合: SES の ID が検証されていないか SES がまだサンドボックスにある、または Cognito のデフォルトの E メールアカウントが 1 日の送信クォータに達しています。',
      ],
      fixes: [
        {
          text: 'ユーザーの送信先の属性を確認します (`+<国番号><番号>` 形式の `phone_number`、または `email`)。',
          code: 'aws cognito-idp admin-get-user --user-pool-id <pool-id> --username <username> --query UserAttributes',
        },
        {
          text: 'SMS の場合は、プールの SMS 経路を確認してからその側を確認します。プールの SNS リージョンの Amazon SNS ならサンドボックスの状態、検証済みの番号、使用上限、プールのリージョンの End User Messaging SMS ならアカウント階層と使用上限です。',
          code: CHECK_SMS_SIDE,
        },
        {
          text: 'E メールの場合は、プールの E メール設定と、SES の ID が検証済みで SES のサンドボックスから出ていることを確認します。',
          code: `aws cognito-idp describe-user-pool --user-pool-id <pool-id> --query UserPool.EmailConfiguration
aws sesv2 get-account --region <ses-region>`,
        },
      ],
    },
  },
  links: [
    SMS_MFA_GUIDE,
    SMS_FIRST_TIME_SETUP,
    SMS_SETTINGS_GUIDE,
    SNS_SMS_SANDBOX,
    EUMS_SMS_CONFIG,
    EMAIL_SETTINGS_GUIDE,
  ],
};
