import type { PolicyDocument, PolicyStatement } from '../facts';
import { evaluateConditions, glob, matchesAction, type RequestContext } from './match';

export const SMS_ACTION = 'sns:Publish';
// An SMS to a phone number has no ARN: IAM sees the number itself, so only `*`-like resources grant it.
const PHONE_RESOURCE = '+15555550100';

export type PermissionVerdict = { status: 'pass' | 'fail' | 'unknown'; summary: string; evidence: string[] };

function actionMatches(s: PolicyStatement): boolean {
  if (s.notAction !== undefined) return !matchesAction(s.notAction, SMS_ACTION);
  return matchesAction(s.action ?? [], SMS_ACTION);
}

function resourceMatches(s: PolicyStatement): boolean {
  if (s.notResource !== undefined) return !s.notResource.some((p) => glob(p, PHONE_RESOURCE));
  return (s.resource ?? []).some((p) => glob(p, PHONE_RESOURCE));
}

const name = (doc: PolicyDocument, s: PolicyStatement) => `${doc.source}${s.sid ? ` (${s.sid})` : ''}`;

interface Evaluation {
  allowedBy?: string;
  deniedBy?: string;
  unsure: string[];
  causes: string[];
}

function evaluate(docs: PolicyDocument[], context: RequestContext): Evaluation {
  const out: Evaluation = { unsure: [], causes: [] };
  for (const doc of docs) {
    for (const s of doc.statements) {
      if (!actionMatches(s)) continue;
      const c = evaluateConditions(s.condition, context);
      if (!resourceMatches(s)) {
        if (s.effect === 'Allow') {
          out.causes.push(
            `${name(doc, s)} allows ${SMS_ACTION} only on ${(s.resource ?? []).join(', ') || 'other resources'}; an SMS to a phone number has no ARN, so it needs "Resource": "*"`,
          );
        }
        continue;
      }
      if (c.result === 'unknown') {
        out.unsure.push(`${name(doc, s)} (${s.effect}) depends on ${c.unknown.join(', ')}`);
      } else if (c.result === false) {
        if (s.effect === 'Allow') {
          const f = c.failures[0];
          out.causes.push(
            `${name(doc, s)} allows ${SMS_ACTION} only when ${f?.operator} ${f?.key} is ${f?.expected.join(' or ')}, which an SMS publish does not send`,
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

/** Local evaluation of a role's identity policies (and boundary) for `sns:Publish` on `*`. SCPs are not visible here. */
export function evaluatePermission(
  identity: PolicyDocument[],
  boundary: PolicyDocument | undefined,
  snsRegion: string,
): PermissionVerdict {
  const context: RequestContext = new Map([
    ['aws:requestedregion', snsRegion],
    ['sns:protocol', undefined],
  ]);
  const id = evaluate(identity, context);
  const evidence = [`policies read: ${identity.map((d) => d.source).join(', ') || 'none'}`];
  if (id.deniedBy) {
    return { status: 'fail', summary: `${id.deniedBy} explicitly denies ${SMS_ACTION} on *`, evidence };
  }
  if (boundary) {
    const b = evaluate([boundary], context);
    evidence.push(`permissions boundary: ${boundary.source}`);
    if (b.deniedBy || (!b.allowedBy && b.unsure.length === 0)) {
      return {
        status: 'fail',
        summary: `the permissions boundary ${boundary.source} does not allow ${SMS_ACTION} on *`,
        evidence: [...evidence, ...b.causes],
      };
    }
    if (!b.allowedBy) id.unsure.push(...b.unsure);
  }
  if (id.allowedBy && id.unsure.length === 0) {
    return { status: 'pass', summary: `${id.allowedBy} allows ${SMS_ACTION} on *`, evidence };
  }
  if (id.unsure.length > 0) {
    return {
      status: 'unknown',
      summary: `cannot tell whether ${SMS_ACTION} is allowed: ${id.unsure[0]}`,
      evidence: [...evidence, ...id.unsure, ...id.causes],
    };
  }
  return {
    status: 'fail',
    summary: id.causes[0] ?? `no policy of the role allows ${SMS_ACTION} on *`,
    evidence: [...evidence, ...id.causes],
  };
}
