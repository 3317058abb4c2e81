/**
 * The SMS role's reads (iam): the role and its trust policy, the policy simulator, and the role's policy documents,
 * which are read only when the simulator did not answer `allowed` (two more round trips).
 */
import {
  GetPolicyCommand,
  type GetPolicyResponse,
  GetPolicyVersionCommand,
  type GetPolicyVersionResponse,
  GetRoleCommand,
  GetRolePolicyCommand,
  type GetRolePolicyResponse,
  type GetRoleResponse,
  type IAMClient,
  ListAttachedRolePoliciesCommand,
  type ListAttachedRolePoliciesResponse,
  ListRolePoliciesCommand,
  type ListRolePoliciesResponse,
  type SimulatePolicyResponse,
  SimulatePrincipalPolicyCommand,
} from '@aws-sdk/client-iam';
import { type CallContext, type Read, service } from '../aws/call';
import type {
  CallError,
  Outcome,
  PolicyDocument,
  RoleFacts,
  RolePoliciesFacts,
  SimulationFacts,
  SmsRoleFacts,
} from '../facts';
import { parsePolicyDocument } from '../policy/document';
import type { SmsTarget } from '../sms-path';
import { paginate } from './paging';

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

function toRole(out: GetRoleResponse['Role'], arn: string, name: string): Outcome<RoleFacts> {
  const facts: RoleFacts = { arn: out?.Arn ?? arn, name: out?.RoleName ?? name };
  if (out?.AssumeRolePolicyDocument) {
    const doc = parsed(out.AssumeRolePolicyDocument, 'trust', 'iam:GetRole');
    if (!doc.ok) return doc;
    facts.trustPolicy = doc.value;
  }
  if (out?.PermissionsBoundary?.PermissionsBoundaryArn)
    facts.permissionsBoundaryArn = out.PermissionsBoundary.PermissionsBoundaryArn;
  if (out?.RoleLastUsed?.LastUsedDate) facts.lastUsed = out.RoleLastUsed.LastUsedDate.toISOString();
  return { ok: true, value: facts };
}

export async function collectSmsRole(input: {
  ctx: CallContext;
  iam: IAMClient;
  target: SmsTarget;
  /** The pool's account, when known: a role in another account cannot be read with the bot's credentials. */
  account: string | undefined;
}): Promise<SmsRoleFacts> {
  const { target, account } = input;
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
  const iam = service(input.ctx, 'iam', input.iam);

  const role = iam(new GetRoleCommand({ RoleName }), (o: GetRoleResponse) => o.Role).then((o) =>
    o.ok ? toRole(o.value, arn, RoleName) : o,
  );
  const simulation = iam(
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
    iam(new ListRolePoliciesCommand({ RoleName, Marker }), (o: ListRolePoliciesResponse) => ({
      items: o.PolicyNames ?? [],
      next: o.IsTruncated ? o.Marker : undefined,
    })),
  );
  const attachedArns = paginate((Marker) =>
    iam(new ListAttachedRolePoliciesCommand({ RoleName, Marker }), (o: ListAttachedRolePoliciesResponse) => ({
      items: (o.AttachedPolicies ?? []).map((p) => p.PolicyArn ?? '').filter(Boolean),
      next: o.IsTruncated ? o.Marker : undefined,
    })),
  );

  const [roleOut, simOut] = await Promise.all([role, simulation]);
  const facts: SmsRoleFacts = { ...about, crossAccount, role: roleOut, simulation: simOut };
  const settled = simOut.ok && simOut.value.decision === 'allowed' && simOut.value.missingContextValues.length === 0;
  const roleMissing = !roleOut.ok && roleOut.error.kind === 'not-found';
  if (!settled && !roleMissing) {
    facts.policies = await readPolicies({
      iam,
      roleName: RoleName,
      inlineNames: await inlineNames,
      attachedArns: await attachedArns,
      role: roleOut,
    });
  }
  return facts;
}

async function readManaged(iam: Read, PolicyArn: string): Promise<Outcome<PolicyDocument>> {
  const policy = await iam(new GetPolicyCommand({ PolicyArn }), (o: GetPolicyResponse) => o.Policy);
  if (!policy.ok) return policy;
  const VersionId = policy.value?.DefaultVersionId ?? 'v1';
  const version = await iam(
    new GetPolicyVersionCommand({ PolicyArn, VersionId }),
    (o: GetPolicyVersionResponse) => o.PolicyVersion?.Document,
  );
  return version.ok ? parsed(version.value, PolicyArn, 'iam:GetPolicyVersion') : version;
}

/** The role's inline and attached policies and its permissions boundary; the first error stands for all. */
async function readPolicies(input: {
  iam: Read;
  roleName: string;
  inlineNames: Outcome<string[]>;
  attachedArns: Outcome<string[]>;
  role: Outcome<RoleFacts>;
}): Promise<Outcome<RolePoliciesFacts>> {
  const { iam, roleName: RoleName, inlineNames, attachedArns, role } = input;
  if (!inlineNames.ok) return inlineNames;
  if (!attachedArns.ok) return attachedArns;
  const boundaryArn = role.ok ? role.value.permissionsBoundaryArn : undefined;
  const [inline, attached, boundary] = await Promise.all([
    Promise.all(
      inlineNames.value.map(async (PolicyName) => {
        const out = await iam(
          new GetRolePolicyCommand({ RoleName, PolicyName }),
          (o: GetRolePolicyResponse) => o.PolicyDocument,
        );
        return out.ok ? parsed(out.value, `inline:${PolicyName}`, 'iam:GetRolePolicy') : out;
      }),
    ),
    Promise.all(attachedArns.value.map((arn) => readManaged(iam, arn))),
    boundaryArn ? readManaged(iam, boundaryArn) : undefined,
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
