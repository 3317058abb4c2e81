/** One thread-context store per app, on `context.threadContexts` for every listener, and what the replies leave in it. */
import type { App, Context } from '@slack/bolt';
import { DEFAULT_THREAD_CACHE_TTL_SECONDS } from '../../config';
import type { DiagnoseResult } from '../../diagnose/types';
import { packDiagnosis } from '../../render/blocks/diagnosis-value';
import type { DiagnosisMetadata } from '../reply/diagnosis-metadata';
import { createThreadContextStore, type ThreadContextStore } from './context-store';
import { payloadLang, type ThreadContext } from './thread-context';

const KEY = 'threadContexts';

export function installThreadContexts(
  app: App,
  ttlSeconds = DEFAULT_THREAD_CACHE_TTL_SECONDS,
  now?: () => number,
): ThreadContextStore {
  const store = createThreadContextStore({ ttlSeconds, now });
  app.use(async ({ context, next }) => {
    context[KEY] = store;
    await next();
  });
  return store;
}

export function threadContextsFrom(context: Context): ThreadContextStore {
  const store = context[KEY] as ThreadContextStore | undefined;
  if (!store) throw new Error('context.threadContexts is missing: build the app with createApp()');
  return store;
}

/** The context a diagnosis reply leaves in its thread; undefined for a no-match (it carries no metadata). */
function contextFromDiagnosis(
  result: DiagnoseResult,
  metadata: DiagnosisMetadata | undefined,
): ThreadContext | undefined {
  if (!metadata) return undefined;
  const payload = metadata.event_payload;
  return { entry: payload.entry, lang: payloadLang(payload), payload, packedDiagnosis: packDiagnosis(result) };
}

/** After a diagnosis reply in a thread: remember what it says, so the first follow-up costs no history call. */
export function primeWithDiagnosis(
  store: ThreadContextStore,
  where: { channel: string; threadTs: string },
  result: DiagnoseResult,
  metadata: DiagnosisMetadata | undefined,
): void {
  const context = contextFromDiagnosis(result, metadata);
  if (context) store.prime(where.channel, where.threadTs, context);
}

/**
 * A diagnosis reply was re-rendered in place (its language button): when the cached context is that diagnosis, it
 * now speaks the new language. A newer diagnosis in the thread stays the context, as it does in Slack.
 */
export function relabelDiagnosis(
  store: ThreadContextStore,
  where: { channel: string; threadTs: string },
  result: DiagnoseResult,
  metadata: DiagnosisMetadata | undefined,
): void {
  const cached = store.peek(where.channel, where.threadTs);
  const context = contextFromDiagnosis(result, metadata);
  if (context && cached?.kind === 'found' && cached.context.entry === context.entry) {
    store.prime(where.channel, where.threadTs, context);
  }
}
