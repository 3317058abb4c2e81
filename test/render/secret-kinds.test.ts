/** A secret in a paste is named in the same words in Slack and in the terminal, in both languages. */
import { diagnose } from '../../src/diagnose';
import { renderDiagnosis } from '../../src/render/blocks/diagnosis';
import { renderDiagnosisText } from '../../src/render/text/diagnosis';

const JWT =
  'eyJhbGciOiJSUzI1NiIsImtpZCI6ImFiYyJ9.eyJzdWIiOiIxMjM0NTY3OC1hYmNkIiwidG9rZW5fdXNlIjoiYWNjZXNzIn0.c2lnbmF0dXJlLXNpZ25hdHVyZS1zaWduYXR1cmU';

describe('the names of secrets', () => {
  it.each([
    ['en', 'a JWT (an ID, access or refresh token)'],
    ['ja', 'JWT (ID・アクセス・リフレッシュトークン)'],
  ] as const)('are the same in a Slack reply and in the CLI (%s)', (lang, name) => {
    const found = diagnose(`CodeMismatchException: Invalid code or auth state for the user. idToken=${JWT}`);
    const result = { ...found, lang };
    expect(JSON.stringify(renderDiagnosis(result).blocks)).toContain(name);
    expect(renderDiagnosisText(result, lang)).toContain(name);
  });
});
