/**
 * Held-out phrasings: questions people ask in a thread, written apart from the follow-up data (none is copied from
 * it), keyed by the follow-up that should answer. General topics are asked in a thread about `GENERAL_THREAD_ENTRY`.
 */
export const GENERAL_THREAD_ENTRY = 'code-mismatch';

export const questionPhrasings: Record<string, { en: string[]; ja: string[] }> = {
  'session-expired/change-duration': {
    en: [
      'how do I make it longer?',
      'can i bump the session timeout somewhere',
      'where is the setting to extend the session?',
      'How can we increase the authentication session duration on our app client?',
      'whats the aws cli to raise the sesion duration',
      'how do i change AuthSessionValidity with cdk',
      'is there a cloudformation property for the session length?',
    ],
    ja: [
      'セッションの時間はどこで変えますか？',
      'セッションの有効時間を15分に延ばしたいです',
      'アプリクライアントのセッション期間を変更する手順は？',
      'CDK で authSessionValidity を設定する方法を教えて',
      'セッションタイムアウトを長くするにはどうすればいいですか',
    ],
  },
  'session-expired/default-and-range': {
    en: ['what is the default value?', 'how many minutes is the default session', 'what is the maximum I can set?'],
    ja: ['デフォルト値は何分？', '最大で何分まで設定できますか', 'セッションの既定の長さはどのくらいですか'],
  },
  'session-expired/refresh-tokens': {
    en: [
      'will this change my refresh token expiration?',
      'does it affect refresh tokens?',
      'is the session the same thing as the id token validity',
    ],
    ja: ['リフレッシュトークンの有効期限も変わりますか？', 'これってトークンの有効期限と関係ありますか'],
  },
  'session-expired/longer-than-15': {
    en: ['can it go above 15 min?', 'we need more than 15 minutes, any option?'],
    ja: ['15分以上にはできないのでしょうか', '15分を超える設定は可能ですか'],
  },
  'session-expired/which-steps': {
    en: ['does the 3 minutes include typing the mfa code?', 'is the session timer per challenge step?'],
    ja: ['MFAコードを入力する時間も3分に含まれるの？', 'セッションはチャレンジごとにリセットされますか'],
  },
  'totp-missing-admin-scope/what-is-scope': {
    en: ['what does the aws.cognito.signin.user.admin scope mean?', 'what is this user.admin scope exactly'],
    ja: ['aws.cognito.signin.user.admin スコープって何？', 'このスコープの意味を教えてください'],
  },
  'totp-missing-admin-scope/allow-on-client': {
    en: [
      'how do I enable that scope on my app client?',
      'how can I add aws.cognito.signin.user.admin to allowed oauth scopes',
      'what cli command adds the scope to the client',
    ],
    ja: ['アプリクライアントでそのスコープを許可する方法は？', 'CLI でスコープを追加するコマンドを教えて'],
  },
  'totp-missing-admin-scope/hosted-ui': {
    en: [
      'what about the hosted UI?',
      'we log in with managed login, how do we request the scope',
      'how do I add the scope to the authorize request',
    ],
    ja: ['マネージドログインの場合はどうすればいいですか？', 'ホストされたUIで scope を要求するには'],
  },
  'totp-missing-admin-scope/why-initiateauth': {
    en: [
      'why does it work when I sign in with InitiateAuth?',
      'why do InitiateAuth tokens include it but hosted ui ones dont',
    ],
    ja: ['InitiateAuth でサインインすると動くのはなぜ？', 'API でのログインではスコープが入るのはどうしてですか'],
  },
  'totp-missing-admin-scope/without-token': {
    en: ['can I register totp without an access token', 'is there an admin version of AssociateSoftwareToken?'],
    ja: ['アクセストークンがなくても TOTP を登録できますか？', 'AssociateSoftwareToken の管理者用 API はありますか'],
  },
  'code-mismatch/call-order': {
    en: [
      'what order do I call the totp apis in?',
      'whats the correct sequence for MFA_SETUP',
      'do I call AssociateSoftwareToken first and then VerifySoftwareToken?',
      'which session do I pass to RespondToAuthChallenge after verifying the token',
    ],
    ja: [
      'TOTP を設定するときの API の順番は？',
      'MFA_SETUP のときの正しい呼び出し順を教えてください',
      'VerifySoftwareToken の後は何を呼べばいいですか',
    ],
  },
  'code-mismatch/clock-skew': {
    en: [
      'could it be clock drift on the phone?',
      'the totp code is correct but cognito rejects it',
      'does time sync matter?',
    ],
    ja: ['端末の時計のずれが原因ですか？', '正しいコードなのに弾かれます', '時刻同期は関係ありますか'],
  },
  'code-mismatch/challenge-response-keys': {
    en: [
      'what key should the code go under in ChallengeResponses?',
      'should I use SMS_MFA_CODE or SOFTWARE_TOKEN_MFA_CODE?',
    ],
    ja: ['ChallengeResponses のキーは何にすればいいですか？', 'SOFTWARE_TOKEN_MFA_CODE を使うべきですか'],
  },
  'code-mismatch/signup-code': {
    en: ['is this the same as the signup confirmation code error?', 'does this also cover forgot password codes'],
    ja: ['サインアップ確認コードのエラーとは別物ですか？', 'パスワードを忘れた場合のコードにも関係ありますか'],
  },
  'sms-first-time-setup/sandbox': {
    en: ['how do I check whether my account is in the sms sandbox?', 'how do we exit the SNS sandbox'],
    ja: ['SMS のサンドボックスかどうか確認する方法は？', 'サンドボックスを抜ける手順を教えてください'],
  },
  'sms-first-time-setup/spend-limit': {
    en: ['how do I increase the sms spending limit?', 'whats the default monthly spend limit for sms'],
    ja: ['SMS の月額上限を上げるには？', '利用上限のデフォルト額は？'],
  },
  'sms-first-time-setup/which-region': {
    en: ['which sns region does my pool use?', 'does sns need to be in the same region as cognito'],
    ja: ['プールはどのリージョンの SNS を使っていますか？', 'SNS のリージョンはプールと同じである必要がありますか'],
  },
  'sms-first-time-setup/origination-identity': {
    en: ['do we need a toll-free number for US users?', 'is an origination number required?'],
    ja: ['米国向けにはトールフリー番号が必要ですか？', '送信元番号の登録は必要ですか'],
  },
  'sms-unverified-phone/verify-first': {
    en: ['does the phone number have to be verified first?', 'will the code go to an unverified phone'],
    ja: ['電話番号は先に検証しておく必要がありますか？', '未検証の番号にも送られますか'],
  },
  'sms-unverified-phone/mark-verified': {
    en: ['can I set phone_number_verified to true myself?', 'how to mark the number verified as an admin'],
    ja: ['phone_number_verified を管理者が true にできますか？', '番号を検証済みにする CLI は？'],
  },
  'sms-unverified-phone/not-arriving': {
    en: ['why is the sms not arriving for some users?', 'some phones never receive the code, why'],
    ja: ['一部のユーザーに SMS が届かないのはなぜ？', 'コードが届かない端末があります'],
  },
  'sms-role-access-policy/policy-json': {
    en: ['what permissions does the sms role need?', 'can you show an example policy for the role'],
    ja: ['SMS ロールにはどんな権限が必要ですか？', 'ロールのポリシーの例を教えてください'],
  },
  'sms-role-access-policy/why-star': {
    en: ['why must the resource be *?', 'can I scope sns:Publish to a topic ARN instead'],
    ja: ['リソースを * にしないといけない理由は？', 'トピックの ARN に制限できませんか'],
  },
  'sms-role-access-policy/scp': {
    en: ['could a service control policy be blocking it?', 'how do I test whether the role can publish'],
    ja: ['SCP でブロックされている可能性はありますか？', 'ロールが Publish できるかテストする方法は'],
  },
  'sms-role-trust/trust-policy': {
    en: ['what does the trust policy need to look like?', 'which principal should the trust relationship allow'],
    ja: ['信頼ポリシーの正しい書き方は？', '信頼関係で許可するプリンシパルは何ですか'],
  },
  'sms-role-trust/external-id': {
    en: ['where is the external id for my pool?', 'how do I find the ExternalId to put in the trust policy'],
    ja: ['プールの外部 ID はどこにありますか？', 'ExternalId の確認方法を教えて'],
  },
  'sms-role-trust/role-deleted': {
    en: ['what happens if someone deleted the role?', 'we just recreated the role and it still fails'],
    ja: ['ロールが削除されていたらどうなりますか？', 'ロールを作り直したのにまだ失敗します'],
  },
  'sms-mfa-invalid-parameter/cli': {
    en: ['what is the right command to enable sms mfa?', 'which fields does SmsMfaConfiguration require'],
    ja: ['SMS MFA を有効にするコマンドは？', 'SmsMfaConfiguration の必須項目は何ですか'],
  },
  'sms-mfa-invalid-parameter/cloudformation': {
    en: [
      'how do I fix it in my cloudformation template?',
      'our cdk stack with sms mfa fails, what properties are needed',
    ],
    ja: ['CloudFormation テンプレートではどう修正しますか？', 'CDK のスタックで SMS MFA が失敗します'],
  },
  'totp-pool-mfa-first/enable-mfa': {
    en: ['how do I enable mfa on the pool?', 'where in the console do I turn on mfa'],
    ja: ['プールの MFA を有効にする方法は？', 'コンソールで MFA をオンにする場所は'],
  },
  'totp-pool-mfa-first/optional-vs-required': {
    en: ['should we make mfa optional or required?', 'what changes for existing users if mfa is required'],
    ja: ['MFA は任意と必須どちらがいいですか？', '必須にしたら既存のユーザーはどうなりますか'],
  },
  'totp-associate-before-signin/preprovision': {
    en: ['can I set up totp for users before they sign in?', 'can an admin pre-register the authenticator for a user'],
    ja: ['サインイン前にユーザーの TOTP を設定できますか？', '管理者が認証アプリを事前に登録できますか'],
  },
  'totp-associate-before-signin/during-signin': {
    en: ['how do I associate the token during the sign in flow?', 'can AssociateSoftwareToken take the session?'],
    ja: ['サインインの途中でトークンを関連付けるには？', 'AssociateSoftwareToken にセッションを渡せますか'],
  },
  'federated-users-no-mfa/enforce-at-idp': {
    en: ['how do we force mfa for google users?', 'can cognito enforce mfa for saml users'],
    ja: ['Google ユーザーに MFA を強制するには？', 'SAML ユーザーに Cognito の MFA を必須にできますか'],
  },
  'federated-users-no-mfa/is-federated': {
    en: ['how do I know whether a user is federated?', 'what is EXTERNAL_PROVIDER status'],
    ja: ['フェデレーションユーザーかどうかの見分け方は？', 'EXTERNAL_PROVIDER ってどういう状態？'],
  },
  'federated-users-no-mfa/linked-users': {
    en: ['what if the idp user is linked to a native user?', 'does mfa apply to linked accounts'],
    ja: ['IdP ユーザーをネイティブユーザーにリンクした場合は？', 'リンクしたアカウントにも MFA はかかりますか'],
  },
  'session-used-once/why-twice': {
    en: ['why would the session be used twice?', 'could a retry reuse the session?'],
    ja: ['セッションが二回使われる原因は？', 'リトライでセッションが再利用されることはありますか'],
  },
  'session-used-once/recover': {
    en: ['how should the app recover from this?', 'do we have to restart the sign in?'],
    ja: ['アプリはどう復帰すればいいですか？', 'サインインをやり直す必要がありますか'],
  },
  'session-invalid/which-session': {
    en: ['which session do I send?', 'where do I get the session value from'],
    ja: ['どのセッションを送ればいいですか？', 'セッションの値はどこから取るのですか'],
  },
  'session-invalid/username-client': {
    en: [
      'does USERNAME have to match the one from the challenge?',
      'I log in with email, what USERNAME goes in the challenge',
    ],
    ja: [
      'USERNAME はチャレンジのものと一致させる必要がありますか？',
      'メールでログインする場合 USERNAME には何を入れますか',
    ],
  },
  'enable-software-token-mismatch/qr-code': {
    en: ['how do I generate the qr code?', 'what is the otpauth url format'],
    ja: ['QR コードの作り方は？', 'otpauth の URL の形式を教えて'],
  },
  'enable-software-token-mismatch/new-secret': {
    en: [
      'does AssociateSoftwareToken generate a new secret every time?',
      'the user scanned an old qr code, is that the problem',
    ],
    ja: ['AssociateSoftwareToken を呼ぶたびにシークレットは変わりますか？', '古い QR コードを読み取ったのが原因ですか'],
  },
  'totp-not-enabled-in-pool/enable-totp': {
    en: ['how do I turn on totp for the pool?', 'how to enable authenticator apps in cdk'],
    ja: ['プールで TOTP をオンにするには？', 'CDK で認証アプリを有効にする方法'],
  },
  'totp-not-enabled-in-pool/user-vs-pool': {
    en: ['is this a pool or a user problem?', 'how can I check whether totp is enabled in the pool'],
    ja: ['プールの問題ですか、ユーザーの問題ですか？', 'プールで TOTP が有効か確認する方法は'],
  },
  'totp-no-delivery-config/order': {
    en: ['what has to happen before SetUserMFAPreference?', 'how do I make totp preferred for the user'],
    ja: ['SetUserMFAPreference の前に必要なことは？', 'TOTP を優先 MFA にするにはどうすれば'],
  },
  'totp-no-delivery-config/check-user': {
    en: ['how do I see whether this user has totp?', 'where do I look at the users mfa settings'],
    ja: ['このユーザーが TOTP を設定しているか確認するには？', 'ユーザーの MFA 設定を確認する方法'],
  },
  'totp-code-reused/why': {
    en: ['why is it saying already used?', 'the user only entered it once, why this error'],
    ja: ['なぜ使用済みと言われるのですか？', '1回しか入れていないのにこのエラーになります'],
  },
  'totp-code-reused/fix': {
    en: ['how long should the user wait for the next code?', 'what do we tell the user to do'],
    ja: ['次のコードまでどれくらい待てばいいですか？', 'ユーザーにはどう案内すればいいですか'],
  },
  'mfa-method-not-found/cause': {
    en: ['what causes this no mfa mechanism error?', 'why does cognito not find an mfa method'],
    ja: ['この MFA の方法が見つからないエラーの原因は？', 'なぜ MFA の方法がないと言われるのですか'],
  },
  'mfa-method-not-found/fix': {
    en: ['how do I fix this for the user?', 'how do I compare the pool and user mfa settings'],
    ja: ['このユーザーを直すにはどうすれば？', 'プールとユーザーの MFA 設定を比べるには'],
  },
  'session-missing/where-from': {
    en: ['where does the Session value come from?', 'which api gives me the session'],
    ja: ['Session の値はどこから来ますか？', 'セッションを返す API はどれですか'],
  },
  'session-missing/which-calls': {
    en: ['which apis require Session?', 'does VerifySoftwareToken need a session or access token'],
    ja: ['Session が必要な API は？', 'VerifySoftwareToken にはセッションとアクセストークンのどちらを渡しますか'],
  },
  'sms-mfa-no-phone-number/add-phone': {
    en: ['how can I add a phone number for this user?', 'cli to set the phone_number attribute'],
    ja: ['このユーザーに電話番号を追加する方法は？', 'phone_number 属性を設定するコマンドは'],
  },
  'sms-mfa-no-phone-number/format': {
    en: ['what phone number format does cognito want?', 'does the number need +81'],
    ja: ['電話番号の形式はどうすればいいですか？', '+81 を付ける必要はありますか'],
  },
  'legacy-mfa-options/replacement': {
    en: ['what replaces MFAOptions?', 'which api should I use instead of SetUserSettings'],
    ja: ['MFAOptions の代わりの API は？', 'SetUserSettings の代わりに何を使えばいいですか'],
  },
  'mfa-config-off-and-configured/turn-off': {
    en: ['how do I disable mfa properly?', 'what should my template have when mfa is OFF'],
    ja: ['MFA をちゃんと無効化するには？', 'MFA を OFF にするときテンプレートはどう書く？'],
  },
  'code-delivery-failure/causes': {
    en: ['why did the code fail to deliver?', 'what usually causes CodeDeliveryFailureException'],
    ja: ['コードの配信に失敗した原因は？', 'CodeDeliveryFailureException の主な原因は'],
  },
  'totp-not-set-up-for-user/fix': {
    en: ['how does this user set up totp?', 'the user lost their authenticator app, what now?'],
    ja: ['このユーザーに TOTP を設定させるには？', 'ユーザーが認証アプリを紛失しました'],
  },
  'totp-not-set-up-for-user/pool-or-user': {
    en: ['is it a pool setting problem?', 'does this mean totp is enabled on the pool'],
    ja: ['プールの設定が原因ですか？', 'プールでは TOTP が有効ということですか'],
  },
  'email-mfa-requirements/plan': {
    en: ['what plan is needed for email mfa?', 'how do I move the pool to the essentials plan'],
    ja: ['メール MFA に必要なプランは？', 'Essentials プランに変更する方法は'],
  },
  'email-mfa-requirements/ses': {
    en: ['is SES required for email mfa?', 'can I use COGNITO_DEFAULT for email mfa'],
    ja: ['メール MFA に SES は必須ですか？', 'COGNITO_DEFAULT でメール MFA は使えますか'],
  },
  'email-mfa-requirements/enable': {
    en: ['how do I enable email mfa?', 'command to turn on EMAIL_OTP'],
    ja: ['メール MFA を有効化するには？', 'EMAIL_OTP をオンにするコマンドは'],
  },
  'general/mfa-factors': {
    en: ['should we use sms or an authenticator app?', 'which is better, sms or totp?'],
    ja: ['SMS と認証アプリのどちらがいいですか？', 'SMS と TOTP の違いは？'],
  },
  'general/feature-plans': {
    en: ['whats the difference between lite essentials and plus?', 'what do the feature plans include'],
    ja: ['Lite と Essentials と Plus の違いは？', '機能プランごとの違いを教えて'],
  },
  'general/remembered-devices': {
    en: ['can we skip mfa on remembered devices?', 'how do I set up device remembering'],
    ja: ['記憶したデバイスでは MFA をスキップできますか？', 'デバイス記憶の設定方法は'],
  },
  'general/threat-protection': {
    en: ['can we require mfa only for risky logins?', 'how does adaptive authentication work'],
    ja: ['リスクが高いログインだけ MFA にできますか？', 'アダプティブ認証の仕組みは'],
  },
  'general/sms-delivery-logs': {
    en: ['where do I find the sms delivery logs?', 'how can I see if sns actually sent the text'],
    ja: ['SMS の配信ログはどこにありますか？', 'SNS が実際に SMS を送ったか確認するには'],
  },
  'general/federated-mfa': {
    en: ['does cognito mfa apply to federated users?', 'do saml users get mfa prompts'],
    ja: ['フェデレーションユーザーにも MFA は適用されますか？', 'SAML ユーザーにも MFA が求められますか'],
  },
  'general/passkeys': {
    en: ['does cognito do passkeys?', 'can I use webauthn as mfa'],
    ja: ['Cognito でパスキーは使えますか？', 'WebAuthn を MFA にできますか'],
  },
  'general/reset-user-mfa': {
    en: ['how do I reset mfa for a user who lost their phone?', 'how can an admin turn off totp for one user'],
    ja: ['スマホを紛失したユーザーの MFA をリセットするには？', '管理者がユーザーの TOTP を無効にする方法'],
  },
  'general/amplify-totp': {
    en: ['how do I do totp setup with amplify v6?', 'how does setUpTOTP work in amplify'],
    ja: ['Amplify v6 で TOTP を設定する方法は？', 'Amplify の setUpTOTP の使い方を教えて'],
  },
  'general/bot-help': {
    en: ['what can this bot do?', 'what can I ask you here?'],
    ja: ['このボットは何ができますか？', 'ここで何を聞けますか'],
  },
};

