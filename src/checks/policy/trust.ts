import type { PolicyDocument, PolicyStatement } from '../facts';
import { type Localized, type Phrases, say } from '../localized';
import { type ConditionResult, evaluateConditions, matchesAction, type RequestContext } from './match';

const COGNITO_SERVICE = 'cognito-idp.amazonaws.com';

export interface TrustInput {
  /** The pool's SmsConfiguration.ExternalId, which Cognito sends as sts:ExternalId. */
  externalId?: string;
  account?: string;
  poolArn?: string;
}

export type TrustVerdict = { status: 'pass' | 'fail' | 'unknown'; summary: Localized; evidence: Localized[] };

const C = COGNITO_SERVICE;

/** What the trust verdicts say, per language; `label` names a statement ("statement "Sid"" / "statement 2"). */
const TRUST_PHRASES: Phrases<{
  statement: (sid: string | undefined, index: number) => string;
  or: string;
  externalId: (want: string, poolExternalId: string | undefined) => string;
  sourceArn: (want: string, poolArn: string | undefined) => string;
  sourceAccount: (want: string, account: string | undefined) => string;
  condition: (operator: string, key: string, want: string) => string;
  someCondition: string;
  denies: (label: string) => string;
  unverifiable: (label: string, keys: string) => string;
  allows: (label: string) => string;
  noExternalIdCheck: string;
  trusts: string;
  cannotVerify: (why: string) => string;
  identityPool: string;
  wrongAction: (actions: string) => string;
  notTrusted: (trusted: string) => string;
}> = {
  en: {
    statement: (sid, index) => (sid ? `statement "${sid}"` : `statement ${index + 1}`),
    or: ' or ',
    externalId: (want, id) =>
      id
        ? `the trust policy requires sts:ExternalId ${want}, but the pool's SMS configuration has ExternalId "${id}"`
        : `the trust policy requires sts:ExternalId ${want}, but the pool's SMS configuration has no ExternalId`,
    sourceArn: (want, poolArn) =>
      `the trust policy limits aws:SourceArn to ${want}, not this pool (${poolArn}); was the pool recreated?`,
    sourceAccount: (want, account) =>
      `the trust policy limits aws:SourceAccount to ${want}, not this pool's account ${account}`,
    condition: (operator, key, want) => `condition ${operator} ${key} ${want} does not hold for Cognito`,
    someCondition: 'a condition does not hold',
    denies: (label) => `the trust policy's ${label} denies ${C} sts:AssumeRole`,
    unverifiable: (label, keys) => `${label} has conditions that cannot be verified: ${keys}`,
    allows: (label) => `${label} allows ${C} sts:AssumeRole`,
    noExternalIdCheck: 'the trust policy does not check sts:ExternalId: it works, but any pool could use this role',
    trusts: `the role trusts ${C} to assume it`,
    cannotVerify: (why) => `cannot verify the trust policy: ${why}`,
    identityPool: `the trust policy is written for an identity pool (Federated principal / sts:AssumeRoleWithWebIdentity); a user pool needs Principal {"Service": "${C}"} with sts:AssumeRole`,
    wrongAction: (actions) => `the trust policy lets ${C} do ${actions} but not sts:AssumeRole`,
    notTrusted: (trusted) => `the trust policy does not trust ${C}${trusted ? ` (it trusts ${trusted})` : ''}`,
  },
  ja: {
    statement: (sid, index) => (sid ? `ステートメント "${sid}"` : `ステートメント ${index + 1}`),
    or: ' または ',
    externalId: (want, id) =>
      id
        ? `信頼ポリシーは sts:ExternalId ${want} を要求していますが、プールの SMS 設定の ExternalId は "${id}" です`
        : `信頼ポリシーは sts:ExternalId ${want} を要求していますが、プールの SMS 設定に ExternalId がありません`,
    sourceArn: (want, poolArn) =>
      `信頼ポリシーは aws:SourceArn を ${want} に限っており、このプール (${poolArn}) は含まれません。プールを作り直しましたか?`,
    sourceAccount: (want, account) =>
      `信頼ポリシーは aws:SourceAccount を ${want} に限っており、このプールのアカウント ${account} は含まれません`,
    condition: (operator, key, want) => `条件 ${operator} ${key} ${want} は Cognito のリクエストでは満たされません`,
    someCondition: '満たされない条件があります',
    denies: (label) => `信頼ポリシーの${label} が ${C} の sts:AssumeRole を拒否しています`,
    unverifiable: (label, keys) => `${label} には検証できない条件があります: ${keys}`,
    allows: (label) => `${label} が ${C} に sts:AssumeRole を許可しています`,
    noExternalIdCheck:
      '信頼ポリシーが sts:ExternalId を確認していません: 動作はしますが、どのプールからでもこのロールを使えます',
    trusts: `ロールは ${C} による引き受けを信頼しています`,
    cannotVerify: (why) => `信頼ポリシーを検証できません: ${why}`,
    identityPool: `信頼ポリシーが ID プール向け (Federated プリンシパル / sts:AssumeRoleWithWebIdentity) に書かれています。ユーザープールには Principal {"Service": "${C}"} と sts:AssumeRole が必要です`,
    wrongAction: (actions) => `信頼ポリシーは ${C} に ${actions} を許可していますが、sts:AssumeRole は許可していません`,
    notTrusted: (trusted) => `信頼ポリシーが ${C} を信頼していません${trusted ? ` (信頼しているのは ${trusted})` : ''}`,
  },
};

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

