import type { PolicyDocument, PolicyStatement, SmsSend } from '../facts';
import { type Localized, type Phrases, say } from '../localized';
import { evaluateConditions, glob, matchesAction, type RequestContext } from './match';

/** Amazon SNS: an SMS to a phone number has no ARN, so IAM evaluates `sns:Publish` against `*`. */
export const SNS_SEND: SmsSend = { action: 'sns:Publish', resource: '*' };
/** What IAM sees as the resource when it is not an ARN: the phone number itself, which only `*`-like patterns match. */
const PHONE_RESOURCE = '+15555550100';

export type PermissionVerdict = { status: 'pass' | 'fail' | 'unknown'; summary: Localized; evidence: Localized[] };

/** What the permission verdicts say, per language; `name` is a policy (and statement) as `inline:X (Sid)`. */
const PERMISSION_PHRASES: Phrases<{
  on: (action: string, resource: string) => string;
  onlyOn: (name: string, action: string, allowed: string) => string;
  otherResources: string;
  snsNeedsStar: string;
  noIdentityNeedsStar: string;
  notIdentity: (resource: string) => string;
  onlyWhen: (name: string, action: string, operator: string, key: string, values: string[]) => string;
  dependsOn: (name: string, effect: string, keys: string) => string;
  read: (sources: string) => string;
  boundary: (source: string) => string;
  explicitlyDenies: (name: string, on: string) => string;
  boundaryDoesNotAllow: (source: string, on: string) => string;
  allows: (name: string, on: string) => string;
  cannotTell: (action: string, why: string) => string;
  noPolicy: (on: string) => string;
}> = {
  en: {
    on: (action, resource) => `${action} on ${resource}`,
    onlyOn: (name, action, allowed) => `${name} allows ${action} only on ${allowed}`,
    otherResources: 'other resources',
    snsNeedsStar: '; an SMS to a phone number has no ARN, so it needs "Resource": "*"',
    noIdentityNeedsStar: '; the pool names no OriginationIdentity ARN for it to match, so it needs "Resource": "*"',
    notIdentity: (resource) => `, not on the pool's OriginationIdentity ${resource}`,
    onlyWhen: (name, action, operator, key, values) =>
      `${name} allows ${action} only when ${operator} ${key} is ${values.join(' or ')}, which Cognito's request does not send`,
    dependsOn: (name, effect, keys) => `${name} (${effect}) depends on ${keys}`,
    read: (sources) => `policies read: ${sources || 'none'}`,
    boundary: (source) => `permissions boundary: ${source}`,
    explicitlyDenies: (name, on) => `${name} explicitly denies ${on}`,
    boundaryDoesNotAllow: (source, on) => `the permissions boundary ${source} does not allow ${on}`,
    allows: (name, on) => `${name} allows ${on}`,
    cannotTell: (action, why) => `cannot tell whether ${action} is allowed: ${why}`,
    noPolicy: (on) => `no policy of the role allows ${on}`,
  },
  ja: {
    on: (action, resource) => `${resource} に対する ${action}`,
    onlyOn: (name, action, allowed) => `${name} は ${action} を ${allowed} にしか許可していません`,
    otherResources: '別のリソース',
    snsNeedsStar: '。電話番号への SMS には ARN がないため、"Resource": "*" が必要です',
    noIdentityNeedsStar:
      '。プールが照合できる OriginationIdentity の ARN を指定していないため、"Resource": "*" が必要です',
    notIdentity: (resource) => `。プールの OriginationIdentity ${resource} は対象外です`,
    onlyWhen: (name, action, operator, key, values) =>
      `${name} は ${operator} ${key} が ${values.join(' または ')} のときだけ ${action} を許可していますが、Cognito のリクエストにはその値がありません`,
    dependsOn: (name, effect, keys) => `${name} (${effect}) は ${keys} に左右されます`,
    read: (sources) => `読み取ったポリシー: ${sources || 'なし'}`,
    boundary: (source) => `アクセス許可の境界: ${source}`,
    explicitlyDenies: (name, on) => `${name} が ${on} を明示的に拒否しています`,
    boundaryDoesNotAllow: (source, on) => `アクセス許可の境界 ${source} が ${on} を許可していません`,
    allows: (name, on) => `${name} が ${on} を許可しています`,
    cannotTell: (action, why) => `${action} が許可されているか判断できません: ${why}`,
    noPolicy: (on) => `ロールのどのポリシーも ${on} を許可していません`,
  },
};

