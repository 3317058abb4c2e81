import type { CallError, CallErrorKind } from '../facts';

const ACCESS_DENIED = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'AuthorizationError',
  'AuthorizationErrorException',
  'NotAuthorizedException',
  'UnauthorizedOperation',
]);
const NOT_FOUND = new Set([
  'ResourceNotFoundException',
  'NoSuchEntity',
  'NoSuchEntityException',
  'UserNotFoundException',
  'NotFoundException',
]);
const THROTTLED = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'Throttled',
  'TooManyRequestsException',
  'RequestLimitExceeded',
]);
const TIMEOUT = new Set(['TimeoutError', 'AbortError', 'RequestTimeout', 'RequestTimeoutException']);

/** The SDK sets `name` from the wire code; IAM's `NoSuchEntity` keeps the wire code in `Code`. Class identity is not used. */
export function classify(error: unknown, action: string): CallError {
  const e = (error ?? {}) as { name?: unknown; Code?: unknown; code?: unknown; message?: unknown };
  const name = typeof e.name === 'string' ? e.name : 'Error';
  const code = typeof e.Code === 'string' ? e.Code : typeof e.code === 'string' ? e.code : name;
  const message = typeof e.message === 'string' ? e.message : String(error);
  const has = (set: Set<string>) => set.has(name) || set.has(code);
  let kind: CallErrorKind = 'other';
  if (has(ACCESS_DENIED)) kind = 'access-denied';
  else if (has(NOT_FOUND)) kind = 'not-found';
  else if (has(THROTTLED)) kind = 'throttled';
  else if (has(TIMEOUT) || code === 'ETIMEDOUT') kind = 'timeout';
  return { kind, action, code: code === 'Error' ? name : code, message: message.slice(0, 500) };
}

/** Errors that mean no call can work (credentials, identity), so the whole check could not run. */
export function isCredentialFailure(error: CallError): boolean {
  return (
    [
      'CredentialsProviderError',
      'UnrecognizedClientException',
      'InvalidClientTokenId',
      'InvalidSignatureException',
      'SignatureDoesNotMatch',
      'ExpiredToken',
      'ExpiredTokenException',
    ].includes(error.code) || /Could not load credentials/i.test(error.message)
  );
}

/** What else than the bot's own policies can deny a call. */
export type DenialSource = 'scp' | 'rcp' | 'boundary';

/** SCP and RCP denials say so at the end of the AccessDenied message. */
export function deniedBy(error: CallError): DenialSource | undefined {
  if (/service control policy/i.test(error.message)) return 'scp';
  if (/resource control policy/i.test(error.message)) return 'rcp';
  if (/permissions boundary/i.test(error.message)) return 'boundary';
  return undefined;
}