type StatementAt = { s: PolicyStatement; i: number };
const label = ({ s, i }: StatementAt) => say(TRUST_PHRASES, (p) => p.statement(s.sid, i));

function describeFailure(result: ConditionResult, input: TrustInput): Localized {
  const f = result.failures[0];
  return say(TRUST_PHRASES, (p) => {
    if (!f) return p.someCondition;
    const want = f.expected.map((v) => `"${v}"`).join(p.or);
    switch (f.key.toLowerCase()) {
      case 'sts:externalid':
        return p.externalId(want, input.externalId);
      case 'aws:sourcearn':
        return p.sourceArn(want, input.poolArn);
      case 'aws:sourceaccount':
        return p.sourceAccount(want, input.account);
      default:
        return p.condition(f.operator, f.key, want);
    }
  });
}

/**
 * Would `cognito-idp.amazonaws.com` be allowed `sts:AssumeRole` with the pool's ExternalId, account and ARN?
 * A matching Deny wins; conditions on keys this cannot know give `unknown`, never `fail`.
 */
export function evaluateTrust(doc: PolicyDocument, input: TrustInput): TrustVerdict {
  const context: RequestContext = new Map([['sts:externalid', input.externalId]]);
  if (input.account) context.set('aws:sourceaccount', input.account);
  if (input.poolArn) context.set('aws:sourcearn', input.poolArn);

  const evidence: Localized[] = [];
  const matching = doc.statements
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => principalMatches(s) && actionMatches(s, 'sts:AssumeRole'));

  let denyUnknown: Localized | undefined;
  for (const at of matching.filter(({ s }) => s.effect === 'Deny')) {
    const c = evaluateConditions(at.s.condition, context);
    if (c.result === true) {
      return { status: 'fail', summary: say(TRUST_PHRASES, (p, lang) => p.denies(label(at)[lang])), evidence };
    }
    if (c.result === 'unknown') {
      denyUnknown = say(TRUST_PHRASES, (p, lang) => p.unverifiable(`${label(at)[lang]} (Deny)`, c.unknown.join(', ')));
    }
  }

  const allows = matching
    .filter(({ s }) => s.effect === 'Allow')
    .map((at) => ({ ...at, c: evaluateConditions(at.s.condition, context) }));
  const granted = allows.find((a) => a.c.result === true);
  if (granted && !denyUnknown) {
    const checksExternalId = Object.values(granted.s.condition ?? {}).some((block) =>
      Object.keys(block).some((k) => k.toLowerCase() === 'sts:externalid'),
    );
    evidence.push(say(TRUST_PHRASES, (p, lang) => p.allows(label(granted)[lang])));
    if (input.externalId && !checksExternalId) evidence.push(say(TRUST_PHRASES, (p) => p.noExternalIdCheck));
    return { status: 'pass', summary: say(TRUST_PHRASES, (p) => p.trusts), evidence };
  }
  const unsure = allows.find((a) => a.c.result === 'unknown');
  const why =
    denyUnknown ??
    (unsure
      ? say(TRUST_PHRASES, (p, lang) => p.unverifiable(label(unsure)[lang], unsure.c.unknown.join(', ')))
      : undefined);
  if (why) {
    return { status: 'unknown', summary: say(TRUST_PHRASES, (p, lang) => p.cannotVerify(why[lang])), evidence: [why] };
  }
  const refused = allows[0];
  if (refused) {
    if (allows.length > 1) {
      for (const a of allows) {
        const failure = describeFailure(a.c, input);
        evidence.push(say(TRUST_PHRASES, (_, lang) => `${label(a)[lang]}: ${failure[lang]}`));
      }
    }
    return { status: 'fail', summary: describeFailure(refused.c, input), evidence };
  }

  // Nothing names Cognito with sts:AssumeRole: say which mistake it is.
  const federated = doc.statements.find(
    (s) => namesCognito(s.principal, 'Federated') || matchesAction(s.action ?? [], 'sts:AssumeRoleWithWebIdentity'),
  );
  if (federated) return { status: 'fail', summary: say(TRUST_PHRASES, (p) => p.identityPool), evidence };
  const wrongAction = doc.statements.find((s) => s.effect === 'Allow' && principalMatches(s));
  if (wrongAction) {
    const actions = (wrongAction.action ?? wrongAction.notAction ?? []).join(', ');
    return { status: 'fail', summary: say(TRUST_PHRASES, (p) => p.wrongAction(actions)), evidence };
  }
  const trusted = doc.statements
    .filter((s) => s.effect === 'Allow')
    .flatMap((s) => principals(s.principal).map((p) => `${p.type}:${p.name}`))
    .join(', ');
  return { status: 'fail', summary: say(TRUST_PHRASES, (p) => p.notTrusted(trusted)), evidence };
}