function actionMatches(s: PolicyStatement, action: string): boolean {
  if (s.notAction !== undefined) return !matchesAction(s.notAction, action);
  return matchesAction(s.action ?? [], action);
}

function resourceMatches(s: PolicyStatement, resource: string): boolean {
  if (s.notResource !== undefined) return !s.notResource.some((p) => glob(p, resource));
  return (s.resource ?? []).some((p) => glob(p, resource));
}

/** Why a statement scoped to other resources does not grant the send. */
function scopedCause(name: string, send: SmsSend, allowed: string): Localized {
  return say(PERMISSION_PHRASES, (p) => {
    const only = p.onlyOn(name, send.action, allowed || p.otherResources);
    if (send.action === SNS_SEND.action) return `${only}${p.snsNeedsStar}`;
    if (send.resource === '*') return `${only}${p.noIdentityNeedsStar}`;
    return `${only}${p.notIdentity(send.resource)}`;
  });
}

const name = (doc: PolicyDocument, s: PolicyStatement) => `${doc.source}${s.sid ? ` (${s.sid})` : ''}`;

interface Evaluation {
  allowedBy?: string;
  deniedBy?: string;
  unsure: Localized[];
  causes: Localized[];
}

function evaluate(docs: PolicyDocument[], send: SmsSend, context: RequestContext): Evaluation {
  const out: Evaluation = { unsure: [], causes: [] };
  const resource = send.resource === '*' ? PHONE_RESOURCE : send.resource;
  for (const doc of docs) {
    for (const s of doc.statements) {
      if (!actionMatches(s, send.action)) continue;
      const c = evaluateConditions(s.condition, context);
      if (!resourceMatches(s, resource)) {
        if (s.effect === 'Allow') out.causes.push(scopedCause(name(doc, s), send, (s.resource ?? []).join(', ')));
        continue;
      }
      if (c.result === 'unknown') {
        out.unsure.push(say(PERMISSION_PHRASES, (p) => p.dependsOn(name(doc, s), s.effect, c.unknown.join(', '))));
      } else if (c.result === false) {
        if (s.effect === 'Allow') {
          const f = c.failures[0];
          out.causes.push(
            say(PERMISSION_PHRASES, (p) =>
              p.onlyWhen(name(doc, s), send.action, f?.operator ?? '', f?.key ?? '', f?.expected ?? []),
            ),
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
  const on = (p: (typeof PERMISSION_PHRASES)['en']) => p.on(send.action, send.resource);
  const id = evaluate(identity, send, context);
  const evidence = [say(PERMISSION_PHRASES, (p) => p.read(identity.map((d) => d.source).join(', ')))];
  const deniedBy = id.deniedBy;
  if (deniedBy) {
    return { status: 'fail', summary: say(PERMISSION_PHRASES, (p) => p.explicitlyDenies(deniedBy, on(p))), evidence };
  }
  if (boundary) {
    const b = evaluate([boundary], send, context);
    evidence.push(say(PERMISSION_PHRASES, (p) => p.boundary(boundary.source)));
    if (b.deniedBy || (!b.allowedBy && b.unsure.length === 0)) {
      return {
        status: 'fail',
        summary: say(PERMISSION_PHRASES, (p) => p.boundaryDoesNotAllow(boundary.source, on(p))),
        evidence: [...evidence, ...b.causes],
      };
    }
    if (!b.allowedBy) id.unsure.push(...b.unsure);
  }
  const allowedBy = id.allowedBy;
  if (allowedBy && id.unsure.length === 0) {
    return { status: 'pass', summary: say(PERMISSION_PHRASES, (p) => p.allows(allowedBy, on(p))), evidence };
  }
  const firstUnsure = id.unsure[0];
  if (firstUnsure) {
    return {
      status: 'unknown',
      summary: say(PERMISSION_PHRASES, (p, lang) => p.cannotTell(send.action, firstUnsure[lang])),
      evidence: [...evidence, ...id.unsure, ...id.causes],
    };
  }
  return {
    status: 'fail',
    summary: id.causes[0] ?? say(PERMISSION_PHRASES, (p) => p.noPolicy(on(p))),
    evidence: [...evidence, ...id.causes],
  };
}
