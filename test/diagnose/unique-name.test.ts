/**
 * A unique exception name is enough (issue 12): a name only one catalogue entry carries and no lookalike shares,
 * reported as something that happened, is answered unprompted, less sure than a quoted message. Named in code, a
 * diff, a list or a question, it is not a report.
 */
import { diagnose } from '../../src/diagnose';

const QUOTED = diagnose('InvalidSmsRoleAccessPolicyException: Role does not have permission to publish with SNS').best
  .confidence;

describe('a unique exception name reported on its own', () => {
  it.each([
    [
      'with a line of commentary in Japanese',
      'SMS が届かない。CloudWatch にこれが出てた\nInvalidSmsRoleAccessPolicyException',
      'sms-role-access-policy',
    ],
    ['alone', 'InvalidSmsRoleTrustRelationshipException', 'sms-role-trust'],
    ['after a word of report', 'Getting MFAMethodNotFoundException', 'mfa-method-not-found'],
    [
      'in the AWS CLI wrapper, without its message',
      'An error occurred (EnableSoftwareTokenMFAException) when calling the VerifySoftwareToken operation:',
      'enable-software-token-mismatch',
    ],
  ])('%s is answered unprompted, less sure than a quoted message', (_name, text, entry) => {
    const { best } = diagnose(text);
    expect(best).toMatchObject({ id: entry, autoReply: true });
    expect(best.confidence).toBeLessThan(QUOTED);
  });

  it('answers in the language of the commentary', () => {
    expect(diagnose('SMS が届かない。CloudWatch にこれが出てた\nInvalidSmsRoleAccessPolicyException').lang).toBe('ja');
  });

  it('gives way to a quoted message of another entry in the same paste', () => {
    const { best } = diagnose(
      'InvalidSmsRoleTrustRelationshipException\nCodeMismatchException: Invalid code or auth state for the user.',
    );
    expect(best.id).toBe('code-mismatch');
  });
});

describe('a unique name that is not reported as having happened stays unprompted-quiet', () => {
  it.each([
    ['a question about it', 'what does InvalidSmsRoleAccessPolicyException mean?'],
    ['a question in Japanese', 'InvalidSmsRoleAccessPolicyException って何ですか'],
    ['a question about a name that is a whole signature', 'what is CodeDeliveryFailureException'],
    ['a catch block', '} catch (InvalidSmsRoleAccessPolicyException e) {'],
    [
      'a line a diff adds',
      [
        'diff --git a/src/errors.ts b/src/errors.ts',
        '@@ -1,3 +1,4 @@',
        "   'CodeMismatchException',",
        "+  'InvalidSmsRoleAccessPolicyException',",
      ].join('\n'),
    ],
    [
      'a list of exception names',
      'CognitoIdentityProvider.Client.exceptions.InvalidSmsRoleAccessPolicyException\nCognitoIdentityProvider.Client.exceptions.InvalidSmsRoleTrustRelationshipException',
    ],
    ['a misspelt name (typed, not pasted)', 'InvalidSmsRoleAccesPolicyException'],
    ['a name several entries carry', 'NotAuthorizedException'],
  ])('%s', (_name, text) => {
    expect(diagnose(text).diagnoses.filter((d) => d.autoReply)).toEqual([]);
  });
});
