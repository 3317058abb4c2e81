import type { PolicyDocument, PolicyStatement, SmsSend } from '../facts';
import { evaluateConditions, glob, matchesAction, type RequestContext } from './match';

/** Amazon SNS: an SMS to a phone number has no ARN, so IAM evaluates `sns:Publish` against `*`. */
export const SNS_SEND: SmsSend = { action: 'sns:Publish', resource: '*' };
/** What IAM sees as the resource when it is not an ARN: the phone number itself, which only `*`-like patterns match. */
const PHONE_RESOURCE = '+15555550100';

export type PermissionVerdict = { status: 'pass' | 'fail' | 'unknown'; summary: string; evidence: string[] };

function actionMatches(s: PolicyStatement, action: string): boolean {
  if (s.notAction !== undefined) return !matchesAction(s.notAction, action);
  return matchesAction(s.action ?? [], action);
}

function resourceMatches(s: PolicyStatement, resource: string): boolean {
  if (s.notResource !== undefined) return !s.notResource.some((p) => glob(p, resource));
  return (s.resource ?? []).some((p) => glob(p, resource));
}

/** Why a statement scoped to other resources does not grant the send. */
function scopedCause(send: SmsSend, allowed: string): string {
  const only = `allows ${send.action} only on ${allowed || 'other resources'}`;
  if (send.action === SNS_SEND.action)
    return `${only}; an SMS to a phone number has no ARN, so it needs "Resource": "*"`;
  if (send.resource === '*') {
    return `${only}; the pool names no OriginationIdentity ARN for it to match, so it needs "Resource": "*"`;
  }
  return `${only}, not on the pool's OriginationIdentity ${send.resource}`;
}

const name = (doc: PolicyDocument, s: PolicyStatement) => `${doc.source}${s.sid ? ` (${s.sid})` : ''}`;

interface Evaluation {
  allowedBy?: string;
  deniedBy?: string;
  unsure: string[];
  causes: string[];
}

function evaluate(docs: PolicyDocument[], send: SmsSend, context: RequestContext): Evaluation {
  const out: Evaluation = { unsure: [], causes: [] };
  const resource = send.resource === '*' ? PHONE_RESOURCE : send.resource;
  for (const doc of docs) {
    for (const s of doc.statements) {
      if (!actionMatches(s, send.action)) continue;
      const c = evaluateConditions(s.condition, context);
      if (!resourceMatches(s, resource)) {
        if (s.effect === 'Allow')
          out.causes.push(`${name(doc, s)} ${scopedCause(send, (s.resource ?? []).join(', '))}`);
        continue;
      }
      if (c.result === 'unknown') {
        out.unsure.push(`${name(doc, s)} (${s.effect}) depends on ${c.unknown.join(', ')}`);
      } else if (c.result === false) {
        if (s.effect === 'Allow') {
          const f = c.failures[0];
          out.causes.push(
            `${name(doc, s)} allows ${send.action} only when ${f?.operator} ${f?.key} is ${f?.expected.join(' or ')}, which Cognito's request does not send`,
          );
        }
      } else if (s.effect === 'Deny') {
        out.deniedBy ??= name(doc, s);
      } else {
        out.allowedBy ??= name(doc, s);
      }
    }
  }
  return out;
}

/**
 * Local evaluation of a role's identity policies (and boundary) for the send of the pool's SMS path: `sns:Publish` on
 * `*` through Amazon SNS, `sms-voice:SendTextMessage` on the pool's origination identity through AWS End User
 * Messaging SMS. SCPs are not visible here.
 */
export function evaluatePermission(
  identity: PolicyDocument[],
  boundary: PolicyDocument | undefined,
  region: string,
  send: SmsSend = SNS_SEND,
): PermissionVerdict {
  const context: RequestContext = new Map([['aws:requestedregion', region]]);
  // SNS SMS is a publish to a phone number, never to an `sms` subscription.
  if (send.action === SNS_SEND.action) context.set('sns:protocol', undefined);
  const on = `${send.action} on ${send.resource}`;
  const id = evaluate(identity, send, context);
  const evidence = [`policies read: ${identity.map((d) => d.source).join(', ') || 'none'}`];
  if (id.deniedBy) {
    return { status: 'fail', summary: `${id.deniedBy} explicitly denies ${on}`, evidence };
  }
  if (boundary) {
    const b = evaluate([boundary], send, context);
    evidence.push(`permissions boundary: ${boundary.source}`);
    if (b.deniedBy || (!b.allowedBy && b.unsure.length === 0)) {
      return {
        status: 'fail',
        summary: `the permissions boundary ${boundary.source} does not allow ${on}`,
        evidence: [...evidence, ...b.causes],
      };
    }
    if (!b.allowedBy) id.unsure.push(...b.unsure);
  }
  if (id.allowedBy && id.unsure.length === 0) {
    return { status: 'pass', summary: `${id.allowedBy} allows ${on}`, evidence };
  }
  if (id.unsure.length > 0) {
    return {
      status: 'unknown',
      summary: `cannot tell whether ${send.action} is allowed: ${id.unsure[0]}`,
      evidence: [...evidence, ...id.unsure, ...id.causes],
    };
  }
  return {
    status: 'fail',
    summary: id.causes[0] ?? `no policy of the role allows ${on}`,
    evidence: [...evidence, ...id.causes],
  };
}