/** People talking to each other in the thread: the bot must stay silent (not mentioned). */
export const sideTalk: { entry: string; message: string }[] = [
  { entry: 'session-expired', message: 'thanks, trying that now @alice' },
  { entry: 'session-expired', message: '<@U123ABC> can you look at this?' },
  { entry: 'session-expired', message: 'lol' },
  { entry: 'session-expired', message: "ok I'll deploy after lunch" },
  { entry: 'session-expired', message: '了解です、明日やります' },
  { entry: 'session-expired', message: '<@U0ALICE1> how do I make it longer?' },
  { entry: 'session-expired', message: 'deploying the change now' },
  { entry: 'session-expired', message: 'pushed to staging, will check in 10' },
  { entry: 'session-expired', message: 'ok' },
  { entry: 'session-expired', message: '👍' },
  { entry: 'session-expired', message: 'yeah that makes sense' },
  { entry: 'session-expired', message: 'thanks!' },
  { entry: 'session-expired', message: 'ありがとうございます！' },
  { entry: 'session-expired', message: 'I think we set it to 5 minutes last sprint' },
  { entry: 'session-expired', message: 'let me ask the platform team' },
  { entry: 'code-mismatch', message: 'wrong branch lol, redeploying' },
  { entry: 'code-mismatch', message: '@bob did you sync the clock on the test phone' },
  { entry: 'code-mismatch', message: 'やってみます' },
  { entry: 'code-mismatch', message: 'ちょっと確認してみますね' },
  { entry: 'code-mismatch', message: '明日の朝もう一度試します' },
  { entry: 'code-mismatch', message: 'お疲れさまです、QA 環境で再現しました' },
  { entry: 'code-mismatch', message: 'same here, it started this morning' },
  { entry: 'code-mismatch', message: 'meeting in 5, brb' },
  { entry: 'totp-missing-admin-scope', message: '<@U0BOB22> can you update the client config when you get a chance?' },
  { entry: 'totp-missing-admin-scope', message: 'merged, thanks for the review' },
  { entry: 'totp-missing-admin-scope', message: 'スコープ追加しておきました @tanaka' },
  { entry: 'totp-missing-admin-scope', message: 'I will open a PR for the amplify config' },
  { entry: 'sms-role-trust', message: 'the role was created by terraform last week' },
  { entry: 'sms-role-trust', message: 'terraform apply is running' },
  { entry: 'sms-role-trust', message: 'なるほど、ロールは先週作り直したんですよね' },
  // Questions people ask each other, not the bot.
  { entry: 'session-expired', message: 'did anyone try it on android yet?' },
  { entry: 'session-expired', message: 'who is on call today?' },
  { entry: 'session-expired', message: 'should we roll back the release?' },
  { entry: 'session-expired', message: 'can someone review my PR?' },
  { entry: 'session-expired', message: 'is staging down again?' },
  { entry: 'code-mismatch', message: 'what time is the standup?' },
  { entry: 'code-mismatch', message: 'are you still seeing it on your phone?' },
  { entry: 'code-mismatch', message: 'どの端末で再現しましたか？' },
  { entry: 'code-mismatch', message: '今日のリリースは延期ですか？' },
  { entry: 'totp-missing-admin-scope', message: 'which branch has the amplify change?' },
  { entry: 'totp-missing-admin-scope', message: '誰かレビューお願いできますか？' },
  { entry: 'sms-role-trust', message: 'who created that role originally?' },
  { entry: 'sms-role-trust', message: 'ロールは誰が作ったんでしたっけ？' },
];

