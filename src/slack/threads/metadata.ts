/**
 * The metadata every bot post in a thread carries, so the thread's context survives in Slack: the entry and language
 * the thread is about, the diagnosis' numbers carried forward, and which follow-up a post answered. Ids only.
 */
import type { DiagnosisMetadata } from '../reply/diagnosis-metadata';
import { METADATA_EVENT_TYPE, type ThreadContext } from './thread-context';

export type ThreadMetadata = DiagnosisMetadata & { event_payload: { followup?: string } };

export function threadMetadata(context: ThreadContext, followUp?: string): ThreadMetadata {
  const { payload } = context;
  return {
    event_type: METADATA_EVENT_TYPE,
    event_payload: {
      entry: context.entry,
      lang: context.lang,
      confidence: payload.confidence ?? 0,
      entries: payload.entries ?? context.entry,
      candidates: payload.candidates ?? '',
      source: 'thread',
      ...(followUp ? { followup: followUp } : {}),
    },
  };
}

/** The context a post with `metadata` leaves behind (the diagnosis buttons stay where they were). */
export function contextAfter(context: ThreadContext, metadata: ThreadMetadata): ThreadContext {
  return { ...context, payload: metadata.event_payload };
}
