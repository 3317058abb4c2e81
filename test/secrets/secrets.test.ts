import { diagnose } from '../../src/diagnose';
import { detectSecrets, redact } from '../../src/secrets';
import { loadPastes } from '../harness/pastes';

interface SecretCase {
  kind: string;
  text: string;
  /** The secret part, which must never appear in a redacted text. */
  secret: string;
}

const cases = loadPastes<SecretCase>('secrets.yaml');

describe('secrets', () => {
  test.each(cases.map((c) => [c.kind, c] as const))('finds a %s and redacts it', (kind, c) => {
    const lines = c.text.split('\n');
    const line = lines.findIndex((l) => l.includes(c.secret)) + 1;
    expect(detectSecrets(c.text)).toContainEqual({ kind, line });
    const redacted = redact(c.text);
    expect(redacted).not.toContain(c.secret);
    expect(redacted).toContain(`[redacted ${kind}]`);
  });

  test('findings carry the kind and line only, never the value', () => {
    for (const c of cases) {
      const json = JSON.stringify(diagnose(c.text));
      expect(json).not.toContain(c.secret);
    }
  });

  test.each([
    ['a masked destination', '"Destination": "+*******5678"'],
    ['an ISO timestamp with offset', '2024-06-02T09:14:11+09:00 ok'],
    ['a request id', 'RequestId: 0c7a2f1e-8d3b-4e5a-9f6c-1b2d3e4f5a6b'],
    ['a short session word', 'the session expired'],
    ['an account id', 'arn:aws:iam::123456789012:role/sms'],
    ['a masked password', '"PASSWORD": "********"'],
    ['a password placeholder', '--auth-parameters USERNAME=alice,PASSWORD=<password>'],
    ['a password from a variable', 'password: %COGNITO_PASSWORD%'],
    ['a bracketed password placeholder', '"PASSWORD": "[password]"'],
    ['a password already redacted', 'PASSWORD=[redacted password]'],
  ])('does not flag %s', (_what, text) => {
    expect(detectSecrets(text)).toEqual([]);
    expect(redact(text)).toBe(text);
  });
});

describe('secrets in long or crowded pastes', () => {
  const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhYmMifQ.c2lnbmF0dXJl';

  test('a JWT glued to a word by a hyphen is redacted whole, from the first eyJ of its first part', () => {
    expect(redact(`x-token-${jwt} and eyJshort.eyJ-${jwt}`)).toBe('x-token-[redacted jwt] and eyJshort.[redacted jwt]');
  });

  test('every otpauth:// seed is found, also when the URIs run together', () => {
    const seed = 'JBSWY3DPEHPK3PXP';
    const text = `otpauth://totp/a?secret=${seed}&issuer=x,otpauth://totp/b?issuer=y&secret=${seed}Q`;
    expect(redact(text)).toBe(
      'otpauth://totp/a?secret=[redacted totp-secret]&issuer=x,otpauth://totp/b?issuer=y&secret=[redacted totp-secret]',
    );
  });

  test('20,000 phone numbers are each found on their own line', () => {
    const numbers = Array.from({ length: 20_000 }, (_, i) => `+81 90 ${String(10_000_000 + i)}`);
    const findings = detectSecrets(numbers.join('\n'));
    expect(findings).toHaveLength(20_000);
    expect(findings[19_999]).toEqual({ kind: 'phone-number', line: 20_000 });
    expect(redact(numbers.slice(0, 3).join(' '))).toBe(
      '[redacted phone-number] [redacted phone-number] [redacted phone-number]',
    );
  });
});

describe('evidence excerpts of long lines', () => {
  const jwt =
    'eyJraWQiOiJhYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5eiIsImFsZyI6IlJTMjU2In0.' +
    'eyJzdWIiOiIxMjM0NTY3OC05MGFiLWNkZWYtMTIzNC01Njc4OTBhYmNkZWYiLCJpc3MiOiJodHRwczovL2NvZ25pdG8ifQ.' +
    'c2lnbmF0dXJlc2lnbmF0dXJlc2lnbmF0dXJlc2lnbmF0dXJlc2lnbmF0dXJlc2lnbmF0dXJl';
  const session = `AYABe${'Q1w2E3r4T5y6'.repeat(60)}`;

  // The excerpt is cut around the error; a cut through the token used to leave its tail unrecognised and quoted back.
  test.each([
    ['a JWT', `token=${jwt} NotAuthorizedException: Invalid session for the user, session is expired.`, jwt],
    ['a session string', `${session} CodeMismatchException: Invalid code received for user`, session],
    [
      'a session in a question',
      `how long is the mfa session valid? users get logged out during the totp setup and have to sign in again, ${'and again, '.repeat(5)}session: ${session.slice(5)}`,
      session.slice(5),
    ],
  ])('never quote a piece of %s cut by the excerpt', (_what, text, secret) => {
    const result = diagnose(text);
    expect(result.diagnoses[0]?.evidence?.excerpt).toBeTruthy();
    const excerpts = result.diagnoses.map((d) => d.evidence?.excerpt ?? '').join('\n');
    for (let i = 0; i + 24 <= secret.length; i += 8) expect(excerpts).not.toContain(secret.slice(i, i + 24));
  });
});
