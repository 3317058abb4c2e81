/** The pool's own reads (cognito-idp): the pool, its MFA configuration, app clients, identity providers, one user. */
import {
  AdminGetUserCommand,
  type AdminGetUserResponse,
  type CognitoIdentityProviderClient,
  DescribeUserPoolClientCommand,
  type DescribeUserPoolClientResponse,
  DescribeUserPoolCommand,
  type DescribeUserPoolResponse,
  GetUserPoolMfaConfigCommand,
  type GetUserPoolMfaConfigResponse,
  ListIdentityProvidersCommand,
  type ListIdentityProvidersResponse,
  ListUserPoolClientsCommand,
  type ListUserPoolClientsResponse,
  type SmsConfigurationType,
} from '@aws-sdk/client-cognito-identity-provider';
import { type CallContext, service } from '../aws/call';
import type {
  AppClientFacts,
  AppClientListEntry,
  IdentityProviderFacts,
  MfaConfigFacts,
  MfaMode,
  Outcome,
  PoolFacts,
  SmsConfigurationFacts,
  UserFacts,
} from '../facts';
import { maskPhone, shownUsername } from '../mask';
import { mapLimit, paginate } from './paging';

/** Describing many app clients at once would trip Cognito's per-second quota. */
const DESCRIBE_CONCURRENCY = 8;

const mode = (value: string | undefined): MfaMode | undefined =>
  value === 'OFF' || value === 'ON' || value === 'OPTIONAL' ? value : undefined;

function smsConfiguration(c: SmsConfigurationType | undefined): SmsConfigurationFacts | undefined {
  if (!c) return undefined;
  const out: SmsConfigurationFacts = {};
  if (c.SnsCallerArn) out.snsCallerArn = c.SnsCallerArn;
  if (c.ExternalId) out.externalId = c.ExternalId;
  if (c.SnsRegion) out.snsRegion = c.SnsRegion;
  if (c.EumsSms?.CallerArn) out.eumsCallerArn = c.EumsSms.CallerArn;
  if (c.EumsSms?.ExternalId) out.eumsExternalId = c.EumsSms.ExternalId;
  if (c.EumsSms?.OriginationIdentity) out.eumsOriginationIdentity = c.EumsSms.OriginationIdentity;
  if (c.EumsSms?.Region) out.eumsRegion = c.EumsSms.Region;
  return out;
}

function toPool(out: DescribeUserPoolResponse, poolId: string): PoolFacts {
  const p = out.UserPool ?? {};
  return {
    id: p.Id ?? poolId,
    arn: p.Arn,
    name: p.Name,
    mfaConfiguration: mode(p.MfaConfiguration),
    smsAuthenticationMessage: p.SmsAuthenticationMessage,
    smsConfiguration: smsConfiguration(p.SmsConfiguration),
    smsConfigurationFailure: p.SmsConfigurationFailure,
    emailSendingAccount: p.EmailConfiguration?.EmailSendingAccount,
    tier: p.UserPoolTier,
  };
}

function toMfa(out: GetUserPoolMfaConfigResponse): MfaConfigFacts {
  const facts: MfaConfigFacts = {
    mfaConfiguration: mode(out.MfaConfiguration),
    totpEnabled: out.SoftwareTokenMfaConfiguration?.Enabled === true,
  };
  // An SmsMfaConfiguration with nothing in it configures nothing (cognito-local answers `{}` for every pool).
  const message = out.SmsMfaConfiguration?.SmsAuthenticationMessage;
  const configuration = smsConfiguration(out.SmsMfaConfiguration?.SmsConfiguration);
  if (message || (configuration && Object.keys(configuration).length > 0)) facts.sms = { message, configuration };
  if (out.EmailMfaConfiguration) {
    facts.email = { message: out.EmailMfaConfiguration.Message, subject: out.EmailMfaConfiguration.Subject };
  }
  return facts;
}

