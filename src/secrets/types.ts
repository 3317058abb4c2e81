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
  /** 1-based line number (in `part`, when set). */
  line: number;
  /** The part of a message it is in, when the text was read from several (diagnose/types.ts). */
  part?: 'forwarded' | 'linked' | 'attachment' | 'file';
}
