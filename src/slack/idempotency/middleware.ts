/**
 * Global middleware: an Events API delivery whose `event_id` was already claimed is dropped before any listener
 * runs. Slack gives every event one `event_id` and keeps it across its retries, so this catches a retry that lands
 * on another instance while the first attempt is still running, and a duplicate delivery, in the same way.
 * Slash commands and interactivity are never retried by Slack; their deferred jobs are claimed by job id instead.
 */
import type { App } from '@slack/bolt';
import type { IdempotencyStore } from './types';

/** Slack retries for about 5 minutes; an hour leaves ample room. */
export const EVENT_CLAIM_TTL_SECONDS = 3600;

export function installEventDeduplication(app: App, store: IdempotencyStore): void {
  app.use(async ({ body, logger, next }) => {
    const eventId =
      (body as { type?: string; event_id?: unknown }).type === 'event_callback'
        ? (body as { event_id?: unknown }).event_id
        : undefined;
    if (typeof eventId === 'string' && !(await store.claim(`event:${eventId}`, EVENT_CLAIM_TTL_SECONDS))) {
      logger.info(`event ${eventId} was already handled; dropping this delivery`);
      return;
    }
    await next();
  });
}
