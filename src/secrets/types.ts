export type SecretKind =
  | 'jwt'
  | 'session'
  | 'aws-secret-key'
  | 'aws-access-key'
  | 'client-secret'
  | 'phone-number'
  | 'slack-token'
  | 'totp-secret'
  | 'password';

/** A secret found in a text. Never carries the secret itself. */
export interface SecretFinding {
  kind: SecretKind;
  /** 1-based line number. */
  line: number;
}
