/**
 * Errors and products that look like the catalogue's MFA errors but are something else. They are data the matcher
 * ranks next to the catalogue's signatures: a paste that matches one of them best is not a catalogue error, so the
 * bot stays quiet in channels (an exception name it shares with an entry stays at most a low-confidence guess).
 */

import type { Lookalike } from './types';

export const LOOKALIKE_ERRORS: readonly Lookalike[] = [
  { id: 'wrong-password', exceptions: ['NotAuthorizedException'], messages: ['Incorrect username or password.'] },
  { id: 'password-attempts', exceptions: ['NotAuthorizedException'], messages: ['Password attempts exceeded'] },
  {
    id: 'refresh-token',
    exceptions: ['NotAuthorizedException'],
    messages: ['Invalid Refresh Token', 'Refresh Token has expired', 'Refresh Token has been revoked'],
  },
  {
    id: 'access-token',
    exceptions: ['NotAuthorizedException'],
    messages: ['Access Token has been revoked', 'Access Token has expired', 'Invalid Access Token'],
  },
  { id: 'identity-pool-login', exceptions: ['NotAuthorizedException'], messages: ['Invalid login token.'] },
  {
    id: 'user-disabled',
    exceptions: ['NotAuthorizedException'],
    messages: ['User is disabled.', 'User cannot be confirmed. Current status is CONFIRMED'],
  },
  {
    id: 'client-secret',
    exceptions: ['NotAuthorizedException'],
    messages: [
      'Unable to verify secret hash for client',
      'Client is configured with secret but SECRET_HASH was not received',
      'Client is configured for secret but secret was not received',
    ],
  },
  {
    id: 'auth-flow-disabled',
    exceptions: ['NotAuthorizedException', 'InvalidParameterException'],
    messages: [
      'USER_PASSWORD_AUTH flow not enabled for this client',
      'Auth flow not enabled for this client',
      'SRP_A was not passed',
    ],
  },
  {
    id: 'unauthenticated-identities',
    exceptions: ['NotAuthorizedException'],
    messages: ['Unauthenticated access is not supported for this identity pool.'],
  },
  {
    id: 'signup-code',
    exceptions: ['CodeMismatchException'],
    messages: ['Invalid verification code provided, please try again.'],
  },
  {
    id: 'expired-signup-code',
    exceptions: ['ExpiredCodeException'],
    messages: ['Invalid code provided, please request a code again.'],
  },
  { id: 'user-not-confirmed', exceptions: ['UserNotConfirmedException'], messages: ['User is not confirmed.'] },
  { id: 'username-exists', exceptions: ['UsernameExistsException'], messages: ['User already exists'] },
  {
    id: 'user-not-found',
    exceptions: ['UserNotFoundException'],
    messages: ['User does not exist.', 'Username/client id combination not found.'],
  },
  {
    id: 'password-policy',
    exceptions: ['InvalidPasswordException'],
    messages: ['Password did not conform with policy', 'Password not long enough'],
  },
  {
    id: 'limit-exceeded',
    exceptions: ['LimitExceededException'],
    messages: ['Attempt limit exceeded, please try after some time.'],
  },
  { id: 'too-many-requests', exceptions: ['TooManyRequestsException'], messages: ['Rate exceeded'] },
  {
    id: 'missing-parameter',
    exceptions: ['InvalidParameterException'],
    messages: [
      'Missing required parameter USERNAME',
      'Missing required parameter PASSWORD',
      'Missing required parameter SRP_A',
      'Missing required parameter REFRESH_TOKEN',
      'Missing required parameter SECRET_HASH',
      'Cannot reset password for the user as there is no registered/verified email or phone_number',
      'Attributes did not conform to the schema',
      'Invalid phone number format.',
    ],
  },
  {
    id: 'lambda-trigger',
    exceptions: ['UserLambdaValidationException', 'UnexpectedLambdaException', 'InvalidLambdaResponseException'],
    messages: ['failed with error', 'Unrecognizable lambda output'],
  },
  {
    id: 'sns-publish-other-role',
    exceptions: ['AuthorizationError', 'AuthorizationErrorException'],
    messages: ['is not authorized to perform: SNS:Publish', 'when calling the Publish operation'],
  },
  {
    id: 'iam-other-role',
    exceptions: ['AccessDenied', 'AccessDeniedException', 'UnauthorizedOperation'],
    messages: ['is not authorized to perform', 'because no identity-based policy allows'],
  },
  {
    id: 'sts-expired',
    exceptions: ['ExpiredToken', 'ExpiredTokenException', 'InvalidClientTokenId'],
    messages: [
      'The security token included in the request is expired',
      'The security token included in the request is invalid',
    ],
  },
  {
    id: 'aws-console-mfa',
    exceptions: ['MultiFactorAuthentication'],
    messages: [
      'MultiFactorAuthentication failed with invalid MFA one time pass code.',
      'MultiFactorAuthentication failed, unable to validate MFA code.',
      'Entity already exists. MFADevice with name',
    ],
  },
  {
    id: 'email-role',
    exceptions: ['InvalidEmailRoleAccessPolicyException'],
    messages: ['Cognito is not allowed to use your email identity.'],
  },
  // A WAF rule that blocks a request outright is the WAF, not TOTP registration's CAPTCHA (waf-captcha-totp-setup).
  { id: 'waf-block', exceptions: ['ForbiddenException'], messages: ['Request not allowed due to WAF block.'] },
  {
    id: 'pool-configuration',
    exceptions: ['InvalidUserPoolConfigurationException'],
    messages: [],
  },
  // The plan error of other features: its exception is email MFA's whole signature, so only its words tell it apart.
  // Worded as the plan error, not the feature alone: people describing threat protection or passkey MFA problems are
  // catalogue entries of their own.
  {
    id: 'feature-tier-other',
    exceptions: [],
    messages: [
      'threat protection is not available',
      'advanced security features are not available',
      'passkeys are not available',
      'passkey is not available',
    ],
  },
];

/**
 * Products whose MFA is not Cognito user-pool MFA. Prose that names one of them (and not Cognito) is not a question
 * for the catalogue: its prose ranking is damped.
 */
export const OTHER_MFA_PRODUCTS: readonly string[] = [
  'iam identity center',
  'aws sso',
  'sso start url',
  'saml2aws',
  'aws-vault',
  'vault',
  'okta',
  'auth0',
  'duo',
  'github',
  '2fa',
  'authy',
  'azure ad',
  'entra',
  'google workspace',
  'keycloak',
  'firebase',
  'mfa device',
  'virtual mfa',
  'root user',
  'iam user',
  'yubikey',
  'aws console',
  'management console',
];

/** Words that say a text is about Cognito user pools, whatever else it mentions. */
export const COGNITO_WORDS: readonly string[] = ['cognito', 'user pool', 'userpool', 'amplify', 'ユーザープール'];
