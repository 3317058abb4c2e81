import { catalogue } from '../../src/catalogue';
import { diagnose } from '../../src/diagnose';

describe('several errors in one paste', () => {
  const paste = [
    'first attempt:',
    'NotAuthorizedException: Invalid session for the user, session is expired.',
    'then after restarting the flow and entering the code:',
    '{"__type":"CodeMismatchException","message":"Invalid code or auth state for the user."}',
    'and once more the first error again:',
    'NotAuthorizedException: Invalid session for the user, session is expired.',
    'finally: An error occurred (InvalidSmsRoleAccessPolicyException) when calling the SignUp operation: Role does not have permission to publish with SNS',
  ].join('\n');

  test('gives one diagnosis per entry, in order of appearance', () => {
    const result = diagnose(paste);
    expect(result.diagnoses.map((d) => [d.id, d.evidence?.line])).toEqual([
      ['session-expired', 2],
      ['code-mismatch', 4],
      ['sms-role-access-policy', 7],
    ]);
    expect(result.diagnoses.every((d) => d.autoReply)).toBe(true);
    expect(result.best.id).toBe('session-expired');
  });

  test('a quoted error outranks a guess from an exception name alone', () => {
    const result = diagnose(
      'NotAuthorizedException\nlater: SoftwareTokenMFANotFoundException: Software Token MFA has not been enabled by the userPool.',
    );
    expect(result.best.id).toBe('totp-not-enabled-in-pool');
  });

  test('a lookalike next to a real error does not hide it', () => {
    const result = diagnose(
      'NotAuthorizedException: Incorrect username or password.\nNotAuthorizedException: Invalid session for the user, session can only be used once.',
    );
    expect(result.diagnoses.map((d) => d.id)).toEqual(['session-used-once']);
    expect(result.best.autoReply).toBe(true);
  });
});

describe('evidence', () => {
  test('names the signature, the excerpt and the original line', () => {
    const result = diagnose(
      '\n\n```\n  x-amzn-ErrorType: InvalidParameterException:\n  x-amzn-ErrorMessage: Missing required parameter Session\n```',
    );
    expect(result.best).toMatchObject({
      id: 'session-missing',
      autoReply: true,
      evidence: {
        signature: 'InvalidParameterException: Missing required parameter Session',
        excerpt: 'x-amzn-ErrorMessage: Missing required parameter Session',
        line: 5,
        via: 'exception+message',
      },
    });
  });

  test('the excerpt of a long log line is cut around the error, not at its start', () => {
    const line = `2024-06-02T09:14:11.655Z\tc1d2e3f4\tERROR\t${'{"ctx":"x",'.repeat(30)}"err":"CodeMismatchException: Invalid code or auth state for the user."}`;
    const { best } = diagnose(line);
    expect(best.evidence?.excerpt).toContain('CodeMismatchException: Invalid code or auth state');
    expect(best.evidence?.excerpt.length).toBeLessThanOrEqual(200);
  });

  test('a longer message variant wins over the shorter one it contains', () => {
    expect(diagnose('Invalid session for the user, session can only be used once.').best.id).toBe('session-used-once');
    expect(diagnose('Invalid session for the user.').best.id).toBe('session-invalid');
  });

  test('a longer variant cut mid-word or misspelt in its last word is still the longer one, not the shorter', () => {
    for (const text of [
      'NotAuthorizedException: Invalid session for the user, session is expir',
      'NotAuthorizedException: Invalid session for the user, session is expird.',
    ]) {
      const { best } = diagnose(text);
      expect(best.id).toBe('session-expired');
      expect(best.autoReply).toBe(true);
    }
  });
});

describe('guesses and no-match', () => {
  test('an exception name shared by several entries with an unknown message is a quiet, low guess', () => {
    const result = diagnose('NotAuthorizedException: Something nobody has seen before happened here');
    expect(result.best.autoReply).toBe(false);
    expect(result.best.confidence).toBeLessThan(0.5);
  });

  test('a lookalike gives no diagnosis but names the entries that share its exception as the closest', () => {
    const result = diagnose('NotAuthorizedException: Incorrect username or password.');
    expect(result.diagnoses).toEqual([]);
    expect(result.best.id).toBeNull();
    expect(result.best.candidates.map((c) => c.id)).toContain('session-invalid');
    expect(result.best.candidates.every((c) => c.confidence < 0.3)).toBe(true);
  });

  test('nothing at all gives an honest no-match', () => {
    expect(diagnose('lunch?').best).toEqual({ id: null, confidence: 0, autoReply: false, candidates: [], lang: 'en' });
  });

  test('--lang overrides the detected language', () => {
    const result = diagnose('NotAuthorizedException: Invalid session for the user.', { lang: 'ja' });
    expect(result.lang).toBe('ja');
    expect(result.best.lang).toBe('ja');
  });
});

