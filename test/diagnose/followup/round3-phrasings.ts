/**
 * Round 3 of the never-tuned follow-up phrasings (issue 13), written before the follow-up engine changes and never to
 * be used for tuning: the honest estimate for questions the data has not seen. Same shape as `fresh-phrasings.ts`,
 * keyed by the follow-up that should answer; general topics are asked in a thread about `GENERAL_THREAD_ENTRY`.
 * At least three per topic in English and Japanese, casual forms and typos on purpose. Where a question comes from a
 * public thread, the comment names it; the rest are how the same questions get asked in Slack.
 * `scripts/measure-descriptions.ts` prints the figures.
 *
 * RETIRED as a held-out set (2026-12-04): two attempts at the follow-up engine were measured on it, so it no longer
 * estimates unseen questions; later work may tune on it. Round 5 is the held-out set now.
 */
export const round3Phrasings: Record<string, { en: string[]; ja: string[] }> = {
  'sms-first-time-setup/sandbox': {
    // https://github.com/aws/aws-sdk-js/issues/3843 (sandbox numbers registered, still nothing delivered)
    en: ['r we stuck in the sms sandbox still?', 'how do we request production access for sns sms'],
    ja: ['SMS のサンドボックスって抜けてますか？', 'SNS を本番アクセスに切り替える申請はどこからですか'],
  },
  'sms-first-time-setup/spend-limit': {
    // https://github.com/aws-amplify/amplify-cli/issues/2149 ("I must request a spending limit increase for SNS. How do I do that?")
    en: ['it says I must request a spending limit increase for sns, how do i do that', 'is the $1 sms cap per month?'],
    ja: ['SMS の利用上限の引き上げはどうやって申請しますか？', '月1ドルの上限って本当？もう超えたかも'],
  },
  'sms-first-time-setup/which-region': {
    // https://github.com/aws-amplify/amplify-js/issues/6344 (texts sent from ap-southeast-1 for users in India)
    en: [
      'why are our texts sent from singapore region when the pool is in mumbai',
      'which sns region do the mfa texts go out from',
    ],
    ja: ['SMS はどのリージョンの SNS から送られてるの？', 'プールと違うリージョンから SMS が出てるっぽいけど正常？'],
  },
  'sms-first-time-setup/origination-identity': {
    en: ['do we need 10dlc to text us customers?', 'whats an origination number and do we need one'],
    ja: ['アメリカの番号に送るには送信元番号が要りますか？', 'オリジネーション番号って登録しないとダメ？'],
  },
  'sms-unverified-phone/verify-first': {
    // https://github.com/aws/aws-sdk-js/issues/4174 (email verified at sign-up, phone used for MFA)
    en: [
      'we only verify email at signup, is that a problem for sms mfa?',
      'must the phone be verified before the mfa code is sent?',
    ],
    ja: [
      'サインアップでメールしか確認してないけど SMS MFA は使える？',
      '電話番号って先に検証しておかないとコード送られない？',
    ],
  },
  'sms-unverified-phone/mark-verified': {
    en: [
      'can i flip phone_number_verified to true from the backend?',
      'how to set the phone as verified with admin-update-user-attributes',
    ],
    ja: ['phone_number_verified をバックエンドから true にできる？', '管理者側で電話番号を検証済みにするコマンドは？'],
  },
  'sms-unverified-phone/not-arriving': {
    // https://github.com/aws-amplify/amplify-js/issues/8268 (wrong number typed at sign-up)
    en: [
      'the code never reaches unverified numbers, what gives?',
      'some users never get the mfa text, only some phones',
    ],
    ja: ['未検証の番号にコードが来ないんだけどなんで？', '一部の人だけ MFA の SMS が届かない'],
  },
  'sms-role-access-policy/policy-json': {
    // https://github.com/aws-amplify/amplify-cli/issues/2149 ("Cognito needs your permission to send SMS... How do I provide this permission?")
    en: ['how do i give cognito permission to send sms?', 'what should the sms role policy contain'],
    ja: ['Cognito に SMS 送信の権限を与えるにはどうすれば？', 'SMS ロールのポリシーってどう書けばいい？'],
  },
  'sms-role-access-policy/why-star': {
    en: ['why cant i scope sns:Publish to our topic arn', 'do we really need Resource "*" for publish?'],
    ja: ['sns:Publish のリソースを * にしないといけない理由は？', 'トピックの ARN に絞ったらダメなの？'],
  },
  'sms-role-access-policy/scp': {
    // https://github.com/OElesin/querypal/issues/6 ("the role has AdministratorFullAccess, not sure why")
    en: [
      'the role has admin access, could an org scp still block it?',
      'how do I test whether an SCP denies sns publish',
    ],
    ja: ['ロールは管理者権限なのに失敗する、SCP のせい？', 'SCP で sns:Publish が拒否されてるか確かめる方法は'],
  },
  'sms-role-trust/trust-policy': {
    // https://github.com/aws-amplify/amplify-flutter/issues/1328 (Federated principal with AssumeRoleWithWebIdentity)
    en: [
      'is principal Federated with AssumeRoleWithWebIdentity ok for the sms role?',
      'what trust relationship does the sms role need',
    ],
    ja: [
      'SMS ロールの信頼関係は Federated と AssumeRoleWithWebIdentity でいいの？',
      '信頼ポリシーの書き方の例ください',
    ],
  },
  'sms-role-trust/external-id': {
    en: [
      'how do i find what external id the pool expects',
      'external id in the trust policy vs the pool, where do i compare',
    ],
    ja: ['プールが期待してる外部IDはどこで見れる？', '信頼ポリシーの ExternalId とプールの値を比べたい'],
  },
  'sms-role-trust/role-deleted': {
    // https://github.com/awslabs/nx-plugin-for-aws/pull/631 (pool retained, auto-created SMS role deleted)
    en: [
      'cdk destroy deleted the sms role but kept the pool, now what?',
      'the sms role is gone, can we just recreate it?',
    ],
    ja: [
      'cdk destroy でロールだけ消えてプールが残った、どうする？',
      'SMS ロールを消しちゃったんだけど作り直せばいい？',
    ],
  },
  'sms-mfa-invalid-parameter/cli': {
    en: ['whats the right set-user-pool-mfa-config call for sms', 'which fields go in SmsMfaConfiguration?'],
    ja: ['SMS MFA をオンにする set-user-pool-mfa-config の書き方は？', 'SmsMfaConfiguration に何を入れればいいの'],
  },
  'sms-mfa-invalid-parameter/cloudformation': {
    // https://github.com/awsdocs/aws-cloudformation-user-guide/issues/73 (require MFA with TOTP only in CloudFormation)
    en: [
      'how do i write the cfn userpool so sms mfa deploys',
      'what properties does the UserPool need for sms mfa in cloudformation?',
    ],
    ja: [
      'CloudFormation の UserPool で SMS MFA を通すには何を書けばいい？',
      'CFn テンプレートで SMS MFA に必要なプロパティは？',
    ],
  },
  'totp-pool-mfa-first/enable-mfa': {
    en: ['how do i switch the pool from no mfa to optional', 'where do I turn on mfa for an existing user pool'],
    ja: ['既存のユーザープールで MFA をオンにするには？', 'プールの MFA を「なし」から変える場所はどこ？'],
  },
  'totp-pool-mfa-first/optional-vs-required': {
    en: ['optional or required mfa, which do u recommend', 'if we go to required what happens to people without mfa?'],
    ja: ['MFA は任意と必須どっちがいい？', '必須にしたら MFA 未設定のユーザーはどうなる？'],
  },
  'totp-associate-before-signin/preprovision': {
    // https://github.com/aws/aws-sdk-js-v3/issues/4645 ("we cannot force user to setup MFA while logging in for the first time")
    en: [
      'can we set up the authenticator for users before they ever log in?',
      'can an admin pre-register totp for migrated users',
    ],
    ja: [
      'ユーザーが初回ログインする前に認証アプリを登録しておける？',
      '移行ユーザーの TOTP を管理者が先に設定できますか',
    ],
  },
  'totp-associate-before-signin/during-signin': {
    // https://github.com/furaiev/amazon-cognito-identity-dart-2/issues/262 (associateSoftwareToken during MFA_SETUP)
    en: [
      'how do we associate the token during the MFA_SETUP challenge?',
      'can associateSoftwareToken take the challenge session?',
    ],
    ja: [
      'MFA_SETUP チャレンジ中にトークンを関連付けるには？',
      'associateSoftwareToken にチャレンジのセッションを渡せる？',
    ],
  },
  'federated-users-no-mfa/enforce-at-idp': {
    // https://github.com/aws-amplify/amplify-js/issues/4555 (Google sign-in is not asked for TOTP)
    en: ['how do we force mfa on google logins then?', 'can we require mfa for our entra id users somehow'],
    ja: ['じゃあ Google ログインの人に MFA をかけるには？', 'Entra ID 経由のユーザーに MFA を必須にしたい'],
  },
  'federated-users-no-mfa/is-federated': {
    en: ['how do i know if a user came from an idp?', 'what does status EXTERNAL_PROVIDER mean for a user'],
    ja: ['そのユーザーが IdP 経由かどうかどこで分かる？', 'ステータスが EXTERNAL_PROVIDER ってどういう意味？'],
  },
  'federated-users-no-mfa/linked-users': {
    // https://github.com/aws-amplify/amplify-js/issues/7755 (account linked to Google gets no challenge)
    en: [
      'we linked the google identity to the password user, does mfa apply then?',
      'if accounts are linked, does google login get the totp prompt',
    ],
    ja: [
      'Google のアカウントをパスワードのユーザーにリンクしたら MFA はかかる？',
      'リンク済みユーザーが Google で入ると MFA は聞かれますか',
    ],
  },
  'totp-missing-admin-scope/what-is-scope': {
    // https://github.com/aws-amplify/amplify-js/issues/1906 ("Is enabling this scope safe?")
    en: ['is enabling this scope safe?', 'what does that admin scope let the token do'],
    ja: ['そのスコープを有効にしても安全？', 'user.admin スコープで何ができるようになるの？'],
  },
  'totp-missing-admin-scope/allow-on-client': {
    en: [
      'where do i tick the admin scope for the app client',
      'how to add the signin.user.admin scope in cdk for the client',
    ],
    ja: [
      'アプリクライアントで admin スコープにチェック入れる場所は？',
      'CDK でクライアントに user.admin スコープを足すには',
    ],
  },
  'totp-missing-admin-scope/hosted-ui': {
    // https://github.com/aws-amplify/amplify-js/issues/1906 ("I also had to add the scope to the scopes in the login URL")
    en: ['do i also need the scope in the login url?', 'we login via hosted ui, how does the token get that scope'],
    ja: ['ログイン URL の scope にも追加が必要？', 'Hosted UI でログインしてるけどトークンにスコープを付けるには'],
  },
  'totp-missing-admin-scope/why-initiateauth': {
    // https://github.com/enso-org/enso/pull/7450 (Auth.signIn works without the scope, federatedSignIn does not)
    en: [
      'why does signIn with email/password work but the google login doesnt?',
      'how come initiate auth tokens already have it?',
    ],
    ja: [
      'メールとパスワードのログインだと動くのに Google だと動かないのはなぜ？',
      'InitiateAuth のトークンだけ最初からスコープがあるのはなんで',
    ],
  },
  'totp-missing-admin-scope/without-token': {
    en: [
      'can the backend set up totp for a user without their token?',
      'is there an AdminAssociateSoftwareToken or similar',
    ],
    ja: [
      'ユーザーのトークンなしでバックエンドから TOTP 設定できる？',
      '管理者用の AssociateSoftwareToken ってあります？',
    ],
  },
  'session-used-once/why-twice': {
    // https://github.com/aws-amplify/amplify-js/issues/10959 (React effects calling the answer twice)
    en: ['could react strict mode be sending the answer twice?', 'how is the session reused if we only submit once??'],
    ja: ['React の StrictMode で 2 回送ってるってことある？', '1 回しか送ってないのに再利用扱いになるのはなぜ'],
  },
  'session-used-once/recover': {
    en: ['so do we just send the user back to login when this happens', 'whats the right way to handle it in the app'],
    ja: ['これが起きたらログインからやり直させればいい？', 'アプリ側ではどう処理するのが正解？'],
  },
  'session-expired/change-duration': {
    // https://github.com/aws-amplify/amplify-js/issues/2824 ("Is there any way to extend that session?")
    en: ['is there any way to extend that session?', 'can we give ppl 10 minutes instead of 3'],
    ja: ['そのセッション延ばせないの？', '3分じゃなくて10分にしたいんだけど'],
  },
  'session-expired/default-and-range': {
    en: ['whats the lowest and highest value it takes', 'is it 3 mins out of the box?'],
    ja: ['最小と最大は何分ですか', '初期設定だと3分なんですか？'],
  },
  'session-expired/refresh-tokens': {
    en: ['if we raise it do users stay logged in longer too?', 'is this separate from access token expiry?'],
    ja: ['これを伸ばしたらログイン状態も長くなる？', 'アクセストークンの期限とは別物ですよね？'],
  },
  'session-expired/longer-than-15': {
    en: ['we want 30 minutes for slow users, possible?', 'is 15 min a hard cap?'],
    ja: ['30分にしたいけど無理？', '15分が絶対の上限なんですか'],
  },
  'session-expired/which-steps': {
    en: ['does the clock reset after the password step?', 'is the timeout for the whole sign in or each challenge'],
    ja: ['パスワードのあとでタイマーはリセットされる？', 'タイムアウトはログイン全体？それとも各チャレンジ？'],
  },
  'code-mismatch/call-order': {
    // https://github.com/aws-amplify/amplify-js/issues/13359 (new password, then CONTINUE_SIGN_IN_WITH_TOTP_SETUP)
    en: [
      'what calls do i make after CONTINUE_SIGN_IN_WITH_TOTP_SETUP',
      'in what order do associate, verify and respond go?',
    ],
    ja: ['CONTINUE_SIGN_IN_WITH_TOTP_SETUP の後は何を呼べばいい？', 'associate と verify と respond はどの順で呼ぶの'],
  },
  'code-mismatch/clock-skew': {
    en: ['could the users phone time be off?', 'works on my phone, not on hers, clock thing?'],
    ja: ['ユーザーのスマホの時間がずれてるのかも？', '私の端末だと通るのに彼女の端末だとダメ、時刻のせい？'],
  },
  'code-mismatch/challenge-response-keys': {
    // https://github.com/aws-amplify/amplify-ui/issues/5961 (user with both SMS and TOTP sends a TOTP code)
    en: [
      'user has sms and totp, which challenge key do i send the totp code under?',
      'do i put the code in SMS_MFA_CODE or SOFTWARE_TOKEN_MFA_CODE',
    ],
    ja: [
      'SMS と TOTP 両方あるユーザーだとどのキーでコードを送る？',
      'SMS_MFA_CODE と SOFTWARE_TOKEN_MFA_CODE どっちに入れるの',
    ],
  },
  'code-mismatch/signup-code': {
    en: [
      'is this the same thing as the confirm signup code error?',
      'we get the invalid verification code one on forgot password, related?',
    ],
    ja: ['サインアップ確認コードのエラーと同じもの？', 'パスワード再設定のコードが無効って出るのも同じ原因？'],
  },
  'totp-no-delivery-config/order': {
    // https://repost.aws/questions/QUU6AWxZKFRQG3QtG7q1SOoQ ("Is there a procedure to set up MFA using the Management Console?")
    en: [
      'can i turn on totp for an existing user from the console?',
      'what has to happen before i mark totp preferred for someone',
    ],
    ja: ['既存ユーザーの TOTP をコンソールから有効にできる？', 'TOTP を優先にする前に何が必要？'],
  },
  'totp-no-delivery-config/check-user': {
    en: ['how can i see if this user ever finished totp setup', 'where do i look at a users mfa setting list'],
    ja: ['このユーザーが TOTP 設定を終えてるか確認したい', 'ユーザーの MFA 設定一覧はどこで見る？'],
  },
  'session-invalid/which-session': {
    // https://github.com/aws-amplify/amplify-js/issues/6461 (a new authenticateUser before each step)
    en: [
      'should i call authenticateUser again before verify or keep the old session',
      'which session do i pass to the next call?',
    ],
    ja: [
      'verify の前にもう一度 authenticateUser すべき？前のセッションを使う？',
      '次の呼び出しにはどのセッションを渡すの？',
    ],
  },
  'session-invalid/username-client': {
    // https://github.com/kdgregory/example-cognito-java/issues/1 (preferred_username in the challenge USERNAME)
    en: [
      'can i use preferred_username as USERNAME in the challenge response?',
      'can a different app client answer the challenge?',
    ],
    ja: [
      'チャレンジの USERNAME に preferred_username を使ってもいい？',
      '別のアプリクライアントからチャレンジに答えられる？',
    ],
  },
  'enable-software-token-mismatch/qr-code': {
    // https://github.com/aws-amplify/amplify-ui/issues/1158 (QR code built before the secret was set)
    en: [
      'how do i build the otpauth uri for the qr',
      'our qr code might be missing the secret, what should it contain?',
    ],
    ja: ['QR コードの otpauth URI ってどう作るの？', 'QR にシークレットが入ってないかも、中身はどうあるべき？'],
  },
  'enable-software-token-mismatch/new-secret': {
    en: ['does calling associate again give a new secret?', 'user scanned an older qr, is that why it fails'],
    ja: ['associate をもう一回呼ぶとシークレット変わる？', '前に読み取った QR のせいで失敗してる？'],
  },
  'enable-software-token-mismatch/algorithm': {
    en: ['our app defaults to sha-256, ok for cognito?', 'can we use 8 digit totp codes'],
    ja: ['認証アプリが SHA-256 なんだけど Cognito で使える？', '8桁の TOTP コードにできますか'],
  },
  'totp-not-enabled-in-pool/enable-totp': {
    en: ['how do i add authenticator apps to the pools mfa methods', 'cdk setting to allow totp on the pool?'],
    ja: ['プールの MFA 方式に認証アプリを追加するには？', 'CDK でプールの TOTP を許可する設定は？'],
  },
  'totp-not-enabled-in-pool/user-vs-pool': {
    en: ['is this a pool thing or a user thing?', 'how is this different from the does-not-exist-for-the-user error'],
    ja: ['これはプール側の問題？ユーザー側？', 'ユーザーに存在しないってエラーとの違いは？'],
  },
  'totp-code-reused/why': {
    en: ['why does it say already used, we only sent it once', 'is it because verify and sign in used the same code?'],
    ja: ['1回しか送ってないのに使用済みって言われる', 'verify とログインで同じコード使ったから？'],
  },
  'totp-code-reused/fix': {
    en: ['so the user just waits for the next code?', 'how long till a fresh code shows up'],
    ja: ['次のコードが出るまで待てばいいだけ？', '新しいコードまで何秒待てばいい？'],
  },
  'mfa-method-not-found/cause': {
    // https://github.com/aws-amplify/amplify-js/issues/8829 (phone deleted while SMS MFA stayed enabled)
    en: ['why does it say no mfa method when sms mfa is still on?', 'what triggers the no mfa mechanism error'],
    ja: ['SMS MFA はオンなのに MFA の方法がないって言われるのはなぜ', 'MFA の手段が見つからないエラーの原因は？'],
  },
  'mfa-method-not-found/fix': {
    // https://github.com/aws-amplify/amplify-js/issues/14013 ("How can I update the phone of a user that doesn't have a phone yet")
    en: ['how can i give this user a phone number so they can log in again', 'what do i change on the user to fix it'],
    ja: ['このユーザーに電話番号を入れてログインできるようにするには？', 'ユーザー側で何を直せばいい？'],
  },
  'session-missing/where-from': {
    // https://github.com/aws/aws-sdk-js/issues/2605 ("I can only get that session through initiateAuth")
    en: ['where am i supposed to get the Session from in my lambda?', 'which response has the session value'],
    ja: ['Lambda で Session はどこから取ればいい？', 'Session の値はどのレスポンスに入ってる？'],
  },
  'session-missing/which-calls': {
    en: ['does verifySoftwareToken need a session too?', 'which apis require the Session param'],
    ja: ['verifySoftwareToken にも Session は要る？', 'Session パラメータが必要な API はどれ？'],
  },
  'sms-mfa-no-phone-number/add-phone': {
    en: ['how do i put a phone number on the user', 'can the user add their own phone_number from the app?'],
    ja: [
      'このユーザーに電話番号を登録しといてもらえばいいの？',
      'アプリからユーザー自身が phone_number を登録できる？',
    ],
  },
  'sms-mfa-no-phone-number/format': {
    en: ['does the number need the + and country code?', 'is 07700 900123 fine or do i need +44'],
    ja: ['電話番号は + と国番号付きじゃないとダメ？', '080 から始まる形式のままで大丈夫？'],
  },
  'legacy-mfa-options/replacement': {
    // https://github.com/aws/aws-sdk-cpp/issues/279 (MFAOptionType delivery medium)
    en: [
      'what do we use now instead of setUserSettings for mfa',
      'is MFAOptions still the way to enable mfa per user?',
    ],
    ja: ['MFA の設定に setUserSettings の代わりに何を使う？', 'MFAOptions ってまだ使うべき？'],
  },
  'mfa-config-off-and-configured/turn-off': {
    // https://github.com/lgallard/terraform-aws-cognito-user-pool/issues/74 (second terraform apply fails)
    en: ['how should the terraform look if we want mfa off', 'how do i turn mfa off on the pool without this error'],
    ja: ['MFA をオフにしたいとき Terraform はどう書く？', 'このエラーを出さずにプールの MFA を無効にするには'],
  },
  'code-delivery-failure/causes': {
    // https://github.com/amazon-archives/amazon-cognito-identity-js/issues/307 (a bad reply-to address)
    en: ['what usually causes the code delivery failure', 'could a bad reply-to address on the email cause it?'],
    ja: ['コードの配信失敗ってよくある原因は？', 'メールの返信先アドレスが変だと失敗する？'],
  },
  'totp-not-set-up-for-user/fix': {
    en: ['how does this user get totp set up again', 'admin deleted their token, what does the user do next?'],
    ja: ['このユーザーに TOTP を設定し直してもらうには？', '管理者がトークンを消した後ユーザーは何をすればいい？'],
  },
  'totp-not-set-up-for-user/pool-or-user': {
    en: ['so the pool is fine and its just this user?', 'is totp turned on for the pool in this case'],
    ja: ['じゃあプールは問題なくてこのユーザーだけ？', 'この場合プールの TOTP は有効になってるってこと？'],
  },
  'email-mfa-requirements/plan': {
    // https://zenn.dev/shikira/articles/5d62129199dbcb (email MFA cannot be enabled without prerequisites)
    en: ['do we need to be on essentials to use email mfa', 'email mfa is greyed out on lite right?'],
    ja: ['メール MFA って Essentials じゃないと使えない？', 'Lite プランだとメール MFA はグレーアウト？'],
  },
  'email-mfa-requirements/ses': {
    en: ['does email mfa work with the default cognito email sender?', 'do we have to set up ses for the email codes'],
    ja: ['Cognito のデフォルトのメール送信でメール MFA 使える？', 'メールのコードのために SES の設定が要る？'],
  },
  'email-mfa-requirements/enable': {
    // https://github.com/aws-samples/amazon-cognito-developer-authentication-sample/issues/11 ("a workaround to get MFAs on email")
    en: ['how do we switch on email codes for mfa', 'whats the cdk for email mfa'],
    ja: ['メールでコードを送る MFA はどうやって有効化する？', 'CDK でメール MFA を有効にする書き方は？'],
  },
  'waf-captcha-totp-setup/which-requests': {
    en: ['which calls should we exempt from the captcha rule', 'how do we let totp registration through our web acl'],
    ja: ['CAPTCHA ルールからどの呼び出しを外せばいい？', 'Web ACL で TOTP 登録だけ通すには？'],
  },
  'waf-captcha-totp-setup/other-factors': {
    en: ['are users who already registered an authenticator affected?', 'does the captcha rule break sms mfa too'],
    ja: ['もう認証アプリを登録済みの人も影響ある？', 'CAPTCHA ルールで SMS MFA も壊れる？'],
  },
  'threat-protection-mfa-without-factor/which-action': {
    en: [
      'should high risk be optional mfa or require mfa',
      'which adaptive auth action avoids blocking people without mfa',
    ],
    ja: ['高リスクは MFA 任意と必須どっちにすべき？', 'MFA 未設定の人をブロックしないアクションはどれ？'],
  },
  'passkey-mfa-setup/per-user': {
    en: ['how do we turn on passkey mfa for each user', 'do users still need sms or totp alongside a passkey?'],
    ja: ['ユーザーごとにパスキーの MFA をオンにするには？', 'パスキーがあっても SMS か TOTP も必要？'],
  },
  'general/mfa-factors': {
    // https://github.com/aws/aws-sdk-js/issues/3725 (users want to choose between phone and email)
    en: ['sms, authenticator or email codes, what do you suggest for us?', 'whats the tradeoff between sms and totp'],
    ja: ['SMS と認証アプリとメール、どれがおすすめ？', 'SMS と TOTP のメリデメを教えて'],
  },
  'general/feature-plans': {
    en: ['what does plus give us over essentials?', 'which cognito tier has threat protection again'],
    ja: ['Plus と Essentials の違いは？', '脅威保護ってどのプランでしたっけ'],
  },
  'general/plan-change-cost': {
    en: ['how much more would essentials cost us per mau', 'will switching the pool to plus change the invoice'],
    ja: ['Essentials にすると MAU あたりいくら上がる？', 'Plus に変えたら請求額は変わりますか'],
  },
  'general/remembered-devices': {
    // https://github.com/lgallard/terraform-aws-cognito-user-pool/pull/152 (remembered devices, forced MFA every time)
    en: ['can we stop asking for mfa every login on the same laptop', 'how does remember this device work in cognito'],
    ja: ['同じ PC なら毎回 MFA を聞かないようにできる？', 'デバイスを記憶する機能ってどう動くの？'],
  },
  'general/threat-protection': {
    en: ['can cognito step up to mfa only when a login looks risky?', 'how do we enable adaptive authentication'],
    ja: ['怪しいログインのときだけ MFA を要求できる？', 'アダプティブ認証の有効化方法は？'],
  },
  'general/sms-delivery-logs': {
    // https://github.com/aws-amplify/amplify-js/issues/5367 (CloudWatch SNS delivery log)
    en: ['where do the sns delivery status logs go?', 'how can i tell if a text actually went out'],
    ja: ['SNS の配信ステータスのログはどこに出る？', 'SMS が本当に送信されたか確かめるには'],
  },
  'general/federated-mfa': {
    en: ['do saml users get cognito mfa at all?', 'does mfa apply to people signing in with google'],
    ja: ['SAML のユーザーにも Cognito の MFA はかかる？', 'Google でログインする人にも MFA は効く？'],
  },
  'general/passkeys': {
    en: ['can we offer passkeys instead of passwords?', 'does cognito do webauthn / yubikeys'],
    ja: ['パスワードの代わりにパスキーを使える？', 'Cognito は WebAuthn や YubiKey に対応してる？'],
  },
  'general/reset-user-mfa': {
    // https://github.com/aws-amplify/amplify-js/issues/4828 ("If user deletes the google authenticator app then how to recover account?")
    en: [
      'if a user deletes google authenticator how do they recover the account?',
      'how does an admin reset someones totp',
    ],
    ja: ['ユーザーが Google Authenticator を消しちゃったら復旧方法は？', '管理者がユーザーの TOTP をリセットするには'],
  },
  'general/amplify-totp': {
    en: [
      'how do i do the authenticator setup with amplify gen 2',
      'whats the amplify function to verify the totp setup',
    ],
    ja: ['Amplify Gen 2 で認証アプリの設定をするには？', 'Amplify で TOTP 設定を検証する関数は？'],
  },
  'general/bot-help': {
    en: ['what kinds of things can you help with?', 'what can i ask this bot'],
    ja: ['このボットに何を聞けばいいの？', 'どんなことを手伝ってくれるの？'],
  },
};

