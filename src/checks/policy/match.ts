/** IAM matching: `*`/`?` wildcards, actions case-insensitive, condition operators over a known request context. */

/**
 * IAM's `*` (any run, also empty) and `?` (one character), in plain code rather than a pattern built from the
 * policy: on a mismatch it goes back only to the last `*`, so no policy string can make it slow.
 */
export function glob(pattern: string, value: string, ignoreCase = false): boolean {
  const same = (a: string, b: string) => a === b || (ignoreCase && a.toLowerCase() === b.toLowerCase());
  let p = 0;
  let v = 0;
  let star = -1;
  let resume = 0;
  while (v < value.length) {
    const c = pattern[p];
    if (c === '*') {
      star = p++;
      resume = v;
    } else if (c !== undefined && (c === '?' || same(c, value[v] as string))) {
      p++;
      v++;
    } else if (star >= 0) {
      p = star + 1;
      v = ++resume;
    } else {
      return false;
    }
  }
  while (pattern[p] === '*') p++;
  return p === pattern.length;
}

export function matchesAction(patterns: readonly string[], action: string): boolean {
  return patterns.some((p) => glob(p, action, true));
}

/** What the evaluator knows of the request: each key (lower case) with its value, or undefined when not sent. */
export type RequestContext = Map<string, string | undefined>;

interface ConditionFailure {
  operator: string;
  key: string;
  expected: string[];
  actual?: string;
}

export interface ConditionResult {
  /** `unknown`: a key or operator the evaluator cannot judge. */
  result: true | false | 'unknown';
  failures: ConditionFailure[];
  unknown: string[];
}

type Compare = (expected: string, actual: string) => boolean;

const COMPARE: Record<string, { compare: Compare; negated: boolean }> = {
  stringequals: { compare: (e, a) => e === a, negated: false },
  stringnotequals: { compare: (e, a) => e === a, negated: true },
  stringequalsignorecase: { compare: (e, a) => e.toLowerCase() === a.toLowerCase(), negated: false },
  stringnotequalsignorecase: { compare: (e, a) => e.toLowerCase() === a.toLowerCase(), negated: true },
  stringlike: { compare: (e, a) => glob(e, a), negated: false },
  stringnotlike: { compare: (e, a) => glob(e, a), negated: true },
  arnequals: { compare: (e, a) => glob(e, a), negated: false },
  arnlike: { compare: (e, a) => glob(e, a), negated: false },
  arnnotequals: { compare: (e, a) => glob(e, a), negated: true },
  arnnotlike: { compare: (e, a) => glob(e, a), negated: true },
};

function evaluateOne(
  operator: string,
  key: string,
  expected: string[],
  context: RequestContext,
): true | false | 'unknown' {
  const lowerKey = key.toLowerCase();
  if (!context.has(lowerKey)) return 'unknown';
  const actual = context.get(lowerKey);
  // Single-valued keys: the set operators behave like the plain one, except ForAllValues on a missing key.
  const setPrefix = /^(forallvalues|foranyvalue):/i.exec(operator)?.[1]?.toLowerCase();
  let op = operator.replace(/^(forallvalues|foranyvalue):/i, '').toLowerCase();
  const ifExists = op.endsWith('ifexists');
  if (ifExists) op = op.slice(0, -'ifexists'.length);
  if (op === 'null') {
    const wantsMissing = expected.some((v) => v.toLowerCase() === 'true');
    return wantsMissing === (actual === undefined);
  }
  const rule = COMPARE[op];
  if (!rule) return 'unknown';
  if (actual === undefined) return ifExists || rule.negated || setPrefix === 'forallvalues';
  const any = expected.some((e) => rule.compare(e, actual));
  return rule.negated ? !any : any;
}

/** All operators and keys must hold (AND); within a key any listed value may match (OR). */
export function evaluateConditions(
  condition: Record<string, Record<string, string[]>> | undefined,
  context: RequestContext,
): ConditionResult {
  const out: ConditionResult = { result: true, failures: [], unknown: [] };
  for (const [operator, block] of Object.entries(condition ?? {})) {
    for (const [key, expected] of Object.entries(block)) {
      const result = evaluateOne(operator, key, expected, context);
      if (result === 'unknown') out.unknown.push(`${operator} ${key}`);
      else if (!result) out.failures.push({ operator, key, expected, actual: context.get(key.toLowerCase()) });
    }
  }
  out.result = out.failures.length > 0 ? false : out.unknown.length > 0 ? 'unknown' : true;
  return out;
}
