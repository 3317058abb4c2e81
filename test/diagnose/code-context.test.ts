/**
 * Code and docs that carry Cognito's exact words are not reports of an error; the same words as output are.
 */
import { diagnose } from '../../src/diagnose';
import { inCode, isCodeLine } from '../../src/diagnose/code-context';
import { normalise } from '../../src/diagnose/normalise';

describe('lines that are code or docs', () => {
  test.each([
    ['a comparison with the message', 'if (ex.Message == "Invalid session for the user, session is expired.")'],
    ['a constant', 'public static final String EXPIRED = "Invalid session for the user, session is expired";'],
    ['an i18n key', "'Invalid session for the user, session is expired.': 'セッションが切れました',"],
    ['a statement building the error', "res.status(400).json({ __type: 'NotAuthorizedException', message: 'x' });"],
    ['a return of a literal', 'return {"message": "Invalid session for the user, session is expired"}'],
    ['generated SDK docs', ' * @throws {@link FeatureUnavailableInTierException} (client fault)'],
  ])('%s', (_why, line) => {
    expect(isCodeLine(line)).toBe(true);
  });

  test.each([
    ['an SDK error line', 'NotAuthorizedException: Invalid session for the user, session is expired.'],
    ['a JSON error body', '{"__type":"CodeMismatchException","message":"Invalid code or auth state for the user."}'],
    [
      'a Python error dict',
      "{'Error': {'Message': 'Missing required parameter Session', 'Code': 'InvalidParameterException'}}",
    ],
    ['Node inspect output', "  message: 'Invalid session for the user, session is expired.',"],
    ['a Java exception line', 'X: msg (Service: AWSCognitoIdentityProviderService; Status Code: 400; Request ID: 1)'],
    [
      'a comment showing what a call returned',
      '// => SoftwareTokenMFANotFoundException: Software Token MFA has not been enabled by the userPool.',
    ],
    ['prose starting with if', 'if I wait 3 minutes I get Invalid session for the user, session is expired.'],
  ])('not %s', (_why, line) => {
    expect(isCodeLine(line)).toBe(false);
  });

  test('a bare literal or name counts as code only with code or docs next to it', () => {
    const list = normalise(
      'const SET = new Set([\n  "WebAuthnNotEnabledException",\n  "FeatureUnavailableInTierException",\n]);',
    );
    expect(inCode(list, 2)).toBe(true);
    const report = normalise('got this on sign in:\nCodeDeliveryFailureException\nany idea?');
    expect(inCode(report, 1)).toBe(false);
  });
});

describe('the bot stays quiet on code, and answers the error next to it', () => {
  test('an emulator returning the message is not an error that happened', () => {
    const { best } = diagnose(
      "if (expired) {\n  res.status(400).json({ __type: 'NotAuthorizedException', message: 'Invalid session for the user, session is expired.' });\n}",
    );
    expect(best.autoReply).toBe(false);
  });

  test('code and a real error in one paste: the real error answers', () => {
    const { best } = diagnose(
      "if (err.message === 'Invalid session for the user.') retry();\n\nbut what I actually get is:\nNotAuthorizedException: Invalid session for the user, session is expired.",
    );
    expect(best.id).toBe('session-expired');
    expect(best.autoReply).toBe(true);
  });
});