/** Round-3 side talk: people talking to each other in a thread (the bot is not mentioned); it must stay silent. */
export const round3SideTalk: { entry: string; message: string }[] = [
  { entry: 'session-expired', message: 'bumped it to 10 min in staging, lets see' },
  { entry: 'session-expired', message: 'can you ping me when the deploy is done?' },
  { entry: 'session-expired', message: 'QA says the timeout is fine now 🎉' },
  { entry: 'session-expired', message: 'ステージングで10分に変えてみました' },
  { entry: 'session-expired', message: '明日のリリースに入れちゃいましょう' },
  { entry: 'code-mismatch', message: 'my phone clock was 2 min behind lol, fixed' },
  { entry: 'code-mismatch', message: '@dana did the android build pick up the fix?' },
  { entry: 'code-mismatch', message: 'retested with the right secret, all green' },
  { entry: 'code-mismatch', message: '端末の時刻を自動にしたら通りました、ありがとう' },
  { entry: 'code-mismatch', message: 'QA環境で再現しなくなりました' },
  { entry: 'sms-first-time-setup', message: 'support raised our sms limit to $200' },
  { entry: 'sms-first-time-setup', message: 'who has access to the prod sns console?' },
  { entry: 'sms-first-time-setup', message: 'サポートケース出しておきました' },
  { entry: 'sms-first-time-setup', message: '上限引き上げの申請、誰か出してくれました？' },
  { entry: 'sms-role-trust', message: 'terraform plan shows the role being replaced, expected' },
  { entry: 'sms-role-trust', message: '<@U0ERIN9> can you approve the IAM change?' },
  { entry: 'sms-role-trust', message: 'ロールの変更、レビューお願いします' },
  { entry: 'totp-missing-admin-scope', message: 'added the scope, redeploying the client now' },
  { entry: 'totp-missing-admin-scope', message: 'is the hosted ui change in the same PR?' },
  { entry: 'totp-missing-admin-scope', message: 'スコープ足したのでもう一回試します' },
  { entry: 'federated-users-no-mfa', message: 'security wants a meeting about this tomorrow' },
  { entry: 'federated-users-no-mfa', message: 'I will ask IT whether entra already enforces mfa' },
  { entry: 'federated-users-no-mfa', message: '情シスに Entra 側の MFA 設定を確認してもらいます' },
  { entry: 'session-used-once', message: 'found it, the button handler fired twice. fixing' },
  { entry: 'session-used-once', message: 'ボタンの二重送信でした、直します' },
  { entry: 'totp-associate-before-signin', message: 'ok we will do the setup on first login then' },
  { entry: 'totp-associate-before-signin', message: 'じゃあ初回ログイン時に設定してもらう方向で' },
  { entry: 'waf-captcha-totp-setup', message: 'the web acl belongs to the platform team, looping them in' },
  { entry: 'email-mfa-requirements', message: 'finance needs to approve the plan change first' },
  { entry: 'email-mfa-requirements', message: 'プラン変更は来週の定例で相談しましょう' },
];
