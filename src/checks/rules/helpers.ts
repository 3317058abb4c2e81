import { type DenialSource, deniedBy } from '../aws/errors';
import type { CallError, CallErrorKind, Facts, MfaMode, Outcome } from '../facts';
import { asIs, type Localized, type Phrases, say } from '../localized';
import type { Finding, Rule, Status } from '../types';

type Extra = Pick<Finding, 'client' | 'missingActions' | 'transient'>;

export function finding(
  rule: Pick<Rule, 'id' | 'entry'>,
  status: Status,
  summary: Localized,
  evidence: Localized[] = [],
  extra: Extra = {},
): Finding {
  return { rule: rule.id, entry: rule.entry, status, summary, evidence, ...extra };
}

/** What a failed read says, per language; `what` is the thing that could not be read. */
export const UNKNOWN_PHRASES: Phrases<{
  lacks: (what: string, actions: string, by: string | undefined) => string;
  throttled: (what: string, action: string) => string;
  timeout: (what: string, action: string) => string;
  notFound: (what: string, code: string) => string;
  failed: (what: string, action: string, code: string) => string;
  deniedBy: Record<DenialSource, string>;
  kind: Record<CallErrorKind, string>;
}> = {
  en: {
    lacks: (what, actions, by) =>
      `cannot read ${what}: the bot's role lacks ${actions}${by ? ` (denied by ${by})` : ''}`,
    throttled: (what, action) => `cannot read ${what}: AWS throttled ${action} even after retries; run the check again`,
    timeout: (what, action) => `cannot read ${what}: ${action} timed out`,
    notFound: (what, code) => `cannot read ${what}: not found (${code})`,
    failed: (what, action, code) => `cannot read ${what}: ${action} failed with ${code}`,
    deniedBy: {
      scp: 'a service control policy (SCP)',
      rcp: 'a resource control policy (RCP)',
      boundary: 'a permissions boundary',
    },
    kind: {
      'access-denied': 'access-denied',
      'not-found': 'not-found',
      throttled: 'throttled',
      timeout: 'timeout',
      other: 'other',
    },
  },
  ja: {
    lacks: (what, actions, by) =>
      `${what}を読み取れません: ボットのロールに ${actions} の権限がありません${by ? ` (${by}による拒否)` : ''}`,
    throttled: (what, action) =>
      `${what}を読み取れません: 再試行しても AWS が ${action} をスロットリングしました。もう一度チェックしてください`,
    timeout: (what, action) => `${what}を読み取れません: ${action} がタイムアウトしました`,
    notFound: (what, code) => `${what}を読み取れません: 見つかりません (${code})`,
    failed: (what, action, code) => `${what}を読み取れません: ${action} が ${code} で失敗しました`,
    deniedBy: {
      scp: 'サービスコントロールポリシー (SCP)',
      rcp: 'リソースコントロールポリシー (RCP)',
      boundary: 'アクセス許可の境界',
    },
    kind: {
      'access-denied': 'アクセス拒否',
      'not-found': '存在しない',
      throttled: 'スロットリング',
      timeout: 'タイムアウト',
      other: 'エラー',
    },
  },
};

/** The pool's MFA configuration could not be read: the `unknown` of every rule that needs it. */
export function mfaConfigurationUnknown(rule: Pick<Rule, 'id' | 'entry'>, error: CallError): Finding {
  return unknownFrom(
    rule,
    error,
    say(COMMON_PHRASES, (p) => p.mfaConfiguration),
  );
}

/**
 * A factor the pool does not use is not judged: a pass that says whether it is off, or configured on a pool whose
 * MFA is OFF.
 */
export function factorNotUsed(
  rule: Pick<Rule, 'id' | 'entry'>,
  phrases: Phrases<{ notEnabled: string; notInEffect: string }>,
  configured: boolean,
): Finding {
  return configured
    ? finding(
        rule,
        'pass',
        say(phrases, (p) => p.notInEffect),
        [asIs('MfaConfiguration: OFF')],
      )
    : finding(
        rule,
        'pass',
        say(phrases, (p) => p.notEnabled),
      );
}

/** Something is off on the pool: a fail when the checked user already relies on it (`userNote`), else a warn. */
export function offOnPool(
  rule: Pick<Rule, 'id' | 'entry'>,
  userNote: Localized | undefined,
  off: Localized,
  evidence: Localized[],
): Finding {
  return userNote ? finding(rule, 'fail', userNote, evidence) : finding(rule, 'warn', off, evidence);
}

/** `iam:GetRole: access-denied (AccessDenied)`: a failed read as evidence. */
function callEvidence(e: CallError): Localized {
  return say(UNKNOWN_PHRASES, (p) => `${e.action}: ${p.kind[e.kind]} (${e.code})`);
}

/** What a failed read means for a rule that needed it: `unknown`, naming the IAM action when it was denied. */
export function unknownFrom(
  rule: Pick<Rule, 'id' | 'entry'>,
  errors: CallError | CallError[],
  what: Localized,
  extra: Extra = {},
): Finding {
  const list = Array.isArray(errors) ? errors : [errors];
  const denied = list.filter((e) => e.kind === 'access-denied');
  const actions = [...new Set(denied.map((e) => e.action))];
  const first = list[0] as CallError;
  const summary = say(UNKNOWN_PHRASES, (p, lang) => {
    const thing = what[lang];
    if (denied.length > 0) {
      const by = denied.map(deniedBy).find(Boolean);
      return p.lacks(thing, actions.join(', '), by && p.deniedBy[by]);
    }
    if (first.kind === 'throttled') return p.throttled(thing, first.action);
    if (first.kind === 'timeout') return p.timeout(thing, first.action);
    if (first.kind === 'not-found') return p.notFound(thing, first.code);
    return p.failed(thing, first.action, first.code);
  });
  const evidence = list.map(callEvidence);
  const transient = list.every((e) => e.kind === 'throttled' || e.kind === 'timeout');
  return finding(rule, 'unknown', summary, evidence, {
    ...extra,
    ...(actions.length ? { missingActions: actions } : {}),
    ...(transient ? { transient } : {}),
  });
}

/** The pool's MFA mode: GetUserPoolMfaConfig first, DescribeUserPool when that read failed. */
export function mfaMode(facts: Facts): MfaMode | undefined {
  if (facts.mfa.ok && facts.mfa.value.mfaConfiguration) return facts.mfa.value.mfaConfiguration;
  return facts.pool.ok ? facts.pool.value.mfaConfiguration : undefined;
}

export function errorsOf(...outcomes: (Outcome<unknown> | undefined)[]): CallError[] {
  return outcomes.flatMap((o) => (o && !o.ok ? [o.error] : []));
}

export const clientLabel = (c: { id: string; name?: string }) => (c.name ? `"${c.name}" (${c.id})` : c.id);

/** What several rules name: the parts of a pool a read may fail to give, and "none". */
export const COMMON_PHRASES: Phrases<{
  pool: string;
  mfaConfiguration: string;
  none: string;
  notSet: string;
  unknown: string;
}> = {
  en: {
    pool: 'the pool',
    mfaConfiguration: "the pool's MFA configuration",
    none: '(none)',
    notSet: '(not set)',
    unknown: 'unknown',
  },
  ja: { pool: 'プール', mfaConfiguration: 'プールの MFA 設定', none: '(なし)', notSet: '(未設定)', unknown: '不明' },
};
