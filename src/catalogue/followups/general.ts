import { consoleLabel, consolePath } from '../console-labels';
import { DELETE_USER_TOTP } from '../entries/shared-code';
import type { FollowUp } from '../types';
import { UPDATE_POOL_RESETS } from './warnings';

/** Topics that belong to no single catalogue entry; the engine offers them in any thread. */
export const generalTopics: FollowUp[] = [
  {
    id: 'general/mfa-factors',
    questions: {
      en: [
        'should we use sms or totp?',
        'sms vs totp vs email mfa, which is better',
        'what mfa options does cognito have',
        'which mfa factor do you recommend',
        'pros and cons of sms mfa',
        'what are the tradeoffs between sms and authenticator apps',
        'text message, authenticator or email code, which one should we pick',
      ],
      ja: [
        'SMS と TOTP のどちらを使うべきですか？',
        'SMS、TOTP、メールの MFA の違いは',
        'Cognito で使える MFA の種類を教えてください',
        'おすすめの MFA の方式は',
        'SMS と認証アプリのメリットとデメリットは',
        'Cognito で選べる二要素認証の方式は',
      ],
    },
    answer: {
      en: {
        text: 'TOTP (authenticator apps): no per-message cost, works offline, available on every feature plan. SMS: familiar to users but costs per message and needs the SNS/SMS setup (sandbox, spend limit, origination identities). Email: needs the Essentials or Plus plan and SES (`EmailSendingAccount: DEVELOPER`). Passkeys can also satisfy MFA on Essentials/Plus. Many teams enable TOTP plus one fallback.',
      },
      ja: {
        text: 'TOTP (認証アプリ): メッセージごとの費用がかからずオフラインでも使え、すべての機能プランで利用できます。SMS: ユーザーにはなじみがありますが、通数ごとの費用と SNS/SMS の設定 (サンドボックス、使用上限、送信元 ID) が必要です。E メール: Essentials か Plus プランと SES (`EmailSendingAccount: DEVELOPER`) が必要です。Essentials/Plus ではパスキーで MFA を満たすこともできます。TOTP と予備の方式を 1 つ有効にする構成がよく使われます。',
      },
    },
  },
  {
    id: 'general/feature-plans',
    questions: {
      en: [
        'what are the cognito feature plans?',
        'lite vs essentials vs plus',
        'which plan has threat protection',
        'what do I get with the plus plan',
        'what is in essentials that lite does not have',
      ],
      ja: [
        'Cognito の機能プランの違いは？',
        'Lite、Essentials、Plus の違いを教えてください',
        '脅威保護はどのプランで使えますか',
        '脅威保護が含まれるのはどのティアですか',
      ],
    },
    answer: {
      en: {
        text: 'Lite: the basics, including SMS and TOTP MFA. Essentials: adds email MFA and email one-time passwords, passkeys, choice-based sign-in and managed login branding. Plus: adds threat protection (adaptive authentication, compromised-credential detection). The plan is set per user pool (`UserPoolTier`); features above the plan fail with `FeatureUnavailableInTierException`.',
      },
      ja: {
        text: 'Lite: SMS と TOTP の MFA を含む基本機能。Essentials: E メール MFA とメールのワンタイムパスワード、パスキー、選択ベースのサインイン、マネージドログインのブランディングが加わります。Plus: 脅威保護 (アダプティブ認証、侵害された認証情報の検出) が加わります。プランはユーザープールごと (`UserPoolTier`) で、プランにない機能は `FeatureUnavailableInTierException` になります。',
      },
    },
  },
  {
    // Plans are per pool and billed per monthly active user: https://aws.amazon.com/cognito/pricing/ and
    // https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-sign-in-feature-plans.html
    id: 'general/plan-change-cost',
    questions: {
      en: [
        'does changing the feature plan cost more?',
        'how much more is essentials than lite',
        'what happens to our bill if we move the pool to plus',
        'how much more per monthly active user is essentials',
        'will switching the pool plan raise our aws bill',
      ],
      ja: [
        '機能プランを変えると料金は上がりますか？',
        'Essentials は Lite よりどれくらい高いですか',
        'プールを Plus に変更すると請求はどうなりますか',
        'プランを変えると AWS の請求は増えますか',
      ],
    },
    answer: {
      en: {
        text: 'A fix that moves a pool to Essentials or Plus changes its bill: The plan is set for the whole pool and billed per monthly active user, at a higher price than Lite (Plus the highest): check the cost for the pool’s active users before switching (Amazon Cognito pricing). Every active user of the pool is billed at the new plan’s price, not only those who use the new feature.',
      },
      ja: {
        text: 'プールを Essentials や Plus に移す修正は請求に影響します。プランはプール全体に設定され、月間アクティブユーザーごとに Lite より高い料金で課金されます (Plus が最も高額)。変更する前に、プールのアクティブユーザー数での費用を確認してください (Amazon Cognito の料金)。新しい機能を使うユーザーだけでなく、プールのすべてのアクティブユーザーが新しいプランの料金で課金されます。',
      },
    },
  },
  {
    id: 'general/remembered-devices',
    questions: {
      en: [
        'can users skip mfa on a trusted device?',
        'how do remembered devices work',
        'how do I enable device tracking',
        'remember this device so mfa is not asked every time',
        'how do we trust a browser so mfa is skipped',
      ],
      ja: [
        '信頼済みの端末では MFA を省略できますか？',
        '記憶済みデバイスの仕組みを教えてください',
        'デバイスの追跡を有効にするには',
        '毎回 MFA を聞かれないようにしたい',
        '同じパソコンからのログインで毎回コードを聞かないようにできますか',
        'ブラウザを信頼済みにして MFA を省略するには',
      ],
    },
    answer: {
      en: {
        text: 'Yes, with device remembering: turn on device tracking (`DeviceConfiguration`: `ChallengeRequiredOnNewDevice`, `DeviceOnlyRememberedOnUserPrompt`) and MFA; the app confirms the device (`ConfirmDevice`, `UpdateDeviceStatus` to remembered) and later sign-ins from it skip MFA. It needs the SRP sign-in flow through the API or SDKs (Amplify `rememberDevice()`); it does not work with managed login / federated sign-in or `USER_PASSWORD_AUTH`.',
        code: 'aws cognito-idp update-user-pool --user-pool-id <pool-id> \\\n  --device-configuration ChallengeRequiredOnNewDevice=true,DeviceOnlyRememberedOnUserPrompt=true <every other setting>',
        warning: UPDATE_POOL_RESETS.en,
      },
      ja: {
        text: 'デバイスの記憶機能で可能です。デバイス追跡 (`DeviceConfiguration`: `ChallengeRequiredOnNewDevice`、`DeviceOnlyRememberedOnUserPrompt`) と MFA を有効にし、アプリでデバイスを確認 (`ConfirmDevice`、`UpdateDeviceStatus` で remembered) すると、以降その端末からのサインインでは MFA が省略されます。API や SDK による SRP のサインインフローが必要で (Amplify は `rememberDevice()`)、マネージドログイン / フェデレーションサインインや `USER_PASSWORD_AUTH` では使えません。',
        code: 'aws cognito-idp update-user-pool --user-pool-id <pool-id> \\\n  --device-configuration ChallengeRequiredOnNewDevice=true,DeviceOnlyRememberedOnUserPrompt=true <他の設定すべて>',
        warning: UPDATE_POOL_RESETS.ja,
      },
    },
  },
  {
    id: 'general/threat-protection',
    questions: {
      en: [
        'what is adaptive authentication?',
        'can cognito ask for mfa only on risky sign ins',
        'how do I turn on threat protection',
        'advanced security features risk based mfa',
        'can cognito require mfa only when a sign in looks suspicious',
        'what does risk based step up mfa need',
      ],
      ja: [
        'アダプティブ認証とは何ですか？',
        'リスクの高いサインインのときだけ MFA を求められますか',
        '脅威保護を有効にするには',
        '高度なセキュリティ機能でリスクベースの MFA は使えますか',
        'リスクに応じて MFA を求める設定に必要なものは',
      ],
    },
    answer: {
      en: {
        text: `Threat protection (formerly advanced security features) needs the Plus plan. Adaptive authentication scores each sign-in as low / medium / high risk and you choose per level: ${consoleLabel('en', 'adaptiveAllow')}, ${consoleLabel('en', 'adaptiveOptionalMfa')}, ${consoleLabel('en', 'adaptiveRequireMfa')} or ${consoleLabel('en', 'adaptiveBlock')}. Start in audit-only mode to see the risk scores, then switch to full function (\`AdvancedSecurityMode: ENFORCED\`); the per-level actions are set with \`SetRiskConfiguration\` or in the console (${consolePath('en', 'threatProtection')}).`,
      },
      ja: {
        text: `脅威保護 (旧称: 高度なセキュリティ機能) には Plus プランが必要です。アダプティブ認証はサインインごとにリスクを低 / 中 / 高で評価し、レベルごとに「${consoleLabel('ja', 'adaptiveAllow')}」「${consoleLabel('ja', 'adaptiveOptionalMfa')}」「${consoleLabel('ja', 'adaptiveRequireMfa')}」「${consoleLabel('ja', 'adaptiveBlock')}」を選べます。まず監査のみモードでリスクスコアを確認してから完全機能 (\`AdvancedSecurityMode: ENFORCED\`) に切り替え、レベルごとのアクションは \`SetRiskConfiguration\` かコンソール (${consolePath('ja', 'threatProtection')}) で設定します。`,
      },
    },
  },
  {
    id: 'general/sms-delivery-logs',
    questions: {
      en: [
        'where can I see sms delivery logs?',
        'how do I know if the sms was sent',
        'how to debug sms not arriving',
        'is there a log for failed text messages',
      ],
      ja: ['SMS の配信ログはどこで見られますか？', 'SMS が送信されたか確認するには', 'SMS が届かない原因を調べる方法'],
    },
    answer: {
      en: {
        text: `Turn on SNS delivery status logging for SMS in the pool's SNS region (console: ${consolePath('en', 'smsDeliveryLogs')}, with an IAM role that can write to CloudWatch Logs). Results then appear in CloudWatch Logs: \`sns/<region>/<account-id>/DirectPublishToPhoneNumber\` (success) and \`.../DirectPublishToPhoneNumber/Failure\`; \`providerResponse\` says why a message failed.`,
        code: 'aws sns set-sms-attributes --region <sns-region> --attributes \\\n  DeliveryStatusIAMRole=arn:aws:iam::<account-id>:role/<sns-logs-role>,DeliveryStatusSuccessSamplingRate=100',
      },
      ja: {
        text: `プールの SNS リージョンで SMS の配信ステータスのログ記録を有効にします (コンソール: ${consolePath('ja', 'smsDeliveryLogs')}。CloudWatch Logs に書き込める IAM ロールが必要)。結果は CloudWatch Logs の \`sns/<region>/<account-id>/DirectPublishToPhoneNumber\` (成功) と \`.../DirectPublishToPhoneNumber/Failure\` に出力され、\`providerResponse\` に失敗の理由が記録されます。`,
        code: 'aws sns set-sms-attributes --region <sns-region> --attributes \\\n  DeliveryStatusIAMRole=arn:aws:iam::<account-id>:role/<sns-logs-role>,DeliveryStatusSuccessSamplingRate=100',
      },
    },
  },
  {
    id: 'general/federated-mfa',
    questions: {
      en: [
        'does mfa work for federated users?',
        'do google sign in users get cognito mfa',
        'mfa with saml or oidc identity providers',
        'do users who sign in with an external identity provider get cognito mfa',
      ],
      ja: [
        'フェデレーションユーザーにも MFA はかかりますか？',
        'Google でサインインしたユーザーに Cognito の MFA は適用されますか',
        'SAML や OIDC の IdP と MFA',
      ],
    },
    answer: {
      en: {
        text: 'No: Cognito MFA does not apply to users who sign in through an external identity provider (Google, SAML, OIDC ...); the IdP authenticates them, so enforce MFA there.',
      },
      ja: {
        text: '適用されません。外部 ID プロバイダー (Google、SAML、OIDC など) でサインインするユーザーは IdP が認証するため、Cognito の MFA はかかりません。MFA は IdP 側で強制してください。',
      },
    },
  },
  {
    id: 'general/passkeys',
    questions: {
      en: [
        'does cognito support passkeys?',
        'can we use webauthn or security keys',
        'can a passkey count as mfa',
        'how do I enable passkeys',
        'is passwordless sign in with webauthn supported',
      ],
      ja: [
        'Cognito はパスキーに対応していますか？',
        'WebAuthn やセキュリティキーは使えますか',
        'パスキーを MFA として使えますか',
        'パスキーや YubiKey でサインインできますか',
        'WebAuthn でパスワードなしのサインインはできますか',
      ],
    },
    answer: {
      en: {
        text: "Yes, on the Essentials or Plus plan: passkeys (WebAuthn) are a first factor in choice-based sign-in (`ALLOW_USER_AUTH` on the client, `WEB_AUTHN` in the pool's allowed first factors, a relying party ID matching your domain). Users register one with `StartWebAuthnRegistration` / `CompleteWebAuthnRegistration` or in managed login. A passkey sign-in with user verification satisfies MFA only with `WebAuthnConfiguration.FactorConfiguration` set to `MULTI_FACTOR_WITH_USER_VERIFICATION` on the pool and, per user, `WebAuthnMfaSettings` turned on (`AdminSetUserMFAPreference`); the pool still needs SMS, email or TOTP enabled, and the user another factor so that a lost passkey does not lock them out.",
      },
      ja: {
        text: 'Essentials か Plus プランで対応しています。パスキー (WebAuthn) は選択ベースのサインインの第一要素です (クライアントで `ALLOW_USER_AUTH`、プールの許可する第一要素に `WEB_AUTHN`、ドメインに合ったリライングパーティ ID)。ユーザーは `StartWebAuthnRegistration` / `CompleteWebAuthnRegistration` またはマネージドログインで登録します。ユーザー検証付きのパスキーサインインで MFA を満たすのは、プールの `WebAuthnConfiguration.FactorConfiguration` を `MULTI_FACTOR_WITH_USER_VERIFICATION` にし、ユーザーごとに `WebAuthnMfaSettings` を有効にした (`AdminSetUserMFAPreference`) 場合だけです。プールでは SMS、E メール、TOTP のいずれかも有効にする必要があり、パスキーをなくしてもロックアウトされないよう、ユーザーには別の要素も必要です。',
      },
    },
  },
  {
    // A lost authenticator is reset by deleting the software token, not by turning the preference off (the token stays
    // registered and a required-MFA pool keeps asking for it). The fallback to another factor or MFA_SETUP follows the
    // deletion: https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa-totp.html#user-pool-settings-mfa-totp-remove
    id: 'general/reset-user-mfa',
    questions: {
      en: [
        'a user lost their phone, how do I reset their mfa?',
        'how can an admin disable mfa for one user',
        'reset totp for a user',
        'user got a new phone and cannot log in',
        'how do I delete a user authenticator app',
        'how does an admin reset the totp of a user who lost the authenticator',
        'how can a user recover the account after deleting the authenticator app',
      ],
      ja: [
        'ユーザーがスマホをなくしました。MFA をリセットするには？',
        '管理者が特定ユーザーの MFA を無効にする方法',
        'ユーザーの TOTP をリセットしたい',
        'ユーザーの認証アプリの登録を削除したい',
        '認証アプリを消してしまったユーザーのアカウント復旧方法は',
      ],
    },
    answer: {
      en: {
        text: "Delete the user's TOTP factor with `AdminDeleteSoftwareToken` (a recent AWS CLI or SDK). At the next sign-in Cognito falls back to another factor the user has (SMS or email); if the pool requires MFA and the user has no other factor, Cognito returns the `MFA_SETUP` challenge and the user registers a new authenticator. A user who still has the old device needs no deletion: verifying a new token (`AssociateSoftwareToken` + `VerifySoftwareToken`) replaces the old one.",
        code: DELETE_USER_TOTP,
        warning:
          'Turning the TOTP preference off (`admin-set-user-mfa-preference ... Enabled=false`) is not a reset: the token stays registered, and users report staying locked out of a pool that requires MFA.',
      },
      ja: {
        text: 'ユーザーの TOTP 要素を `AdminDeleteSoftwareToken` で削除します (新しい AWS CLI / SDK が必要)。次回のサインインでは、ユーザーが持つ別の要素 (SMS や E メール) に切り替わります。プールの MFA が必須で、ほかの要素がない場合は `MFA_SETUP` チャレンジが返り、ユーザーが新しい認証アプリを登録します。古い端末がまだ手元にある場合は削除不要で、新しいトークンを検証する (`AssociateSoftwareToken` + `VerifySoftwareToken`) と古いものが置き換わります。',
        code: DELETE_USER_TOTP,
        warning:
          'TOTP の設定を無効にする (`admin-set-user-mfa-preference ... Enabled=false`) だけではリセットになりません。トークンは登録されたまま残り、MFA が必須のプールではサインインできないままになったという報告があります。',
      },
    },
  },
  {
    id: 'general/amplify-totp',
    questions: {
      en: [
        'how do I set up totp with amplify?',
        'amplify v6 setUpTOTP example',
        'what is CONTINUE_SIGN_IN_WITH_TOTP_SETUP',
      ],
      ja: [
        'Amplify で TOTP を設定するには？',
        'Amplify v6 の setUpTOTP の使い方',
        'CONTINUE_SIGN_IN_WITH_TOTP_SETUP とは',
      ],
    },
    answer: {
      en: {
        text: "In Amplify JS v6: for a signed-in user call `setUpTOTP()` (its `getSetupUri(appName)` gives the QR code URI), then `verifyTOTPSetup({ code })` and `updateMFAPreference({ totp: 'PREFERRED' })`. During sign-in, when `nextStep.signInStep` is `CONTINUE_SIGN_IN_WITH_TOTP_SETUP`, show `nextStep.totpSetupDetails` and pass the code to `confirmSignIn({ challengeResponse: code })`.",
      },
      ja: {
        text: "Amplify JS v6 では、サインイン済みのユーザーなら `setUpTOTP()` を呼び (`getSetupUri(appName)` で QR コード用の URI が得られます)、`verifyTOTPSetup({ code })`、`updateMFAPreference({ totp: 'PREFERRED' })` と続けます。サインイン中に `nextStep.signInStep` が `CONTINUE_SIGN_IN_WITH_TOTP_SETUP` になったら、`nextStep.totpSetupDetails` を表示してコードを `confirmSignIn({ challengeResponse: code })` に渡します。",
      },
    },
  },
  {
    id: 'general/bot-help',
    questions: {
      en: ['what can you do?', 'what can I ask you', 'help', 'how do I use this bot', 'what does this bot help with'],
      ja: ['何ができますか？', '何を聞けばいいですか', 'ヘルプ', 'このボットの使い方', 'どんな質問ができますか'],
    },
    answer: {
      en: {
        text: 'Paste a Cognito MFA error and I explain it. In this thread you can ask follow-up questions, paste the next error, say `check <user-pool-id> [username]` to check a pool, `not it` for other matches, or `in Japanese` / `in English` to switch language.',
      },
      ja: {
        text: 'Cognito の MFA エラーを貼ると説明します。このスレッドでは、続けて質問する、次のエラーを貼る、`check <user-pool-id> [username]` でプールをチェックする、`違う` で他の候補を見る、`日本語で` / `英語で` で言語を切り替える、ができます。',
      },
    },
  },
];
