import { detectSecrets, diagnose, redact } from '../../src/diagnose';
import { loadPastes } from './fixtures';

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
  ])('does not flag %s', (_what, text) => {
    expect(detectSecrets(text)).toEqual([]);
    expect(redact(text)).toBe(text);
  });
});
