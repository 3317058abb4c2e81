import { detectLanguage, diagnose } from '../../src/diagnose';

describe('detectLanguage', () => {
  test.each([
    ['English question', 'Why does RespondToAuthChallenge fail after 3 minutes?', 'en'],
    ['Japanese question', 'RespondToAuthChallenge が3分後に失敗するのはなぜですか？', 'ja'],
    [
      'Japanese with a long English error',
      'このエラーが出ます\nNotAuthorizedException: Invalid session for the user, session is expired.',
      'ja',
    ],
    [
      'English with one Japanese word',
      'The login button says ログイン but the MFA step fails with an error every single time',
      'en',
    ],
    [
      'Japanese around code and URLs',
      '設定を見直しました https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa.html `aws cognito-idp set-user-pool-mfa-config --mfa-configuration ON` でも変わりません',
      'ja',
    ],
    ['no letters at all', '12345 !!!', 'en'],
    ['Japanese about CamelCase API names', 'AdminRespondToAuthChallenge と RespondToAuthChallenge の違いは？', 'ja'],
    ['Japanese around nested JSON', '{"a": {"b": "GetUserPoolMfaConfig"}} の結果はこうです', 'ja'],
    ['an English error naming a Japanese user', 'NotAuthorizedException: Invalid session for the user 田中', 'en'],
    [
      'a Japanese sentence inside the error line',
      'ログインで NotAuthorizedException: Invalid session for the user. が出ます',
      'ja',
    ],
  ])('%s', (_what, text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  test('diagnose leaves the error lines out of the count', () => {
    const text =
      'エラーです\n{"__type":"CodeMismatchException","message":"Invalid code or auth state for the user. Please check the code and try again later with another one."}';
    expect(diagnose(text).lang).toBe('ja');
  });
});