/** Picks the fields the rules read; ClientSecret is dropped here so nothing later can print it. */
function toAppClient(out: DescribeUserPoolClientResponse, id: string): AppClientFacts {
  const c = out.UserPoolClient ?? {};
  return {
    id: c.ClientId ?? id,
    name: c.ClientName,
    authSessionValidity: c.AuthSessionValidity,
    explicitAuthFlows: c.ExplicitAuthFlows,
    oauthEnabled: c.AllowedOAuthFlowsUserPoolClient === true,
    allowedOAuthFlows: c.AllowedOAuthFlows,
    allowedOAuthScopes: c.AllowedOAuthScopes,
    supportedIdentityProviders: c.SupportedIdentityProviders,
    hasSecret: Boolean(c.ClientSecret),
  };
}

function identities(value: string | undefined): string[] {
  if (!value) return [];
  try {
    const parsed = JSON.parse(value) as { providerName?: unknown }[];
    return Array.isArray(parsed) ? parsed.map((i) => String(i.providerName ?? '')).filter(Boolean) : [];
  } catch {
    return [];
  }
}

function toUser(out: AdminGetUserResponse, username: string): UserFacts {
  const attr = (name: string) => out.UserAttributes?.find((a) => a.Name === name)?.Value;
  const phone = attr('phone_number');
  const verified = attr('phone_number_verified');
  return {
    username: shownUsername(username),
    enabled: out.Enabled,
    status: out.UserStatus,
    ...(phone ? { phoneNumber: maskPhone(phone) } : {}),
    ...(verified !== undefined ? { phoneNumberVerified: verified === 'true' } : {}),
    preferredMfa: out.PreferredMfaSetting,
    mfaSettings: out.UserMFASettingList ?? [],
    identityProviders: identities(attr('identities')),
  };
}

/** The pool's reads, each already under way. */
interface PoolReads {
  pool: Promise<Outcome<PoolFacts>>;
  mfa: Promise<Outcome<MfaConfigFacts>>;
  /** The list, then each client's details as soon as the list is in. */
  clients: Promise<Outcome<AppClientListEntry[]>>;
  identityProviders: Promise<Outcome<IdentityProviderFacts[]>>;
  /** Only with a username. */
  user?: Promise<Outcome<UserFacts>>;
}

/** Starts every read of the pool at once: they are the check's first round trip. */
export function startPoolReads(input: {
  ctx: CallContext;
  cognito: CognitoIdentityProviderClient;
  poolId: string;
  username?: string;
}): PoolReads {
  const { username, poolId: UserPoolId } = input;
  const cognito = service(input.ctx, 'cognito-idp', input.cognito);

  const pool = cognito(new DescribeUserPoolCommand({ UserPoolId }), (o: DescribeUserPoolResponse) =>
    toPool(o, UserPoolId),
  );
  const mfa = cognito(new GetUserPoolMfaConfigCommand({ UserPoolId }), toMfa);
  const clients = paginate((NextToken) =>
    cognito(
      new ListUserPoolClientsCommand({ UserPoolId, MaxResults: 60, NextToken }),
      (o: ListUserPoolClientsResponse) => ({
        items: (o.UserPoolClients ?? []).map((c) => ({ id: c.ClientId ?? '', name: c.ClientName })),
        next: o.NextToken,
      }),
    ),
  ).then(async (listed): Promise<Outcome<AppClientListEntry[]>> => {
    if (!listed.ok) return listed;
    const entries = await mapLimit(listed.value, DESCRIBE_CONCURRENCY, async (c) => ({
      ...c,
      detail: await cognito(
        new DescribeUserPoolClientCommand({ UserPoolId, ClientId: c.id }),
        (o: DescribeUserPoolClientResponse) => toAppClient(o, c.id),
      ),
    }));
    return { ok: true, value: entries };
  });
  const identityProviders = paginate((NextToken) =>
    cognito(
      new ListIdentityProvidersCommand({ UserPoolId, MaxResults: 60, NextToken }),
      (o: ListIdentityProvidersResponse) => ({
        items: (o.Providers ?? []).map(
          (p): IdentityProviderFacts => ({ name: p.ProviderName ?? '', type: p.ProviderType ?? '' }),
        ),
        next: o.NextToken,
      }),
    ),
  );
  const reads: PoolReads = { pool, mfa, clients, identityProviders };
  // AdminGetUser counts toward monthly active users: only with a username.
  if (username) {
    reads.user = cognito(new AdminGetUserCommand({ UserPoolId, Username: username }), (o: AdminGetUserResponse) =>
      toUser(o, username),
    );
  }
  return reads;
}
