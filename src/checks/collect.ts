/**
 * The one place that reads AWS for a check. Each read is made once; independent reads run in parallel, so the
 * critical path is at most four round trips: (1) the pool reads -> (2) app clients, SMS role, simulator, SNS ->
 * (3, 4) the role's policy documents, only when the simulator did not answer `allowed`.
 * Loaded on demand by run.ts, so importing the checks does not load the AWS SDK.
 */
import {
  AdminGetUserCommand,
  type AdminGetUserResponse,
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
import {
  GetPolicyCommand,
  type GetPolicyResponse,
  GetPolicyVersionCommand,
  type GetPolicyVersionResponse,
  GetRoleCommand,
  GetRolePolicyCommand,
  type GetRolePolicyResponse,
  type GetRoleResponse,
  ListAttachedRolePoliciesCommand,
  type ListAttachedRolePoliciesResponse,
  ListRolePoliciesCommand,
  type ListRolePoliciesResponse,
  type SimulatePolicyResponse,
  SimulatePrincipalPolicyCommand,
} from '@aws-sdk/client-iam';
import {
  GetSMSAttributesCommand,
  type GetSMSAttributesResponse,
  GetSMSSandboxAccountStatusCommand,
  type GetSMSSandboxAccountStatusResult,
  ListSMSSandboxPhoneNumbersCommand,
  type ListSMSSandboxPhoneNumbersResult,
} from '@aws-sdk/client-sns';
import { type CallContext, call } from './aws/call';
import type { AwsClients } from './aws/clients';
import type {
  AppClientFacts,
  AppClientListEntry,
  CallError,
  Facts,
  IdentityProviderFacts,
  MfaConfigFacts,
  MfaMode,
  Outcome,
  PolicyDocument,
  PoolFacts,
  RoleFacts,
  RolePoliciesFacts,
  SimulationFacts,
  SmsConfigurationFacts,
  SmsRoleFacts,
  SnsFacts,
  UserFacts,
} from './facts';
import { maskPhone, shownUsername } from './mask';
import { parsePolicyDocument } from './policy/document';
import type { PoolRef } from './pool-ref';
import { type SmsTarget, smsTarget } from './sms-path';

export interface CollectInput {
  ref: PoolRef;
  username?: string;
  clients: AwsClients;
  ctx: CallContext;
  /** The account of the credentials in use, when known (an assumed alias role). */
  account?: string;
}

/** Describing many app clients at once would trip Cognito's per-second quota. */
const DESCRIBE_CONCURRENCY = 8;

async function mapLimit<A, B>(items: A[], limit: number, fn: (item: A) => Promise<B>): Promise<B[]> {
  const out: B[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i] as A);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/** Follows a NextToken/Marker chain; the first error ends it. */
async function paginate<T>(
  page: (token: string | undefined) => Promise<Outcome<{ items: T[]; next?: string }>>,
): Promise<Outcome<T[]>> {
  const items: T[] = [];
  let token: string | undefined;
  do {
    const out = await page(token);
    if (!out.ok) return out;
    items.push(...out.value.items);
    token = out.value.next;
  } while (token);
  return { ok: true, value: items };
}

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
  if (out.SmsMfaConfiguration) {
    facts.sms = {
      message: out.SmsMfaConfiguration.SmsAuthenticationMessage,
      configuration: smsConfiguration(out.SmsMfaConfiguration.SmsConfiguration),
    };
  }
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

function toSimulation(out: SimulatePolicyResponse): SimulationFacts {
  const r = out.EvaluationResults?.[0];
  const decision = r?.EvalDecision;
  return {
    decision: decision === 'allowed' || decision === 'explicitDeny' ? decision : 'implicitDeny',
    matchedStatements: (r?.MatchedStatements ?? []).map((m) => ({
      sourcePolicyId: m.SourcePolicyId,
      sourcePolicyType: m.SourcePolicyType,
    })),
    missingContextValues: r?.MissingContextValues ?? [],
    allowedByOrganizations: r?.OrganizationsDecisionDetail?.AllowedByOrganizations,
    allowedByPermissionsBoundary: r?.PermissionsBoundaryDecisionDetail?.AllowedByPermissionsBoundary,
  };
}

function parsed(text: string | undefined, source: string, action: string): Outcome<PolicyDocument> {
  try {
    return { ok: true, value: parsePolicyDocument(text ?? '{}', source) };
  } catch (error) {
    const message = `could not parse the policy document of ${source}: ${(error as Error).message}`;
    return { ok: false, error: { kind: 'other', action, code: 'MalformedPolicyDocument', message } };
  }
}

function firstError<T>(outcomes: Outcome<T>[]): CallError | undefined {
  for (const o of outcomes) if (!o.ok) return o.error;
  return undefined;
}

export async function collectFacts(input: CollectInput): Promise<Facts> {
  const { ref, ctx, clients } = input;
  const { cognito, iam } = clients;
  const UserPoolId = ref.poolId;

  const pool = call(
    ctx,
    'cognito-idp',
    cognito,
    new DescribeUserPoolCommand({ UserPoolId }),
    (o: DescribeUserPoolResponse) => toPool(o, UserPoolId),
  );
  const mfa = call(ctx, 'cognito-idp', cognito, new GetUserPoolMfaConfigCommand({ UserPoolId }), toMfa);
  const appClients = paginate((NextToken) =>
    call(
      ctx,
      'cognito-idp',
      cognito,
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
      detail: await call(
        ctx,
        'cognito-idp',
        cognito,
        new DescribeUserPoolClientCommand({ UserPoolId, ClientId: c.id }),
        (o: DescribeUserPoolClientResponse) => toAppClient(o, c.id),
      ),
    }));
    return { ok: true, value: entries };
  });
  const providers = paginate((NextToken) =>
    call(
      ctx,
      'cognito-idp',
      cognito,
      new ListIdentityProvidersCommand({ UserPoolId, MaxResults: 60, NextToken }),
      (o: ListIdentityProvidersResponse) => ({
        items: (o.Providers ?? []).map(
          (p): IdentityProviderFacts => ({ name: p.ProviderName ?? '', type: p.ProviderType ?? '' }),
        ),
        next: o.NextToken,
      }),
    ),
  );
  // AdminGetUser counts toward monthly active users: only with a username.
  const user = input.username
    ? call(
        ctx,
        'cognito-idp',
        cognito,
        new AdminGetUserCommand({ UserPoolId, Username: input.username }),
        (o: AdminGetUserResponse) => toUser(o, input.username as string),
      )
    : undefined;

  // The SMS configuration is in both pool reads; either one is enough to go on to the role and SNS.
  const sms = Promise.all([pool, mfa]).then(async ([p, m]) => {
    const arn = p.ok ? p.value.arn : undefined;
    const account = /^arn:[\w-]+:cognito-idp:[\w-]+:(\d{12}):/.exec(arn ?? '')?.[1] ?? ref.account ?? input.account;
    const config = p.ok ? p.value.smsConfiguration : m.ok ? m.value.sms?.configuration : undefined;
    const target = smsTarget(config, ref.region);
    if (!target) return { account };
    // A pool on the End User Messaging SMS path sends nothing through SNS: its SNS settings are not read.
    const [smsRole, sns] = await Promise.all([
      collectSmsRole(ctx, iam, target, account),
      target.path === 'sns'
        ? collectSns(ctx, clients, target.region, config?.snsRegion ? 'configured' : 'pool-region')
        : undefined,
    ]);
    return { account, smsRole, sns };
  });

  const [poolOut, mfaOut, clientsOut, providersOut, userOut, smsOut] = await Promise.all([
    pool,
    mfa,
    appClients,
    providers,
    user,
    sms,
  ]);
  const facts: Facts = {
    poolId: ref.poolId,
    region: ref.region,
    partition: ref.partition,
    pool: poolOut,
    mfa: mfaOut,
    clients: clientsOut,
    identityProviders: providersOut,
  };
  if (smsOut.account) facts.account = smsOut.account;
  if (userOut) facts.user = userOut;
  if ('smsRole' in smsOut && smsOut.smsRole) facts.smsRole = smsOut.smsRole;
  if ('sns' in smsOut && smsOut.sns) facts.sns = smsOut.sns;
  return facts;
}

