/**
 * Finds secrets people paste along with their errors (tokens, Cognito session strings, AWS keys, client secrets,
 * full phone numbers) so a reply can warn them, and redacts them for logs. A finding never carries the value.
 * Shared by everything that takes text from people: a paste (diagnose), a pool or username typed to /mfa-check (checks).
 */
import type { SecretFinding, SecretKind } from './types';

interface Span {
  start: number;
  end: number;
}

interface SecretPattern {
  kind: SecretKind;
  /** Global regex; the secret is capture group 1 when there is one, else the whole match. */
  pattern: RegExp;
}

/** A secret found by code, where one pattern could not find it in linear time. */
interface SecretFinder {
  kind: SecretKind;
  /** The secrets' spans, in order. */
  find: (text: string) => Span[];
}

const JWT_FIRST_PART = /\beyJ[A-Za-z0-9_-]*/g;
const JWT_PART = /\.([A-Za-z0-9_-]*)/y;
/** `eyJ` and at least eight more characters. */
const JWT_FIRST_PART_MIN = 11;
const JWT_PART_MIN = 4;
const JWT_MORE_PARTS = 4;

/**
 * JWTs and Cognito's JWE refresh tokens: a first part starting with a base64url `{"` (`eyJ`), then one to four more
 * dot-separated parts. Read part by part: as one pattern, each `-eyJ` inside a long first part started a new try
 * that read the rest of the part again. A later `eyJ` in the same part would end where the first does, and fail
 * where it fails, so the part is read once.
 */
function jwts(text: string): Span[] {
  const found: Span[] = [];
  JWT_FIRST_PART.lastIndex = 0;
  for (let first = JWT_FIRST_PART.exec(text); first !== null; first = JWT_FIRST_PART.exec(text)) {
    let end = first.index + first[0].length;
    let parts = 0;
    while (first[0].length >= JWT_FIRST_PART_MIN && parts < JWT_MORE_PARTS) {
      JWT_PART.lastIndex = end;
      const part = JWT_PART.exec(text);
      if (!part || (part[1] as string).length < JWT_PART_MIN) break;
      end += part[0].length;
      parts++;
    }
    if (parts === 0) continue;
    found.push({ start: first.index, end });
    JWT_FIRST_PART.lastIndex = end;
  }
  return found;
}

// Order matters for redaction: a JWT inside `"Session": "..."` is reported and redacted once, as a JWT.
const PATTERNS: readonly (SecretPattern | SecretFinder)[] = [
  { kind: 'jwt', find: jwts },
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
  // The first seed after `otpauth://` in the URI. A try stops at the next `otpauth://`, which tries on its own: else
  // each of them would read the rest of a long URI again. The seed found is the same.
  {
    kind: 'totp-secret',
    pattern: /\botpauth:\/\/(?:(?!\botpauth:\/\/)[^\s"'<>])*?[?&]secret=([A-Z2-7]{16,}=*)/gi,
  },
  // InitiateAuth's PASSWORD, RespondToAuthChallenge's NEW_PASSWORD, a config's password=...
  // Not a masked value or a placeholder: `password: ********`, `PASSWORD=<password>`, `password: ${PASS}`,
  // `password: [password]`, nor a value already redacted (`[redacted password]`).
  { kind: 'password', pattern: /\b(?:new_?)?passw(?:or)?d["']?\s*[:=]\s*["']?(?![*<{$%[])([^\s"',;}]{4,128})/gi },
  { kind: 'session', pattern: /\bsession["']?\s*[:=]\s*["']?([A-Za-z0-9+/=_-]{40,})/gi },
  // Cognito session strings start this way even when pasted without their key.
  { kind: 'session', pattern: /\bAYAB[A-Za-z0-9+/=_-]{60,}/g },
  // E.164 numbers, with the spaces, dashes and brackets people type; at least 8 digits, so `+1 555` is not one.
  { kind: 'phone-number', pattern: /(?<![\w*+])\+\d(?:[ .-]?\(?\d\)?){7,14}(?![\d*])/g },
  { kind: 'phone-number', pattern: /\bphone_?number["']?\s*[:=]\s*["']?(\+?\d[\d .-]{7,18}\d)/gi },
];

interface Found extends Span {
  kind: SecretKind;
}

function spans(source: SecretPattern | SecretFinder, text: string): Span[] {
  if ('find' in source) return source.find(text);
  return [...text.matchAll(source.pattern)].map((match) => {
    const value = match[1] ?? match[0];
    const start = (match.index ?? 0) + match[0].lastIndexOf(value);
    return { start, end: start + value.length };
  });
}

/**
 * Every secret, in order, none overlapping an earlier pattern's. Both lists are in order and `found` never overlaps
 * itself, so one pass over both finds the overlaps: 20,000 phone numbers are not compared pairwise.
 */
function findAll(text: string): Found[] {
  let found: Found[] = [];
  for (const source of PATTERNS) {
    const merged: Found[] = [];
    let i = 0;
    for (const span of spans(source, text)) {
      while (i < found.length && (found[i] as Found).end <= span.start) merged.push(found[i++] as Found);
      if (i < found.length && (found[i] as Found).start < span.end) continue;
      merged.push({ kind: source.kind, ...span });
    }
    while (i < found.length) merged.push(found[i++] as Found);
    found = merged;
  }
  return found;
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
  const findings = new Map<string, SecretFinding>();
  for (const f of found) {
    const line = lineOf(starts, f.start);
    const key = `${f.kind} ${line}`;
    if (!findings.has(key)) findings.set(key, { kind: f.kind, line });
  }
  return [...findings.values()];
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
