/**
 * Thread contexts, read from Slack (conversations.replies) and kept in an in-memory LRU so a busy thread costs at most
 * one history call per cache lifetime. Threads without the bot's diagnosis are cached too (as "none"). Nothing here
 * is the source of truth: Slack is, so any instance (or a fresh Lambda) finds the same context.
 */
import { type Logger, webApi } from '@slack/bolt';
import { LRUCache } from 'lru-cache';
import { type BotIds, contextFromReplies, type ThreadContext } from './thread-context';

type WebClient = webApi.WebClient;

export type ThreadLookup =
  | { kind: 'found'; context: ThreadContext }
  /** The bot never left a diagnosis in this thread (within the first page of replies). */
  | { kind: 'none' }
  /** Slack would not tell (missing scope, not in the channel, rate limited, network): answer without context. */
  | { kind: 'unavailable'; reason: string };

/**
 * The first page of a thread holds its parent and the bot's first reply. 15 is the most a page may hold for
 * commercially distributed non-Marketplace apps (1 call a minute, 15 objects), so one call serves every app type.
 */
const REPLIES_LIMIT = 15;
const MAX_THREADS = 5000;
/** A follow-up is worth little after several seconds; the ack on Lambda waits for this call. */
const LOOKUP_TIMEOUT_MS = 2500;
/** Answers that will stay the same for a while: remember them like a found context. */
const LASTING_ERRORS = new Set(['not_in_channel', 'channel_not_found', 'thread_not_found', 'missing_scope']);

interface LookupRequest {
  token: string | undefined;
  /** The app's client: its base URL (GovSlack, tests, the console) is used for the lookup too. */
  client: WebClient;
  channel: string;
  threadTs: string;
  bot: BotIds;
  logger: Logger;
}

export interface ThreadContextStore {
  lookup(request: LookupRequest): Promise<ThreadLookup>;
  /** The bot just posted `context` in the thread: the next follow-up needs no history call. */
  prime(channel: string, threadTs: string, context: ThreadContext): void;
  /** What the cache holds for the thread, without asking Slack. */
  peek(channel: string, threadTs: string): ThreadLookup | undefined;
}

const key = (channel: string, threadTs: string) => `${channel}:${threadTs}`;

/**
 * A client of its own for history reads: a rate-limited lookup fails at once (the default client would sleep for
 * Retry-After and try again, holding the ack), and a slow one gives up within the timeout.
 */
function lookupClient(token: string | undefined, base: WebClient, logger: Logger): WebClient {
  return new webApi.WebClient(token, {
    slackApiUrl: base.slackApiUrl,
    logger,
    rejectRateLimitedCalls: true,
    timeout: LOOKUP_TIMEOUT_MS,
    retryConfig: { retries: 1, minTimeout: 100, maxTimeout: 300 },
  });
}

function platformError(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const code = (error as { code?: string }).code;
  if (code === webApi.ErrorCode.PlatformError) return (error as webApi.WebAPIPlatformError).data.error;
  if (code === webApi.ErrorCode.RateLimitedError) return 'ratelimited';
  return undefined;
}

export function createThreadContextStore(options: {
  ttlSeconds: number;
  max?: number;
  /** The cache's clock in ms; default lru-cache's own. A given clock is read on every lookup (no 1 ms rounding). */
  now?: () => number;
}): ThreadContextStore {
  const ttl = Math.max(1, Math.round(options.ttlSeconds * 1000));
  const clock = options.now ? { perf: { now: options.now }, ttlResolution: 0 } : {};
  const cache = new LRUCache<string, ThreadLookup>({ max: options.max ?? MAX_THREADS, ttl, ...clock });
  const inFlight = new Map<string, Promise<ThreadLookup>>();
  const clients = new Map<string, WebClient>();

  const clientFor = (request: LookupRequest) => {
    const id = `${request.token ?? ''}@${request.client.slackApiUrl}`;
    let client = clients.get(id);
    if (!client) {
      client = lookupClient(request.token, request.client, request.logger);
      clients.set(id, client);
    }
    return client;
  };

  const read = async (request: LookupRequest): Promise<ThreadLookup> => {
    const at = key(request.channel, request.threadTs);
    try {
      const response = await clientFor(request).conversations.replies({
        channel: request.channel,
        ts: request.threadTs,
        limit: REPLIES_LIMIT,
        include_all_metadata: true,
      });
      const context = contextFromReplies(response.messages ?? [], request.bot);
      const found: ThreadLookup = context ? { kind: 'found', context } : { kind: 'none' };
      cache.set(at, found);
      return found;
    } catch (error) {
      const reason = platformError(error) ?? (error instanceof Error ? error.message : String(error));
      request.logger.warn(`thread context for ${at} unavailable: ${reason}`);
      const unavailable: ThreadLookup = { kind: 'unavailable', reason };
      if (reason === 'ratelimited') {
        // Slack said when to come back; until then every message in the thread would hit the same wall.
        const retryAfter = (error as webApi.WebAPIRateLimitedError).retryAfter ?? 60;
        cache.set(at, unavailable, { ttl: Math.min(ttl, Math.max(1, retryAfter) * 1000) });
      } else if (LASTING_ERRORS.has(reason)) {
        cache.set(at, unavailable);
      }
      return unavailable;
    }
  };

  return {
    lookup(request) {
      const at = key(request.channel, request.threadTs);
      const cached = cache.get(at);
      if (cached) return Promise.resolve(cached);
      // Two messages of one thread in flight at once share the one call.
      let pending = inFlight.get(at);
      if (!pending) {
        pending = read(request).finally(() => inFlight.delete(at));
        inFlight.set(at, pending);
      }
      return pending;
    },
    prime(channel, threadTs, context) {
      cache.set(key(channel, threadTs), { kind: 'found', context });
    },
    peek(channel, threadTs) {
      return cache.get(key(channel, threadTs));
    },
  };
}
