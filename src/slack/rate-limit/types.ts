/** Counts the checks people start, so a flood of /mfa-check cannot become a flood of AWS reads. */

/** Counters that reset with each window: the key names the window, so nothing is ever decremented or reset. */
export interface CounterStore {
  /**
   * Adds one to `key` unless it already reached `limit`. Resolves true when it counted, false when the key was
   * full. `expiresAt` (epoch ms) is when the key's window has ended and it may be forgotten.
   */
  take(key: string, limit: number, expiresAt: number): Promise<boolean>;
}

type Verdict =
  | { ok: true }
  /** `scope`: whose limit was reached, the person's own or everyone's together. */
  | { ok: false; scope: 'user' | 'overall'; retryAfterSeconds: number };

export interface CheckLimiter {
  /** Counts one check for `user`, or says when they may try again. */
  take(user: string): Promise<Verdict>;
}
