/** Remembers which deliveries were already handled so a retry or a duplicate produces no second reply. */
export interface IdempotencyStore {
  /**
   * Records `key` as handled for `ttlSeconds`. Resolves true for the first claim, false when the key was already
   * claimed (by this or any other instance sharing the store).
   */
  claim(key: string, ttlSeconds: number): Promise<boolean>;
}
