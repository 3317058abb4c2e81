import fc from 'fast-check';
import { glob, matchesAction } from '../../../src/checks/policy/match';

/** What `glob` replaced: the policy string turned into a pattern. Fine as a yardstick on short strings. */
function globAsPattern(pattern: string, value: string, ignoreCase: boolean): boolean {
  const source = pattern
    .split('')
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\/]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`, ignoreCase ? 'is' : 's').test(value);
}

describe('IAM wildcards', () => {
  test.each([
    ['arn:aws:iam::123456789012:role/*', 'arn:aws:iam::123456789012:role/sms-role', true],
    ['arn:aws:iam::*:role/sms-?', 'arn:aws:iam::123456789012:role/sms-1', true],
    ['arn:aws:iam::*:role/sms-?', 'arn:aws:iam::123456789012:role/sms-12', false],
    ['arn:aws:sns:*:*:*', 'arn:aws:sns:us-east-1:123456789012:topic', true],
    ['a.b', 'axb', false],
    ['*', '', true],
    ['', 'x', false],
    ['*a*a*a*a*a*b', 'a'.repeat(5000), false],
  ])('%s against %s', (pattern, value, expected) => {
    expect(glob(pattern, value)).toBe(expected);
  });

  test('actions match case-insensitively', () => {
    expect(matchesAction(['SNS:Publish'], 'sns:publish')).toBe(true);
    expect(matchesAction(['sns:*'], 'SNS:Publish')).toBe(true);
    expect(matchesAction(['sns:Get*'], 'sns:Publish')).toBe(false);
  });

  test('match exactly as the pattern they replaced did', () => {
    const text = (chars: string[]) => fc.string({ unit: fc.constantFrom(...chars), maxLength: 12 });
    fc.assert(
      fc.property(
        text(['*', '?', 'a', 'A', 'b', '.', '\n', '\\', '$', '/']),
        text(['a', 'A', 'b', '.', '\n', '\\', '*', '?', '$', '/']),
        fc.boolean(),
        (pattern, value, ignoreCase) => glob(pattern, value, ignoreCase) === globAsPattern(pattern, value, ignoreCase),
      ),
      { numRuns: 2000 },
    );
  });
});