/** Commands people give the bot in a thread. */
export const commands: { message: string; expected: Record<string, unknown> }[] = [
  { message: 'check us-east-1_AbC123def', expected: { kind: 'check', poolRef: 'us-east-1_AbC123def' } },
  {
    message: 'can you check eu-west-1_XXXX for alice',
    expected: { kind: 'check', poolRef: 'eu-west-1_XXXX', username: 'alice' },
  },
  { message: 'プール ap-northeast-1_xxx をチェックして', expected: { kind: 'check', poolRef: 'ap-northeast-1_xxx' } },
  {
    message: 'プール ap-northeast-1_AbCdEfGhI のユーザー tanaka を確認して',
    expected: { kind: 'check', poolRef: 'ap-northeast-1_AbCdEfGhI', username: 'tanaka' },
  },
  {
    message: 'please scan arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_AbCdEfGhI',
    expected: { kind: 'check', poolRef: 'arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_AbCdEfGhI' },
  },
  {
    message: 'check us-east-2_Zz9 user bob@example.com',
    expected: { kind: 'check', poolRef: 'us-east-2_Zz9', username: 'bob@example.com' },
  },
  {
    message: 'check us-gov-west-1_AbC123def username: carol!!',
    expected: { kind: 'check', poolRef: 'us-gov-west-1_AbC123def', username: 'carol' },
  },
  {
    message: 'dave.k@example.comさんの設定を ap-northeast-1_AbC123def でチェックして',
    expected: { kind: 'check', poolRef: 'ap-northeast-1_AbC123def', username: 'dave.k@example.com' },
  },
  {
    message: 'ap-northeast-1_AbC123def のユーザー：erin を確認して',
    expected: { kind: 'check', poolRef: 'ap-northeast-1_AbC123def', username: 'erin' },
  },
  { message: 'not it', expected: { kind: 'not-it' } },
  { message: 'wrong', expected: { kind: 'not-it' } },
  { message: "that's not it", expected: { kind: 'not-it' } },
  { message: "nope, didn't help", expected: { kind: 'not-it' } },
  { message: 'That is not the problem unfortunately', expected: { kind: 'not-it' } },
  { message: '違う', expected: { kind: 'not-it' } },
  { message: 'これじゃない', expected: { kind: 'not-it' } },
  { message: 'うーん、これではないです', expected: { kind: 'not-it' } },
  { message: '解決しませんでした', expected: { kind: 'not-it' } },
  { message: 'in Japanese', expected: { kind: 'language', lang: 'ja' } },
  { message: 'in Japanese please', expected: { kind: 'language', lang: 'ja' } },
  { message: 'can you answer in japanese?', expected: { kind: 'language', lang: 'ja' } },
  { message: '日本語で', expected: { kind: 'language', lang: 'ja' } },
  { message: '日本語でお願いします', expected: { kind: 'language', lang: 'ja' } },
  { message: 'in English please', expected: { kind: 'language', lang: 'en' } },
  { message: '英語で', expected: { kind: 'language', lang: 'en' } },
  { message: '英語で説明してください', expected: { kind: 'language', lang: 'en' } },
];