describe('every entry can be reached', () => {
  test.each(catalogue.map((e) => [e.id, e] as const))('%s from its own first prose phrase', (id, entry) => {
    const phrase = entry.signatures.prose.en[0];
    if (!phrase) return;
    expect(diagnose(`Question: ${phrase}?`).best.id).toBe(id);
  });
});

describe('bad input', () => {
  test('empty text', () => {
    expect(diagnose('').best.id).toBeNull();
  });

  test('binary junk: NULs and replacement characters do not throw and do not match', () => {
    const junk = `\u0000\u0001\ufffd\ufffdPK\u0003\u0004${'\u0000'.repeat(1000)}\ufffd`.repeat(50);
    const result = diagnose(junk);
    expect(result.best.autoReply).toBe(false);
  });

  test('an error inside binary junk is still found', () => {
    const text = `\u0000\ufffd\ufffd\u0000CodeMismatchException: Invalid code or auth state for the user.\u0000\ufffd`;
    expect(diagnose(text).best.id).toBe('code-mismatch');
  });

  test('a 40 KB paste with the error near the end', () => {
    const filler = Array.from(
      { length: 500 },
      (_, i) => `2024-06-02T09:14:${String(i % 60).padStart(2, '0')}Z INFO request ${i} ok`,
    ).join('\n');
    const text = `${filler}\nERROR EnableSoftwareTokenMFAException: Code mismatch and fail enable Software Token MFA\n${filler.slice(0, 4000)}`;
    expect(text.length).toBeGreaterThan(20_000);
    const result = diagnose(text);
    expect(result.best.id).toBe('enable-software-token-mismatch');
    expect(result.best.evidence?.line).toBe(501);
  });

  test('a very long single line (minified JSON) keeps a message cut at a piece boundary', () => {
    const pad = 'x'.repeat(1990);
    const text = `{"pad":"${pad}","error":{"__type":"ExpiredCodeException","message":"Your software token has already been used once."}}`;
    expect(diagnose(text).best.id).toBe('totp-code-reused');
  });
});

describe('wordings the catalogue keeps as unconfirmed', () => {
  test.each([
    [
      'sms-mfa-invalid-parameter',
      'An error occurred (InvalidParameterException) when calling the SetUserPoolMfaConfig operation: Invalid SMS MFA configuration given, external id and a valid caller arn are required',
    ],
    ['totp-no-delivery-config', 'InvalidParameterException: User has not verified software token mfa'],
    ['sms-first-time-setup', '"delivery": { "providerResponse": "No quota left for account" }, "status": "FAILURE"'],
  ])('name %s but are never answered unprompted', (id, paste) => {
    const { best } = diagnose(paste);
    expect(best.id).toBe(id);
    expect(best.autoReply).toBe(false);
    expect(best.confidence).toBeLessThan(0.9);
  });

  test('a sourced message beside them still is', () => {
    const { best } = diagnose(
      'Resource handler returned message: "Invalid request provided: Can\'t turn off SMS_MFA when SMS configuration is set for the user pool"',
    );
    expect(best).toMatchObject({ id: 'sms-mfa-invalid-parameter', autoReply: true });
  });

  test('every unconfirmed wording of the catalogue, pasted with its exception, stays quiet', () => {
    for (const entry of catalogue) {
      for (const wording of entry.signatures.unconfirmed ?? []) {
        const result = diagnose(`${entry.signatures.exceptions[0] ?? 'Error'}: ${wording}`);
        expect({ wording, id: result.best.id, autoReply: result.best.autoReply }).toEqual({
          wording,
          id: entry.id,
          autoReply: false,
        });
      }
    }
  });
});
