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

describe('code in other languages, and comments that report', () => {
  test.each([
    ['a Python membership test', 'if "Invalid session for the user, session is expired" in str(e):'],
    ['a Go strings.Contains', 'if strings.Contains(err.Error(), "Invalid session for the user, session is expired") {'],
    ['a Kotlin when branch', '"Invalid session for the user, session is expired." -> showExpired()'],
    ['a Kotlin pair', '"Invalid session for the user, session is expired." to R.string.session_expired,'],
    ['a named constant', 'SESSION_EXPIRED = "Invalid session for the user, session is expired."'],
    ['an Android string resource', '<string name="expired">Invalid session for the user, session is expired.</string>'],
    [
      'a mock building the error',
      'mock.rejects(new NotAuthorizedException({ message: "Invalid session for the user." }))',
    ],
    ['a test name', 'it("shows Invalid session for the user, session is expired.", async () => {'],
  ])('%s is code', (_why, line) => {
    expect(isCodeLine(line)).toBe(true);
  });

  test('a log level is not a constant', () => {
    expect(isCodeLine('ERROR: "Invalid session for the user, session is expired."')).toBe(false);
  });

  test('a message in the trailing comment of a call is what the call returned', () => {
    const line =
      'await Auth.confirmSignIn(user, code); // -> CodeMismatchException: Invalid code or auth state for the user.';
    expect(inCode(normalise(line), 0, 'invalid code or auth state for the user')).toBe(false);
    const { best } = diagnose(line);
    expect(best.id).toBe('code-mismatch');
    expect(best.autoReply).toBe(true);
  });

  test('a message in the code part of a commented line is still code', () => {
    const line = "const EXPIRED = 'Invalid session for the user, session is expired.'; // shown on the MFA page";
    expect(inCode(normalise(line), 0, 'invalid session for the user session is expired')).toBe(true);
  });
});
