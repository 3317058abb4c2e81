import { consolePath } from '../console-labels';
import type { CatalogueEntry } from '../types';
import { DESCRIBE_SMS_PATH } from './shared-code';
import {
  EUMS_SMS_CONFIG,
  KC_MFA_ERRORS,
  KC_MFA_ERRORS_JA,
  SMS_COUNTRIES,
  SMS_FIRST_TIME_SETUP,
  SMS_SETTINGS_GUIDE,
  SNS_SMS_SANDBOX,
  SNS_SPEND_LIMIT,
} from './shared-links';

/** The direct path has its own account tier (sandbox or production) and spend limits, in the pool's Region. */
const EUMS_ACCOUNT = `aws pinpoint-sms-voice-v2 describe-account-attributes --region <pool-region>
aws pinpoint-sms-voice-v2 describe-spend-limits --region <pool-region>`;

export const entry: CatalogueEntry = {
  id: 'sms-first-time-setup',
  kind: 'precondition',
  signatures: {
    exceptions: [],
    messages: [
      'SNSSandbox',
      '"SmsConfigurationFailure": "SNSSandbox"',
      '"providerResponse": "Internal error"',
      'Unable to send the message. User pool does not have SMS configuration to send messages.',
      'Invalid phone number provided/Unable to send the message. User pool does not have SMS configuration to send messages.',
    ],
    sources: {
      SNSSandbox: 'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserPoolType.html',
      '"SmsConfigurationFailure": "SNSSandbox"':
        'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserPoolType.html',
      '"providerResponse": "Internal error"':
        'https://github.com/amazon-archives/aws-mobile-react-native-starter/issues/69',
      'Unable to send the message. User pool does not have SMS configuration to send messages.':
        'https://github.com/aws-amplify/amplify-js/issues/166',
      'Invalid phone number provided/Unable to send the message. User pool does not have SMS configuration to send messages.':
        'https://github.com/aws-amplify/amplify-js/issues/166',
    },
    unconfirmed: ['"providerResponse": "No quota left for account"'],
    prose: {
      en: [
        'MFA SMS never arrives',
        'SMS code not received',
        'users do not get the verification text message',
        'SNS SMS sandbox',
        'account is in the SMS sandbox',
        'SMS monthly spend limit reached',
        'SMS spending limit',
        'origination number for US SMS',
        'SMS works for my number but not for customers',
        'SMS not delivered in production',
      ],
      ja: [
        'SMS が届かない',
        'MFA の SMS が来ない',
        '認証コードの SMS が届かない',
        'SMS サンドボックス',
        'SNS のサンドボックスから出ていない',
        'SMS の月間使用上限に達した',
        '初めて SMS メッセージングを設定する',
        '送信元番号 (オリジネーション ID)',
        'SMS が送信されない',
        '本番環境で SMS が届かない',
        'SMS が届きません',
        '自分の番号には届く',
      ],
    },
  },
  symptoms: {
    en: [
      'SMS codes never arrive, or arrive only for a few numbers, because the account is still in the SNS SMS sandbox.',
      'Texts stop after a while because the monthly SMS spending limit of one dollar is reached.',
      'Messages to some countries are sent from another region or need an origination number or sender ID.',
      'Cognito reports the code as sent, but it arrives only on the few test phones registered in the SNS sandbox, not on real phones.',
      'It worked while the team tested with their own phones; after launch real customers get no text message at all, because nobody moved the account out of the SMS sandbox.',
      'The SNS text messaging (SMS) page says the account is in the sandbox; how do we request production access so Cognito can text any number?',
      'SMS delivery worked for a few days and then stopped for everyone: the SNS delivery status log shows No quota left for account, the spend limit was never raised.',
      'SNS delivery logs show every Cognito SMS as FAILED, although the SMS IAM role is set and Cognito says the code was sent.',
      'Texts to US phone numbers fail because the account has no registered toll-free number or 10DLC origination identity; numbers in other countries receive them.',
      'The user pool lives in one Region but SMS goes out from its SNS Region (SnsRegion), and that Region is still in the sandbox or has the default spend limit.',
      'Resend says a new code went out, yet no SMS reaches the phone, for the sign-up confirmation code and the SMS_MFA challenge alike.',
      'Some destination countries receive nothing because they require a registered sender ID or origination number in AWS End User Messaging SMS.',
      'Sign-in with SMS MFA fails because the message cannot be sent: the user pool has no SMS configuration, no IAM role for Amazon SNS was ever set up.',
      'Do we need to verify destination numbers, buy an origination number or raise the SMS spend limit before SMS MFA works in production?',
      'Verifying the phone_number attribute (GetUserAttributeVerificationCode, sendUserAttributeVerificationCode in Amplify) returns success, yet no SMS arrives and no error shows.',
      'A new or free-tier account whose request for SMS production access or a higher spend limit is pending or declined cannot text anyone outside the sandbox.',
      'Which End User Messaging SMS steps (production access, an origination number, sandbox destinations) does Cognito need before it can text codes in production?',
      'A pool in an Asia Pacific or European Region cannot text US numbers: the US needs a registered toll-free number or 10DLC in the sending Region.',
    ],
    ja: [
      'SMS のコードが届かない、または一部の番号にしか届かない。SNS の SMS サンドボックスのまま。',
      'しばらくすると SMS が送られなくなる。月 1 ドルの SMS 利用上限に達している。',
      '国によっては別リージョンから送られたり、送信元番号の登録が必要になる。',
      'コードは送信済みになるのに、SNS サンドボックスで検証した番号にしか SMS が届かない。',
      '開発中は自分のスマホに SMS が届いていたのに、本番リリース後は一般ユーザーに全く届かない。サンドボックスから本番に移行していなかった。',
      'SNS コンソールのテキストメッセージング (SMS) を見るとアカウントがまだサンドボックス。本番アクセスはどこから申請する？',
      '数日は届いていたのに急に誰にも SMS が来なくなった。配信ログに No quota left for account とあり、使用上限を上げていなかった。',
      'SMS 用の IAM ロールは設定済みなのに、SNS の配信ステータスログを見ると Cognito の SMS が全部 FAILED になっている。',
      '米国の番号にだけ SMS が送れない。トールフリー番号や 10DLC などの送信元 ID を登録していないのが原因らしい。',
      'ユーザープールと SMS を送る SNS のリージョン (SnsRegion) が違っていて、そちらのリージョンがサンドボックスのままだった。',
      '再送ボタンではコードを再送しましたと出るのに、サインアップ確認でも SMS_MFA チャレンジでも SMS が一向に来ない。',
      '海外の一部の国の番号に SMS が届かない。その国は End User Messaging SMS で送信者 ID や送信元番号の登録が必要。',
      'ユーザープールに SMS 用の IAM ロールを一度も設定しておらず、SMS の設定がないのでメッセージを送れないと言われてサインインできない。',
      '本番で SMS MFA を使う前に、送信先番号の検証、送信元番号の取得、SMS の使用上限の引き上げが必要なのか知りたい。',
      '電話番号属性の検証 (GetUserAttributeVerificationCode、Amplify の sendUserAttributeVerificationCode) は成功で返るのに、SMS が来ずエラーも出ない。',
      '新しいアカウントや無料利用枠で SMS の本番アクセスや上限引き上げの申請が保留・却下され、サンドボックス外の番号に送れない。',
      '本番で Cognito がコードを SMS で送るには、End User Messaging SMS の本番アクセス、送信元番号、サンドボックスの送信先のどれが要るのか。',
      'アジアや欧州のリージョンのプールからアメリカ (米国) の番号に届かない。米国宛ては送信リージョンで登録済みのトールフリー番号か 10DLC が必要。',
    ],
  },
  text: {
    en: {
      title: 'Finish the first-time SMS setup before using SMS MFA',
      summary:
        'SMS MFA depends on the pool’s SMS path being ready to send: Amazon SNS in the pool’s SNS region, or AWS End User Messaging SMS directly in the pool’s Region. Out of the SMS sandbox (or with verified destinations), a spend limit that is not used up, and an origination identity where the destination country requires one.',
      causes: [
        'The account is in the Amazon SNS SMS sandbox for the pool’s SNS region: SMS reach only the (up to 10) verified sandbox numbers. `DescribeUserPool` may show `SmsConfigurationFailure: SNSSandbox`.',
        'The monthly SMS spend limit is used up (the default for new accounts is USD 1.00): the SNS delivery log shows `No quota left for account`.',
        'No registered origination identity for destinations that require one: since June 2021, US numbers need a toll-free number, 10DLC or short code whose registration is approved, which can take up to 15 business days; a number that is obtained but not yet registered does not send. Or the destination country blocks the sender.',
        'SMS is sent from the pool’s `SnsRegion`, which may differ from the pool’s region; sandbox status and spend limit are per region.',
        'The user pool has no SMS configuration at all (no IAM role for SNS).',
        'The pool sends SMS through AWS End User Messaging SMS directly (`SmsConfiguration.EumsSms`; required in Regions where Amazon SNS does not send SMS). The SNS sandbox and spend limit do not apply then: End User Messaging SMS has its own sandbox, spend limits and origination identities, in the pool’s Region.',
      ],
      fixes: [
        {
          text: 'Find the pool’s SMS path and any reported failure: `SnsCallerArn` sends through Amazon SNS in `SnsRegion` (the steps below); `EumsSms` sends through AWS End User Messaging SMS directly.',
          code: DESCRIBE_SMS_PATH,
        },
        {
          text: 'On the End User Messaging SMS direct path, check that service’s account tier (sandbox or production) and spend limits in the pool’s Region, and request production access or a higher limit in its console; the SNS steps below do not apply.',
          code: EUMS_ACCOUNT,
        },
        {
          text: 'Check the sandbox status in that region; while in the sandbox, add and verify each test number.',
          code: `aws sns get-sms-sandbox-account-status --region <sns-region>
aws sns create-sms-sandbox-phone-number --phone-number +<country code><number> --region <sns-region>
aws sns verify-sms-sandbox-phone-number --phone-number +<country code><number> --one-time-password <code> --region <sns-region>`,
        },
        {
          text: `Move the account out of the sandbox for production. Console: ${consolePath('en', 'exitSmsSandbox')} (opens a support case).`,
        },
        {
          text: 'Check the monthly spend limit and raise it (above the account quota, request an increase through AWS Support first).',
          code: `aws sns get-sms-attributes --attributes MonthlySpendLimit --region <sns-region>
aws sns set-sms-attributes --attributes MonthlySpendLimit=<USD> --region <sns-region>`,
        },
        {
          text: 'Turn on SMS delivery status logs to see why a message failed (`providerResponse`). For US destinations, get an origination identity (toll-free number or 10DLC) in AWS End User Messaging SMS and register it: registration can take up to 15 business days, so start it before launch.',
          code: `aws sns set-sms-attributes --region <sns-region> \\
  --attributes DeliveryStatusIAMRole=<logging-role-arn>,DeliveryStatusSuccessSamplingRate=100`,
        },
      ],
    },
    ja: {
      title: 'SMS MFA を使う前に SMS の初回設定を完了する',
      summary:
        'SMS MFA は、プールの SMS 経路が送信できる状態であることが前提です。経路は、プールの SNS リージョンの Amazon SNS か、プールのリージョンの AWS End User Messaging SMS 直接パスです。具体的には、SMS サンドボックスから移動済み (またはサンドボックスで送信先を検証済み)、使用上限に達していない、送信先の国で必要な場合は送信元 ID を取得済み、という状態です。',
      causes: [
        'プールの SNS リージョンで、アカウントが Amazon SNS の SMS サンドボックスにあります。SMS は検証済みのサンドボックス番号 (最大 10 件) にしか届きません。`DescribeUserPool` に `SmsConfigurationFailure: SNSSandbox` と表示されることがあります。',
        'SMS の月間使用上限に達しています (新しいアカウントのデフォルトは 1.00 USD)。SNS の配信ログに `No quota left for account` と記録されます。',
        '送信元 ID が必要な送信先なのに、登録済みの送信元 ID がありません。2021 年 6 月以降、米国の番号宛てには登録が承認されたフリーダイヤル番号、10DLC、ショートコードが必要で、登録には最大 15 営業日かかることがあります。取得しただけで登録が済んでいない番号からは送信されません。または、送信先の国が送信者をブロックしています。',
        'SMS はプールの `SnsRegion` から送信され、プールのリージョンと異なる場合があります。サンドボックスの状態と使用上限はリージョンごとです。',
        'ユーザープールに SMS 設定 (SNS 用の IAM ロール) がまったくありません。',
        'プールが AWS End User Messaging SMS 直接パス (`SmsConfiguration.EumsSms`。Amazon SNS が SMS を送信しないリージョンでは必須) で SMS を送信しています。この場合 SNS のサンドボックスと使用上限は関係なく、End User Messaging SMS 自身のサンドボックス、使用上限、送信元 ID がプールのリージョンで適用されます。',
      ],
      fixes: [
        {
          text: 'プールの SMS 経路と、報告されている失敗を確認します。`SnsCallerArn` なら `SnsRegion` の Amazon SNS 経由 (以下の手順)、`EumsSms` なら AWS End User Messaging SMS 直接パスです。',
          code: DESCRIBE_SMS_PATH,
        },
        {
          text: 'End User Messaging SMS 直接パスの場合は、プールのリージョンでそのサービスのアカウント階層 (サンドボックスか本番か) と使用上限を確認し、本番アクセスや上限の引き上げはそのコンソールで申請します。以下の SNS の手順は関係ありません。',
          code: EUMS_ACCOUNT,
        },
        {
          text: 'そのリージョンのサンドボックスの状態を確認します。サンドボックスにある間は、テストに使う番号を追加して検証します。',
          code: `aws sns get-sms-sandbox-account-status --region <sns-region>
aws sns create-sms-sandbox-phone-number --phone-number +<country code><number> --region <sns-region>
aws sns verify-sms-sandbox-phone-number --phone-number +<country code><number> --one-time-password <code> --region <sns-region>`,
        },
        {
          text: `本番環境ではアカウントをサンドボックスから移動します。コンソール: ${consolePath('ja', 'exitSmsSandbox')} (サポートケースが作成されます)。`,
        },
        {
          text: '月間使用上限を確認して引き上げます (アカウントのクォータを超える場合は、先に AWS サポートで引き上げをリクエストします)。',
          code: `aws sns get-sms-attributes --attributes MonthlySpendLimit --region <sns-region>
aws sns set-sms-attributes --attributes MonthlySpendLimit=<USD> --region <sns-region>`,
        },
        {
          text: 'SMS の配信ステータスログを有効にして失敗の理由 (`providerResponse`) を確認します。米国宛てには AWS End User Messaging SMS で送信元 ID (フリーダイヤル番号または 10DLC) を取得して登録します。登録には最大 15 営業日かかることがあるため、公開前に始めてください。',
          code: `aws sns set-sms-attributes --region <sns-region> \\
  --attributes DeliveryStatusIAMRole=<logging-role-arn>,DeliveryStatusSuccessSamplingRate=100`,
        },
      ],
    },
  },
  links: [
    KC_MFA_ERRORS,
    KC_MFA_ERRORS_JA,
    SMS_FIRST_TIME_SETUP,
    SMS_SETTINGS_GUIDE,
    SNS_SMS_SANDBOX,
    SNS_SPEND_LIMIT,
    EUMS_SMS_CONFIG,
    SMS_COUNTRIES,
  ],
};
