/**
 * Global middleware: a delivery whose id was already claimed is dropped before any listener runs.
 * - Events: Slack gives every event one `event_id` and keeps it across its retries, so this catches a retry that
 *   lands on another instance while the first attempt is still running, and a duplicate delivery, in the same way.
 * - Slash commands and interactions (buttons, shortcuts, modal submissions): Slack never retries them, but anyone
 *   holding one signed request can send it again while its signature is fresh (5 minutes) and start a second
 *   /mfa-check. Each carries a `trigger_id` Slack makes for that one request: it is claimed the same way, and a
 *   replay gets an empty acknowledgement.
 * Deferred jobs are claimed by job id on top of this, for Lambda's redelivery of the worker invocation.
 */
import type { AnyMiddlewareArgs, App } from '@slack/bolt';
import type { IdempotencyStore } from './types';

/** Slack retries for about 5 minutes; an hour leaves ample room. */
const EVENT_CLAIM_TTL_SECONDS = 3600;
/** A replay is refused by its signature after 5 minutes (Bolt checks the timestamp); twice that leaves room. */
const TRIGGER_CLAIM_TTL_SECONDS = 600;

interface Delivery {
  key: string;
  ttlSeconds: number;
  what: string;
}

function deliveryOf(body: Record<string, unknown>): Delivery | undefined {
  if (body.type === 'event_callback') {
    return typeof body.event_id === 'string'
      ? { key: `event:${body.event_id}`, ttlSeconds: EVENT_CLAIM_TTL_SECONDS, what: `event ${body.event_id}` }
      : undefined;
  }
  if (typeof body.trigger_id === 'string' && body.trigger_id !== '') {
    const what = typeof body.command === 'string' ? body.command : String(body.type ?? 'request');
    return { key: `trigger:${body.trigger_id}`, ttlSeconds: TRIGGER_CLAIM_TTL_SECONDS, what };
  }
  return undefined;
}

export function installDeliveryDeduplication(app: App, store: IdempotencyStore): void {
  app.use(async (args) => {
    const { body, logger, next } = args;
    const delivery = deliveryOf(body as Record<string, unknown>);
    if (delivery && !(await store.claim(delivery.key, delivery.ttlSeconds))) {
      logger.info(`${delivery.what} was already handled (same id); dropping this delivery`);
      // Events were acknowledged before middleware ran; a replayed command or interaction still waits for one.
      const { ack } = args as AnyMiddlewareArgs & { ack?: () => Promise<void> };
      if (ack) await ack();
      return;
    }
    await next();
  });
}
