import { normalise, toKey } from '../../src/diagnose/normalise';

const texts = (input: string) => normalise(input).map((s) => s.text);

describe('normalise', () => {
  test('decodes Slack escaping, links, mentions and broadcasts', () => {
    expect(
      texts(
        '<@U04ABCD1234> <!channel> &lt;Session&gt; &amp; <https://docs.aws.amazon.com/x|the docs> <https://a.example/b> <#C012AB|auth>',
      ),
    ).toEqual(['@user @channel <Session> & the docs https://a.example/b #auth']);
  });

  test('drops code fences and stack frames but keeps original line numbers', () => {
    const segments = normalise(
      '```js\nCodeMismatchException: x\n    at foo (/a/b.js:1:2)\n\tat com.example.Foo.bar(Foo.java:12)\n```\nafter',
    );
    expect(segments).toEqual([
      { line: 2, text: 'CodeMismatchException: x' },
      { line: 6, text: 'after' },
    ]);
  });

  test('unescapes JSON inside strings and splits escaped newlines on the same line number', () => {
    const segments = normalise('{"body":"{\\"__type\\":\\"X\\"}\\nsecond \\u0027part\\u0027"}');
    expect(segments).toEqual([
      { line: 1, text: '{"body":"{"__type":"X"}' },
      { line: 1, text: "second 'part'\"}" },
    ]);
  });

  test('turns NULs and replacement characters into spaces and collapses whitespace', () => {
    expect(texts('a\u0000\u0000b\ufffd   c\t\td')).toEqual(['a b c d']);
  });

  test('strips Slack emphasis at word edges but not inside names or masked numbers', () => {
    expect(texts('_Invalid session_ *MFA* ~old~ SOFTWARE_TOKEN_MFA "+*******5678" {"__type":"X"}')).toEqual([
      'Invalid session MFA old SOFTWARE_TOKEN_MFA "+*******5678" {"__type":"X"}',
    ]);
  });

  test('strips quote markers and markdown escapes', () => {
    expect(texts('&gt; SOFTWARE\\_TOKEN\\_MFA **bold**')).toEqual(['SOFTWARE_TOKEN_MFA bold']);
  });

  test("strips Terraform's box gutter and Android logcat prefixes, which would stand between an error and its message", () => {
    expect(texts('╷\n│ Error: setting MFA config:\n│ InvalidParameterException: x\n╵')).toEqual([
      'Error: setting MFA config:',
      'InvalidParameterException: x',
    ]);
    expect(
      texts(
        'I/flutter ( 5521): "message": "Code mismatch",\nE/amplify:flutter:auth_cognito( 2536): X\n01-20 12:34:56.789  1234  5678 E MainActivity: Y',
      ),
    ).toEqual(['"message": "Code mismatch",', 'X', 'Y']);
  });

  test('cuts long lines into overlapping pieces', () => {
    const segments = normalise('y'.repeat(5000));
    expect(segments.length).toBeGreaterThan(2);
    expect(segments.every((s) => s.line === 1 && s.text.length <= 2000)).toBe(true);
  });

  test('cuts a long line before decoding it, and still finds an escaped message past the first piece', () => {
    const body = `{"log":"${'step ok\\n'.repeat(600)}{\\"__type\\":\\"CodeMismatchException\\",\\"message\\":\\"Invalid code received for user\\"}"}`;
    const segments = normalise(body);
    expect(segments.every((s) => s.line === 1 && s.text.length <= 2000)).toBe(true);
    expect(segments.some((s) => s.text.includes('"message":"Invalid code received for user"'))).toBe(true);
  });

  test('lone emphasis markers between spaces stay; runs at word edges go', () => {
    expect(texts('a * b')).toEqual(['a * b']);
    expect(texts('a ** b **c** d__ ~~e~~.')).toEqual(['a b c d e.']);
  });

  test('an escape after a run of backslashes is still one escape', () => {
    expect(texts('x\\\\\\ny \\\\\\"q\\\\\\" \\\\\\u0041 a\\\\\\tb')).toEqual(['x', 'y "q" A a b']);
  });

  test('decodes + as a space only inside a query value of a URL-encoded text', () => {
    expect(texts('/cb?error_description=Invalid+session+for+the+user%2C+session+is+expired.')).toEqual([
      '/cb?error_description=Invalid session for the user, session is expired.',
    ]);
    expect(texts('/cb?state=x&error=Invalid+code%21')).toEqual(['/cb?state=x&error=Invalid code!']);
    expect(texts('a+b%21 ?x=1 c+d')).toEqual(['a+b! ?x=1 c+d']);
  });

  test('drops stack frames of Java, Node, Dart and "... N more"', () => {
    expect(
      texts(
        'at com.example.Auth.verify(Auth.java:42)\nat Object.<anonymous> (/app/index.js:3:9)\nat file:///app/x.mjs:1:2\n... 12 more\n#0 Auth.sign (package:app/auth.dart:10:5)\nat the session (kept)x',
      ),
    ).toEqual(['at the session (kept)x']);
  });

  test('toKey drops underscores around words (Slack italics, __type) but keeps them inside names', () => {
    expect(toKey('_Invalid session for the user._ {"__type": "X"} phone_number_verified')).toBe(
      'invalid session for the user type x phone_number_verified',
    );
  });

  test('toKey lower-cases and keeps letters and digits only', () => {
    expect(toKey("Invalid MFA configuration given, can't turn off SOFTWARE_TOKEN_MFA.")).toBe(
      'invalid mfa configuration given can t turn off software_token_mfa',
    );
  });
});
