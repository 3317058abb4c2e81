/**
 * A thread's context as the bot left it in Slack: the newest of its own posts that carries `mfa_diagnosis` metadata
 * says which catalogue entry the thread is about and in which language; the newest diagnosis reply's buttons carry
 * the whole diagnosis (runners-up included), so "not it" and "in Japanese" need nothing stored on our side.
 */
import { findEntry } from '../../catalogue';
import { LANGS, type Lang } from '../../catalogue/types';
import { ACTION_LANGUAGE, ACTION_NOT_IT } from '../../render/blocks/ids';
import type { DiagnosisMetadata } from '../reply/diagnosis-metadata';

export const METADATA_EVENT_TYPE = 'mfa_diagnosis';

/** What the payload may hold; older or other writers may leave fields out, so all but the entry are optional. */
export type ThreadPayload = Partial<DiagnosisMetadata['event_payload']> & { entry: string; followup?: string };

export interface ThreadContext {
  entry: string;
  lang: Lang;
  payload: ThreadPayload;
  /** The diagnosis button value (see diagnosis-value.ts) of the newest diagnosis of `entry`, when one is in reach. */
  packedDiagnosis?: string;
}

export interface BotIds {
  botId?: string;
  botUserId?: string;
}

/** The parts of a conversations.replies message read here; everything is checked, nothing trusted. */
interface ReplyMessage {
  bot_id?: unknown;
  user?: unknown;
  metadata?: { event_type?: unknown; event_payload?: unknown };
  blocks?: unknown;
}

function isOwn(message: ReplyMessage, bot: BotIds): boolean {
  return (
    (bot.botId !== undefined && message.bot_id === bot.botId) ||
    (bot.botUserId !== undefined && message.user === bot.botUserId)
  );
}

/** The payload of an `mfa_diagnosis` metadata naming a known entry; undefined for anything else. */
function readPayload(metadata: unknown): ThreadPayload | undefined {
  if (!metadata || typeof metadata !== 'object') return undefined;
  const { event_type, event_payload } = metadata as { event_type?: unknown; event_payload?: unknown };
  if (event_type !== METADATA_EVENT_TYPE || !event_payload || typeof event_payload !== 'object') return undefined;
  const payload = event_payload as Record<string, unknown>;
  if (typeof payload.entry !== 'string' || !findEntry(payload.entry)) return undefined;
  return payload as ThreadPayload;
}

export function payloadLang(payload: ThreadPayload): Lang {
  return LANGS.includes(payload.lang as Lang) ? (payload.lang as Lang) : 'en';
}

/** The value of a diagnosis reply's "Not it" / language button: the packed diagnosis. */
function packedDiagnosisIn(blocks: unknown): string | undefined {
  if (!Array.isArray(blocks)) return undefined;
  for (const block of blocks as { type?: string; elements?: { action_id?: unknown; value?: unknown }[] }[]) {
    if (block?.type !== 'actions' || !Array.isArray(block.elements)) continue;
    for (const element of block.elements) {
      if ((element.action_id === ACTION_NOT_IT || element.action_id === ACTION_LANGUAGE) && element.value) {
        return String(element.value);
      }
    }
  }
  return undefined;
}

/** Diagnosis values name their entries; this one's first entry is `entry`. */
function describes(packed: string, entry: string): boolean {
  try {
    const first = (JSON.parse(packed) as { d?: unknown[][] }).d?.[0]?.[0];
    return first === entry;
  } catch {
    return false;
  }
}

/**
 * The context from a thread's messages (conversations.replies, oldest first): undefined when the bot never left an
 * `mfa_diagnosis` there.
 */
export function contextFromReplies(messages: readonly unknown[], bot: BotIds): ThreadContext | undefined {
  const own = (messages as ReplyMessage[]).filter((m) => m && typeof m === 'object' && isOwn(m, bot));
  let context: ThreadContext | undefined;
  for (const message of [...own].reverse()) {
    const payload = readPayload(message.metadata);
    if (!payload) continue;
    context = { entry: payload.entry, lang: payloadLang(payload), payload };
    break;
  }
  if (!context) return undefined;
  for (const message of [...own].reverse()) {
    const packed = packedDiagnosisIn(message.blocks);
    if (packed && describes(packed, context.entry)) return { ...context, packedDiagnosis: packed };
  }
  return context;
}
