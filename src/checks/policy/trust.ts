import type { PolicyDocument, PolicyStatement } from '../facts';
import { type ConditionResult, evaluateConditions, matchesAction, type RequestContext } from './match';

export const COGNITO_SERVICE = 'cognito-idp.amazonaws.com';

export interface TrustInput {
  /** The pool's SmsConfiguration.ExternalId, which Cognito sends as sts:ExternalId. */
  externalId?: string;
  account?: string;
  poolArn?: string;
}

export type TrustVerdict = { status: 'pass' | 'fail' | 'unknown'; summary: string; evidence: string[] };

function principals(value: PolicyStatement['principal']): { type: string; name: string }[] {
  if (value === undefined) return [];
  if (value === '*') return [{ type: '*', name: '*' }];
  return Object.entries(value).flatMap(([type, names]) => names.map((name) => ({ type, name })));
}

function namesCognito(value: PolicyStatement['principal'], type?: string): boolean {
  return principals(value).some(
    (p) =>
      p.name === '*' ||
      ((type === undefined || p.type.toLowerCase() === type.toLowerCase()) && p.name.toLowerCase() === COGNITO_SERVICE),
  );
}

function principalMatches(s: PolicyStatement): boolean {
  if (s.notPrincipal !== undefined) return !namesCognito(s.notPrincipal, 'Service');
  return principals(s.principal).some(
    (p) =>
      p.name === '*' ||
      (p.type.toLowerCase() === 'service' && p.name.toLowerCase() === COGNITO_SERVICE) ||
      (p.type === 'AWS' && p.name === '*'),
  );
}

function actionMatches(s: PolicyStatement, action: string): boolean {
  if (s.notAction !== undefined) return !matchesAction(s.notAction, action);
  return matchesAction(s.action ?? [], action);
}

const label = (s: PolicyStatement, i: number) => (s.sid ? `statement "${s.sid}"` : `statement ${i + 1}`);

function describeFailure(result: ConditionResult, input: TrustInput): string {
  const f = result.failures[0];
  if (!f) return 'a condition does not hold';
  const want = f.expected.map((v) => `"${v}"`).join(' or ');
  switch (f.key.toLowerCase()) {
    case 'sts:externalid':
      return input.externalId
        ? `the trust policy requires sts:ExternalId ${want}, but the pool's SMS configuration has ExternalId "${input.externalId}"`
        : `the trust policy requires sts:ExternalId ${want}, but the pool's SMS configuration has no ExternalId`;
    case 'aws:sourcearn':
      return `the trust policy limits aws:SourceArn to ${want}, not this pool (${input.poolArn}); was the pool recreated?`;
    case 'aws:sourceaccount':
      return `the trust policy limits aws:SourceAccount to ${want}, not this pool's account ${input.account}`;
    default:
      return `condition ${f.operator} ${f.key} ${want} does not hold for Cognito`;
  }
}

/**
 * Would `cognito-idp.amazonaws.com` be allowed `sts:AssumeRole` with the pool's ExternalId, account and ARN?
 * A matching Deny wins; conditions on keys this cannot know give `unknown`, never `fail`.
 */
export function evaluateTrust(doc: PolicyDocument, input: TrustInput): TrustVerdict {
  const context: RequestContext = new Map([['sts:externalid', input.externalId]]);
  if (input.account) context.set('aws:sourceaccount', input.account);
  if (input.poolArn) context.set('aws:sourcearn', input.poolArn);

  const evidence: string[] = [];
  const matching = doc.statements
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => principalMatches(s) && actionMatches(s, 'sts:AssumeRole'));

  let denyUnknown: string | undefined;
  for (const { s, i } of matching.filter(({ s }) => s.effect === 'Deny')) {
    const c = evaluateConditions(s.condition, context);
    if (c.result === true) {
      return {
        status: 'fail',
        summary: `the trust policy's ${label(s, i)} denies ${COGNITO_SERVICE} sts:AssumeRole`,
        evidence,
      };
    }
    if (c.result === 'unknown')
      denyUnknown = `${label(s, i)} (Deny) has conditions that cannot be verified: ${c.unknown.join(', ')}`;
  }

  const allows = matching
    .filter(({ s }) => s.effect === 'Allow')
    .map(({ s, i }) => ({ s, i, c: evaluateConditions(s.condition, context) }));
  const granted = allows.find((a) => a.c.result === true);
  if (granted && !denyUnknown) {
    const checksExternalId = Object.values(granted.s.condition ?? {}).some((block) =>
      Object.keys(block).some((k) => k.toLowerCase() === 'sts:externalid'),
    );
    evidence.push(`${label(granted.s, granted.i)} allows ${COGNITO_SERVICE} sts:AssumeRole`);
    if (input.externalId && !checksExternalId) {
      evidence.push('the trust policy does not check sts:ExternalId: it works, but any pool could use this role');
    }
    return { status: 'pass', summary: `the role trusts ${COGNITO_SERVICE} to assume it`, evidence };
  }
  const unsure = allows.find((a) => a.c.result === 'unknown');
  const why =
    denyUnknown ??
    (unsure
      ? `${label(unsure.s, unsure.i)} has conditions that cannot be verified: ${unsure.c.unknown.join(', ')}`
      : '');
  if (why) return { status: 'unknown', summary: `cannot verify the trust policy: ${why}`, evidence: [why] };
  const refused = allows[0];
  if (refused) {
    if (allows.length > 1) for (const a of allows) evidence.push(`${label(a.s, a.i)}: ${describeFailure(a.c, input)}`);
    return { status: 'fail', summary: describeFailure(refused.c, input), evidence };
  }

  // Nothing names Cognito with sts:AssumeRole: say which mistake it is.
  const federated = doc.statements.find(
    (s) => namesCognito(s.principal, 'Federated') || matchesAction(s.action ?? [], 'sts:AssumeRoleWithWebIdentity'),
  );
  if (federated) {
    return {
      status: 'fail',
      summary: `the trust policy is written for an identity pool (Federated principal / sts:AssumeRoleWithWebIdentity); a user pool needs Principal {"Service": "${COGNITO_SERVICE}"} with sts:AssumeRole`,
      evidence,
    };
  }
  const wrongAction = doc.statements.find((s) => s.effect === 'Allow' && principalMatches(s));
  if (wrongAction) {
    return {
      status: 'fail',
      summary: `the trust policy lets ${COGNITO_SERVICE} do ${(wrongAction.action ?? wrongAction.notAction ?? []).join(', ')} but not sts:AssumeRole`,
      evidence,
    };
  }
  const trusted = doc.statements
    .filter((s) => s.effect === 'Allow')
    .flatMap((s) => principals(s.principal).map((p) => `${p.type}:${p.name}`));
  return {
    status: 'fail',
    summary: `the trust policy does not trust ${COGNITO_SERVICE}${trusted.length ? ` (it trusts ${trusted.join(', ')})` : ''}`,
    evidence,
  };
}
