/** What may be checked as a username: a username, never a secret typed or pasted in its place. */
import { detectSecrets } from '../secrets';
import type { SecretKind } from '../secrets/types';

/**
 * The kind of secret a username is (a Slack token, an AWS key, a JWT, a session string …), if it is one.
 * A phone number is a real username in pools that sign in by phone: it is masked when shown, not refused.
 */
export function secretInUsername(username: string): SecretKind | undefined {
  return detectSecrets(username).find((s) => s.kind !== 'phone-number')?.kind;
}
