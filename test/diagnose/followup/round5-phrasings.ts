/**
 * Round 5 of the never-tuned follow-up phrasings (issue 13, third attempt), written on 2026-12-04 before this attempt
 * changed the follow-up engine, without running the engine on them, and never to be used for tuning: the honest
 * estimate for questions the data has not seen. Same shape as `round4-phrasings.ts`, keyed by the follow-up that
 * should answer; general topics are asked in a thread about `GENERAL_THREAD_ENTRY`. Written in other words than the
 * catalogue's own questions and rounds 3 and 4, the way people type in Slack: short, casual, typos, a topic sometimes
 * only implied by the thread. `scripts/measure-descriptions.ts --round 5` prints the figures.
 */
export const round5Phrasings: Record<string, { en: string[]; ja: string[] }> = {
  'code-delivery-failure/causes': {
    en: ['so what usually stops cognito from getting the code out?', 'whats typically behind a failed code send'],
    ja: ['コードが送れない原因って大体なに？', '送信失敗ってよくある理由ある？'],
  },
  'code-mismatch/call-order': {
    en: ['am i calling associate/verify/setpreference in the wrong sequence?'],
    ja: ['associate → verify → preference の順番これで合ってる？'],
  },
  'code-mismatch/clock-skew': {
    en: ['could the time on her iphone be off and that breaks it', 'android time drift maybe?'],
    ja: ['スマホの時計ずれてたら弾かれる？', '端末の時刻がおかしいせいって可能性ある？'],
  },
  'code-mismatch/challenge-response-keys': {
    en: ['what goes in ChallengeResponses for the sms step, which field name'],
    ja: ['ChallengeResponses のキー名って何にすればいい？'],
  },
  'code-mismatch/signup-code': {
    en: ['we see this on confirmSignUp too, same thing?'],
    ja: ['サインアップ確認のコードでも同じエラー出るけど同じ話？'],
  },
  'email-mfa-requirements/plan': {
    en: ['our pool is on lite, is that why email otp is greyed out'],
    ja: ['Lite プランだとメールの MFA 使えないの？'],
  },
  'email-mfa-requirements/ses': {
    en: [
      'do we really have to set up SES just for the mail codes?',
      'cant we keep the built in cognito sender for this',
    ],
    ja: ['メールの MFA のためだけに SES 用意しないとダメ？', 'Cognito 標準のメール送信のままじゃ無理？'],
  },
  'email-mfa-requirements/enable': {
    en: ['ok plan and ses are done, how do I actually switch email mfa on'],
    ja: ['プランと SES は済んだ、メール MFA はどこでオンにする？'],
  },
  'enable-software-token-mismatch/qr-code': {
    en: ['how do I turn the secret into something google authenticator can scan'],
    ja: ['シークレットから認証アプリで読める QR ってどう作るの？'],
  },
  'enable-software-token-mismatch/new-secret': {
    en: ['she hit setup twice, is the first qr now dead?', 'does a 2nd associate call invalidate the old key'],
    ja: ['セットアップ2回押したら最初の QR はもう無効？', 'associate をもう一回呼ぶと古い鍵は使えなくなる？'],
  },
  'enable-software-token-mismatch/algorithm': {
    en: ['our authenticator is set to 8 digits sha512, does cognito care'],
    ja: ['8桁の SHA512 設定の認証アプリでもいける？'],
  },
  'federated-users-no-mfa/enforce-at-idp': {
    en: ['so how do we force 2fa for the entra id folks', 'mfa for okta logins, where do we enforce it then'],
    ja: ['Google ログインの人に二要素を強制するには？', 'SAML 経由のユーザーにも MFA かけたいんだけど'],
  },
  'federated-users-no-mfa/is-federated': {
    en: ['how can i see in the console whether this guy came in via google'],
    ja: ['このユーザーが外部 IdP 経由かどうかどこで見分ける？'],
  },
  'federated-users-no-mfa/linked-users': {
    en: ['we merged the google identity into the password account, does mfa kick in now?'],
    ja: ['Google の ID を既存のパスワードユーザーに紐づけたら MFA は効く？'],
  },
  'general/mfa-factors': {
    en: [
      'texts or authenticator app, what would you pick for our customers',
      'is sms still ok as a second factor in 2026?',
    ],
    ja: ['SMS と認証アプリ、どっちにすべき？', 'メールとTOTPだとどっちがおすすめ？'],
  },
  'general/feature-plans': {
    en: ['which cognito tier do we even have?'],
    ja: ['Cognito の料金プランって何種類あるの？'],
  },
  'general/plan-change-cost': {
    en: ['how much extra per MAU if we go up a tier'],
    ja: ['上のプランに変えると MAU あたりいくら増える？'],
  },
  'general/remembered-devices': {
    en: ['can we stop asking for the code on the same laptop every day'],
    ja: ['同じPCなら毎回コード聞かないようにできる？', 'デバイス記憶ってどう設定するの'],
  },
  'general/threat-protection': {
    en: ['can cognito only prompt for 2fa when a login looks suspicious'],
    ja: ['怪しいログインのときだけ MFA 求めるみたいなことできる？'],
  },
  'general/sms-delivery-logs': {
    en: ['where would i find out if the text actually got to the phone', 'any log of sent sms per number?'],
    ja: ['SMS がちゃんと届いたかどこで確認できる？', '送ったSMSの履歴ってどこかに残ってる？'],
  },
  'general/federated-mfa': {
    en: ['do the saml people also get the cognito 2fa step?'],
    ja: ['SSO のユーザーにも Cognito の二段階認証出る？'],
  },
  'general/passkeys': {
    en: ['any chance we can do face id / touch id login with cognito', 'fido2 keys supported?'],
    ja: ['Cognito で Face ID ログインってできる？', 'FIDO2 のセキュリティキーは使える？'],
  },
  'general/reset-user-mfa': {
    en: [
      'customer got a new phone and lost the authenticator, can we wipe his mfa',
      'how to clear 2fa for one user from the backend',
    ],
    ja: ['機種変で認証アプリ消えたユーザーの MFA 解除したい', '特定ユーザーだけ二段階認証を外す方法は？'],
  },
  'general/amplify-totp': {
    en: ['any snippet for authenticator app enrolment with amplify gen2 auth'],
    ja: ['Amplify で認証アプリ登録するサンプルある？'],
  },
  'general/bot-help': {
    en: ['hey bot what can i ask you'],
    ja: ['このボットって何聞けばいいの？'],
  },
  'legacy-mfa-options/replacement': {
    en: ['setusersettings is what we have in the old lambda, whats the modern call'],
    ja: ['SetUserSettings の代わりに今は何使うの？'],
  },
  'mfa-config-off-and-configured/turn-off': {
    en: ['what is the right way to switch mfa off for the whole pool'],
    ja: ['プール全体の MFA を無効にする正しいやり方は？'],
  },
  'mfa-method-not-found/cause': {
    en: ['why does it think she has no second factor at all'],
    ja: ['なんで MFA の手段が無いって判定されるの？'],
  },
  'mfa-method-not-found/fix': {
    en: ['what do i change on his account so he can log in again', 'ok how do we unblock this one user'],
    ja: ['このユーザーがまたログインできるようにするには？', 'この人だけ直すにはどうすれば'],
  },
  'passkey-mfa-setup/per-user': {
    en: ['how do i make a passkey count as the second factor for a given user'],
    ja: ['ユーザー単位でパスキーを MFA として有効にするには？'],
  },
  'session-expired/change-duration': {
    en: ['can we give people more time on the code screen', 'bump the timeout pls, where is it'],
    ja: ['コード入力の制限時間もっと伸ばせない？', 'タイムアウト伸ばしたい、どこ触ればいい？'],
  },
  'session-expired/default-and-range': {
    en: ['whats the out of the box value, 3 min?'],
    ja: ['デフォルトって何分？最大は？'],
  },
  'session-expired/refresh-tokens': {
    en: ['if i change that will people get logged out sooner or later'],
    ja: ['これ変えたらリフレッシュトークンの期限にも影響する？'],
  },
  'session-expired/longer-than-15': {
    en: ['our users need like 30 min to find their phone lol, possible?'],
    ja: ['30分くらい猶予欲しいんだけど無理？'],
  },
  'session-expired/which-steps': {
    en: ['does the clock start at the password step or when the sms goes out'],
    ja: ['時間のカウントってパスワード入力から？コード送信から？'],
  },
  'session-invalid/which-session': {
    en: ['we keep the session from the first call, is that the wrong one?'],
    ja: ['最初のレスポンスの Session をずっと使ってるけどダメ？'],
  },
  'session-invalid/username-client': {
    en: ['login is by email but cognito returns a uuid username, which one goes in the answer'],
    ja: ['メールでログインしてるけど、チャレンジの USERNAME は sub の方？'],
  },
  'session-missing/where-from': {
    en: ['where am i supposed to grab that session value'],
    ja: ['その Session ってどこから取ってくるの？'],
  },
  'session-missing/which-calls': {
    en: ['does verifySoftwareToken want the session or the access token here'],
    ja: ['VerifySoftwareToken には Session とアクセストークンどっち渡す？'],
  },
  'session-used-once/why-twice': {
    en: ['we only hit submit once i swear, how is it reused', 'react strict mode double firing?'],
    ja: ['1回しか送ってないのになんで二重使用になるの？', 'useEffect が2回走ってるせい？'],
  },
  'session-used-once/recover': {
    en: ['what should the ui do when this happens, just restart login?'],
    ja: ['これが起きたらアプリ側はどう復帰させればいい？'],
  },
  'sms-first-time-setup/sandbox': {
    en: ['are we still stuck in the sns test mode thing', 'only verified numbers get texts, is that the sandbox'],
    ja: ['SNS のサンドボックスから出る申請ってどこ？', '検証済みの番号にしか届かないのはサンドボックスのせい？'],
  },
  'sms-first-time-setup/spend-limit': {
    en: ['did we hit the $1 default sms budget?', 'how to up the sms money limit'],
    ja: ['SMS の利用上限 1 ドルに引っかかってる？', '月の SMS 予算ってどう増やす？'],
  },
  'sms-first-time-setup/which-region': {
    en: ['pool is in tokyo, do i configure sns there too?'],
    ja: ['プールは東京だけど SNS の設定も東京でやるの？'],
  },
  'sms-first-time-setup/origination-identity': {
    en: [
      'texts to US numbers dont land, do we have to register a sender number',
      'do we need 10dlc registration for this',
    ],
    ja: ['アメリカの番号に届かない、送信元番号の登録いる？', '10DLC って登録しないとダメ？'],
  },
  'sms-mfa-invalid-parameter/cli': {
    en: ['what does the aws cli call look like to enable text message mfa properly'],
    ja: ['SMS MFA を CLI で有効にするコマンド教えて'],
  },
  'sms-mfa-invalid-parameter/cloudformation': {
    en: [
      'what do i add to the cfn template so the stack stops failing',
      'terraform equivalent for the sms config block?',
    ],
    ja: ['CloudFormation のテンプレートに何足せば通る？', 'CDK だとどのプロパティ足せばいい？'],
  },
  'sms-mfa-no-phone-number/add-phone': {
    en: ['how do we put a mobile number on his profile from the admin side'],
    ja: ['管理側からユーザーに電話番号を登録するには？'],
  },
  'sms-mfa-no-phone-number/format': {
    en: ['do i store it like 090... or with +81?', 'what number format does cognito expect'],
    ja: ['電話番号って 090 始まりでいい？+81 付けるの？', '番号の形式ってどう書けばいい？'],
  },
  'sms-role-access-policy/policy-json': {
    en: ['can u paste the permissions the sms role should have'],
    ja: ['SMS 用ロールに付ける権限ってどれ？'],
  },
  'sms-role-access-policy/why-star': {
    en: ['security team wont accept a wildcard resource, any way around it'],
    ja: ['セキュリティチームがリソース * を嫌がってる、絞れないの？'],
  },
  'sms-role-access-policy/scp': {
    en: [
      'we are in an aws org with guardrails, could that be blocking the text sending',
      'maybe control tower denies it?',
    ],
    ja: ['Organizations のガードレールで止まってるってことある？', 'Control Tower のポリシーのせいかも？'],
  },
  'sms-role-trust/trust-policy': {
    en: ['what principal goes in the role so cognito can use it'],
    ja: ['ロールの信頼関係に書くプリンシパルは何？'],
  },
  'sms-role-trust/external-id': {
    en: ['where does the pool keep that external id value'],
    ja: ['外部 ID ってプールのどこに書いてある？'],
  },
  'sms-role-trust/role-deleted': {
    en: ['someone cleaned up iam roles last week, could that be it?'],
    ja: ['先週 IAM ロールを整理したんだけど、それが原因？'],
  },
  'sms-unverified-phone/verify-first': {
    en: ['must the number be confirmed before we can send mfa texts to it'],
    ja: ['番号が未確認のままでも MFA の SMS 送れる？'],
  },
  'sms-unverified-phone/mark-verified': {
    en: [
      'can we just flip the verified flag ourselves for imported users',
      'we already checked the numbers offline, how to mark them ok',
    ],
    ja: ['インポートしたユーザーの電話番号を検証済みにしたい', '番号の検証フラグを手動で立てられる？'],
  },
  'sms-unverified-phone/not-arriving': {
    en: ['the unconfirmed numbers never get anything, why'],
    ja: ['検証してない番号の人だけ SMS 来ないんだけどなんで？'],
  },
  'threat-protection-mfa-without-factor/which-action': {
    en: ['in the adaptive auth settings should high risk be "optional" or "required" mfa'],
    ja: ['リスク高のときのアクション、MFA 任意と必須どっちにする？'],
  },
  'totp-associate-before-signin/preprovision': {
    en: ['could we enroll authenticator apps for our staff before they ever log in'],
    ja: ['ログイン前に管理者が認証アプリ登録しておける？'],
  },
  'totp-associate-before-signin/during-signin': {
    en: [
      'there is no access token yet at MFA_SETUP, so what do i pass to associate',
      'how to enrol totp in the middle of the login flow',
    ],
    ja: ['MFA_SETUP の時点だとトークン無いけど associate に何渡す？', '初回ログインの途中で TOTP 登録させるには？'],
  },
  'totp-code-reused/why': {
    en: ['it says already used but he typed it only once??'],
    ja: ['一回しか入れてないのに使用済みって言われるのはなぜ？'],
  },
  'totp-code-reused/fix': {
    en: ['so what do we tell the user, wait for the next number?'],
    ja: ['ユーザーには次のコードまで待ってって言えばいい？'],
  },
  'totp-missing-admin-scope/what-is-scope': {
    en: ['what is that signin.user.admin thing even for'],
    ja: ['aws.cognito.signin.user.admin ってそもそも何のスコープ？'],
  },
  'totp-missing-admin-scope/allow-on-client': {
    en: ['where do i tick that scope on the app client', 'add the admin scope in cdk how'],
    ja: ['アプリクライアントでそのスコープどこで許可する？', 'CDK でそのスコープ足すには？'],
  },
  'totp-missing-admin-scope/hosted-ui': {
    en: ['we log in via the managed login page, does that change anything'],
    ja: ['マネージドログイン経由のトークンでも同じ？'],
  },
  'totp-missing-admin-scope/why-initiateauth': {
    en: ['weird, the token from the sdk login works but the oauth one doesnt'],
    ja: ['SDK でログインしたトークンだと通るのに OAuth のだとダメなのはなぜ？'],
  },
  'totp-missing-admin-scope/without-token': {
    en: ['is there a server side way to do the authenticator setup, no user token'],
    ja: ['ユーザーのトークン無しでサーバーから TOTP 設定できる？'],
  },
  'totp-no-delivery-config/order': {
    en: ['what has to happen before i can set totp as preferred'],
    ja: ['TOTP を優先にする前に何を済ませておく必要ある？'],
  },
  'totp-no-delivery-config/check-user': {
    en: ['how can i see if this account actually finished the authenticator setup'],
    ja: ['このユーザーが TOTP 登録済みか確認する方法は？'],
  },
  'totp-not-enabled-in-pool/enable-totp': {
    en: [
      'where is the switch for authenticator apps in the pool settings',
      'turn on software tokens for the pool via cli?',
    ],
    ja: ['プールで認証アプリを許可する設定どこ？', 'CLI でプールの TOTP をオンにするには'],
  },
  'totp-not-enabled-in-pool/user-vs-pool': {
    en: ['is that the pool missing it or the user?'],
    ja: ['これってプール側の問題？ユーザー側？'],
  },
  'totp-not-set-up-for-user/fix': {
    en: ['how does this user get an authenticator registered'],
    ja: ['このユーザーに認証アプリを登録させるには？'],
  },
  'totp-not-set-up-for-user/pool-or-user': {
    en: ['so the pool config is fine and its just this person?'],
    ja: ['プールの設定は問題なくてこの人だけってこと？'],
  },
  'totp-pool-mfa-first/enable-mfa': {
    en: ['mfa is off on the pool right now, how do i flip it on', 'where in the new console is the mfa toggle'],
    ja: ['プールの MFA が無効なんだけどどこで有効にする？', '新しいコンソールだと MFA の設定どこ？'],
  },
  'totp-pool-mfa-first/optional-vs-required': {
    en: ['if we pick required will existing users get locked out?'],
    ja: ['必須にしたら既存ユーザーはログインできなくなる？'],
  },
  'waf-captcha-totp-setup/which-requests': {
    en: ['which paths should the captcha rule skip so enrolment works'],
    ja: ['CAPTCHA のルールでどのリクエストを除外すればいい？'],
  },
  'waf-captcha-totp-setup/other-factors': {
    en: ['will the waf rule also break people doing sms codes?'],
    ja: ['WAF のルールって SMS の人にも影響する？'],
  },
};

