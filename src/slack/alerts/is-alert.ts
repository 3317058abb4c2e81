/**
 * Which posts of other apps the bot answers: in an alert channel (ALERT_CHANNELS), from an app ALERT_BOTS allows
 * (any, when it is empty), never its own, never an edit, and never a post Block Kit shows this bot rendered (another
 * instance of it, a dev app next to the production one, or an app that echoes it). A post of another bot in a
 * thread this bot already answered is left alone by the caller (answer-alert.ts): that is where bots answer bots.
 */
import {
  ACTIONS_BLOCK_ID,
  FOLLOWUP_FEEDBACK_BLOCK_ID,
  FOLLOWUP_SUGGESTIONS_BLOCK_ID,
  LISTENED_IDS,
  SHARE_BLOCK_ID,
} from '../../render/blocks/ids';
import type { IncomingMessage } from '../incoming';

export interface AlertSettings {
  /** Channels where other apps' posts are diagnosed (ALERT_CHANNELS); empty = none. */
  channels: readonly string[];
  /** Bot ids (B…) or app ids (A…) whose posts are diagnosed there (ALERT_BOTS); empty = any app's. */
  bots: readonly string[];
}

/** The fields of another app's post that say who posted it. */
export interface AppPost extends IncomingMessage {
  app_id?: string;
  bot_profile?: { id?: string; app_id?: string };
}

export interface Self {
  botId?: string;
  botUserId?: string;
  /** This app's id (`api_app_id` of the event's envelope). */
  appId?: string;
}

const OUR_BLOCK_IDS = new Set<string>([
  ACTIONS_BLOCK_ID,
  FOLLOWUP_FEEDBACK_BLOCK_ID,
  FOLLOWUP_SUGGESTIONS_BLOCK_ID,
  SHARE_BLOCK_ID,
]);

/** The post carries this bot's buttons: some instance of this bot rendered it. */
function renderedByThisBot(blocks: unknown): boolean {
  if (!Array.isArray(blocks)) return false;
  return blocks.some((block) => {
    if (!block || typeof block !== 'object') return false;
    const { block_id: blockId, elements } = block as { block_id?: unknown; elements?: unknown };
    if (typeof blockId === 'string' && OUR_BLOCK_IDS.has(blockId)) return true;
    return (
      Array.isArray(elements) &&
      elements.some((e) => {
        const id = (e as { action_id?: unknown } | null)?.action_id;
        return (
          typeof id === 'string' && LISTENED_IDS.actions.some((k) => (typeof k === 'string' ? k === id : k.test(id)))
        );
      })
    );
  });
}

/** The app that posted it: its bot id and app id, as far as Slack says. */
function postedBy(post: AppPost): string[] {
  return [post.bot_id, post.app_id, post.bot_profile?.id, post.bot_profile?.app_id].filter(
    (id): id is string => typeof id === 'string' && id !== '',
  );
}

export function isAlert(post: AppPost, settings: AlertSettings, self: Self): boolean {
  if (!settings.channels.includes(post.channel)) return false;
  // Another app's post: `bot_message` from a webhook or a legacy bot, or an app's post with its bot id and no subtype.
  if (post.subtype !== undefined && post.subtype !== 'bot_message') return false;
  const by = postedBy(post);
  if (by.length === 0) return false;
  if (self.botUserId !== undefined && post.user === self.botUserId) return false;
  if (by.some((id) => id === self.botId || id === self.appId)) return false;
  if (settings.bots.length > 0 && !by.some((id) => settings.bots.includes(id))) return false;
  return !renderedByThisBot(post.blocks);
}
