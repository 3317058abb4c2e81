import { deniedBy } from '../aws/errors';
import type { CallError, Facts, MfaMode, Outcome } from '../facts';
import type { Finding, Rule, Status } from '../types';

type Extra = Pick<Finding, 'client' | 'missingActions'>;

export function finding(
  rule: Pick<Rule, 'id' | 'entry'>,
  status: Status,
  summary: string,
  evidence: string[] = [],
  extra: Extra = {},
): Finding {
  return { rule: rule.id, entry: rule.entry, status, summary, evidence, ...extra };
}

/** What a failed read means for a rule that needed it: `unknown`, naming the IAM action when it was denied. */
export function unknownFrom(
  rule: Pick<Rule, 'id' | 'entry'>,
  errors: CallError | CallError[],
  what: string,
  extra: Extra = {},
): Finding {
  const list = Array.isArray(errors) ? errors : [errors];
  const denied = list.filter((e) => e.kind === 'access-denied');
  const actions = [...new Set(denied.map((e) => e.action))];
  const first = list[0] as CallError;
  let summary: string;
  if (denied.length > 0) {
    const by = denied.map(deniedBy).find(Boolean);
    summary = `cannot read ${what}: the bot's role lacks ${actions.join(', ')}${by ? ` (denied by ${by})` : ''}`;
  } else if (first.kind === 'throttled') {
    summary = `cannot read ${what}: AWS throttled ${first.action} even after retries; run the check again`;
  } else if (first.kind === 'timeout') {
    summary = `cannot read ${what}: ${first.action} timed out`;
  } else if (first.kind === 'not-found') {
    summary = `cannot read ${what}: not found (${first.code})`;
  } else {
    summary = `cannot read ${what}: ${first.action} failed with ${first.code}`;
  }
  const evidence = list.map((e) => `${e.action}: ${e.kind} (${e.code})`);
  return finding(rule, 'unknown', summary, evidence, actions.length ? { ...extra, missingActions: actions } : extra);
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
