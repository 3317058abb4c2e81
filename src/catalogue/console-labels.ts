/**
 * The AWS consoles' words, one name per label in each language, and the paths through them that the catalogue
 * shows. Entries and follow-ups take their console paths from here, so a label is written one way everywhere and a
 * console change is corrected once.
 */
import type { Lang } from './types';

const en = {
  cognito: 'Amazon Cognito',
  userPools: 'User pools',
  yourPool: 'your pool',
  appClients: 'App clients',
  yourAppClient: 'your app client',
  edit: 'Edit',
  authFlowSessionDuration: 'Authentication flow session duration',
  loginPages: 'Login pages',
  editManagedLoginPages: 'Edit managed login pages configuration',
  oidcScopes: 'OpenID Connect scopes',
  authentication: 'Authentication',
  signIn: 'Sign-in',
  mfa: 'Multi-factor authentication',
  authenticatorApps: 'Authenticator apps',
  mfaOptional: 'Optional',
  mfaRequired: 'Required',
  authenticationMethods: 'Authentication methods',
  email: 'Email',
  userAccountRecovery: 'User account recovery',
  emailThenSms: 'Email if available, otherwise SMS',
  threatProtection: 'Threat protection',
  settings: 'Settings',
  featurePlan: 'Feature plan',
  adaptiveAllow: 'Allow',
  adaptiveOptionalMfa: 'Optional MFA',
  adaptiveRequireMfa: 'Require MFA',
  adaptiveBlock: 'Block',
  iam: 'IAM',
  roles: 'Roles',
  yourSmsRole: 'your SMS role',
  permissions: 'Permissions',
  addPermissions: 'Add permissions',
  createInlinePolicy: 'Create inline policy',
  trustRelationships: 'Trust relationships',
  editTrustPolicy: 'Edit trust policy',
  sns: 'Amazon SNS',
  textMessaging: 'Text messaging (SMS)',
  exitSmsSandbox: 'Exit SMS sandbox',
  editTextMessagingPreferences: 'Edit text messaging preferences',
  deliveryStatusLogging: 'Delivery status logging',
  waf: 'AWS WAF',
  webAcls: 'Web ACLs',
  yourWebAcl: 'your web ACL',
  rules: 'Rules',
} as const;

export type ConsoleLabel = keyof typeof en;

const ja: Record<ConsoleLabel, string> = {
  cognito: 'Amazon Cognito',
  userPools: 'ユーザープール',
  yourPool: '対象のプール',
  appClients: 'アプリクライアント',
  yourAppClient: '対象のアプリクライアント',
  edit: '編集',
  authFlowSessionDuration: '認証フローセッション時間',
  loginPages: 'ログインページ',
  editManagedLoginPages: 'マネージドログインページの設定を編集',
  oidcScopes: 'OpenID Connect のスコープ',
  authentication: '認証',
  signIn: 'サインイン',
  mfa: '多要素認証',
  authenticatorApps: '認証アプリケーション',
  mfaOptional: 'オプション',
  mfaRequired: '必須',
  authenticationMethods: '認証方法',
  email: 'E メール',
  userAccountRecovery: 'ユーザーアカウントの復旧',
  emailThenSms: '可能な場合は E メール、それ以外は SMS',
  threatProtection: '脅威保護',
  settings: '設定',
  featurePlan: '機能プラン',
  adaptiveAllow: '許可',
  adaptiveOptionalMfa: 'オプションの MFA',
  adaptiveRequireMfa: 'MFA 必須',
  adaptiveBlock: 'ブロック',
  iam: 'IAM',
  roles: 'ロール',
  yourSmsRole: '対象の SMS ロール',
  permissions: '許可',
  addPermissions: '許可を追加',
  createInlinePolicy: 'インラインポリシーを作成',
  trustRelationships: '信頼関係',
  editTrustPolicy: '信頼ポリシーを編集',
  sns: 'Amazon SNS',
  textMessaging: 'テキストメッセージング (SMS)',
  exitSmsSandbox: 'SMS サンドボックスを終了',
  editTextMessagingPreferences: 'テキストメッセージングの設定を編集',
  deliveryStatusLogging: '配信ステータスのログ記録',
  waf: 'AWS WAF',
  webAcls: 'ウェブ ACL',
  yourWebAcl: '対象のウェブ ACL',
  rules: 'ルール',
};

export const CONSOLE_LABELS: Readonly<Record<Lang, Readonly<Record<ConsoleLabel, string>>>> = { en, ja };

const pool = ['cognito', 'userPools', 'yourPool'] as const;
const appClient = [...pool, 'appClients', 'yourAppClient'] as const;
const mfaSettings = [...pool, 'authentication', 'signIn', 'mfa', 'edit'] as const;

/** Every console path the catalogue shows, as labels from the root of the console to the setting. */
export const CONSOLE_PATHS = {
  authFlowSessionDuration: [...appClient, 'edit', 'authFlowSessionDuration'],
  oidcScopes: [...appClient, 'loginPages', 'editManagedLoginPages', 'oidcScopes'],
  mfaSettings,
  totpInPool: [...mfaSettings, 'authenticatorApps'],
  emailSending: [...pool, 'authentication', 'authenticationMethods', 'email', 'edit'],
  accountRecovery: [...pool, 'authentication', 'signIn', 'userAccountRecovery', 'edit'],
  threatProtection: [...pool, 'threatProtection'],
  featurePlan: [...pool, 'settings', 'featurePlan'],
  smsRoleInlinePolicy: ['iam', 'roles', 'yourSmsRole', 'permissions', 'addPermissions', 'createInlinePolicy'],
  smsRoleTrust: ['iam', 'roles', 'yourSmsRole', 'trustRelationships', 'editTrustPolicy'],
  exitSmsSandbox: ['sns', 'textMessaging', 'exitSmsSandbox'],
  smsDeliveryLogs: ['sns', 'textMessaging', 'editTextMessagingPreferences', 'deliveryStatusLogging'],
  wafRule: ['waf', 'webAcls', 'yourWebAcl', 'rules', 'edit'],
} as const satisfies Record<string, readonly ConsoleLabel[]>;

export type ConsolePath = keyof typeof CONSOLE_PATHS;

/** A console path as a reader of `lang` sees it: `Amazon Cognito > User pools > your pool > ...`. */
export function consolePath(lang: Lang, path: ConsolePath): string {
  return CONSOLE_PATHS[path].map((label) => CONSOLE_LABELS[lang][label]).join(' > ');
}

/** One label, e.g. a choice on a console page. */
export function consoleLabel(lang: Lang, label: ConsoleLabel): string {
  return CONSOLE_LABELS[lang][label];
}

/**
 * Words that had more than one translation or an outdated console name: each is replaced by the label or term the
 * catalogue keeps (on the right). Replies must not use them; people's questions may.
 */
export const REPLACED_TERMS: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  en: {
    'App integration': 'App clients (the console no longer has an App integration tab)',
    '<pool> >': 'your pool',
    'Sandbox > Exit sandbox': 'Exit SMS sandbox',
  },
  ja: {
    認証フローセッションの期間: '認証フローセッション時間',
    アプリケーションの統合: 'アプリクライアント',
    トールフリー番号: 'フリーダイヤル番号',
    利用上限: '使用上限',
    任意: 'オプション',
    '<プール> >': '対象のプール',
    'サンドボックス > サンドボックスを終了': 'SMS サンドボックスを終了',
  },
};