async function collectSmsRole(
  ctx: CallContext,
  iam: AwsClients['iam'],
  target: SmsTarget,
  account: string | undefined,
): Promise<SmsRoleFacts> {
  const arn = target.roleArn;
  const about: Omit<SmsRoleFacts, 'crossAccount'> = {
    arn,
    path: target.path,
    region: target.region,
    send: target.send,
  };
  if (target.externalId) about.externalId = target.externalId;
  const roleAccount = /^arn:[\w-]+:iam::(\d{12}):role\//.exec(arn)?.[1];
  const crossAccount = Boolean(account && roleAccount && account !== roleAccount);
  if (crossAccount) return { ...about, crossAccount };
  // GetRole takes the last path segment: role/service-role/CognitoSmsRole -> CognitoSmsRole.
  const RoleName = arn.split('/').pop() ?? arn;

  const role = call(ctx, 'iam', iam, new GetRoleCommand({ RoleName }), (o: GetRoleResponse) => o.Role).then(
    (o): Outcome<RoleFacts> => {
      if (!o.ok) return o;
      const r = o.value;
      const facts: RoleFacts = { arn: r?.Arn ?? arn, name: r?.RoleName ?? RoleName };
      if (r?.AssumeRolePolicyDocument) {
        const doc = parsed(r.AssumeRolePolicyDocument, 'trust', 'iam:GetRole');
        if (!doc.ok) return doc;
        facts.trustPolicy = doc.value;
      }
      if (r?.PermissionsBoundary?.PermissionsBoundaryArn)
        facts.permissionsBoundaryArn = r.PermissionsBoundary.PermissionsBoundaryArn;
      if (r?.RoleLastUsed?.LastUsedDate) facts.lastUsed = r.RoleLastUsed.LastUsedDate.toISOString();
      return { ok: true, value: facts };
    },
  );
  const simulation = call(
    ctx,
    'iam',
    iam,
    new SimulatePrincipalPolicyCommand({
      PolicySourceArn: arn,
      ActionNames: [target.send.action],
      ResourceArns: [target.send.resource],
      ContextEntries: [
        { ContextKeyName: 'aws:RequestedRegion', ContextKeyType: 'string', ContextKeyValues: [target.region] },
      ],
    }),
    toSimulation,
  );
  // Listed alongside the simulator (cheap), so reading the documents when it does not answer costs two more round trips, not three.
  const inlineNames = paginate((Marker) =>
    call(ctx, 'iam', iam, new ListRolePoliciesCommand({ RoleName, Marker }), (o: ListRolePoliciesResponse) => ({
      items: o.PolicyNames ?? [],
      next: o.IsTruncated ? o.Marker : undefined,
    })),
  );
  const attachedArns = paginate((Marker) =>
    call(
      ctx,
      'iam',
      iam,
      new ListAttachedRolePoliciesCommand({ RoleName, Marker }),
      (o: ListAttachedRolePoliciesResponse) => ({
        items: (o.AttachedPolicies ?? []).map((p) => p.PolicyArn ?? '').filter(Boolean),
        next: o.IsTruncated ? o.Marker : undefined,
      }),
    ),
  );

  const [roleOut, simOut] = await Promise.all([role, simulation]);
  const facts: SmsRoleFacts = { ...about, crossAccount, role: roleOut, simulation: simOut };
  const settled = simOut.ok && simOut.value.decision === 'allowed' && simOut.value.missingContextValues.length === 0;
  const roleMissing = !roleOut.ok && roleOut.error.kind === 'not-found';
  if (!settled && !roleMissing) {
    facts.policies = await readPolicies(ctx, iam, RoleName, await inlineNames, await attachedArns, roleOut);
  }
  return facts;
}

