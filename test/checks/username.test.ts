import { shownUsername } from '../../src/checks/mask';
import { secretInUsername } from '../../src/checks/username';

describe('usernames', () => {
  it.each([
    ['xoxb-2461-9183-Zq8LmN4pR7sT1uV3wX5y', 'slack-token'],
    ['eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJl', 'jwt'],
    ['ASIAIOSFODNN7EXAMPLE', 'aws-access-key'],
    ['password=hunter2hunter2', 'password'],
  ])('recognises %s as a secret (%s), not a username', (username, kind) => {
    expect(secretInUsername(username)).toBe(kind);
  });

  it.each(['alice', 'alice@example.com', '+819012345678', 'a1b2c3d4-5678-90ab-cdef-EXAMPLE11111', '山田太郎'])(
    'takes %s as a username',
    (username) => {
      expect(secretInUsername(username)).toBeUndefined();
    },
  );

  it('shows a phone number masked and anything secret redacted, other usernames as they are', () => {
    expect(shownUsername('+819012345678')).toBe('+81******5678');
    expect(shownUsername('alice@example.com')).toBe('alice@example.com');
    expect(shownUsername('xoxb-2461-9183-Zq8LmN4pR7sT1uV3wX5y')).toBe('[redacted slack-token]');
  });
});
