import type { PolicyDocument, PolicyStatement } from '../facts';

const list = (value: unknown): string[] | undefined =>
  value === undefined ? undefined : (Array.isArray(value) ? value : [value]).map(String);

function principal(value: unknown): PolicyStatement['principal'] {
  if (value === undefined) return undefined;
  if (value === '*') return '*';
  if (typeof value !== 'object' || value === null) return { Unknown: [String(value)] };
  const out: Record<string, string[]> = {};
  for (const [key, v] of Object.entries(value)) out[key] = list(v) ?? [];
  return out;
}

function condition(value: unknown): PolicyStatement['condition'] {
  if (typeof value !== 'object' || value === null) return undefined;
  const out: Record<string, Record<string, string[]>> = {};
  for (const [operator, block] of Object.entries(value)) {
    if (typeof block !== 'object' || block === null) continue;
    const keys: Record<string, string[]> = {};
    for (const [key, v] of Object.entries(block)) keys[key] = list(v) ?? [];
    out[operator] = keys;
  }
  return out;
}

function statement(raw: Record<string, unknown>): PolicyStatement {
  const s: PolicyStatement = { effect: raw.Effect === 'Deny' ? 'Deny' : 'Allow' };
  if (typeof raw.Sid === 'string' && raw.Sid) s.sid = raw.Sid;
  const fields: [keyof PolicyStatement, unknown][] = [
    ['principal', principal(raw.Principal)],
    ['notPrincipal', principal(raw.NotPrincipal)],
    ['action', list(raw.Action)],
    ['notAction', list(raw.NotAction)],
    ['resource', list(raw.Resource)],
    ['notResource', list(raw.NotResource)],
    ['condition', condition(raw.Condition)],
  ];
  for (const [key, value] of fields) if (value !== undefined) (s as unknown as Record<string, unknown>)[key] = value;
  return s;
}

/**
 * IAM returns every policy document URL-encoded and the SDK does not decode it (aws/aws-sdk-js-v3#1945).
 * Accepts the encoded or the plain JSON text; throws on anything else.
 */
export function parsePolicyDocument(text: string, source: string): PolicyDocument {
  const json = text.trimStart().startsWith('{') ? text : decodeURIComponent(text);
  const raw = JSON.parse(json) as { Statement?: unknown };
  const statements = (Array.isArray(raw.Statement) ? raw.Statement : raw.Statement ? [raw.Statement] : [])
    .filter((s): s is Record<string, unknown> => typeof s === 'object' && s !== null)
    .map(statement);
  return { source, statements };
}
