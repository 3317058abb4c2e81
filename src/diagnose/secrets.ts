/**
 * Finds secrets people paste along with their errors (tokens, Cognito session strings, AWS keys, client secrets,
 * full phone numbers) so a reply can warn them, and redacts them for logs. A finding never carries the value.
 */
import type { SecretFinding, SecretKind } from './types';

interface SecretPattern {
  kind: SecretKind;
  /** Global regex; the secret is capture group 1 when there is one, else the whole match. */
  pattern: RegExp;
}

// Order matters for redaction: a JWT inside `"Session": "..."` is reported and redacted once, as a JWT.
const PATTERNS: readonly SecretPattern[] = [
  // JWTs and Cognito's JWE refresh tokens (five dot-separated parts), both start with a base64url `{"`.
  { kind: 'jwt', pattern: /\beyJ[A-Za-z0-9_-]{8,}(?:\.[A-Za-z0-9_-]{4,}){1,4}/g },
  {
    kind: 'aws-secret-key',
    pattern:
      /(?:aws_?secret_?access_?key|secret_?access_?key|secretaccesskey|aws_?secret_?key)["']?\s*[:=]\s*["']?([A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])/gi,
  },
  // Temporary credentials' session token is as secret as the key that comes with it.
  {
    kind: 'aws-secret-key',
    pattern: /(?:aws_?session_?token|sessiontoken)["']?\s*[:=]\s*["']?([A-Za-z0-9/+=]{100,})/gi,
  },
  { kind: 'aws-access-key', pattern: /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g },
  // People run this bot next to other Slack apps: their tokens, webhook URLs and signing secrets turn up in logs too.
  { kind: 'slack-token', pattern: /\bx(?:ox[abpersc]|app)-[A-Za-z0-9-]{10,}/g },
  { kind: 'slack-token', pattern: /\bhttps:\/\/hooks\.slack(?:-gov)?\.com\/[\w/-]+/g },
  {
    kind: 'slack-token',
    pattern: /(?:slack_?)?signing_?secret["']?\s*[:=]\s*["']?([0-9a-f]{32})(?![0-9a-f])/gi,
  },
  {
    kind: 'client-secret',
    pattern: /(?:client_?secret|clientsecret|secret_?hash)["']?\s*[:=]\s*["']?([A-Za-z0-9+/=_.-]{16,})/gi,
  },
  // The TOTP seed from AssociateSoftwareToken: whoever holds it can make the user's MFA codes.
  { kind: 'totp-secret', pattern: /\bsecret_?code["']?\s*[:=]\s*["']?([A-Z2-7]{16,}=*)/gi },
  { kind: 'totp-secret', pattern: /\botpauth:\/\/[^\s"'<>]*?[?&]secret=([A-Z2-7]{16,}=*)/gi },
  // InitiateAuth's PASSWORD, RespondToAuthChallenge's NEW_PASSWORD, a config's password=...
  // Not a masked value or a placeholder: `password: ********`, `PASSWORD=<password>`, `password: ${PASS}`.
  { kind: 'password', pattern: /\b(?:new_?)?passw(?:or)?d["']?\s*[:=]\s*["']?(?![*<{$%])([^\s"',;}]{4,128})/gi },
  { kind: 'session', pattern: /\bsession["']?\s*[:=]\s*["']?([A-Za-z0-9+/=_-]{40,})/gi },
  // Cognito session strings start this way even when pasted without their key.
  { kind: 'session', pattern: /\bAYAB[A-Za-z0-9+/=_-]{60,}/g },
  // E.164 numbers, with the spaces, dashes and brackets people type; at least 8 digits, so `+1 555` is not one.
  { kind: 'phone-number', pattern: /(?<![\w*+])\+\d(?:[ .-]?\(?\d\)?){7,14}(?![\d*])/g },
  { kind: 'phone-number', pattern: /\bphone_?number["']?\s*[:=]\s*["']?(\+?\d[\d .-]{7,18}\d)/gi },
];

interface Found {
  kind: SecretKind;
  start: number;
  end: number;
}

function findAll(text: string): Found[] {
  const found: Found[] = [];
  for (const { kind, pattern } of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const value = match[1] ?? match[0];
      const start = (match.index ?? 0) + match[0].lastIndexOf(value);
      const end = start + value.length;
      if (found.some((f) => start < f.end && f.start < end)) continue;
      found.push({ kind, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** The kinds of secret in a text and their 1-based lines, each (kind, line) once. */
export function detectSecrets(text: string): SecretFinding[] {
  const found = findAll(text);
  if (found.length === 0) return [];
  const starts = lineStarts(text);
  const findings: SecretFinding[] = [];
  for (const f of found) {
    const line = lineOf(starts, f.start);
    if (!findings.some((x) => x.kind === f.kind && x.line === line)) findings.push({ kind: f.kind, line });
  }
  return findings;
}

/** The text with every secret replaced by `[redacted <kind>]`. */
export function redact(text: string): string {
  const found = findAll(text);
  let out = '';
  let at = 0;
  for (const f of found) {
    out += `${text.slice(at, f.start)}[redacted ${f.kind}]`;
    at = f.end;
  }
  return out + text.slice(at);
}