async function readManaged(
  ctx: CallContext,
  iam: AwsClients['iam'],
  PolicyArn: string,
): Promise<Outcome<PolicyDocument>> {
  const policy = await call(ctx, 'iam', iam, new GetPolicyCommand({ PolicyArn }), (o: GetPolicyResponse) => o.Policy);
  if (!policy.ok) return policy;
  const VersionId = policy.value?.DefaultVersionId ?? 'v1';
  const version = await call(
    ctx,
    'iam',
    iam,
    new GetPolicyVersionCommand({ PolicyArn, VersionId }),
    (o: GetPolicyVersionResponse) => o.PolicyVersion?.Document,
  );
  return version.ok ? parsed(version.value, PolicyArn, 'iam:GetPolicyVersion') : version;
}

async function readPolicies(
  ctx: CallContext,
  iam: AwsClients['iam'],
  RoleName: string,
  inlineNames: Outcome<string[]>,
  attachedArns: Outcome<string[]>,
  role: Outcome<RoleFacts>,
): Promise<Outcome<RolePoliciesFacts>> {
  if (!inlineNames.ok) return inlineNames;
  if (!attachedArns.ok) return attachedArns;
  const boundaryArn = role.ok ? role.value.permissionsBoundaryArn : undefined;
  const [inline, attached, boundary] = await Promise.all([
    Promise.all(
      inlineNames.value.map(async (PolicyName) => {
        const out = await call(
          ctx,
          'iam',
          iam,
          new GetRolePolicyCommand({ RoleName, PolicyName }),
          (o: GetRolePolicyResponse) => o.PolicyDocument,
        );
        return out.ok ? parsed(out.value, `inline:${PolicyName}`, 'iam:GetRolePolicy') : out;
      }),
    ),
    Promise.all(attachedArns.value.map((arn) => readManaged(ctx, iam, arn))),
    boundaryArn ? readManaged(ctx, iam, boundaryArn) : undefined,
  ]);
  const identity = [...inline, ...attached];
  const error = firstError(boundary ? [...identity, boundary] : identity);
  if (error) return { ok: false, error };
  const value: RolePoliciesFacts = {
    identity: identity.map((o) => (o as { value: PolicyDocument }).value),
  };
  if (boundary?.ok) value.boundary = boundary.value;
  return { ok: true, value };
}

