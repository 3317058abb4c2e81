/**
 * The language of the person who asked, from their Slack locale: `users.info` with `include_locale` (scope
 * users:read), once per person per hour and instance. A slash command, a button and a modal carry no text to tell a
 * language from, and their ack waits for this read, so a slow or refused read gives up quickly and says nothing
 * (English then), and a refused one is remembered like an answer.
 */
import type { App, Context, Logger } from '@slack/bolt';
import { webApi } from '@slack/bolt';
import { LRUCache } from 'lru-cache';
import type { Lang } from '../catalogue/types';

type WebClient = webApi.WebClient;

/** The ack of a command waits for this: it must leave room within Slack's 3 s (Lambda also hands the check over). */
const LOOKUP_TIMEOUT_MS = 1000;
const TTL_MS = 60 * 60 * 1000;
const MAX_PEOPLE = 10_000;
const KEY = 'requesterLang';

/** `ja-JP` -> ja; any other locale (Slack's default is en-US) -> en. */
function langOfLocale(locale: string | undefined): Lang | undefined {
  if (!locale) return undefined;
  return locale.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

export interface RequesterLang {
  /** The person's language from their Slack locale, or undefined when Slack would not say. */
  of(
    user: string,
    team: string | undefined,
    client: WebClient,
    token: string | undefined,
    logger: Logger,
  ): Promise<Lang | undefined>;
}

export function createRequesterLang(options: { now?: () => number } = {}): RequesterLang {
  const cache = new LRUCache<string, { lang: Lang | undefined }>({
    max: MAX_PEOPLE,
    ttl: TTL_MS,
    // The clock is read at each look-up, so an injected one (tests) moves the cache's hour with it.
    ttlResolution: 0,
    ...(options.now ? { perf: { now: options.now } } : {}),
  });
  const clients = new Map<string, WebClient>();
  // A client of its own: a rate-limited read fails at once instead of sleeping through the ack, a slow one gives up.
  const clientFor = (base: WebClient, token: string | undefined, logger: Logger) => {
    const id = `${token ?? ''}@${base.slackApiUrl}`;
    let client = clients.get(id);
    if (!client) {
      client = new webApi.WebClient(token, {
        slackApiUrl: base.slackApiUrl,
        logger,
        rejectRateLimitedCalls: true,
        timeout: LOOKUP_TIMEOUT_MS,
        retryConfig: { retries: 0 },
      });
      clients.set(id, client);
    }
    return client;
  };
  return {
    async of(user, team, base, token, logger) {
      const at = `${team ?? ''}:${user}`;
      const known = cache.get(at);
      if (known) return known.lang;
      let lang: Lang | undefined;
      try {
        const response = await clientFor(base, token, logger).users.info({ user, include_locale: true });
        lang = langOfLocale(response.user?.locale);
      } catch (error) {
        const code =
          (error as { data?: { error?: string }; code?: string }).data?.error ?? (error as { code?: string }).code;
        logger.warn(
          `users.info for the requester's locale failed (${code ?? 'unknown'}${code === 'missing_scope' ? ': add the users:read scope' : ''}); answering in English`,
        );
        // A lasting refusal (no scope) is remembered; a passing one (rate limit, timeout) is tried again next time.
        if (code !== 'missing_scope') return undefined;
      }
      cache.set(at, { lang });
      return lang;
    },
  };
}

/** Puts the lookup on `context`, with the request's client and token, for every listener. */
export function installRequesterLang(app: App, lookup: RequesterLang = createRequesterLang()): void {
  app.use(async ({ context, client, logger, next }) => {
    context[KEY] = (user: string) => lookup.of(user, context.teamId, client, context.botToken, logger);
    await next();
  });
}

/** The language of `user` from their Slack locale; undefined when unknown or when the app was built without it. */
export async function requesterLang(context: Context, user: string): Promise<Lang | undefined> {
  const of = context[KEY] as ((user: string) => Promise<Lang | undefined>) | undefined;
  return of ? of(user) : undefined;
}