/** Round-5 side talk: people talking to each other in a thread (the bot is not mentioned); it must stay silent. */
export const round5SideTalk: { entry: string; message: string }[] = [
  { entry: 'session-expired', message: 'ok raising it in the next release, ticket is MFA-412' },
  { entry: 'session-expired', message: 'staging redeployed, try again in 5' },
  { entry: 'session-expired', message: '明日の朝イチで確認します' },
  { entry: 'code-mismatch', message: 'lol it was caps lock on the password all along' },
  { entry: 'code-mismatch', message: '@kenji can you grab the cloudwatch logs for 10:32?' },
  { entry: 'code-mismatch', message: 'ありがとうございます、解決しました！' },
  { entry: 'sms-first-time-setup', message: 'support said 24h for the limit increase' },
  { entry: 'sms-first-time-setup', message: '申請出しておきました、返事待ちです' },
  { entry: 'sms-role-trust', message: 'PR is up, mind reviewing?' },
  { entry: 'sms-role-trust', message: 'レビューお願いします🙏' },
  { entry: 'sms-role-access-policy', message: 'cloud team owns the SCPs, I pinged them' },
  { entry: 'federated-users-no-mfa', message: 'fine by me, the IdP handles it' },
  { entry: 'federated-users-no-mfa', message: 'それ情シスに聞いてみます' },
  { entry: 'totp-associate-before-signin', message: 'coffee first ☕ then I debug this' },
  { entry: 'totp-associate-before-signin', message: '午後に一緒に画面見ましょう' },
  { entry: 'session-used-once', message: 'yep the button wasnt disabled, fixed' },
  { entry: 'enable-software-token-mismatch', message: 'works on my phone, weird' },
  { entry: 'email-mfa-requirements', message: 'finance needs to approve the plan change first' },
  { entry: 'email-mfa-requirements', message: 'この件は来週の定例で相談しましょう' },
  { entry: 'totp-missing-admin-scope', message: 'deployed, closing the incident' },
  { entry: 'sms-unverified-phone', message: 'お疲れさまです、こちら対応完了です' },
  { entry: 'code-delivery-failure', message: 'is anyone else on call tonight?' },
];
