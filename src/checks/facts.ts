/**
 * The facts one check collects: plain data, independent of the AWS SDK, so the rules are pure functions of it.
 * Secrets never get here: client secrets are dropped and phone numbers masked when the collector builds these.
 */

export type CallErrorKind = 'access-denied' | 'not-found' | 'throttled' | 'timeout' | 'other';

export interface CallError {
  kind: CallErrorKind;
  /** The IAM action of the call, e.g. `iam:GetRole`: what to grant when `kind` is `access-denied`. */
  action: string;
  /** The AWS error code (`AccessDeniedException`, `NoSuchEntity` ...) or the SDK's error name. */
  code: string;
  message: string;
}

/** What one AWS read gave: its value, or why it gave none. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: CallError };

export interface SmsConfigurationFacts {
  snsCallerArn?: string;
  externalId?: string;
  snsRegion?: string;
  /** AWS End User Messaging SMS direct path (EumsSms), used instead of SNS when set: the two exclude each other. */
  eumsCallerArn?: string;
  eumsExternalId?: string;
  /** A phone number, sender ID or pool, as an E.164 number or an ARN: IAM evaluates the send against it as written. */
  eumsOriginationIdentity?: string;
  eumsRegion?: string;
}

/** How a pool sends SMS: through Amazon SNS (SnsCallerArn) or through AWS End User Messaging SMS directly (EumsSms). */
export type SmsPath = 'sns' | 'eums';

/** What the SMS role must be allowed on the pool's path: the action, and the resource IAM evaluates it against. */
export interface SmsSend {
  action: string;
  resource: string;
}

export type MfaMode = 'OFF' | 'ON' | 'OPTIONAL';

export interface PoolFacts {
  id: string;
  arn?: string;
  name?: string;
  mfaConfiguration?: MfaMode;
  smsAuthenticationMessage?: string;
  smsConfiguration?: SmsConfigurationFacts;
  smsConfigurationFailure?: string;
  emailSendingAccount?: string;
  tier?: string;
}

export interface MfaConfigFacts {
  mfaConfiguration?: MfaMode;
  /** Present when SMS MFA is enabled. */
  sms?: { message?: string; configuration?: SmsConfigurationFacts };
  totpEnabled: boolean;
  /** Present when email MFA is enabled. */
  email?: { message?: string; subject?: string };
}

export interface AppClientFacts {
  id: string;
  name?: string;
  /** Minutes; undefined means the default (3). */
  authSessionValidity?: number;
  explicitAuthFlows?: string[];
  oauthEnabled: boolean;
  allowedOAuthFlows?: string[];
  allowedOAuthScopes?: string[];
  supportedIdentityProviders?: string[];
  hasSecret: boolean;
}

export interface AppClientListEntry {
  id: string;
  name?: string;
  detail: Outcome<AppClientFacts>;
}

export interface IdentityProviderFacts {
  name: string;
  type: string;
}

export interface UserFacts {
  /** As reports show it (a phone number masked). */
  username: string;
  enabled?: boolean;
  status?: string;
  /** Masked, e.g. `+81******5678`. */
  phoneNumber?: string;
  phoneNumberVerified?: boolean;
  preferredMfa?: string;
  mfaSettings: string[];
  /** Provider names from the `identities` attribute (federated users). */
  identityProviders: string[];
}

/** One IAM policy statement, as written (Action/Resource/Principal values normalised to arrays). */
export interface PolicyStatement {
  sid?: string;
  effect: 'Allow' | 'Deny';
  principal?: Record<string, string[]> | '*';
  notPrincipal?: Record<string, string[]> | '*';
  action?: string[];
  notAction?: string[];
  resource?: string[];
  notResource?: string[];
  condition?: Record<string, Record<string, string[]>>;
}

export interface PolicyDocument {
  /** Where the document comes from: `inline:<name>`, a managed policy ARN, or `trust`. */
  source: string;
  statements: PolicyStatement[];
}

export interface RoleFacts {
  arn: string;
  name: string;
  trustPolicy?: PolicyDocument;
  permissionsBoundaryArn?: string;
  lastUsed?: string;
}

export interface SimulationFacts {
  decision: 'allowed' | 'explicitDeny' | 'implicitDeny';
  matchedStatements: { sourcePolicyId?: string; sourcePolicyType?: string }[];
  missingContextValues: string[];
  allowedByOrganizations?: boolean;
  allowedByPermissionsBoundary?: boolean;
}

export interface RolePoliciesFacts {
  /** Inline and attached identity policies. */
  identity: PolicyDocument[];
  boundary?: PolicyDocument;
}

export interface SmsRoleFacts {
  arn: string;
  path: SmsPath;
  /** The external ID Cognito sends when it assumes the role on that path. */
  externalId?: string;
  /** Where the path sends: the SNS region, or the pool's Region for End User Messaging SMS. */
  region: string;
  /** What the simulator was asked about. */
  send: SmsSend;
  /** The role is in another account than the pool: the bot cannot read it with its own credentials. */
  crossAccount: boolean;
  role?: Outcome<RoleFacts>;
  simulation?: Outcome<SimulationFacts>;
  /** Read only when the simulator did not say `allowed`. */
  policies?: Outcome<RolePoliciesFacts>;
}

export interface SnsFacts {
  region: string;
  /** How the region was chosen. */
  regionSource: 'configured' | 'pool-region';
  sandbox: Outcome<boolean>;
  /** Masked sandbox destination numbers and their status. */
  sandboxNumbers?: Outcome<{ phoneNumber: string; status: string }[]>;
  attributes: Outcome<Record<string, string>>;
  /** CloudWatch `AWS/SNS` `SMSMonthToDateSpentUSD` in the same region, USD; `null` when nothing was sent this month. */
  spend: Outcome<number | null>;
}

export interface Facts {
  poolId: string;
  region: string;
  account?: string;
  partition: string;
  pool: Outcome<PoolFacts>;
  mfa: Outcome<MfaConfigFacts>;
  clients: Outcome<AppClientListEntry[]>;
  identityProviders: Outcome<IdentityProviderFacts[]>;
  /** Only when a username was given. */
  user?: Outcome<UserFacts>;
  /** Only when the pool names an SMS role (SNS caller or End User Messaging SMS caller). */
  smsRole?: SmsRoleFacts;
  /** Only when the pool sends SMS through SNS. */
  sns?: SnsFacts;
}
