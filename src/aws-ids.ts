/**
 * The shapes of the AWS identifiers people type: a user pool id and a user pool ARN. One definition for /mfa-check
 * (checks/pool-ref.ts, which takes a whole word) and for thread messages (diagnose/followup, which finds one inside a
 * sentence), so both accept the same pools. Pure and import-free, so checks and diagnose share it without either
 * importing the other.
 *
 * A Region is a short first word and one to three more, then a number: `us-east-1`, `ap-northeast-1`,
 * `us-gov-west-1`, `eusc-de-east-1`. The bound keeps a line of `ab-ab-ab-…` from being read again from every word, so
 * a search stays linear in the text (the ReDoS gate, test/redos.test.ts, reads these literals).
 */

/** `us-east-1_AbC123def`: groups 1 the Region, 2 the id part. */
export const POOL_ID = /\b([a-z]{2,4}(?:-[a-z]+){1,3}-\d+)_([0-9A-Za-z]+)\b/;

/** `arn:aws:cognito-idp:<region>:<account>:userpool/<pool id>`: groups 1 partition, 2 Region, 3 account, 4 pool id, 5 the pool id's Region. */
export const POOL_ARN =
  /\barn:(aws(?:-[a-z]+)*):cognito-idp:([a-z]{2,4}(?:-[a-z]+){1,3}-\d+):(\d{12}):userpool\/(([a-z]{2,4}(?:-[a-z]+){1,3}-\d+)_[0-9A-Za-z]+)\b/;

/**
 * A local Cognito emulator's pools (cognito-local): `local_AbC123`, and its ARNs with region `local` and an account of
 * 12 digits or `local`. Groups: the id part; for the ARN 1 the account, 2 the pool id. Accepted only when the
 * configuration points Cognito at an endpoint of its own (config.ts, `check.emulator`).
 */
export const EMULATOR_POOL_ID = /\blocal_([0-9A-Za-z]+)\b/;
export const EMULATOR_POOL_ARN = /\barn:aws:cognito-idp:local:(\d{12}|local):userpool\/(local_[0-9A-Za-z]+)\b/;

/** The pattern's match when it is the whole text, else undefined. */
export function wholeMatch(pattern: RegExp, text: string): RegExpExecArray | undefined {
  const match = pattern.exec(text);
  return match && match.index === 0 && match[0].length === text.length ? match : undefined;
}