async function collectSns(
  ctx: CallContext,
  clients: AwsClients,
  region: string,
  regionSource: SnsFacts['regionSource'],
): Promise<SnsFacts> {
  const sns = clients.sns(region);
  const [sandbox, sandboxNumbers, attributes] = await Promise.all([
    call(ctx, 'sns', sns, new GetSMSSandboxAccountStatusCommand({}), (o: GetSMSSandboxAccountStatusResult) =>
      Boolean(o.IsInSandbox),
    ),
    paginate((NextToken) =>
      call(
        ctx,
        'sns',
        sns,
        new ListSMSSandboxPhoneNumbersCommand({ NextToken }),
        (o: ListSMSSandboxPhoneNumbersResult) => ({
          items: (o.PhoneNumbers ?? []).map((n) => ({
            phoneNumber: maskPhone(n.PhoneNumber ?? ''),
            status: n.Status ?? 'Unknown',
          })),
          next: o.NextToken,
        }),
      ),
    ),
    call(
      ctx,
      'sns',
      sns,
      new GetSMSAttributesCommand({ attributes: ['MonthlySpendLimit'] }),
      (o: GetSMSAttributesResponse) => o.attributes ?? {},
    ),
  ]);
  return { region, regionSource, sandbox, sandboxNumbers, attributes };
}
